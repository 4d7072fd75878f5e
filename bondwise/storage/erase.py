"""Deleting whole conversations: what `/forget` and the retention command both do.

Every trace goes in one transaction: the staff console's rows (first: on SQLite its
search index finds them through the event ids), the escalation log, Telegram message
ids, then the events, and the console's summary cursor is rewound past the deleted ids.
"""
from __future__ import annotations

from typing import Iterable

import sqlalchemy as sa

from bondwise.console.store import delete_conversations as delete_console_rows
from bondwise.console.summary import EVENTS, rewind as rewind_console_cursor
from bondwise.storage import chat_messages, escalations


def erase_conversations(conn: sa.engine.Connection, sender_ids: Iterable[str]) -> int:
    """Delete everything stored about these conversations; returns events deleted."""
    senders = list(sender_ids)
    if not senders:
        return 0
    delete_console_rows(conn, senders)
    for table in (escalations.Escalation.__table__, chat_messages.ChatMessage.__table__):
        conn.execute(sa.delete(table).where(table.c.sender_id.in_(senders)))
    deleted = conn.execute(sa.delete(EVENTS).where(EVENTS.c.sender_id.in_(senders))).rowcount
    rewind_console_cursor(conn)
    return int(deleted)
