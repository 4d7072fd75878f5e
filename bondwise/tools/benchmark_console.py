"""Benchmark the staff console on a big store: `make benchmark-console`.

Fills a fresh database (an SQLite file by default, or --database-url) with 100,000
conversations of 10 events each (1,000,000 events, in Rasa's own `events` table), builds
the console summary, starts the console, signs in over HTTP and prints the median and
95th-percentile time of the inbox, filters, search and the conversation page.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict, List

import requests
import sqlalchemy as sa
from sqlalchemy.orm import Session

from bondwise import PROJECT_ROOT
from bondwise.console import auth, summary
from bondwise.console.schema import Account
from bondwise.console.store import create_tables, make_engine
from bondwise.risk.categories import CATEGORIES

WORDS = ("he she always never sorry love bombing hoovering gaslight again trust friends family leave stay "
         "tired scared hope work money phone talk yelled quiet weekend mother sister promise better worse "
         "angry calm lonely together apart support healing therapy miss reason fault blame").split()
CHANNELS = ("rest", "socketio", "telegram")
PASSWORD = "benchmark-password-1234"


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 16)))


def fill(engine: sa.engine.Engine, conversations: int, seed: int = 7) -> int:
    """Insert conversations of 10 events each, the way Rasa stores them."""
    from bondwise.storage.tracker_store import BondwiseTrackerStore

    BondwiseTrackerStore(host=str(engine.url)).engine.dispose()  # Rasa's schema, as a running bot makes it
    rng = random.Random(seed)
    start = time.time() - 90 * 86400
    insert = sa.text("INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data) "
                     "VALUES (:sender_id, :type_name, :timestamp, :intent_name, :action_name, :data)")
    rows: List[Dict] = []
    total = 0
    for n in range(conversations):
        sender = f"bench-{n:06d}"
        moment = start + n * (90 * 86400 / conversations)
        channel = rng.choice(CHANNELS)

        def add(type_name: str, data: Dict, intent: str | None = None, action: str | None = None) -> None:
            nonlocal moment
            moment += 1.5
            data = {"event": type_name, "timestamp": moment, **data}
            rows.append({"sender_id": sender, "type_name": type_name, "timestamp": moment,
                         "intent_name": intent, "action_name": action, "data": json.dumps(data)})

        add("action", {"name": "action_session_start"}, action="action_session_start")
        add("session_started", {})
        add("action", {"name": "action_listen"}, action="action_listen")
        for turn in range(2):
            risky = turn == 1 and rng.random() < 0.05
            confidence = rng.uniform(0.2, 1.0)
            intent = f"risk_{rng.choice(CATEGORIES)}" if risky else rng.choice(["greet", "explain_definition", "describe_relationship"])
            parse = {"intent": {"name": intent, "confidence": confidence}, "entities": [], "text": ""}
            if risky:
                parse["risk"] = {"category": intent[5:], "categories": [intent[5:]], "detector": "rules", "score": 1.0}
            add("user", {"text": _sentence(rng), "parse_data": parse, "input_channel": channel}, intent=intent)
            add("action", {"name": f"utter_{intent}"}, action=f"utter_{intent}")
            add("bot", {"text": _sentence(rng), "data": {}, "metadata": {}})
            if turn == 0:
                add("action", {"name": "action_listen"}, action="action_listen")
        if len(rows) >= 20_000:
            with engine.begin() as conn:
                conn.execute(insert, rows)
            total += len(rows)
            rows = []
    if rows:
        with engine.begin() as conn:
            conn.execute(insert, rows)
        total += len(rows)
    return total


def timed(call: Callable[[], requests.Response], runs: int) -> List[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        response = call()
        times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, response.status_code
    return times


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--database-url", default=None, help="default: a new SQLite file in a temporary folder")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--keep", action="store_true", help="keep the filled SQLite file")
    parser.add_argument("--reuse", action="store_true", help="measure an already filled --database-url")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bondwise-bench-"))
    url = args.database_url or f"sqlite:///{folder / 'bench.db'}"
    engine = make_engine(url)
    create_tables(engine)

    began = time.perf_counter()
    if args.reuse:
        print("measuring the store at --database-url as it is (no fill)")
    else:
        events = fill(engine, args.conversations)
        print(f"filled {args.conversations:,} conversations ({events:,} events) in {time.perf_counter() - began:.1f} s")
    began = time.perf_counter()
    summarised = summary.refresh(engine)
    print(f"summary built from {summarised:,} events in {time.perf_counter() - began:.1f} s")
    began = time.perf_counter()
    again = summary.refresh(engine)
    print(f"refresh with nothing new: {again} events in {(time.perf_counter() - began) * 1000:.1f} ms")
    with Session(engine) as session:
        if not session.query(Account).filter_by(username="bench").first():
            auth.create_account(session, "bench", PASSWORD, "admin", "benchmark")
        session.commit()

    port = 5099
    proc = subprocess.Popen([sys.executable, "-m", "bondwise.console", "--port", str(port), "--database-url", url],
                            cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                requests.get(base + "/health", timeout=1)
                break
            except requests.RequestException:
                time.sleep(0.5)
        browser = requests.Session()
        page = browser.get(base + "/login").text
        token = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        browser.post(base + "/login", data={"csrf": token, "username": "bench", "password": PASSWORD})
        rng = random.Random(1)
        with engine.connect() as conn:  # pages are addressed by the summary's random key
            keys = [row[0] for row in conn.execute(sa.text("SELECT key FROM console_summaries LIMIT 2000"))]
        week_ago = [time.strftime("%Y-%m-%d", time.gmtime(time.time() - days * 86400)) for days in (37, 30)]
        checks: Dict[str, Callable[[], requests.Response]] = {
            "inbox (page 1)": lambda: browser.get(base + "/"),
            "inbox (page 500)": lambda: browser.get(base + "/?page=500"),
            "filter: escalated, suicide": lambda: browser.get(base + "/?category=suicide"),
            "filter: not reviewed + telegram + low confidence": lambda: browser.get(
                base + "/?unreviewed=1&channel=telegram&low_confidence=1"),
            "filter: date range (one week)": lambda: browser.get(base + f"/?since={week_ago[0]}&until={week_ago[1]}"),
            "search: one word": lambda: browser.get(base + "/?q=hoovering"),
            "search: two words": lambda: browser.get(base + "/?q=scared+phone"),
            "conversation page": lambda: browser.get(
                base + "/conversation", params={"id": rng.choice(keys)}),
        }
        print(f"\nconsole over HTTP, {args.runs} requests each ({engine.dialect.name}):")
        for name, call in checks.items():
            times = timed(call, args.runs)
            p95 = sorted(times)[int(0.95 * (len(times) - 1))]
            print(f"  {name:50s} median {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms")
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    if args.database_url:
        pass
    elif args.keep:
        print(f"\nthe filled database stays at {folder / 'bench.db'}")
    else:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
