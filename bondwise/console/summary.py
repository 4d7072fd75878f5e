"""The per-conversation summary behind the inbox, kept up to date incrementally.

Each refresh reads only the events after the cursor (the highest event id already
summarised), folds them into their conversations' summary rows, adds their text to
the search index, and moves the cursor, all in one transaction. Rasa's `events` table
is only read.
"""
from __future__ import annotations

import json
import logging
import secrets
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bondwise.console import search
from bondwise.console.masking import mask
from bondwise.console.schema import ConversationSummary, SummaryCursor
from bondwise.risk.categories import CATEGORIES

logger = logging.getLogger(__name__)

BATCH = 5000
# A user message NLU read with less confidence than this counts as "low confidence".
LOW_CONFIDENCE = 0.6
FALLBACK_INTENT = "nlu_fallback"
FALLBACK_ACTIONS = {"action_default_fallback", "utter_default", "utter_ask_rephrase"}
PREVIEW_CHARS = 160

EVENTS = sa.table(
    "events", sa.column("id", sa.Integer), sa.column("sender_id", sa.String),
    sa.column("type_name", sa.String), sa.column("timestamp", sa.Float),
    sa.column("intent_name", sa.String), sa.column("action_name", sa.String),
    sa.column("data", sa.Text),
)
# What the console reads of an event (the summary and the transcript alike).
EVENT_COLUMNS = (EVENTS.c.id, EVENTS.c.sender_id, EVENTS.c.type_name, EVENTS.c.timestamp,
                 EVENTS.c.action_name, EVENTS.c.data)


@dataclass
class UserMessage:
    """What the console needs of one stored `user` event."""
    text: str
    intent: Optional[str]
    confidence: Optional[float]
    channel: Optional[str]
    risk: Optional[Dict[str, Any]]


def read_user(data: Dict[str, Any]) -> UserMessage:
    parse = data.get("parse_data") or {}
    intent = parse.get("intent") or {}
    risk = parse.get("risk")
    confidence = intent.get("confidence")
    return UserMessage(
        text=str(data.get("text") or ""),
        intent=intent.get("name"),
        confidence=float(confidence) if isinstance(confidence, (int, float)) else None,
        channel=data.get("input_channel"),
        risk=risk if isinstance(risk, dict) and risk.get("category") else None,
    )


def _clean(text: str) -> str:
    """Text as the console keeps it (search index, preview): masked, so personal data
    is neither searchable nor stored twice, and without NUL (PostgreSQL refuses it)."""
    return mask(text.replace("\x00", ""))


def is_low_confidence(message: UserMessage) -> bool:
    if message.risk:  # routed by the risk layer, not by NLU confidence
        return False
    return message.intent == FALLBACK_INTENT or (
        message.confidence is not None and message.confidence < LOW_CONFIDENCE)


@dataclass
class _Change:
    first_at: float
    last_at: float
    last_event_id: int
    channel: Optional[str] = None
    user_messages: int = 0
    bot_messages: int = 0
    categories: set = field(default_factory=set)
    low_confidence: bool = False
    min_confidence: Optional[float] = None
    reflection_result: Optional[str] = None
    preview: Optional[str] = None


def _fold(changes: Dict[str, _Change], index: List[Tuple[int, str, str]], row: Any) -> None:
    event_id, sender, type_name, timestamp, action_name = (
        row.id, row.sender_id, row.type_name, row.timestamp or 0.0, row.action_name)
    change = changes.get(sender)
    if change is None:
        change = changes[sender] = _Change(timestamp, timestamp, event_id)
    change.first_at = min(change.first_at, timestamp)
    change.last_at = max(change.last_at, timestamp)
    change.last_event_id = max(change.last_event_id, event_id)
    if type_name == "action" and action_name in FALLBACK_ACTIONS:
        change.low_confidence = True
    if type_name not in ("user", "bot"):
        return
    try:
        data = json.loads(row.data)
    except (TypeError, ValueError):
        return
    if type_name == "user":
        message = read_user(data)
        change.user_messages += 1
        change.channel = str(message.channel)[:64].replace("\x00", "") if message.channel else change.channel
        if change.preview is None and message.text:
            change.preview = _clean(message.text[:PREVIEW_CHARS * 4])[:PREVIEW_CHARS]
        if message.risk:
            found = message.risk.get("categories") or [message.risk["category"]]
            change.categories.update(str(c)[:32] for c in found if str(c) in CATEGORIES)
        if message.confidence is not None:
            change.min_confidence = (message.confidence if change.min_confidence is None
                                     else min(message.confidence, change.min_confidence))
        change.low_confidence = change.low_confidence or is_low_confidence(message)
        if message.text:
            index.append((event_id, sender, _clean(message.text)))
    else:
        change.bot_messages += 1
        result = (data.get("metadata") or {}).get("reflection_result")
        if result:
            change.reflection_result = str(result)[:32].replace("\x00", "")
        if data.get("text"):
            index.append((event_id, sender, _clean(str(data["text"]))))


def _apply(session: Session, changes: Dict[str, _Change]) -> None:
    existing = {row.sender_id: row for row in session.query(ConversationSummary)
                .filter(ConversationSummary.sender_id.in_(list(changes)))}
    for sender, change in changes.items():
        row = existing.get(sender)
        if row is None:
            row = ConversationSummary(sender_id=sender, key=secrets.token_urlsafe(12), first_at=change.first_at, last_at=change.last_at,
                                      user_messages=0, bot_messages=0, categories="", escalated=False,
                                      low_confidence=False, needs_review=False,
                                      last_event_id=change.last_event_id)
            session.add(row)
        row.first_at = min(row.first_at, change.first_at)
        row.last_at = max(row.last_at, change.last_at)
        row.last_event_id = max(row.last_event_id, change.last_event_id)
        row.channel = change.channel or row.channel
        row.user_messages += change.user_messages
        row.bot_messages += change.bot_messages
        if change.categories:
            known = {c for c in row.categories.split(",") if c}
            row.categories = "," + ",".join(sorted(known | change.categories)) + ","
            row.escalated = True
        row.low_confidence = row.low_confidence or change.low_confidence
        if change.min_confidence is not None:
            row.min_confidence = (change.min_confidence if row.min_confidence is None
                                  else min(change.min_confidence, row.min_confidence))
        row.reflection_result = change.reflection_result or row.reflection_result
        row.preview = row.preview or change.preview
        if change.user_messages:
            row.needs_review = True


def refresh(engine: sa.engine.Engine, max_events: Optional[int] = None) -> int:
    """Fold every event after the cursor into the summary; returns how many were read."""
    if not sa.inspect(engine).has_table("events"):
        return 0  # Rasa has not stored a conversation yet
    done = 0
    while max_events is None or done < max_events:
        try:
            read = _refresh_batch(engine)
        except (sa.exc.OperationalError, _Raced):
            return done  # another process holds the write lock and is doing this work
        if not read:
            return done
        done += read
    return done


class _Raced(Exception):
    """Another refresh moved the cursor first; this one's transaction is rolled back."""


def _refresh_batch(engine: sa.engine.Engine) -> int:
    with Session(engine) as session, session.begin():
        cursor = session.get(SummaryCursor, 1, with_for_update=True)
        if cursor is None:
            session.add(SummaryCursor(id=1, last_event_id=0))
            session.flush()
            start = 0
        else:
            start = cursor.last_event_id
        rows = session.execute(
            sa.select(*EVENT_COLUMNS).where(EVENTS.c.id > start).order_by(EVENTS.c.id).limit(BATCH)
        ).all()
        if not rows:
            return 0
        # Move the cursor first, on the condition that nobody moved it meanwhile: two
        # refreshes racing cannot both fold the same events in.
        moved = session.execute(
            sa.update(SummaryCursor).where(SummaryCursor.id == 1, SummaryCursor.last_event_id == start)
            .values(last_event_id=rows[-1].id).execution_options(synchronize_session=False))
        if moved.rowcount != 1:
            raise _Raced()
        changes: Dict[str, _Change] = {}
        index: List[Tuple[int, str, str]] = []
        for row in rows:
            try:
                _fold(changes, index, row)
            except Exception:  # one malformed event must not stop the summary for good
                logger.warning("console summary skipped event %s (malformed)", row.id)
        _apply(session, changes)
        search.add(session.connection(), index)
        return len(rows)


def rewind(conn: sa.engine.Connection) -> None:
    """After events are deleted: SQLite hands out the ids of deleted newest rows again,
    so the cursor must not stay above the highest id left, or new events under it would
    never be summarised."""
    if not sa.inspect(conn).has_table("events"):
        return
    highest = conn.execute(sa.select(sa.func.coalesce(sa.func.max(EVENTS.c.id), 0))).scalar_one()
    conn.execute(sa.update(SummaryCursor.__table__).where(SummaryCursor.__table__.c.last_event_id > highest)
                 .values(last_event_id=highest))
