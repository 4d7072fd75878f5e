"""Issue 8: faults on one server with the default SQLite store. The database held by
another process (writes refused) is a clear error, not a hang, and the next message after
it is released continues the stored conversation; a server killed with SIGKILL and
started again carries on each conversation with its history. (PostgreSQL and Redis
outages: tests/test_scale_faults.py.)"""
from __future__ import annotations

import sqlite3
import time
import uuid
from typing import Any, Dict, Iterator, List

import pytest
import requests

from tests.conftest import Servers


@pytest.fixture(scope="module")
def one_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    running = Servers(tmp_path_factory.mktemp("restart_faults"))
    try:
        running.start_actions()
        running.start_rasa()
        yield running
    finally:
        running.stop_all()


def _post(servers: Servers, sender: str, text: str) -> requests.Response:
    return requests.post(f"{servers.url}/webhooks/rest/webhook",
                         json={"sender": sender, "message": text}, timeout=120)


def _user_texts(servers: Servers, sender: str) -> List[str]:
    return [row[0] for row in servers.query(
        "select json_extract(data, '$.text') from events where sender_id = ? and type_name = 'user' "
        "order by id", sender)]


def _texts(replies: List[Dict[str, Any]]) -> str:
    return " ".join(r.get("text") or "" for r in replies)


def test_sqlite_held_by_another_process_is_a_clear_error_then_recovers(one_server: Servers) -> None:
    sender = uuid.uuid4().hex
    assert _post(one_server, sender, "what is a trauma bond").status_code == 200
    holder = sqlite3.connect(one_server.db_url.replace("sqlite:///", ""), isolation_level=None, timeout=1)
    holder.execute("BEGIN EXCLUSIVE")  # e.g. a backup or a stuck tool holding the file
    try:
        start = time.monotonic()
        refused = _post(one_server, sender, "what is hoovering")
        waited = time.monotonic() - start
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    print(f"\nSQLite locked: {refused.status_code} after {waited:.2f} s")
    assert refused.status_code == 503 and "emergency" in refused.json()["message"].lower()
    assert waited < 30  # SQLite's busy timeout, not a hang
    after = _post(one_server, sender, "tell me more")
    assert after.status_code == 200
    # "tell me more" continues the topic stored before the outage: the history is intact
    # (the same reply as in a conversation that had no outage).
    fresh = uuid.uuid4().hex
    _post(one_server, fresh, "what is a trauma bond")
    assert _texts(after.json()) == _texts(_post(one_server, fresh, "tell me more").json())
    assert _user_texts(one_server, sender) == ["what is a trauma bond", "tell me more"]


def test_sigkill_and_restart_keeps_every_conversation(one_server: Servers) -> None:
    senders = [uuid.uuid4().hex for _ in range(3)]
    for sender in senders:
        assert _post(one_server, sender, "what is a trauma bond").status_code == 200
        assert _post(one_server, sender, "my ex used to hit me and now he wants me back").status_code == 200
    before = {s: one_server.query("select count(*) from events where sender_id = ?", s)[0][0] for s in senders}
    one_server.rasa_proc.kill()  # SIGKILL: no shutdown hooks, no flush
    one_server.rasa_proc.wait()
    one_server.start_rasa()
    for sender in senders:
        assert one_server.query("select count(*) from events where sender_id = ?", sender)[0][0] == before[sender]
        text = _texts(_post(one_server, sender, "how can i rebuild healthy relationships").json()).lower()
        # The abuse indicator from before the kill still guards the advice after it.
        assert "safe for you" in text, text
        assert _user_texts(one_server, sender) == [
            "what is a trauma bond", "my ex used to hit me and now he wants me back",
            "how can i rebuild healthy relationships"]
    print(f"\nSIGKILL and restart: {len(senders)} conversations, {sum(before.values())} events before, all kept")
