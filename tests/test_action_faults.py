"""Issue 8: the action server down or slow. Knowledge answers and escalations still reach
the person; what needs the action server says plainly that it is unavailable, a form it
was running stops instead of hanging, and nothing waits for Rasa's 5-minute timeout."""
from __future__ import annotations

import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import requests

from bondwise.serving.action_fallback import ENV_TIMEOUT, UNAVAILABLE_TEXT
from tests.conftest import Servers, free_port
from tests.test_risk_server import MESSAGES, assert_helplines_first

SLOW_SECONDS = 30


def _say(servers: Servers, text: str, sender: str) -> List[Dict[str, Any]]:
    reply = requests.post(f"{servers.url}/webhooks/rest/webhook",
                          json={"sender": sender, "message": text}, timeout=120)
    assert reply.status_code == 200, reply.text
    return reply.json()


def _texts(replies: List[Dict[str, Any]]) -> str:
    return " ".join(r.get("text") or "" for r in replies)


class _SlowActionServer:
    """An action server that takes SLOW_SECONDS to answer anything."""

    def __init__(self) -> None:
        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                time.sleep(SLOW_SECONDS)
                self.send_response(500)
                self.end_headers()

            def do_GET(self) -> None:  # noqa: N802
                self.send_response(200)
                self.end_headers()

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def slow_actions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    stand_in = _SlowActionServer()
    running = Servers(tmp_path_factory.mktemp("slow_actions"))
    running.env.update(BONDWISE_ACTION_URL=f"http://127.0.0.1:{stand_in.port}/webhook",
                       **{ENV_TIMEOUT: "2"})
    try:
        running.start_rasa()
        yield running
    finally:
        running.stop_all()
        stand_in.stop()


def _degrades_clearly(servers: Servers) -> float:
    """Returns the slowest reply's seconds."""
    sender = uuid.uuid4().hex
    slowest = 0.0

    def timed(text: str) -> List[Dict[str, Any]]:
        nonlocal slowest
        start = time.monotonic()
        replies = _say(servers, text, sender)
        slowest = max(slowest, time.monotonic() - start)
        return replies

    assert timed("what is love bombing")[0]["source"]          # knowledge: no action server
    assert UNAVAILABLE_TEXT in _texts(timed("where is this from?"))  # a custom action
    started = timed("can you check if my relationship is healthy")   # a form's custom actions
    assert UNAVAILABLE_TEXT in _texts(started)
    after = timed("what is gaslighting")                        # the form did not hold on
    assert after and after[0].get("source") and UNAVAILABLE_TEXT not in _texts(after)
    for category, message in MESSAGES.items():                  # escalation, every category
        assert_helplines_first(timed(message), category)
    stored = servers.query("select count(*) from events where sender_id = ? and type_name = 'user'", sender)
    assert stored[0][0] == 4 + len(MESSAGES)                   # every message kept
    return slowest


def test_action_server_down(servers_without_actions: Servers) -> None:
    slowest = _degrades_clearly(servers_without_actions)
    print(f"\naction server down: slowest reply {slowest:.2f} s")


def test_action_server_slow(slow_actions: Servers) -> None:
    slowest = _degrades_clearly(slow_actions)
    print(f"\naction server answering after {SLOW_SECONDS} s, timeout 2 s: slowest reply {slowest:.2f} s")
    assert slowest < SLOW_SECONDS / 2  # bounded by our timeout, not the stand-in's delay
