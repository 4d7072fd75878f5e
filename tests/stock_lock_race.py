"""Figures, not a test: Rasa 3.6's stock RedisLockStore on test_scale's workload.

`make stock-race` (or `python -m tests.stock_lock_race --rounds 5`): two real Rasa servers
on the machine's PostgreSQL and Redis with the stock lock store; every round sends 12
conversations x 8 messages at once, alternating servers, and prints what the stored
events show. Its race (two servers each read the conversation's ticket list, then each
write it back with its own ticket) is open for a fraction of a millisecond, so it shows
in some rounds only; tests/test_lock_store.py reproduces it every time with many tasks.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import uuid
from pathlib import Path
from typing import List, Optional

from tests.scale_support import (CONVERSATIONS, check_conversations, create_database, drop_database,
                                 make_cluster, send_interleaved)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--lock-store", choices=["stock", "atomic"], default="stock")
    args = parser.parse_args(argv)
    database = create_database("bondwise_race")
    damaged_rounds = 0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            cluster = make_cluster(Path(tmp), database, instances=2, lock_store=args.lock_store)
            cluster.start(log_dir=Path(tmp))
            try:
                for number in range(1, args.rounds + 1):
                    senders = [f"race-{number}-{i}-{uuid.uuid4().hex[:6]}" for i in range(CONVERSATIONS)]
                    statuses = asyncio.run(send_interleaved(cluster.instance_ports, senders))
                    problems, checked = check_conversations(database, senders)
                    failed = sum(s != 200 for codes in statuses.values() for s in codes)
                    damaged_rounds += bool(problems or failed)
                    print(f"round {number}: {checked} events checked, {failed} requests failed, "
                          f"{len(problems)} conversations damaged {problems[:2]}", flush=True)
            finally:
                cluster.stop()
    finally:
        drop_database(database)
    print(f"{args.lock_store} lock store: {damaged_rounds}/{args.rounds} rounds showed lost, "
          "mixed or failed messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
