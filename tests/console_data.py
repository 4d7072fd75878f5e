"""Conversations for the console tests, written by Rasa's own SQL tracker store code
(our BondwiseTrackerStore), so the console reads exactly what a running bot stores."""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bondwise.storage.tracker_store import BondwiseTrackerStore


@dataclass
class Turn:
    text: str
    intent: str = "greet"
    confidence: float = 0.95
    risk: Optional[Dict[str, Any]] = None
    reply: str = "Hello, I'm Bondwise, a bot."
    reply_metadata: Dict[str, Any] = field(default_factory=dict)
    action: Optional[str] = None


def risk(category: str, detector: str = "rules", score: float = 1.0) -> Dict[str, Any]:
    return {"category": category, "categories": [category], "detector": detector, "score": score}


def tracker_store(url: str) -> BondwiseTrackerStore:
    return BondwiseTrackerStore(host=url)


def save(store: BondwiseTrackerStore, sender_id: str, turns: List[Turn], channel: str = "rest",
         start: Optional[float] = None) -> None:
    """Store a conversation (appended to any events the sender already has)."""
    async def run() -> None:
        tracker = await store.retrieve(sender_id) or DialogueStateTracker(sender_id, slots=[])
        moment = start if start is not None else time.time()
        if not tracker.events:
            tracker.update(ActionExecuted("action_session_start", timestamp=moment))
            tracker.update(SessionStarted(timestamp=moment))
            tracker.update(ActionExecuted("action_listen", timestamp=moment))
        for turn in turns:
            moment += 1
            parse = {"intent": {"name": turn.intent, "confidence": turn.confidence}, "entities": [],
                     "text": turn.text}
            if turn.risk:
                parse["risk"] = turn.risk
            tracker.update(UserUttered(turn.text, intent=parse["intent"], parse_data=parse,
                                       input_channel=channel, timestamp=moment))
            tracker.update(ActionExecuted(turn.action or f"utter_{turn.intent}", timestamp=moment + 0.1))
            tracker.update(BotUttered(turn.reply, data={"buttons": [{"title": "Topics", "payload": "/help"}]},
                                      metadata=turn.reply_metadata, timestamp=moment + 0.2))
            tracker.update(ActionExecuted("action_listen", timestamp=moment + 0.3))
        await store.save(tracker)

    asyncio.run(run())
