"""What the scale-out tests share: throwaway PostgreSQL databases and loopback clusters."""
from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import sqlalchemy as sa

from bondwise.scale.cluster import Cluster, cluster_env, prepare_store
from tests.conftest import MODEL, free_port

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
    cluster_environment.update(env or {})
    return Cluster(instances, free_port(), actions, str(MODEL), cluster_environment,
                   endpoints=endpoints_file(tmp, lock_store, redis_url),
                   instance_ports=[free_port() for _ in range(instances)])
