"""The `risk_escalations` table: one row per message the risk detector escalated.

Staff review it (conversation id, category, which detector fired, time). It holds
no message text: the text stays in the conversation events, under the same access
rules as the rest of the conversation.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Escalation(Base):
    __tablename__ = "risk_escalations"

    id = sa.Column(sa.Integer, primary_key=True)
    sender_id = sa.Column(sa.String(255), nullable=False, index=True)
    category = sa.Column(sa.String(32), nullable=False, index=True)
    categories = sa.Column(sa.String(255), nullable=False)
    detector = sa.Column(sa.String(32), nullable=False)
    score = sa.Column(sa.Float, nullable=False)
    message_id = sa.Column(sa.String(255))
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False, index=True)


def row_for(sender_id: str, event: Dict[str, Any]) -> Escalation | None:
    """An escalation row for a stored `user` event that carries a risk detection."""
    risk = (event.get("parse_data") or {}).get("risk")
    if not isinstance(risk, dict) or not risk.get("category"):
        return None
    return Escalation(
        sender_id=sender_id,
        category=risk["category"],
        categories=",".join(risk.get("categories") or [risk["category"]]),
        detector=str(risk.get("detector", "unknown")),
        score=float(risk.get("score", 1.0)),
        message_id=event.get("message_id"),
        created_at=datetime.fromtimestamp(event.get("timestamp") or 0, tz=timezone.utc),
    )


def list_for(engine: sa.engine.Engine, sender_id: str | None = None) -> List[Escalation]:
    with sa.orm.Session(engine) as session:
        query = session.query(Escalation).order_by(Escalation.id)
        if sender_id:
            query = query.filter(Escalation.sender_id == sender_id)
        rows = query.all()
        session.expunge_all()
        return rows
