"""Custom actions, run against tracker fixtures (as in RasaHQ's helpdesk-assistant)."""
from __future__ import annotations

import asyncio
from typing import Any, Dict, List

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge import ActionShowSource, ActionTellMore, last_knowledge_answer
from tests.conftest import tracker_events


def bot_event(text: str, response_meta: Dict[str, Any] | None, action: str) -> Dict[str, Any]:
    """A `bot` event as Rasa stores it: the response's metadata nested under `metadata`."""
    meta: Dict[str, Any] = {"utter_action": action}
    if response_meta is not None:
        meta["metadata"] = response_meta
    return {"event": "bot", "text": text, "data": {}, "metadata": meta}


def user_event(text: str, intent: str) -> Dict[str, Any]:
    return {"event": "user", "text": text,
            "parse_data": {"intent": {"name": intent, "confidence": 1.0}, "entities": []}}


BRAIN = {
    "topic": "explain/brain_chemistry",
    "source": [{"article": "understanding", "section": "psychology"},
               {"article": "understanding", "section": "mechanisms"}],
    "more": "utter_explain/brain_chemistry_more",
}
GASLIGHTING = {"topic": "glossary/gaslighting",
               "source": [{"article": "kimberly", "section": "negative"}]}


def make_tracker(events: List[Dict[str, Any]]) -> Tracker:
    latest = next((e for e in reversed(events) if e["event"] == "user"), {})
    return Tracker("test-user", {}, latest.get("parse_data", {}), events, False, None, {}, "action_listen")


def run(action: Any, tracker: Tracker) -> List[Dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    assert events == []
    return dispatcher.messages


def test_tell_more_utters_the_more_part_of_the_last_topic() -> None:
    tracker = make_tracker(tracker_events(
        user_event("hormones?", "explain"),
        bot_event("Oxytocin…", BRAIN, "utter_explain/brain_chemistry"),
        user_event("go on", "tell_me_more"),
    ))
    [message] = run(ActionTellMore(), tracker)
    assert message["response"] == "utter_explain/brain_chemistry_more"


def test_tell_more_skips_later_messages_without_a_source() -> None:
    tracker = make_tracker(tracker_events(
        bot_event("Oxytocin…", BRAIN, "utter_explain/brain_chemistry"),
        bot_event("Would you like to see the topics?", None, "utter_offer_topics"),
        user_event("more", "tell_me_more"),
    ))
    [message] = run(ActionTellMore(), tracker)
    assert message["response"] == "utter_explain/brain_chemistry_more"


def test_tell_more_when_the_topic_has_no_more() -> None:
    tracker = make_tracker(tracker_events(
        bot_event("Gaslighting is…", GASLIGHTING, "utter_glossary/gaslighting"),
        user_event("more", "tell_me_more"),
    ))
    [message] = run(ActionTellMore(), tracker)
    assert "response" not in message or message["response"] is None
    assert "everything the articles say" in message["text"]


def test_tell_more_with_no_topic_yet_offers_the_menu() -> None:
    tracker = make_tracker(tracker_events(user_event("tell me more", "tell_me_more")))
    [message] = run(ActionTellMore(), tracker)
    assert "Which topic" in message["text"]
    assert message["buttons"][0]["payload"] == "/help"


def test_show_source_names_article_and_section_of_last_answer() -> None:
    tracker = make_tracker(tracker_events(
        bot_event("Oxytocin…", BRAIN, "utter_explain/brain_chemistry"),
        user_event("where is this from", "ask_source"),
    ))
    [message] = run(ActionShowSource(), tracker)
    assert "Understanding Trauma Bonds" in message["text"]
    assert "The Psychology Behind Shared Adversity" in message["text"]
    assert "Emotional Mechanisms Fueling Trauma Connections" in message["text"]


def test_show_source_before_any_answer_names_both_articles() -> None:
    tracker = make_tracker(tracker_events(user_event("source?", "ask_source")))
    [message] = run(ActionShowSource(), tracker)
    assert "The Negatives and Positives of Trauma Bonding" in message["text"]
    assert "Understanding Trauma Bonds" in message["text"]


def test_show_source_never_invents_an_unlisted_citation() -> None:
    forged = {"topic": "x", "source": [{"article": "kimberly", "section": "made_up"}]}
    tracker = make_tracker(tracker_events(bot_event("…", forged, "utter_x")))
    [message] = run(ActionShowSource(), tracker)
    assert message["text"] == "I can't trace that answer to a listed source."


@pytest.mark.parametrize("event,expected", [
    (bot_event("t", BRAIN, "utter_explain/brain_chemistry"), BRAIN),
    # An older flat shape: source directly in the event metadata.
    ({"event": "bot", "text": "t", "metadata": dict(GASLIGHTING)}, GASLIGHTING),
])
def test_last_knowledge_answer_reads_both_metadata_shapes(event: Dict[str, Any], expected: Dict[str, Any]) -> None:
    assert last_knowledge_answer(make_tracker(tracker_events(event))) == expected
