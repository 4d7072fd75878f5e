"""A Redis lock store that holds when several Rasa servers share one conversation.

Rasa 3.6's RedisLockStore keeps a conversation's tickets in one JSON value and updates
it by read-modify-write from each server: two servers that read the same value issue
the same ticket number and both go ahead. Its SQL tracker store then saves by event
count, so the second server's events are silently dropped (tests/test_scale.py shows
it). Here every step that decides who goes next is one Redis operation or one Lua
script, which Redis runs atomically:

- a ticket is `INCR` on the conversation's counter, added to a sorted-set queue;
- the holder is the lowest ticket in the queue; each ticket has its own expiring key,
  renewed while its owner waits, so a server that died releases its turn when the
  key lapses (`lock_lifetime`, Rasa's TICKET_LOCK_LIFETIME, 60 s by default);
- releasing removes the ticket: the next one goes at once (waiters poll every few
  milliseconds instead of Rasa's fixed second).

Configure it in endpoints.yml:

    lock_store:
      type: bondwise.scale.lock_store.AtomicRedisLockStore
      url: redis://127.0.0.1:6379/1
"""
from __future__ import annotations

import asyncio
import logging
import os
import time
from contextlib import asynccontextmanager
from typing import AsyncIterator, Optional

import redis.asyncio as aioredis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

DEFAULT_URL = "redis://127.0.0.1:6379/1"
KEY_PREFIX = "bondwise:lock:"
# How long a Redis call may take before the message fails with a clear error instead
# of hanging (Redis stopped, network gone).
SOCKET_TIMEOUT_S = 5.0
POLL_START_S = 0.005
POLL_MAX_S = 0.02

# KEYS: counter, queue, ticket-key prefix. ARGV: lifetime (ms), idle expiry (ms).
_ISSUE = """
local ticket = redis.call('INCR', KEYS[1])
redis.call('ZADD', KEYS[2], ticket, ticket)
redis.call('SET', KEYS[3] .. ticket, '1', 'PX', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return ticket
"""
# Whose turn is it? Drops tickets whose key lapsed (their server died or gave up).
# Returns 1: ours; 0: someone else's; -1: our own ticket lapsed.
# KEYS: queue, ticket-key prefix. ARGV: our ticket, lifetime (ms).
_TURN = """
if redis.call('EXISTS', KEYS[2] .. ARGV[1]) == 0 then
  redis.call('ZREM', KEYS[1], ARGV[1])
  return -1
end
while true do
  local head = redis.call('ZRANGE', KEYS[1], 0, 0)[1]
  if head == false or head == nil then return -1 end
  if head == ARGV[1] then return 1 end
  if redis.call('EXISTS', KEYS[2] .. head) == 1 then
    redis.call('PEXPIRE', KEYS[2] .. ARGV[1], ARGV[2])
    return 0
  end
  redis.call('ZREM', KEYS[1], head)
end
"""
# KEYS: queue, ticket-key prefix. ARGV: our ticket.
_RELEASE = """
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[2] .. ARGV[1])
return 1
"""


class AtomicRedisLockStore(LockStore):
    """One conversation, one message at a time, across every server sharing Redis."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, url: Optional[str] = None,
                 key_prefix: str = KEY_PREFIX) -> None:
        url = url or (endpoint_config.url if endpoint_config and endpoint_config.url else None) \
            or os.environ.get("BONDWISE_REDIS_URL", DEFAULT_URL)
        if not url.startswith(("redis://", "rediss://", "unix://")):
            url = f"redis://{url}"  # Rasa's own lock store takes a bare host name
        self._url = url
        if endpoint_config is not None and endpoint_config.kwargs.get("key_prefix"):
            key_prefix = str(endpoint_config.kwargs["key_prefix"])
        self._prefix = key_prefix
        self._clients: dict = {}
        super().__init__()

    def _client(self) -> "aioredis.Redis":
        # One client per event loop: redis.asyncio connections belong to the loop that
        # made them (Sanic workers and tests each run their own).
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            client = aioredis.from_url(self._url, socket_timeout=SOCKET_TIMEOUT_S,
                                       socket_connect_timeout=SOCKET_TIMEOUT_S)
            self._clients = {loop: client}
        return client

    def _keys(self, conversation_id: str) -> tuple:
        base = f"{self._prefix}{conversation_id}"
        return f"{base}:next", f"{base}:queue", f"{base}:ticket:"

    async def issue(self, conversation_id: str, lock_lifetime: float) -> int:
        counter, queue, tickets = self._keys(conversation_id)
        lifetime_ms = max(1, int(lock_lifetime * 1000))
        idle_ms = max(lifetime_ms * 10, 600_000)
        return int(await self._client().eval(_ISSUE, 3, counter, queue, tickets, lifetime_ms, idle_ms))

    async def turn(self, conversation_id: str, ticket: int, lock_lifetime: float) -> int:
        _, queue, tickets = self._keys(conversation_id)
        return int(await self._client().eval(_TURN, 2, queue, tickets, ticket,
                                             max(1, int(lock_lifetime * 1000))))

    async def release(self, conversation_id: str, ticket: int) -> None:
        _, queue, tickets = self._keys(conversation_id)
        await self._client().eval(_RELEASE, 2, queue, tickets, ticket)

    @asynccontextmanager
    async def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncIterator[TicketLock]:
        try:
            ticket = await self.issue(conversation_id, lock_lifetime)
        except aioredis.RedisError as error:
            raise LockError(f"lock store unavailable: {type(error).__name__}") from error
        try:
            await self._wait_for_turn(conversation_id, ticket, lock_lifetime)
            yield TicketLock(conversation_id)
        finally:
            try:
                await self.release(conversation_id, ticket)
            except aioredis.RedisError:
                # The ticket's key lapses by itself after lock_lifetime.
                logger.warning("could not release a conversation lock; it expires by itself")

    async def _wait_for_turn(self, conversation_id: str, ticket: int, lock_lifetime: float) -> None:
        deadline = time.monotonic() + lock_lifetime
        pause = POLL_START_S
        while True:
            try:
                state = await self.turn(conversation_id, ticket, lock_lifetime)
            except aioredis.RedisError as error:
                raise LockError(f"lock store unavailable: {type(error).__name__}") from error
            if state == 1:
                return
            if state == -1 or time.monotonic() > deadline:
                raise LockError(f"could not acquire the lock for a conversation within {lock_lifetime} s")
            await asyncio.sleep(pause)
            pause = min(pause * 2, POLL_MAX_S)

    # Rasa's synchronous ticket API: nothing calls it once `lock` is overridden, and a
    # half-working copy would be worse than a clear error.
    def get_lock(self, conversation_id: str) -> Optional[TicketLock]:
        raise NotImplementedError("AtomicRedisLockStore only supports `lock()`")

    def save_lock(self, lock: TicketLock) -> None:
        raise NotImplementedError("AtomicRedisLockStore only supports `lock()`")

    def delete_lock(self, conversation_id: str) -> None:
        raise NotImplementedError("AtomicRedisLockStore only supports `lock()`")

    def __repr__(self) -> str:  # never prints a password inside the URL
        return f"AtomicRedisLockStore(prefix={self._prefix!r})"
