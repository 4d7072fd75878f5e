"""Rasa's SQL tracker store, also writing the risk escalation log in the same transaction.

Recording happens in the Rasa server when the conversation is saved, so it does not
depend on the action server, and an escalation row exists exactly when the message
that caused it is stored.
"""
from __future__ import annotations

import json
import logging

import sqlalchemy as sa
from sqlalchemy.pool import QueuePool

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bondwise.console.store import create_tables as create_console_tables, secure_delete
from bondwise.storage import escalations
from bondwise.storage.erase import erase_conversations

logger = logging.getLogger(__name__)


class BondwiseTrackerStore(SQLTrackerStore):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            self._pool_sqlite_connections()
            sa.event.listen(self.engine, "connect", secure_delete)
        escalations.Base.metadata.create_all(self.engine)
        # The staff console's tables live beside the events, so a forgotten
        # conversation can leave nothing behind in them either.
        create_console_tables(self.engine)

    def _pool_sqlite_connections(self) -> None:
        """SQLAlchemy 1.4 gives an SQLite file no connection pool: every retrieve and
        save opened the file anew. Pooled, a message's retrieve + save took 2.8 ms
        instead of 4.3 (`make bench`, README). One process still writes at a time
        (SQLite's own lock); an idle pooled connection holds no lock."""
        url = self.engine.url
        if url.database in (None, "", ":memory:"):
            return
        self.engine.dispose()
        self.engine = sa.create_engine(url, poolclass=QueuePool, pool_size=2, max_overflow=8,
                                       connect_args={"check_same_thread": False})
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        with self.session_scope() as session:
            for event in self._additional_events(session, tracker):
                data = event.as_dict()
                session.add(self.SQLEvent(
                    sender_id=tracker.sender_id,
                    type_name=event.type_name,
                    timestamp=data.get("timestamp"),
                    intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                    action_name=data.get("name"),
                    data=json.dumps(data),
                ))
                if event.type_name == "user":
                    row = escalations.row_for(tracker.sender_id, data)
                    if row is not None:
                        session.add(row)
                        logger.info("escalation recorded: %s (%s)", row.category, row.detector)
            session.commit()

    def forget(self, sender_id: str, via: str = "") -> int:
        """Delete the conversation's events, escalation rows, Telegram message ids and
        every staff-console row about it; returns events deleted."""
        with self.session_scope() as session:
            deleted = erase_conversations(session.connection(), [sender_id],
                                          actor="the person (/forget)", via=via)
            session.commit()
        logger.info("conversation forgotten on request (%d events)", deleted)
        return deleted
