"""A conversation as the console shows and exports it, read from Rasa's events.

User messages are masked (masking.mask). Bot messages are shown as written: they come
from the project's own responses, which never repeat what a person wrote.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, Iterable, List, Optional

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bondwise.console.masking import mask
from bondwise.console.schema import MessageFlag
from bondwise.console.summary import EVENT_COLUMNS, EVENTS, is_low_confidence, read_user

HIDDEN_ACTIONS = {"action_listen", "action_session_start"}


def iso(timestamp: Optional[float]) -> str:
    if timestamp is None:
        return ""
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


@dataclass
class Item:
    kind: str                  # user, bot, action, session
    event_id: int
    at: float
    text: str = ""
    masked: bool = False       # personal data was masked in `text`
    intent: Optional[str] = None
    confidence: Optional[float] = None
    low_confidence: bool = False
    channel: Optional[str] = None
    risk: Optional[Dict[str, Any]] = None
    buttons: List[str] = field(default_factory=list)
    source: Optional[str] = None
    reflection_result: Optional[str] = None
    flags: List[Dict[str, Any]] = field(default_factory=list)

    @property
    def when(self) -> str:
        return iso(self.at)

    def export_row(self, sender_id: str) -> Dict[str, Any]:
        return {"conversation": mask(sender_id), "time": self.when, "channel": self.channel or "",
                "speaker": self.kind, "text": self.text, "intent": self.intent or "",
                "confidence": "" if self.confidence is None else round(self.confidence, 3),
                "risk_category": (self.risk or {}).get("category", ""),
                "risk_detector": (self.risk or {}).get("detector", "")}


def _source_line(metadata: Dict[str, Any]) -> Optional[str]:
    sources = metadata.get("sources") or metadata.get("source")
    if not sources:
        return None
    if isinstance(sources, (list, tuple)):
        return "; ".join(str(s) if not isinstance(s, dict) else
                         " / ".join(str(v) for v in s.values()) for s in sources)[:300]
    return str(sources)[:300]


def item_of(row: Any) -> Optional[Item]:
    type_name = row.type_name
    if type_name == "action":
        if row.action_name in HIDDEN_ACTIONS:
            return None
        return Item("action", row.id, row.timestamp or 0.0, text=row.action_name or "")
    if type_name == "session_started":
        return Item("session", row.id, row.timestamp or 0.0)
    if type_name not in ("user", "bot"):
        return None
    try:
        data = json.loads(row.data)
    except (TypeError, ValueError):
        return None
    if type_name == "user":
        message = read_user(data)
        shown = mask(message.text)
        return Item("user", row.id, row.timestamp or 0.0, text=shown,
                    masked=shown != message.text, intent=message.intent, confidence=message.confidence,
                    low_confidence=is_low_confidence(message), channel=message.channel, risk=message.risk)
    metadata = data.get("metadata") or {}
    buttons = [str(b.get("title", "")) for b in (data.get("data") or {}).get("buttons") or []
               if isinstance(b, dict)]
    return Item("bot", row.id, row.timestamp or 0.0, text=str(data.get("text") or ""), buttons=buttons,
                source=_source_line(metadata), reflection_result=metadata.get("reflection_result"))


def _rows(session: Session, sender_ids: Iterable[str]) -> Iterable[Any]:
    return session.execute(
        sa.select(*EVENT_COLUMNS).where(EVENTS.c.sender_id.in_(list(sender_ids))).order_by(EVENTS.c.id))


def load(session: Session, sender_id: str) -> List[Item]:
    """The conversation's items in order, with staff flags on user messages."""
    items = [item for item in map(item_of, _rows(session, [sender_id])) if item is not None]
    flags: Dict[int, List[Dict[str, Any]]] = {}
    for flag in session.query(MessageFlag).filter_by(sender_id=sender_id).order_by(MessageFlag.id):
        flags.setdefault(flag.event_id, []).append(
            {"kind": flag.kind, "category": flag.category, "author": flag.author, "at": iso(flag.at)})
    for item in items:
        item.flags = flags.get(item.event_id, [])
    last_channel = None
    for item in items:  # bot turns inherit the channel of the message they answer
        last_channel = item.channel or last_channel
        item.channel = item.channel or last_channel
    return items


def messages_of(session: Session, sender_ids: List[str]) -> Dict[str, List[Item]]:
    """User and bot messages of many conversations at once (for exports)."""
    result: Dict[str, List[Item]] = {sender: [] for sender in sender_ids}
    for start in range(0, len(sender_ids), 500):
        channel: Dict[str, Optional[str]] = {}
        for row in _rows(session, sender_ids[start:start + 500]):
            item = item_of(row)
            if item is None or item.kind not in ("user", "bot"):
                continue
            channel[row.sender_id] = item.channel or channel.get(row.sender_id)
            item.channel = channel[row.sender_id]
            result[row.sender_id].append(item)
    return result


def raw_user_text(session: Session, event_id: int) -> Optional[tuple[str, str]]:
    """(sender_id, unmasked text) of one user message, for an audited reveal."""
    row = session.execute(sa.select(EVENTS.c.sender_id, EVENTS.c.type_name, EVENTS.c.data)
                          .where(EVENTS.c.id == event_id)).first()
    if row is None or row.type_name != "user":
        return None
    try:
        return row.sender_id, str(json.loads(row.data).get("text") or "")
    except (TypeError, ValueError):
        return None
