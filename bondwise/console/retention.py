"""Delete conversations older than the retention age: `python -m bondwise.console.retention`.

    python -m bondwise.console.retention --days 90 --dry-run   (counts, deletes nothing)
    python -m bondwise.console.retention --days 90

A conversation goes when its newest event is older than the age: its events, risk
escalation rows, Telegram message ids and every console row about it (summary,
reviews, tags, notes, flags, search index). The audit log keeps a line saying how many
went. The age defaults to BONDWISE_RETENTION_DAYS (else 90).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from typing import List

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bondwise.console import auth
from bondwise.console.store import create_tables, database_url, make_engine
from bondwise.console.summary import EVENTS
from bondwise.storage import escalations
from bondwise.storage.erase import erase_conversations

BATCH = 500
DAY = 86400


@dataclass
class RetentionResult:
    conversations: int
    events: int
    dry_run: bool


def expired(conn: sa.engine.Connection, cutoff: float, among: List[str] | None = None) -> List[str]:
    """Conversations whose newest event is older than the cutoff (among some, or all)."""
    query = sa.select(EVENTS.c.sender_id)
    if among is not None:
        query = query.where(EVENTS.c.sender_id.in_(among))
    return [row[0] for row in conn.execute(
        query.group_by(EVENTS.c.sender_id).having(sa.func.max(EVENTS.c.timestamp) < cutoff))]


def apply(engine: sa.engine.Engine, days: float, dry_run: bool, now: float | None = None) -> RetentionResult:
    if days <= 0:
        raise ValueError("the retention age must be more than 0 days")
    cutoff = (now or time.time()) - days * DAY
    create_tables(engine)
    escalations.Base.metadata.create_all(engine)
    with engine.connect() as conn:
        senders = expired(conn, cutoff) if sa.inspect(engine).has_table("events") else []
        events = conn.execute(sa.select(sa.func.count()).select_from(EVENTS)
                              .where(EVENTS.c.sender_id.in_(senders))).scalar_one() if senders else 0
    deleted = 0
    if not dry_run:
        for start in range(0, len(senders), BATCH):
            with engine.begin() as conn:
                # Asked again inside the transaction: a person may have written since.
                batch = expired(conn, cutoff, senders[start:start + BATCH])
                erase_conversations(conn, batch)
                deleted += len(batch)
        if engine.dialect.name == "sqlite" and deleted:
            with engine.begin() as conn:  # merge the search index so deleted text leaves its pages
                conn.exec_driver_sql("INSERT INTO console_search(console_search) VALUES ('optimize')")
    with Session(engine) as session:
        auth.audit(session, "command-line", "retention_dry_run" if dry_run else "retention", None,
                   {"days": days, "conversations": len(senders) if dry_run else deleted, "events": int(events)})
        session.commit()
    return RetentionResult(len(senders) if dry_run else deleted, int(events), dry_run)


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--days", type=float, default=float(os.environ.get("BONDWISE_RETENTION_DAYS", 90)))
    parser.add_argument("--dry-run", action="store_true", help="count what would go; delete nothing")
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args(argv)
    try:
        result = apply(make_engine(args.database_url or database_url()), args.days, args.dry_run)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    verb = "would delete" if result.dry_run else "deleted"
    print(f"{verb} {result.conversations} conversations ({result.events} events) "
          f"with no activity in the last {args.days:g} days")
    return 0


if __name__ == "__main__":
    sys.exit(main())
