"""Several Rasa servers on one machine's loopback, as they would run across machines.

`make cluster` (or `python -m bondwise.scale.cluster --instances 3`) starts:
- one action server;
- N Rasa servers sharing a PostgreSQL tracker store (BONDWISE_CLUSTER_DATABASE_URL,
  default postgresql://root@127.0.0.1:5432/bondwise, created when missing; not
  BONDWISE_DATABASE_URL, which the Makefile defaults to `make run`'s SQLite file) and the atomic Redis
  lock store (BONDWISE_REDIS_URL, default redis://127.0.0.1:6379/1);
- the load balancer in front of them (bondwise/scale/balancer.py) on --port;
- the staff console on the same database.
Ctrl-C stops them all.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from sqlalchemy.engine import make_url

from bondwise import PROJECT_ROOT
from bondwise.tools.run import _bin, _stop, _up, session_secret

DEFAULT_DATABASE_URL = "postgresql://root@127.0.0.1:5432/bondwise"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/1"
ENDPOINTS = PROJECT_ROOT / "deploy" / "endpoints.cluster.yml"


def ensure_postgres_database(url: str) -> None:
    """Create the database named in `url` when it does not exist yet."""
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    target = make_url(url)
    if not target.drivername.startswith("postgresql"):
        return
    admin = sa.create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            exists = connection.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                        {"n": target.database}).scalar()
            if not exists:
                connection.execute(sa.text(f'CREATE DATABASE "{target.database}"'))
    finally:
        admin.dispose()


def prepare_store(url: str) -> None:
    """Create every table once, before several servers start and race to do it."""
    from bondwise.storage.tracker_store import BondwiseTrackerStore
    from rasa.shared.core.domain import Domain

    ensure_postgres_database(url)
    BondwiseTrackerStore(Domain.empty(), host=url).engine.dispose()


@dataclass
class Cluster:
    """The processes of one cluster; `start` waits until every one answers."""
    instances: int
    port: int
    base_port: int
    model: str
    env: Dict[str, str]
    endpoints: Path = ENDPOINTS
    console_port: Optional[int] = None
    # Rasa servers' ports; by default the ones after base_port (the action server's).
    instance_ports: List[int] = field(default_factory=list)
    procs: Dict[str, subprocess.Popen] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.instance_ports:
            self.instance_ports = [self.base_port + 1 + i for i in range(self.instances)]

    @property
    def actions_port(self) -> int:
        return self.base_port

    def _spawn(self, name: str, args: List[str], log: Optional[Path]) -> None:
        out = open(log, "ab") if log else None  # noqa: SIM115 - the child keeps it
        self.procs[name] = subprocess.Popen(args, cwd=PROJECT_ROOT, env=self.env, stdout=out,
                                            stderr=subprocess.STDOUT if out else None)

    def start_instance(self, index: int, log_dir: Optional[Path] = None) -> None:
        port = self.instance_ports[index]
        self._spawn(f"rasa-{index}", [
            _bin("rasa"), "run", "--model", self.model, "--port", str(port),
            "--credentials", "credentials.yml", "--endpoints", str(self.endpoints)],
            log_dir / f"rasa-{index}.log" if log_dir else None)

    def start(self, log_dir: Optional[Path] = None, timeout_s: float = 240) -> None:
        self._spawn("actions", [_bin("rasa"), "run", "actions", "--actions", "actions",
                                "--port", str(self.actions_port)],
                    log_dir / "actions.log" if log_dir else None)
        for index in range(self.instances):
            self.start_instance(index, log_dir)
        backends = [f"http://127.0.0.1:{p}" for p in self.instance_ports]
        self._spawn("balancer", [sys.executable, "-m", "bondwise.scale.balancer", "--port",
                                 str(self.port), *backends],
                    log_dir / "balancer.log" if log_dir else None)
        if self.console_port:
            self._spawn("console", [sys.executable, "-m", "bondwise.console", "--port",
                                    str(self.console_port)],
                        log_dir / "console.log" if log_dir else None)
        urls = [f"http://127.0.0.1:{p}/chat/health" for p in self.instance_ports]
        urls += [f"http://127.0.0.1:{self.actions_port}/health",
                 f"http://127.0.0.1:{self.port}/balancer/health"]
        deadline = time.monotonic() + timeout_s
        while not all(_up(url) for url in urls):
            dead = [name for name, proc in self.procs.items() if proc.poll() is not None]
            if dead or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"cluster did not start: exited {dead or 'none'}, timed out "
                                   f"{time.monotonic() > deadline}")
            time.sleep(0.5)

    def kill(self, name: str) -> None:
        """SIGKILL one process, as a crash would."""
        self.procs[name].kill()
        self.procs[name].wait()

    def stop(self) -> None:
        _stop(list(self.procs.values()))


def cluster_env(database_url: str, redis_url: str, actions_port: int) -> Dict[str, str]:
    env = dict(os.environ)
    env.update({
        "BONDWISE_DATABASE_URL": database_url,
        "BONDWISE_REDIS_URL": redis_url,
        "BONDWISE_ACTION_URL": f"http://127.0.0.1:{actions_port}/webhook",
        "RASA_TELEMETRY_ENABLED": "false",
    })
    # Behind the balancer every server sees one address (the balancer's): the per-address
    # limit belongs at the proxy of a deployment (README, "Rate limits"), so it is off here
    # unless set.
    env.setdefault("BONDWISE_RATE_PER_ADDRESS", "0")
    (PROJECT_ROOT / "var").mkdir(exist_ok=True)
    env["BONDWISE_SESSION_SECRET"] = session_secret(env)
    return env


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--instances", type=int, default=int(os.environ.get("BONDWISE_INSTANCES", 3)))
    parser.add_argument("--port", type=int, default=int(os.environ.get("BONDWISE_PORT", 5005)))
    parser.add_argument("--base-port", type=int, default=5100,
                        help="action server here, Rasa servers on the ports after it")
    parser.add_argument("--console-port", type=int, default=int(os.environ.get("BONDWISE_CONSOLE_PORT", 5006)))
    parser.add_argument("--model", default="models/bondwise.tar.gz")
    args = parser.parse_args(argv)

    database_url = os.environ.get("BONDWISE_CLUSTER_DATABASE_URL", DEFAULT_DATABASE_URL)
    redis_url = os.environ.get("BONDWISE_REDIS_URL", DEFAULT_REDIS_URL)
    prepare_store(database_url)
    cluster = Cluster(args.instances, args.port, args.base_port, args.model,
                      cluster_env(database_url, redis_url, args.base_port),
                      console_port=args.console_port)
    stopping: List[bool] = []
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    try:
        cluster.start()
        print(f"\nBondwise cluster: {args.instances} Rasa servers on ports "
              f"{', '.join(map(str, cluster.instance_ports))} behind http://127.0.0.1:{args.port}/\n"
              f"  store: {make_url(database_url).render_as_string(hide_password=True)}, "
              f"locks: {make_url(redis_url).render_as_string(hide_password=True)}\n"
              f"  balancer health: http://127.0.0.1:{args.port}/balancer/health\n"
              f"  staff console: http://127.0.0.1:{args.console_port}/\n  Stop: Ctrl-C\n", flush=True)
        while not stopping and all(p.poll() is None for p in cluster.procs.values()):
            time.sleep(0.5)
        return 0 if stopping else 1
    except RuntimeError as error:
        print(f"bondwise cluster: {error}", file=sys.stderr)
        return 1
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
