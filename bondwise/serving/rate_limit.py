"""Per-conversation and per-address rate limits for every public channel.

A token bucket per key: `capacity` messages at once, refilled at `per_minute` a minute.
A message over the limit is not handed to Rasa and gets a clear reply, unless it reads
as risk: an escalation is never rate-limited away (the risk detector costs ~1 ms), and
for 30 minutes after one the conversation's own limit spares the replies to it.

Limits are per server process. Behind the cluster's balancer every server sees the
balancer's address, so the per-address limit belongs at the proxy in a deployment
(README, "Rate limits"); the per-conversation limit holds per server.

Environment: BONDWISE_RATE_PER_CONVERSATION and BONDWISE_RATE_PER_ADDRESS, messages
a minute (0 turns that limit off).
"""
from __future__ import annotations

import math
import os
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Optional, Tuple

ENV_PER_CONVERSATION = "BONDWISE_RATE_PER_CONVERSATION"
ENV_PER_ADDRESS = "BONDWISE_RATE_PER_ADDRESS"
# A person types a few messages a minute; 20 leaves room for pasting several at once.
DEFAULT_PER_CONVERSATION = 20
# One address may be a household, an office or a shelter's shared computer.
DEFAULT_PER_ADDRESS = 120
# Keys kept at most (oldest dropped): bounded memory under a flood of new ids.
MAX_KEYS = 50_000
# After an escalation, the person's next messages are answers to the safety message
# ("no", "he's here", "ok what do i do"), which the detector need not read as risk: for
# this long the conversation's own limit spares them (the per-address limit still holds).
ESCALATION_GRACE_S = 30 * 60


# Behind a reverse proxy every request comes from the proxy: name the header it sets
# (e.g. X-Real-IP) so the per-address limit counts people, not the proxy.
ENV_CLIENT_IP_HEADER = "BONDWISE_CLIENT_IP_HEADER"


def client_address(request: object) -> str:
    """The client's address of a Sanic request: the configured proxy header's (its first
    entry), else the connection's peer."""
    header = os.environ.get(ENV_CLIENT_IP_HEADER, "").strip()
    headers = getattr(request, "headers", None)
    if header and headers is not None and headers.get(header):
        return str(headers.get(header)).split(",")[0].strip()[:64]
    return str(getattr(request, "ip", "") or "")


def limit_message(retry_after: int) -> str:
    return (f"You're sending messages faster than I can take them in. Please wait about "
            f"{retry_after} seconds and send it again. If you are in danger right now, call "
            f"your local emergency number (911 in the US, 999 in the UK, 112 in the EU).")


@dataclass
class _Bucket:
    tokens: float
    updated: float


class TokenBuckets:
    def __init__(self, per_minute: float, capacity: Optional[float] = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.capacity = capacity if capacity is not None else max(1.0, per_minute / 2)
        self._clock = clock
        self._buckets: "OrderedDict[str, _Bucket]" = OrderedDict()
        self._lock = threading.Lock()

    def take(self, key: str) -> Tuple[bool, int]:
        """(allowed, seconds until the next message would be allowed)."""
        now = self._clock()
        with self._lock:
            bucket = self._buckets.pop(key, None) or _Bucket(self.capacity, now)
            bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            self._buckets[key] = bucket
            while len(self._buckets) > MAX_KEYS:
                self._buckets.popitem(last=False)
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return True, 0
            return False, max(1, math.ceil((1.0 - bucket.tokens) / self.rate))


class RecentEscalations:
    """Conversations this process escalated lately (marked by the RiskPolicy)."""

    def __init__(self, grace_s: float = ESCALATION_GRACE_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.grace_s = grace_s
        self._clock = clock
        self._when: "OrderedDict[str, float]" = OrderedDict()
        self._lock = threading.Lock()

    def note(self, conversation: str) -> None:
        with self._lock:
            self._when.pop(conversation, None)
            self._when[conversation] = self._clock()
            while len(self._when) > MAX_KEYS:
                self._when.popitem(last=False)

    def recent(self, conversation: str) -> bool:
        with self._lock:
            when = self._when.get(conversation)
        return when is not None and self._clock() - when <= self.grace_s


ESCALATIONS = RecentEscalations()


def note_escalation(conversation: str) -> None:
    ESCALATIONS.note(conversation)


def _rate(name: str, default: int) -> float:
    try:
        return max(0.0, float(os.environ.get(name, default)))
    except ValueError:
        return float(default)


class RateLimiter:
    def __init__(self, per_conversation: Optional[float] = None, per_address: Optional[float] = None,
                 escalations: Optional[RecentEscalations] = None) -> None:
        self.escalations = escalations or ESCALATIONS
        per_conversation = _rate(ENV_PER_CONVERSATION, DEFAULT_PER_CONVERSATION) if per_conversation is None else per_conversation
        per_address = _rate(ENV_PER_ADDRESS, DEFAULT_PER_ADDRESS) if per_address is None else per_address
        self.conversations = TokenBuckets(per_conversation) if per_conversation else None
        self.addresses = TokenBuckets(per_address) if per_address else None

    def check(self, conversation: str, address: Optional[str], text: object) -> Optional[int]:
        """None when the message may go on; else seconds to wait. Risk always goes on."""
        waits = []
        if self.conversations is not None:
            allowed, wait = self.conversations.take(f"c:{conversation}")
            waits.append(0 if allowed or self.escalations.recent(conversation) else wait)
        if self.addresses is not None and address:
            allowed, wait = self.addresses.take(f"a:{address}")
            waits.append(0 if allowed else wait)
        wait = max(waits, default=0)
        if not wait:
            return None
        if isinstance(text, str) and reads_as_risk(text):
            return None
        return wait


def reads_as_risk(text: str) -> bool:
    from bondwise.risk.component import loaded_detector

    return loaded_detector().detect(text) is not None


class RateLimitedChannel:
    """Mixed into our input channels: one limiter per channel per server."""

    _limiter: Optional[RateLimiter] = None

    @property
    def limiter(self) -> RateLimiter:
        if self._limiter is None:
            self._limiter = RateLimiter()
        return self._limiter
