"""Delete one conversation: every stored event and every escalation row of it.

Used by "/forget" in the web widget and on Telegram. Rasa wraps the configured store
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


async def forget_conversation(store: Any, sender_id: str) -> int:
    """Delete the conversation; returns how many events were deleted."""
    ours = unwrap(store)
    if ours is None:
        # In-memory stores (tests of other parts) keep nothing on disk; drop the tracker.
        trackers = getattr(getattr(store, "_tracker_store", store), "store", None)
        if isinstance(trackers, dict):
            trackers.pop(sender_id, None)
        return 0
    return ours.forget(sender_id)
