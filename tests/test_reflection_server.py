"""The bond reflection over real HTTP (REST channel, real Rasa and action servers):
complete it, interrupt it with a crisis message at every step, resume it."""
from __future__ import annotations

import uuid
from typing import Any, Dict, List

import pytest

from bondwise.reflection.questions import QUESTIONS
from tests.test_rest_server import say
from tests.test_risk_server import COUPLES_ADVICE, MESSAGES, assert_helplines_first

CATEGORIES = sorted(MESSAGES)


def text_of(replies: List[Dict[str, Any]]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def start(servers: Any, sender: str, text: str = "/start_reflection") -> List[Dict[str, Any]]:
    replies = say(servers, text, sender)
    assert "not a diagnosis" in text_of(replies)
    assert f"(1 of {len(QUESTIONS)})" in replies[-1]["text"]
    return replies


def test_complete_a_negative_reflection(servers: Any) -> None:
    sender = uuid.uuid4().hex
    start(servers, sender, "is my relationship a trauma bond?")
    answers = ["no", "not really", "yes", "all the time", "yes", "kind of", "yes", "yes", "no"]
    for number, answer in enumerate(answers, start=1):
        replies = say(servers, answer, sender)
        if number < len(answers):
            assert f"({number + 1} of {len(QUESTIONS)})" in replies[-1]["text"], (answer, replies)
            assert replies[-1].get("source"), "each question names its source"
    result = text_of(replies)
    assert "resemble a negative trauma bond" in result
    assert "The Negatives and Positives of Trauma Bonding" in result
    assert "1-800-799-7233" in result
    for phrase in COUPLES_ADVICE:
        assert phrase not in result.lower()


def test_complete_a_supportive_reflection_with_a_detour(servers: Any) -> None:
    sender = uuid.uuid4().hex
    start(servers, sender)
    say(servers, "yes", sender)
    why = say(servers, "why do you ask?", sender)
    assert "Kimberly Center" in why[0]["text"] and why[-1]["text"].startswith("(2 of")
    topic = say(servers, "what is love bombing?", sender)
    assert topic[0].get("source"), topic           # the glossary answer, with its source
    assert topic[-1]["text"].startswith("(2 of"), topic
    for answer in ["yes", "no", "nope", "no", "never", "no", "no", "yes"]:
        replies = say(servers, answer, sender)
    assert "resemble a supportive bond" in text_of(replies)


def test_offered_after_a_described_relationship(servers: Any) -> None:
    sender = uuid.uuid4().hex
    offer = say(servers, "he yells at me and then apologizes and I always forgive him", sender)
    assert "/start_reflection" in [b["payload"] for r in offer for b in r.get("buttons", [])], offer
    start(servers, sender)


def test_stop_and_start_over(servers: Any) -> None:
    sender = uuid.uuid4().hex
    start(servers, sender)
    say(servers, "yes", sender)
    stopped = say(servers, "stop", sender)
    assert "stopped" in text_of(stopped)
    resumed = say(servers, "/start_reflection", sender)
    assert "pick up where we left off" in text_of(resumed) and resumed[-1]["text"].startswith("(2 of")
    again = say(servers, "start over", sender)
    assert again[-1]["text"].startswith("(1 of")


@pytest.mark.parametrize("step", range(len(QUESTIONS)))
def test_a_crisis_message_at_any_step_escalates_first_and_can_resume(servers: Any, step: int) -> None:
    category = CATEGORIES[step % len(CATEGORIES)]
    sender = uuid.uuid4().hex
    start(servers, sender)
    for _ in range(step):
        say(servers, "not sure", sender)
    replies = say(servers, MESSAGES[category], sender)
    assert_helplines_first(replies, category)
    assert "/start_reflection" in [b["payload"] for r in replies for b in r.get("buttons", [])]
    resumed = say(servers, "/start_reflection", sender)
    if step:
        assert "pick up where we left off" in text_of(resumed)
    # The crisis message was not taken as an answer: the same question comes back.
    assert resumed[-1]["text"].startswith(f"({step + 1} of"), resumed
