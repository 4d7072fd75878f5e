"""Faults in the cluster: a Rasa server killed mid-load, Redis and PostgreSQL stopped and
started again. Redis and PostgreSQL here are private servers on spare loopback ports (the
machine's own binaries), so stopping them touches nothing else."""
from __future__ import annotations

import asyncio
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Tuple

import aiohttp
import pytest

from bondwise.scale.cluster import Cluster, prepare_store
from tests.conftest import free_port
from tests.scale_support import (REDIS_URL, create_database, drop_database, make_cluster, stored_events,
                                 user_texts)
from tests.scale_support import QUESTIONS

pytestmark = pytest.mark.scale

PG_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def _cluster(tmp: Path, database: str, redis_url: str, instances: int) -> Cluster:
    # A killed server's turn lapses after 8 s, not 60.
    return make_cluster(tmp, database, instances, redis_url=redis_url, env={"TICKET_LOCK_LIFETIME": "8"})


async def _post(session: aiohttp.ClientSession, port: int, sender: str, text: str) -> Tuple[int, float]:
    started = time.monotonic()
    try:
        async with session.post(f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                                json={"sender": sender, "message": text}) as reply:
            body = await reply.read()
            if reply.status != 200:
                assert body.strip().startswith(b"{"), body[:200]  # a JSON error, never a bare page
            return reply.status, time.monotonic() - started
    except (aiohttp.ClientError, asyncio.TimeoutError):
        return 0, time.monotonic() - started


# --- a server killed mid-load ---------------------------------------------------------

def test_killing_a_server_mid_load_loses_no_answered_message(tmp_path: Path) -> None:
    database = create_database("bondwise_fault")
    cluster = _cluster(tmp_path, database, REDIS_URL, instances=2)
    cluster.start(log_dir=tmp_path)
    answered: Dict[str, List[str]] = {}
    resends: List[int] = []
    try:
        senders = [f"fault-kill-{i}-{uuid.uuid4().hex[:6]}" for i in range(10)]

        async def load() -> int:
            timeout = aiohttp.ClientTimeout(total=60)
            async with aiohttp.ClientSession(timeout=timeout) as session:
                async def conversation(sender: str) -> None:
                    for text in QUESTIONS:
                        for _attempt in range(5):  # the widget resends after an error
                            status, _ = await _post(session, cluster.port, sender, text)
                            if status == 200:
                                answered.setdefault(sender, []).append(text)
                                break
                            resends.append(status)
                            await asyncio.sleep(0.5)
                        await asyncio.sleep(0.05)

                async def killer() -> None:
                    while sum(map(len, answered.values())) < 20:
                        await asyncio.sleep(0.05)
                    cluster.kill("rasa-0")  # SIGKILL, mid-load

                await asyncio.gather(killer(), *(conversation(s) for s in senders))
            return sum(map(len, answered.values()))

        total = asyncio.run(load())
        assert cluster.procs["rasa-0"].poll() is not None
        assert cluster.procs["rasa-1"].poll() is None, "the surviving server must carry on"
    finally:
        cluster.stop()
    stored_user_events = 0
    missing = []
    for sender, events in stored_events(database, list(answered)).items():
        stored = user_texts(events)
        stored_user_events += len(stored)
        missing += [f"{sender}: {t}" for t in answered[sender] if t not in stored]
    drop_database(database)
    print(f"\nkilled 1 of 2 servers mid-load: {total} messages answered, {len(resends)} resent after an "
          f"error (statuses {sorted(set(resends))}), {stored_user_events} user events stored, missing: {missing}")
    assert total == 10 * len(QUESTIONS), "every message is answered in the end"
    assert not missing


# --- Redis stopped and started again ---------------------------------------------------

class PrivateRedis:
    def __init__(self, port: int) -> None:
        self.port = port
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen([REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1",
                                      "--save", "", "--appendonly", "no"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if subprocess.run(["redis-cli", "-p", str(self.port), "ping"], capture_output=True).stdout.strip() == b"PONG":
                return
            time.sleep(0.1)
        raise RuntimeError("private redis did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


def _first_ok_after(port: int, sender: str, seconds: float) -> Tuple[int, float]:
    """Send until answered 200; the attempts and the seconds it took."""
    async def run() -> Tuple[int, float]:
        started = time.monotonic()
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
            attempts = 0
            while time.monotonic() - started < seconds:
                attempts += 1
                status, _ = await _post(session, port, sender, "what is hoovering")
                if status == 200:
                    return attempts, time.monotonic() - started
                await asyncio.sleep(0.5)
        return -1, time.monotonic() - started
    return asyncio.run(run())


def _one(port: int, sender: str, text: str = "what is love bombing") -> Tuple[int, float]:
    async def run() -> Tuple[int, float]:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
            return await _post(session, port, sender, text)
    return asyncio.run(run())


def _outage_and_recovery(port: int, sender: str, name: str, stop: Callable[[], None],
                         start: Callable[[], None]) -> None:
    """Answered before; a clear 503 (not a hang) while `name` is down; answered again,
    with no restart of ours, once it is back."""
    assert _one(port, sender)[0] == 200
    stop()
    status, seconds = _one(port, sender)
    print(f"\n{name} down: HTTP {status} after {seconds:.2f} s")
    assert status == 503 and seconds < 15, (status, seconds)
    start()
    attempts, seconds = _first_ok_after(port, sender, 30)
    print(f"{name} back: answered after {attempts} attempt(s), {seconds:.2f} s")
    assert attempts > 0


def test_redis_outage_is_a_clear_error_and_the_service_recovers(tmp_path: Path) -> None:
    redis_server = PrivateRedis(free_port())
    redis_server.start()
    database = create_database("bondwise_fault")
    cluster = _cluster(tmp_path, database, f"redis://127.0.0.1:{redis_server.port}/0", instances=1)
    try:
        cluster.start(log_dir=tmp_path)
        _outage_and_recovery(cluster.port, f"fault-redis-{uuid.uuid4().hex[:6]}", "Redis",
                             redis_server.stop, redis_server.start)
    finally:
        cluster.stop()
        redis_server.stop()
        drop_database(database)


# --- PostgreSQL stopped and started again ----------------------------------------------

class PrivatePostgres:
    """A throwaway PostgreSQL cluster owned by the postgres user (it refuses root)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.dir = Path(tempfile.mkdtemp(prefix="bondwise-pg-"))
        shutil.chown(self.dir, "postgres", "postgres")
        self.data = self.dir / "data"
        self.bin = PG_BIN[-1]

    def _as_postgres(self, *args: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def init(self) -> None:
        self._as_postgres(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "root")

    def start(self) -> None:
        self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.dir / "log"),
                          "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "start")

    def stop(self) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", str(self.bin / "pg_ctl"), "-D", str(self.data),
                        "-m", "fast", "-w", "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    @property
    def url(self) -> str:
        return f"postgresql://root@127.0.0.1:{self.port}/postgres"

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture()
def private_postgres() -> Iterator[PrivatePostgres]:
    if not PG_BIN:
        pytest.fail("PostgreSQL server binaries not found under /usr/lib/postgresql")
    server = PrivatePostgres(free_port())
    server.init()
    server.start()
    yield server
    server.remove()


def test_postgres_outage_is_a_clear_error_and_the_service_recovers(
        tmp_path: Path, private_postgres: PrivatePostgres) -> None:
    prepare_store(private_postgres.url)
    cluster = _cluster(tmp_path, private_postgres.url, REDIS_URL, instances=1)
    sender = f"fault-pg-{uuid.uuid4().hex[:6]}"
    try:
        cluster.start(log_dir=tmp_path)
        _outage_and_recovery(cluster.port, sender, "PostgreSQL", private_postgres.stop, private_postgres.start)
    finally:
        cluster.stop()
    texts = user_texts(stored_events(private_postgres.url, [sender])[sender])
    # The message before the outage and the one answered after it are both stored.
    assert texts[0] == "what is love bombing" and texts[-1] == "what is hoovering", texts
