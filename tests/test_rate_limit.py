"""Issue 8: per-conversation and per-address rate limits on every public channel, a clear
reply when one is hit, and an escalation never rate-limited away. A real server with
low limits: 3 messages a minute per conversation (a burst of 1.5), 6 per address (3)."""
from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Iterator

import pytest
import requests

from bondwise.serving.rate_limit import RateLimiter, RecentEscalations, TokenBuckets
from tests.conftest import Servers
from tests.test_telegram import new_chat, post, sent_texts, text_update
from tests.test_web_channel import WidgetClient, texts

RISK = "i want to kill myself tonight"


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    running = Servers(tmp_path_factory.mktemp("rate_limit"))
    running.env.update(BONDWISE_RATE_PER_CONVERSATION="3", BONDWISE_RATE_PER_ADDRESS="6",
                       BONDWISE_CLIENT_IP_HEADER="X-Test-Client")
    try:
        running.start_actions()
        running.start_rasa()
        yield running
    finally:
        running.stop_all()


def _rest(servers: Servers, sender: str, text: str, address: str = "") -> requests.Response:
    # Without an address the connection's own (127.0.0.1, shared by every test) counts.
    headers = {"X-Test-Client": address} if address else {}
    return requests.post(f"{servers.url}/webhooks/rest/webhook", headers=headers,
                         json={"sender": sender, "message": text}, timeout=60)


def test_buckets_refill_at_their_rate() -> None:
    now = [0.0]
    buckets = TokenBuckets(per_minute=6, capacity=2, clock=lambda: now[0])
    assert buckets.take("a") == (True, 0) and buckets.take("a") == (True, 0)
    allowed, wait = buckets.take("a")
    assert not allowed and wait == 10  # one message every 10 s
    now[0] = 10.0
    assert buckets.take("a")[0] and not buckets.take("a")[0]
    assert buckets.take("b")[0]  # another key has its own bucket


def test_zero_turns_a_limit_off() -> None:
    limiter = RateLimiter(per_conversation=0, per_address=0)
    assert all(limiter.check("c", "1.2.3.4", "hello") is None for _ in range(1000))


def test_widget_conversation_limit_and_risk_still_answered(limited: Servers) -> None:
    async def chat() -> tuple:
        client = WidgetClient(limited.url)
        try:
            await client.connect()
            first = await client.say("what is love bombing")
            second = await client.say("and what is hoovering")
            risk = await client.say(RISK)
            return first, second, risk
        finally:
            await client.close()

    first, second, risk = asyncio.run(chat())
    assert "love bombing" in texts(first).lower()
    assert "faster than i can take them in" in texts(second).lower()
    assert "988" in texts(risk)


def test_telegram_chat_limit_and_risk_still_answered(limited: Servers) -> None:
    chat = new_chat()
    assert post(limited, text_update(chat, "what is gaslighting")) == 200
    assert post(limited, text_update(chat, "and triangulation?")) == 200
    assert post(limited, text_update(chat, RISK)) == 200
    sent = sent_texts(limited, chat)
    assert any("gaslighting" in text.lower() for text in sent)
    assert any("faster than I can take them in" in text for text in sent)
    assert "988" in " ".join(sent)


def test_after_an_escalation_the_replies_to_it_are_spared_for_a_while() -> None:
    now = [0.0]
    escalations = RecentEscalations(grace_s=600, clock=lambda: now[0])
    limiter = RateLimiter(per_conversation=1, per_address=0, escalations=escalations)
    assert limiter.check("c1", None, "hello") is None
    assert limiter.check("c1", None, "no") is not None  # over the limit, not risk
    escalations.note("c1")
    assert limiter.check("c1", None, "no") is None
    assert limiter.check("c1", None, "he's here") is None
    assert limiter.check("c2", None, "hi") is None and limiter.check("c2", None, "hi") is not None
    now[0] = 601.0
    limiter.check("c1", None, "x")  # the bucket refills slowly: drain it again
    assert limiter.check("c1", None, "no") is not None  # the grace is over


def test_the_address_limit_still_holds_after_an_escalation() -> None:
    escalations = RecentEscalations()
    limiter = RateLimiter(per_conversation=0, per_address=1, escalations=escalations)
    escalations.note("c1")
    assert limiter.check("c1", "10.0.0.1", "hello") is None
    assert limiter.check("c1", "10.0.0.1", "no") is not None


def test_rest_replies_after_an_escalation_are_not_limited(limited: Servers) -> None:
    sender = f"grace-{uuid.uuid4().hex[:8]}"
    # Two addresses, so that only the conversation's limit (a burst of 1.5) is at stake.
    assert "988" in _rest(limited, sender, RISK, "10.1.0.1").text
    for i, text in enumerate(["no", "ok", "what do i do"]):
        assert _rest(limited, sender, text, f"10.1.0.{2 + i % 2}").status_code == 200, text
    other = f"grace-{uuid.uuid4().hex[:8]}"  # and the limit still holds for the others
    statuses = [_rest(limited, other, t, "10.1.1.1").status_code for t in ["hi", "hello", "hey"]]
    assert 429 in statuses


def test_rest_conversation_limit_is_a_clear_429_and_risk_goes_through(limited: Servers) -> None:
    sender = f"limit-{uuid.uuid4().hex[:8]}"
    assert _rest(limited, sender, "what is a trauma bond").status_code == 200
    refused = _rest(limited, sender, "tell me more")
    assert refused.status_code == 429
    assert refused.json()["error"] == "rate_limited"
    assert "wait about" in refused.json()["message"] and int(refused.headers["Retry-After"]) >= 1
    escalation = _rest(limited, sender, RISK)
    assert escalation.status_code == 200 and "988" in escalation.text
    stored = [row[0] for row in limited.query(
        "select json_extract(data, '$.text') from events where sender_id = ? and type_name = 'user'", sender)]
    assert stored == ["what is a trauma bond", RISK]  # the refused message was not taken in


def test_rest_address_limit_across_conversations(limited: Servers) -> None:
    statuses = [_rest(limited, f"addr-{i}-{uuid.uuid4().hex[:6]}", "hello").status_code for i in range(6)]
    assert 429 in statuses, statuses  # one address, six new conversations, burst of three
    assert _rest(limited, f"addr-risk-{uuid.uuid4().hex[:6]}", RISK).status_code == 200
