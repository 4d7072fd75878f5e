"""Two real Rasa servers sharing the machine's PostgreSQL and Redis, with the same
conversations' messages sent through both at once: with the atomic lock store every
conversation's events are complete, in order and not duplicated.

Rasa's stock RedisLockStore on this workload fails only now and then (its race window is
a fraction of a millisecond), so that run is a figures command, `make stock-race`
(tests/stock_lock_race.py); tests/test_lock_store.py shows its failure every time."""
from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import pytest
import sqlalchemy as sa

from bondwise.scale.cluster import Cluster
from tests.scale_support import (CONVERSATIONS, MESSAGES_EACH, check_conversations, create_database,
                                 drop_database, make_cluster, send_interleaved)

pytestmark = pytest.mark.scale


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    url = create_database("bondwise_scale")
    yield url
    drop_database(url)


def _cluster(tmp: Path, database: str, lock_store: str) -> Cluster:
    return make_cluster(tmp, database, instances=2, lock_store=lock_store)


@pytest.fixture(scope="module")
def atomic_run(database: str, tmp_path_factory: pytest.TempPathFactory) -> Tuple[List[str], int, Dict]:
    tmp = tmp_path_factory.mktemp("atomic")
    cluster = _cluster(tmp, database, "atomic")
    cluster.start(log_dir=tmp)
    try:
        senders = [f"scale-atomic-{i}-{uuid.uuid4().hex[:6]}" for i in range(CONVERSATIONS)]
        statuses = asyncio.run(send_interleaved(cluster.instance_ports, senders))
    finally:
        cluster.stop()
    problems, checked = check_conversations(database, senders)
    return problems, checked, statuses


def test_atomic_lock_store_keeps_every_conversation_whole(atomic_run: Tuple) -> None:
    problems, checked, statuses = atomic_run
    answered = sum(s == 200 for codes in statuses.values() for s in codes)
    print(f"\natomic lock store: {CONVERSATIONS} conversations x {MESSAGES_EACH} messages through 2 "
          f"servers at once: {answered} answered, {checked} events checked, problems: {problems}")
    assert answered == CONVERSATIONS * MESSAGES_EACH
    assert not problems


def test_servers_starting_at_once_create_the_console_tables_without_a_clash(database: str) -> None:
    """Each server creates the console's tables and audit guard at start-up; on PostgreSQL
    two at once once failed with "tuple concurrently updated" (seen in CI)."""
    import threading

    from bondwise.console.store import create_tables

    engines = [sa.create_engine(database) for _ in range(4)]
    errors: List[BaseException] = []
    start = threading.Barrier(len(engines))

    def starter(engine: sa.engine.Engine) -> None:
        try:
            start.wait()
            create_tables(engine, attempts=1)  # no retry: the lock alone must prevent the clash
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=starter, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for engine in engines:
        engine.dispose()
    assert not errors, errors
