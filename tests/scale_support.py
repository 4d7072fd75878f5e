"""What the scale-out tests share: throwaway PostgreSQL databases and loopback clusters."""
from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import aiohttp
import pytest
import sqlalchemy as sa

from bondwise.scale.cluster import Cluster, cluster_env, prepare_store
from tests.conftest import MODEL, free_port

QUESTIONS = ["what is love bombing", "what is hoovering", "what is gaslighting",
             "what is triangulation", "what are the signs of a trauma bond",
             "how do i heal from a trauma bond", "what is a trauma bond",
             "can shared trauma be a good bond"]
CONVERSATIONS = 12
MESSAGES_EACH = len(QUESTIONS)
PG_ADMIN = "postgresql://root@127.0.0.1:5432/postgres"
REDIS_URL = "redis://127.0.0.1:6379/14"


def create_database(prefix: str) -> str:
    """A fresh database on the machine's PostgreSQL, with every table created."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as error:  # a failure, not a skip: CI must have PostgreSQL
        pytest.fail(f"PostgreSQL is not running on 127.0.0.1:5432: {error}")
    finally:
        admin.dispose()
    url = f"postgresql://root@127.0.0.1:5432/{name}"
    prepare_store(url)
    return url


def drop_database(url: str) -> None:
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


def stored_events(database: str, senders: List[str]) -> Dict[str, List[Dict[str, Any]]]:
    """Each conversation's stored events, oldest first, as Rasa serialised them."""
    engine = sa.create_engine(database)
    try:
        with engine.connect() as connection:
            return {sender: [json.loads(data) for (data,) in connection.execute(sa.text(
                "SELECT data FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender})]
                for sender in senders}
    finally:
        engine.dispose()


def user_texts(events: List[Dict[str, Any]]) -> List[str]:
    return [event.get("text") for event in events if event["event"] == "user"]


def endpoints_file(tmp: Path, lock_store: str, redis_url: str = REDIS_URL) -> Path:
    """Endpoints for a test cluster: our atomic lock store, or Rasa's stock one."""
    prefix = f"t{uuid.uuid4().hex[:8]}"
    if lock_store == "atomic":
        lock = f"  type: bondwise.scale.lock_store.AtomicRedisLockStore\n  url: {redis_url}\n"
    else:
        host, db = redis_url.removeprefix("redis://").split("/")
        lock = f"  type: redis\n  url: {host.split(':')[0]}\n  port: {host.split(':')[1]}\n  db: {db}\n"
    path = tmp / f"endpoints-{lock_store}.yml"
    # Plain YAML scalars: Rasa fills ${...} from the environment only in those.
    path.write_text(
        "action_endpoint:\n  url: ${BONDWISE_ACTION_URL}\n"
        "tracker_store:\n  type: bondwise.storage.tracker_store.BondwiseTrackerStore\n"
        "  url: ${BONDWISE_DATABASE_URL}\n"
        f"lock_store:\n{lock}  key_prefix: {prefix}\n")
    return path


def make_cluster(tmp: Path, database: str, instances: int = 2, lock_store: str = "atomic",
                 redis_url: str = REDIS_URL, env: Optional[Dict[str, str]] = None) -> Cluster:
    """A cluster on free loopback ports (not started)."""
    actions = free_port()
    cluster_environment = cluster_env(database, redis_url, actions)
    cluster_environment["BONDWISE_RATE_PER_CONVERSATION"] = "0"  # the tests' loads are bursts
    cluster_environment.update(env or {})
    return Cluster(instances, free_port(), actions, str(MODEL), cluster_environment,
                   endpoints=endpoints_file(tmp, lock_store, redis_url),
                   instance_ports=[free_port() for _ in range(instances)])


async def send_interleaved(ports: List[int], senders: List[str]) -> Dict[str, List[int]]:
    """Every conversation's messages, all at once, alternating between the two servers."""
    statuses: Dict[str, List[int]] = {s: [] for s in senders}
    # Generous for 96 messages on two cores, and bounded: a request stuck behind a lost
    # ticket (Rasa's stock store) counts as failed (status 0) instead of hanging the test.
    timeout = aiohttp.ClientTimeout(total=90)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async def send(sender: str, index: int) -> None:
            port = ports[index % len(ports)]
            try:
                async with session.post(f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                                        json={"sender": sender, "message": QUESTIONS[index]}) as reply:
                    await reply.read()
                    statuses[sender].append(reply.status)
            except (aiohttp.ClientError, asyncio.TimeoutError):
                statuses[sender].append(0)
        await asyncio.gather(*(send(s, i) for i in range(MESSAGES_EACH) for s in senders))
    return statuses


def check_conversations(database: str, senders: List[str]) -> Tuple[List[str], int]:
    """Problems found in the stored events, and the number of events checked."""
    problems: List[str] = []
    checked = 0
    for sender, events in stored_events(database, senders).items():
        checked += len(events)
        texts = user_texts(events)
        if sorted(texts) != sorted(QUESTIONS):
            problems.append(f"{sender}: {len(texts)} user messages stored of {MESSAGES_EACH}"
                            f"{' (duplicates)' if len(set(texts)) < len(texts) else ''}")
        stamps = [e["timestamp"] for e in events]
        if stamps != sorted(stamps):
            problems.append(f"{sender}: events out of time order")
        if len({json.dumps(e, sort_keys=True) for e in events}) < len(events):
            problems.append(f"{sender}: duplicated events")
        # Each message's turn is whole before the next starts: user, then at least
        # one bot reply, then action_listen.
        turns = "".join("U" if e["event"] == "user" else "B" if e["event"] == "bot"
                        else "L" if e.get("name") == "action_listen" else "" for e in events)
        body = turns[turns.index("U"):] if "U" in turns else ""
        chunks = body.split("U")[1:]
        if any("B" not in chunk or not chunk.endswith("L") for chunk in chunks):
            problems.append(f"{sender}: a turn was interleaved or cut short")
    return problems, checked
