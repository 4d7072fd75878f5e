"""Shared fixtures: paths, tracker builders, and a real running Bondwise server."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

from bondwise import PROJECT_ROOT
from bondwise.tools.run import free_port  # noqa: F401 - the tests import it from here

MODEL = PROJECT_ROOT / "models" / "bondwise.tar.gz"
SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"


def wait_http(url: str, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited early ({proc.returncode}) before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer in {timeout}s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Servers:
    """A Rasa server and an action server on free loopback ports, as `make run` starts them."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.port = free_port()
        self.actions_port = free_port()
        self.db_url = f"sqlite:///{tmp / 'bondwise.db'}"
        from tests.telegram_standin import TOKEN, BotApiStandIn

        self.telegram = BotApiStandIn()
        self.telegram_secret = "stand-in-secret_0123456789"
        self.session_secret = "session-secret-for-the-tests"
        self.env = dict(
            os.environ,
            BONDWISE_TELEGRAM_TOKEN=TOKEN,
            BONDWISE_TELEGRAM_SECRET=self.telegram_secret,
            BONDWISE_TELEGRAM_API_URL=self.telegram.url,
            BONDWISE_TELEGRAM_WEBHOOK_URL=f"https://bot.example.org/webhooks/telegram/webhook",
            BONDWISE_SESSION_SECRET=self.session_secret,
            BONDWISE_DATABASE_URL=self.db_url,
            BONDWISE_ACTION_URL=f"http://127.0.0.1:{self.actions_port}/webhook",
            RASA_TELEMETRY_ENABLED="false",
            # These servers take many tests' messages from one address in quick succession;
            # tests/test_rate_limit.py starts its own with low limits.
            BONDWISE_RATE_PER_CONVERSATION="0",
            BONDWISE_RATE_PER_ADDRESS="0",
        )
        self.rasa_proc: subprocess.Popen | None = None
        self.actions_proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def query(self, sql: str, *params: Any) -> List[tuple]:
        """Rows from the servers' SQLite store, read directly (what is really on disk)."""
        with sqlite3.connect(self.db_url.replace("sqlite:///", "")) as db:
            return db.execute(sql, params).fetchall()

    def event_count(self, sender: str) -> int:
        return self.query("select count(*) from events where sender_id = ?", sender)[0][0]

    def _rasa_bin(self) -> str:
        return str(Path(sys.executable).with_name("rasa"))

    def start_actions(self) -> None:
        self.actions_proc = subprocess.Popen(
            [self._rasa_bin(), "run", "actions", "--actions", "actions",
             "--port", str(self.actions_port)],
            cwd=PROJECT_ROOT, env=self.env,
            stdout=open(self.tmp / "actions.log", "ab"), stderr=subprocess.STDOUT,
        )
        wait_http(f"http://127.0.0.1:{self.actions_port}/health", self.actions_proc)

    def stop_actions(self) -> None:
        if self.actions_proc:
            stop(self.actions_proc)

    def start_rasa(self) -> None:
        self.rasa_proc = subprocess.Popen(
            [self._rasa_bin(), "run", "--model", str(MODEL), "--port", str(self.port),
             "--interface", "127.0.0.1",
             "--credentials", "credentials.yml", "--endpoints", "endpoints.yml"],
            cwd=PROJECT_ROOT, env=self.env,
            stdout=open(self.tmp / "rasa.log", "ab"), stderr=subprocess.STDOUT,
        )
        wait_http(f"{self.url}/webhooks/rest/", self.rasa_proc)

    def stop_all(self) -> None:
        for proc in (self.rasa_proc, self.actions_proc):
            if proc:
                stop(proc)
        self.telegram.stop()


def _running(tmp: Path, with_actions: bool) -> Iterator[Servers]:
    assert MODEL.exists(), "no trained model: run the tests through `make test`"
    running = Servers(tmp)
    try:
        if with_actions:
            running.start_actions()
        running.start_rasa()
        yield running
    finally:
        running.stop_all()


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    yield from _running(tmp_path_factory.mktemp("servers"), with_actions=True)


@pytest.fixture(scope="module")
def servers_without_actions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """The Rasa server alone: its action endpoint points at a port nobody listens on."""
    yield from _running(tmp_path_factory.mktemp("no_actions"), with_actions=False)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless, driven by Playwright (which downloads no browser here)."""
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    assert Path(chromium).exists(), f"chromium not found at {chromium}: run the tests through `make test`"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        yield launched
        launched.close()


def tracker_events(*turns: Dict[str, Any]) -> List[Dict[str, Any]]:
    """Events for a tracker fixture: the session start, then the given events."""
    return [
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started"},
        {"event": "action", "name": "action_listen"},
        *turns,
    ]


@pytest.fixture(scope="session")
def risk_classifier() -> "RiskClassifier":
    """The classifier the server runs, trained once for every test that needs it (~2 min)."""
    from bondwise.risk.classifier import RiskClassifier, training_examples

    return RiskClassifier.train(training_examples())


@pytest.fixture(scope="session")
def risk_classifier_without_kept_sets() -> "RiskClassifier":
    """Trained without tests/data's kept sets, so that on those sets it reads as it did
    before it learnt them, and a rule that stops catching one of them shows."""
    from bondwise.risk.classifier import RiskClassifier, training_examples

    return RiskClassifier.train(training_examples(with_kept_sets=False))
