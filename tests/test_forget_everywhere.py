"""Issue 8: "/forget" on every channel erases the conversation from every table the
project keeps (events, escalations, Telegram message ids, console summaries, search,
tags, notes, reviews, flags), leaving one audit line without content. Every table of
the database is scanned for the conversation's id and its words."""
from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any, Callable, Dict

import pytest
import requests
import sqlalchemy as sa

from bondwise.channels.telegram import TelegramInput
from bondwise.channels.web_sessions import SessionIssuer
from bondwise.console import summary
from bondwise.console.schema import MessageFlag, Note, Review, Tag
from tests.erase_support import erase_audit_lines, table_count, traces
from tests.test_telegram import new_chat, post, text_update
from tests.test_web_channel import WidgetClient

RISK = "he hit me again tonight and i'm scared"


def _console_rows(engine: sa.engine.Engine, sender: str) -> None:
    """What staff would add in the console: its summary and search rows, a tag, a note,
    a review and a flag on one of the messages."""
    summary.refresh(engine)
    with engine.begin() as conn:
        event_id = conn.execute(sa.text("SELECT max(id) FROM events WHERE sender_id = :s AND type_name = 'user'"),
                                {"s": sender}).scalar()
        conn.execute(sa.insert(Tag.__table__).values(sender_id=sender, tag="follow up", author="rex", at=time.time()))
        conn.execute(sa.insert(Note.__table__).values(sender_id=sender, text="called back", author="rex", at=time.time()))
        conn.execute(sa.insert(Review.__table__).values(sender_id=sender, reviewer="rex", at=time.time(),
                                                        through_event_id=event_id))
        conn.execute(sa.insert(MessageFlag.__table__).values(sender_id=sender, event_id=event_id, kind="false_alarm",
                                                      category=None, author="rex", at=time.time()))


def _rest(servers: Any, canary: str) -> tuple:
    sender = f"forget-rest-{uuid.uuid4().hex[:8]}"
    for text in (canary, RISK):
        requests.post(f"{servers.url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=60)
    return sender, lambda: requests.post(f"{servers.url}/webhooks/rest/webhook",
                                         json={"sender": sender, "message": "/forget"}, timeout=60).json()


def _web(servers: Any, canary: str) -> tuple:
    client_box: Dict[str, Any] = {}

    async def talk() -> str:
        client = WidgetClient(servers.url)
        token = await client.connect()
        for text in (canary, RISK):
            await client.say(text)
        await client.close()
        return token

    token = asyncio.run(talk())
    sender = SessionIssuer(servers.session_secret.encode()).conversation_of(token)

    def forget() -> Any:
        async def run() -> Any:
            client = WidgetClient(servers.url)
            await client.connect(token)
            replies = await client.say("/forget")
            await client.close()
            return replies
        return asyncio.run(run())
    return sender, forget


def _telegram(servers: Any, canary: str) -> tuple:
    chat = new_chat()
    for text in (canary, RISK):
        post(servers, text_update(chat, text))
    sender = TelegramInput("", "", "", "", pseudonym_key=servers.session_secret).sender_id(chat)
    return sender, lambda: post(servers, text_update(chat, "/forget"))


@pytest.mark.parametrize("channel, start", [("rest", _rest), ("web", _web), ("telegram", _telegram)])
def test_forget_erases_every_trace(servers: Any, channel: str, start: Callable) -> None:
    canary = f"my secret word is {uuid.uuid4().hex[:12]}"
    sender, forget = start(servers, canary)
    engine = sa.create_engine(servers.db_url)
    try:
        _console_rows(engine, sender)
        before = traces(engine, sender, canary)
        # The conversation really was everywhere before: events, escalation, console rows.
        assert {"events", "risk_escalations", "console_summaries", "console_tags", "console_notes",
                "console_reviews", "console_flags"} <= set(before), before
        audits = len(erase_audit_lines(engine))
        forget()
        after = traces(engine, sender, canary)
        lines = erase_audit_lines(engine)
        tables = table_count(engine)
    finally:
        engine.dispose()
    print(f"\n/forget on {channel}: {tables} tables scanned; before {before}; after {after}")
    assert after == {}, after
    assert len(lines) == audits + 1
    assert lines[-1]["via"] == channel and lines[-1]["events"] > 0 and lines[-1]["target"] is None
