"""The console's database: the engine, its own tables, and deleting a conversation.

The same database as Rasa's tracker store (BONDWISE_DATABASE_URL): SQLite by default,
PostgreSQL when configured.
"""
from __future__ import annotations

import os
import time
from typing import Iterable

import sqlalchemy as sa

from bondwise.console import search
from bondwise.console.schema import CONVERSATION_TABLES, Base, SummaryCursor

DEFAULT_URL = "sqlite:///var/bondwise.db"

SQLITE_AUDIT_GUARD = [
    "CREATE TRIGGER IF NOT EXISTS console_audit_no_update BEFORE UPDATE ON console_audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS console_audit_no_delete BEFORE DELETE ON console_audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
]
POSTGRES_AUDIT_GUARD = [
    "CREATE OR REPLACE FUNCTION console_audit_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$ LANGUAGE plpgsql",
    "DROP TRIGGER IF EXISTS console_audit_no_change ON console_audit",
    "CREATE TRIGGER console_audit_no_change BEFORE UPDATE OR DELETE ON console_audit "
    "FOR EACH ROW EXECUTE FUNCTION console_audit_append_only()",
    "DROP TRIGGER IF EXISTS console_audit_no_truncate ON console_audit",
    "CREATE TRIGGER console_audit_no_truncate BEFORE TRUNCATE ON console_audit "
    "FOR EACH STATEMENT EXECUTE FUNCTION console_audit_append_only()",
]


def database_url() -> str:
    return os.environ.get("BONDWISE_DATABASE_URL") or DEFAULT_URL


def make_engine(url: str | None = None) -> sa.engine.Engine:
    url = url or database_url()
    # hide_parameters: an error must not write message text (bound values) to the log.
    if url.startswith("sqlite"):
        # Rasa writes the same file: wait for its lock instead of failing at once.
        engine = sa.create_engine(url, hide_parameters=True,
                                  connect_args={"timeout": 15, "check_same_thread": False})
        sa.event.listen(engine, "connect", secure_delete)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, hide_parameters=True)


def secure_delete(connection: object, _record: object) -> None:
    """Deleted rows are overwritten in the file, not left in free pages."""
    connection.execute("PRAGMA secure_delete = ON")  # type: ignore[attr-defined]


# Any fixed number: the advisory lock that serialises the console's DDL across servers.
DDL_LOCK_KEY = 4_627_301


def create_tables(engine: sa.engine.Engine, attempts: int = 5) -> None:
    """The console's tables, search index and audit guard (idempotent). The Rasa server
    and the console may both do this at start-up: a clash is retried."""
    for attempt in range(attempts):
        try:
            Base.metadata.create_all(engine)
            search.create(engine)
            guard = SQLITE_AUDIT_GUARD if engine.dialect.name == "sqlite" else POSTGRES_AUDIT_GUARD
            with engine.begin() as conn:
                if engine.dialect.name == "postgresql":
                    # Several servers starting at once: PostgreSQL refuses two concurrent
                    # CREATE OR REPLACE FUNCTION ("tuple concurrently updated", seen in CI).
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({DDL_LOCK_KEY})")
                for statement in guard:
                    conn.exec_driver_sql(statement)
            return
        except (sa.exc.OperationalError, sa.exc.ProgrammingError, sa.exc.IntegrityError,
                sa.exc.InternalError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.5 + attempt)


def delete_conversations(conn: sa.engine.Connection, sender_ids: Iterable[str]) -> None:
    """Remove the console's rows for these conversations (summary, reviews, tags, notes,
    flags, search index). Call before their events are deleted, in the same transaction."""
    senders = list(sender_ids)
    if not senders:
        return
    # Wait for a summary refresh in flight (it holds this row): otherwise it could write
    # back rows, message text included, for a conversation deleted under it.
    conn.execute(sa.select(SummaryCursor.__table__).with_for_update())
    search.delete_for(conn, senders)
    for table in CONVERSATION_TABLES:
        conn.execute(sa.delete(table.__table__).where(table.__table__.c.sender_id.in_(senders)))
