"""Start the action server, the Rasa server and the staff console together; Ctrl-C stops them.

Used by `make run`. Waits until both answer, then prints where to talk to the bot.
"""
from __future__ import annotations

import argparse
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import List

from bondwise import PROJECT_ROOT


def _bin(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def free_port() -> int:
    """A TCP port nothing listens on now, on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _up(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as reply:
            return reply.status == 200
    except OSError:
        return False


def _stop(procs: List[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
    deadline = time.monotonic() + 15
    for proc in procs:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()


def session_secret(env: dict) -> str:
    """BONDWISE_SESSION_SECRET, or one made once for this machine in var/ (never in git):
    without a lasting secret, a restart would strand every web conversation id and Telegram
    pseudonym, and /forget could no longer reach them."""
    if env.get("BONDWISE_SESSION_SECRET"):
        return env["BONDWISE_SESSION_SECRET"]
    path = PROJECT_ROOT / "var" / "session_secret"
    if not path.exists():
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as out:
            out.write(secrets.token_urlsafe(32))
    return path.read_text().strip()


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("BONDWISE_PORT", 5005)))
    parser.add_argument(
        "--actions-port", type=int, default=int(os.environ.get("BONDWISE_ACTIONS_PORT", 5055))
    )
    parser.add_argument(
        "--console-port", type=int, default=int(os.environ.get("BONDWISE_CONSOLE_PORT", 5006))
    )
    parser.add_argument("--model", default="models/bondwise.tar.gz")
    args = parser.parse_args(argv)

    env = dict(os.environ)
    env.setdefault("BONDWISE_DATABASE_URL", "sqlite:///var/bondwise.db")
    env["RASA_TELEMETRY_ENABLED"] = "false"  # nothing about conversations leaves the machine
    env["BONDWISE_ACTION_URL"] = f"http://localhost:{args.actions_port}/webhook"
    (PROJECT_ROOT / "var").mkdir(exist_ok=True)
    env["BONDWISE_SESSION_SECRET"] = session_secret(env)

    procs = [
        subprocess.Popen(
            [_bin("rasa"), "run", "actions", "--actions", "actions", "--port", str(args.actions_port)],
            cwd=PROJECT_ROOT, env=env,
        ),
        subprocess.Popen(
            [_bin("rasa"), "run", "--model", args.model, "--port", str(args.port),
             "--credentials", "credentials.yml", "--endpoints", "endpoints.yml"],
            cwd=PROJECT_ROOT, env=env,
        ),
        # The staff console: its own process and port, on loopback only.
        subprocess.Popen(
            [sys.executable, "-m", "bondwise.console", "--port", str(args.console_port)],
            cwd=PROJECT_ROOT, env=env,
        ),
    ]
    # Ctrl-C reaches the whole process group: the servers stop themselves; we note it
    # so their exit reads as a clean stop, not a crash.
    stopping = []
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    try:
        health = f"http://localhost:{args.port}/chat/health"
        actions = f"http://localhost:{args.actions_port}/health"
        console = f"http://127.0.0.1:{args.console_port}/health"
        while not (_up(health) and _up(actions) and _up(console)):
            if stopping:
                print("\nbondwise: stopping…")
                return 0
            if any(p.poll() is not None for p in procs):
                print("bondwise: a server exited during start-up; see the log above.")
                _stop(procs)
                return 1
            time.sleep(1)
        print(
            "\nBondwise is running.\n"
            f"  Chat:   http://localhost:{args.port}/chat/  (open it in a browser)\n"
            f"  REST:   curl -s localhost:{args.port}/webhooks/rest/webhook "
            "-H 'Content-Type: application/json' "
            "-d '{\"sender\": \"me\", \"message\": \"what is a trauma bond?\"}'\n"
            f"  Store:  {env['BONDWISE_DATABASE_URL']}\n"
            f"  Staff:  http://127.0.0.1:{args.console_port}/  (first admin: "
            ".venv/bin/python -m bondwise.console.accounts create NAME --role admin)\n"
            "  Stop:   Ctrl-C\n",
            flush=True,
        )
        while all(p.poll() is None for p in procs) and not stopping:
            time.sleep(0.5)
        if stopping:
            print("\nbondwise: stopping…")
            return 0
        print("bondwise: a server stopped; stopping the others.")
        return 1
    except KeyboardInterrupt:
        print("\nbondwise: stopping…")
        return 0
    finally:
        _stop(procs)


if __name__ == "__main__":
    sys.exit(main())
