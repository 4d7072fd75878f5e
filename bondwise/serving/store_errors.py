"""A tracker-store failure fails the message; it never continues in memory.

Rasa 3.6 wraps every tracker store in `FailSafeTrackerStore`. With the database down,
its `retrieve` returns None, so the conversation silently starts afresh (its history,
an open form and the abuse guard forgotten), and its `save` keeps the events in this
process's memory only (gone at a restart, invisible to every other server). Seen here:
with PostgreSQL stopped, a message was answered 200 in 0.04 s and its events were never
stored. For people who may be in danger a fresh, amnesic conversation is worse than an
error: here the store is used as it is, so the error reaches the channel, which answers
503 with the emergency line (bondwise/channels/rest.py), and the next message after the
database returns continues the stored conversation (tests/test_scale_faults.py).
"""
from __future__ import annotations

from typing import Optional

from rasa.core.agent import Agent
from rasa.core.tracker_store import InMemoryTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain


def _tracker_store(store: Optional[TrackerStore], domain: Domain) -> TrackerStore:
    if store is None:
        return InMemoryTrackerStore(domain)
    store.domain = domain
    return store


def apply() -> None:
    Agent._create_tracker_store = staticmethod(_tracker_store)  # type: ignore[assignment]
