"""Actions that follow up on the last knowledge answer: "tell me more" and "where is this from?"."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bondwise.knowledge.sources import resolve


def response_metadata(event: Dict[Text, Any]) -> Dict[Text, Any]:
    """The metadata a domain response carried, as stored on its `bot` event.

    Rasa keeps the response's own `metadata` block nested inside the event's
    metadata (next to `utter_action`), so look in both places.
    """
    outer = event.get("metadata") or {}
    inner = outer.get("metadata")
    return inner if isinstance(inner, dict) else outer


def last_knowledge_answer(tracker: Tracker) -> Optional[Dict[Text, Any]]:
    """Metadata of the latest bot message that cited a source, if any."""
    for event in reversed(tracker.events):
        if event.get("event") != "bot":
            continue
        meta = response_metadata(event)
        if meta.get("source"):
            return meta
    return None


class ActionTellMore(Action):
    def name(self) -> Text:
        return "action_tell_more"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        meta = last_knowledge_answer(tracker)
        if meta is None:
            dispatcher.utter_message(
                text="Happy to go deeper. Which topic would you like to know more about?",
                buttons=[{"title": "Topics", "payload": "/help"}],
            )
        elif meta.get("more"):
            dispatcher.utter_message(response=meta["more"])
        else:
            dispatcher.utter_message(
                text="That is everything the articles say on this point. "
                "Would you like another topic?",
                buttons=[{"title": "Topics", "payload": "/help"}],
            )
        return []


class ActionShowSource(Action):
    def name(self) -> Text:
        return "action_show_source"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        meta = last_knowledge_answer(tracker)
        if meta is None:
            dispatcher.utter_message(
                text="My explanations come from two articles: “The Negatives and Positives "
                "of Trauma Bonding” (The Kimberly Center, 2021) and “Understanding Trauma "
                "Bonds: Why People Connect Through Shared Negative Experiences” (2025). "
                "Ask me about a topic and I'll name the exact section."
            )
            return []
        try:
            sections = resolve(meta["source"])
        except KeyError:
            # Never invent a citation: say plainly that this one can't be traced.
            dispatcher.utter_message(text="I can't trace that answer to a listed source.")
            return []
        cited = "; ".join(section.describe() for section in sections)
        dispatcher.utter_message(
            text=f"That answer is written in my own words, based on {cited}. "
            "It is general information, not advice about your situation."
        )
        return []
