"""Our SQL tracker store on SQLite: pooled connections, and /forget leaving no copy of
the conversation's text in the database file."""
from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bondwise.storage.tracker_store import BondwiseTrackerStore


def _store(path: Path) -> BondwiseTrackerStore:
    return BondwiseTrackerStore(Domain.empty(), host=f"sqlite:///{path}")


def _save(store: BondwiseTrackerStore, sender: str, text: str) -> None:
    tracker = DialogueStateTracker(sender, slots=[])
    tracker.update(UserUttered(text, {"name": "greet", "confidence": 1.0}))
    tracker.update(BotUttered("a reply"))
    asyncio.run(store.save(tracker))


def test_sqlite_connections_are_pooled_and_rows_survive_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = _store(path)
    assert type(store.engine.pool).__name__ == "QueuePool"
    _save(store, "someone", "hello")
    store.engine.dispose()
    again = asyncio.run(_store(path).retrieve("someone"))
    assert again is not None and again.latest_message.text == "hello"


def test_forget_leaves_no_copy_of_the_text_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = _store(path)
    secret = f"my address is {uuid.uuid4().hex} lane"
    kept = f"another person {uuid.uuid4().hex}"
    _save(store, "forget-me", secret)
    _save(store, "keep-me", kept)
    assert secret.encode() in path.read_bytes()

    assert store.forget("forget-me") == 2
    assert secret.encode() not in path.read_bytes()
    remaining = asyncio.run(store.retrieve("keep-me"))
    assert remaining is not None and remaining.latest_message.text == kept
