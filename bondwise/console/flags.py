"""Flagged messages as labelled risk test cases: `python -m bondwise.console.flags`.

    python -m bondwise.console.flags --out flagged.yml

Writes every message staff flagged, in the format of tests/data/risk_*.yml: a missed
risk under its category, a false alarm as `safe`. Text is masked, so the file can be
reviewed and merged into a risk test set without carrying personal data along.
"""
from __future__ import annotations

import argparse
import sys
from typing import Any, Dict, List

import yaml
from sqlalchemy.orm import Session

from bondwise.console.masking import mask
from bondwise.console.schema import MISSED_RISK, MessageFlag
from bondwise.console.store import create_tables, database_url, make_engine
from bondwise.console.transcript import raw_user_text
from bondwise.risk.categories import SAFE


def flagged(session: Session) -> List[Dict[str, Any]]:
    cases: Dict[int, Dict[str, Any]] = {}
    for flag in session.query(MessageFlag).order_by(MessageFlag.id):
        found = raw_user_text(session, flag.event_id)
        if found is None:
            continue
        label = flag.category if flag.kind == MISSED_RISK else SAFE
        cases[flag.event_id] = {"text": mask(found[1]), "label": label}  # the newest flag wins
    return list(cases.values())


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args(argv)
    engine = make_engine(args.database_url or database_url())
    create_tables(engine)
    with Session(engine) as session:
        cases = flagged(session)
    with open(args.out, "w", encoding="utf-8") as out:
        yaml.safe_dump({"version": 1, "messages": cases}, out, allow_unicode=True, sort_keys=False)
    print(f"wrote {len(cases)} flagged messages to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
