"""Full-text search over conversation messages, in the database's own index.

SQLite: an FTS5 table whose rowid is the event id. PostgreSQL: a table with a
generated tsvector column under a GIN index. Either way the console writes only this
index, never Rasa's `events` table, and a user's query is always a bound parameter
(SQLite's MATCH syntax is rebuilt from plain word tokens, so no operator gets through).
"""
from __future__ import annotations

import re
from typing import Iterable, List, Sequence, Tuple

import sqlalchemy as sa

TABLE = "console_search"
MAX_TERMS = 12
# A search looks at the newest this-many matching messages: a word in a fifth of a
# million messages would otherwise cost seconds. The inbox says when it was reached.
MAX_MATCHES = 5000


def create(engine: sa.engine.Engine) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
                "text, sender_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')")
        elif engine.dialect.name == "postgresql":
            conn.exec_driver_sql(
                f"CREATE TABLE IF NOT EXISTS {TABLE} (event_id INTEGER PRIMARY KEY, "
                "sender_id VARCHAR(255) NOT NULL, text TEXT NOT NULL, "
                "tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', left(text, 100000))) STORED)")
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {TABLE}_tsv ON {TABLE} USING GIN (tsv)")
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {TABLE}_sender ON {TABLE} (sender_id)")
        else:
            raise RuntimeError(f"the console supports SQLite and PostgreSQL, not {engine.dialect.name}")


def add(conn: sa.engine.Connection, rows: Sequence[Tuple[int, str, str]]) -> None:
    """Index (event_id, sender_id, text) rows."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text(f"INSERT INTO {TABLE} (rowid, text, sender_id) VALUES (:id, :text, :sender)"),
                     [{"id": i, "text": t, "sender": s} for i, s, t in rows])
    else:
        conn.execute(sa.text(f"INSERT INTO {TABLE} (event_id, sender_id, text) VALUES (:id, :sender, :text) "
                             "ON CONFLICT (event_id) DO NOTHING"),
                     [{"id": i, "text": t, "sender": s} for i, s, t in rows])


def delete_for(conn: sa.engine.Connection, sender_ids: Iterable[str]) -> None:
    """Drop the index rows of these conversations (before their events are deleted:
    on SQLite the event ids are how the rows are found)."""
    for sender in sender_ids:
        if conn.dialect.name == "sqlite":
            conn.execute(sa.text(f"DELETE FROM {TABLE} WHERE rowid IN "
                                 "(SELECT id FROM events WHERE sender_id = :s)"), {"s": sender})
        else:
            conn.execute(sa.text(f"DELETE FROM {TABLE} WHERE sender_id = :s"), {"s": sender})


def terms(query: str) -> List[str]:
    """The words of a search, at most MAX_TERMS of them."""
    return re.findall(r"\w+", query or "", re.UNICODE)[:MAX_TERMS]


def matching_senders(dialect: str, query: str) -> Tuple[sa.sql.elements.TextClause, dict] | None:
    """A subquery of conversation ids with a message containing every word of `query`."""
    words = terms(query)
    if not words:
        return None
    if dialect == "sqlite":
        match = " ".join(f'"{word}"' for word in words)  # \w+ holds no quote
        return (sa.text(f"SELECT sender_id FROM {TABLE} WHERE {TABLE} MATCH :search_q "
                        f"ORDER BY rowid DESC LIMIT {MAX_MATCHES}"), {"search_q": match})
    return (sa.text(f"SELECT sender_id FROM {TABLE} WHERE tsv @@ plainto_tsquery('simple', :search_q) "
                    f"ORDER BY event_id DESC LIMIT {MAX_MATCHES}"), {"search_q": " ".join(words)})


def reached_limit(conn: sa.engine.Connection, query: str) -> bool:
    """Whether a search matched more messages than it looks at."""
    matched = matching_senders(conn.dialect.name, query)
    if matched is None:
        return False
    subquery, params = matched
    counted = conn.execute(sa.text(f"SELECT count(*) FROM ({subquery.text}) AS found"), params).scalar_one()
    return counted >= MAX_MATCHES
