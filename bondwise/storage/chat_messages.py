"""The `chat_messages` table: ids of the Telegram messages in each conversation, so that
/forget can delete them from the chat even after a restart.

Keyed by the conversation's pseudonym (never the Telegram chat id); holds no text.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import List

import sqlalchemy as sa

from bondwise.storage.escalations import Base


class ChatMessage(Base):
    __tablename__ = "chat_messages"

    id = sa.Column(sa.Integer, primary_key=True)
    sender_id = sa.Column(sa.String(255), nullable=False, index=True)
    message_id = sa.Column(sa.BigInteger, nullable=False)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False)


def record(engine: sa.engine.Engine, sender_id: str, message_id: int) -> None:
    with sa.orm.Session(engine) as session:
        session.add(ChatMessage(sender_id=sender_id, message_id=message_id,
                                created_at=datetime.now(timezone.utc)))
        session.commit()


def ids_for(engine: sa.engine.Engine, sender_id: str) -> List[int]:
    with sa.orm.Session(engine) as session:
        rows = (session.query(ChatMessage.message_id)
                .filter(ChatMessage.sender_id == sender_id).order_by(ChatMessage.id).all())
        return [int(r[0]) for r in rows]
