"""Deleting whole conversations: what `/forget` and the retention command both do.

Every trace goes in one transaction: the staff console's rows (first: on SQLite its
search index finds them through the event ids), the escalation log, Telegram message
ids, then the events, and the console's summary cursor is rewound past the deleted ids.
"""
from __future__ import annotations

import json
import time
from typing import Iterable, Optional

import sqlalchemy as sa

from bondwise.console.schema import AuditEntry
from bondwise.console.store import delete_conversations as delete_console_rows
from bondwise.console.summary import EVENTS, rewind as rewind_console_cursor
from bondwise.storage import chat_messages, escalations


def erase_conversations(conn: sa.engine.Connection, sender_ids: Iterable[str],
                        actor: Optional[str] = None, via: Optional[str] = None) -> int:
    """Delete everything stored about these conversations; returns events deleted.

    With an `actor`, one audit line per erased conversation records who asked, through
    what and how many events went: no sender id, no text (the retention command writes
    its own summary line instead).
    """
    senders = list(sender_ids)
    if not senders:
        return 0
    delete_console_rows(conn, senders)
    for table in (escalations.Escalation.__table__, chat_messages.ChatMessage.__table__):
        conn.execute(sa.delete(table).where(table.c.sender_id.in_(senders)))
    deleted = conn.execute(sa.delete(EVENTS).where(EVENTS.c.sender_id.in_(senders))).rowcount
    rewind_console_cursor(conn)
    if actor is not None:
        conn.execute(sa.insert(AuditEntry.__table__).values(
            at=time.time(), actor=actor[:64], action="erase_conversation", target=None,
            detail=json.dumps({"via": via or "", "conversations": len(senders), "events": int(deleted)},
                              sort_keys=True)))
    return int(deleted)
