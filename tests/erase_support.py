"""Checks that a conversation is gone from every table of a database (issue 8)."""
from __future__ import annotations

import json
from typing import Dict, List

import sqlalchemy as sa


def traces(engine: sa.engine.Engine, *needles: str) -> Dict[str, int]:
    """Every table of the database, with the rows in which any needle (a sender id, a
    message's text) appears in any column; tables with no such row are left out."""
    found: Dict[str, int] = {}
    inspector = sa.inspect(engine)
    with engine.connect() as conn:
        for table in inspector.get_table_names():
            columns = [c["name"] for c in inspector.get_columns(table)]
            rows = conn.execute(sa.text(f'SELECT * FROM "{table}"')).all()
            hits = sum(any(needle in str(value) for value in row for needle in needles) for row in rows)
            if hits:
                found[table] = hits
            assert columns  # every table was read
    return found


def table_count(engine: sa.engine.Engine) -> int:
    return len(sa.inspect(engine).get_table_names())


def erase_audit_lines(engine: sa.engine.Engine) -> List[Dict[str, object]]:
    with engine.connect() as conn:
        return [{"actor": actor, "target": target, **json.loads(detail)} for actor, target, detail in conn.execute(sa.text(
            "SELECT actor, target, detail FROM console_audit WHERE action = 'erase_conversation' ORDER BY id"))]
