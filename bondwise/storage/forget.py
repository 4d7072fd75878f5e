"""Delete one conversation: every stored event and every escalation row of it.

Used by "/forget" in the web widget and on Telegram. The delete runs under Rasa's lock
for the conversation, so a message still being answered finishes (and saves) first and
cannot write the conversation back afterwards. Rasa wraps the configured store
(FailSafeTrackerStore, AwaitableTrackerStore), so the wrappers are peeled off first.
"""
from __future__ import annotations

import logging
from typing import Any, Optional

from bondwise.storage.tracker_store import BondwiseTrackerStore

logger = logging.getLogger(__name__)


def unwrap(store: Any) -> Optional[Any]:
    seen = 0
    while store is not None and not isinstance(store, BondwiseTrackerStore) and seen < 5:
        store = getattr(store, "_tracker_store", None)
        seen += 1
    return store


# What a person types to delete their conversation, on every channel. Commands only: a
# bare "forget" may be an answer ("I want to forget him").
FORGET_COMMANDS = {"/forget", "/delete"}


def _delete(store: Any, sender_id: str, via: str) -> int:
    ours = unwrap(store)
    if ours is None:
        # In-memory stores keep nothing on disk; drop the tracker.
        trackers = getattr(getattr(store, "_tracker_store", store), "store", None)
        if isinstance(trackers, dict):
            trackers.pop(sender_id, None)
        return 0
    return ours.forget(sender_id, via)


async def forget_conversation(agent: Any, sender_id: str, via: str = "") -> int:
    """Delete the conversation; returns how many events were deleted. `via` (the channel)
    goes in the audit line."""
    if agent is None:
        logger.error("forget: no agent, nothing deleted")
        return 0
    lock_store = getattr(agent, "lock_store", None)
    if lock_store is None:
        return _delete(agent.tracker_store, sender_id, via)
    async with lock_store.lock(sender_id):
        return _delete(agent.tracker_store, sender_id, via)
