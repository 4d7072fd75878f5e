"""The bond reflection: answer parsing, scoring (every boundary), and the form's
actions against tracker fixtures."""
from __future__ import annotations

import asyncio
import itertools
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.reflection import (
    ASK_ACTIONS,
    ActionReflectionResult,
    ActionStartReflection,
    ValidateReflectionForm,
    result_messages,
)
from bondwise import PROJECT_ROOT
from bondwise.knowledge.sources import resolve
from bondwise.reflection.answers import (
    NO, RESTART, SKIP, SKIPPED, SOMETIMES, STOP, UNSURE, WHY, YES, command_in, parse_answer,
)
from bondwise.reflection.questions import NEGATIVE, QUESTIONS, SLOTS, SUPPORTIVE, BY_SLOT
from bondwise.reflection.scoring import (
    MIXED_RESULT, NEGATIVE_RESULT, SUPPORTIVE_RESULT, TOO_FEW_RESULT, score,
)

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))

# Answers that make every question lean one way.
ALL_SUPPORTIVE = {q.slot: (YES if q.points_to == SUPPORTIVE else NO) for q in QUESTIONS}
ALL_NEGATIVE = {q.slot: (NO if q.points_to == SUPPORTIVE else YES) for q in QUESTIONS}
ABUSE_SLOTS = [q.slot for q in QUESTIONS if q.abuse_if]


# --- answers ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("yes", YES), ("Yeah", YES), ("yep he does", YES), ("all the time", YES), ("always", YES),
    ("no", NO), ("No way", NO), ("nope", NO), ("not really", NO), ("he never does that", NO),
    ("sometimes", SOMETIMES), ("kind of", SOMETIMES), ("kinda", SOMETIMES), ("a little", SOMETIMES),
    ("not sure", UNSURE), ("idk", UNSURE), ("maybe", UNSURE), ("i don't know", UNSURE),
    ("unsure", UNSURE), ("yes and no", SOMETIMES),
])
def test_free_text_answers(text: str, expected: str) -> None:
    assert parse_answer(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "what is love bombing?", "<script>alert(1)</script>",
                                  "'; DROP TABLE events; --", "\x00\x01", "purple"])
def test_non_answers_are_not_answers(text: str) -> None:
    assert parse_answer(text) is None


@pytest.mark.parametrize("text, command", [
    ("skip", SKIP), ("Skip this one", SKIP), ("pass", SKIP), ("next question", SKIP),
    ("why do you ask?", WHY), ("why?", WHY), ("why does that matter", WHY),
    ("stop", STOP), ("I want to stop", STOP), ("can we stop", STOP), ("cancel", STOP),
    ("start over", RESTART), ("restart", RESTART), ("can we start again", RESTART),
])
def test_commands(text: str, command: str) -> None:
    assert command_in(text) == command


@pytest.mark.parametrize("text", ["yes", "no", "he never stops criticising me", "sometimes"])
def test_answers_are_not_commands(text: str) -> None:
    assert command_in(text) is None


# --- scoring ----------------------------------------------------------------------

def test_there_are_six_to_ten_questions_each_citing_a_listed_section() -> None:
    assert 6 <= len(QUESTIONS) <= 10
    for question in QUESTIONS:
        sections = resolve([{"article": a, "section": s} for a, s in question.source])
        assert sections, question.slot
        assert question.points_to in (SUPPORTIVE, NEGATIVE)


def test_clearly_supportive() -> None:
    result = score(ALL_SUPPORTIVE)
    assert result.result == SUPPORTIVE_RESULT
    assert not result.towards_negative and not result.abuse_indicated


def test_clearly_negative() -> None:
    result = score(ALL_NEGATIVE)
    assert result.result == NEGATIVE_RESULT
    assert len(result.towards_negative) == len(QUESTIONS)
    assert result.abuse_indicated


def test_too_few_answers() -> None:
    answers = {slot: SKIPPED for slot in SLOTS}
    answers[SLOTS[0]] = YES
    answers[SLOTS[1]] = UNSURE
    assert score(answers).result == TOO_FEW_RESULT


def test_an_abuse_sign_alone_is_enough_to_reflect_on() -> None:
    assert score({"reflect_mistreated": YES}).result == NEGATIVE_RESULT


def _combo(negative: int, supportive: int, avoid_abuse: bool = True) -> Dict[str, str]:
    """`negative` answers leaning negative and `supportive` leaning supportive, the rest
    skipped; abuse questions lean supportive when `avoid_abuse`."""
    order = [q for q in QUESTIONS if not (avoid_abuse and q.abuse_if)] + \
            ([q for q in QUESTIONS if q.abuse_if] if avoid_abuse else [])
    answers: Dict[str, str] = {slot: SKIPPED for slot in SLOTS}
    neg_qs = [q for q in order if not q.abuse_if][:negative] if avoid_abuse else order[:negative]
    rest = [q for q in QUESTIONS if q not in neg_qs][:supportive]
    for q in neg_qs:
        answers[q.slot] = ALL_NEGATIVE[q.slot]
    for q in rest:
        answers[q.slot] = ALL_SUPPORTIVE[q.slot]
    return answers


@pytest.mark.parametrize("negative, supportive, expected", [
    (2, 1, NEGATIVE_RESULT),    # exactly 2/3: on the boundary, counts as negative
    (4, 2, NEGATIVE_RESULT),    # exactly 2/3 again
    (3, 2, MIXED_RESULT),       # 0.6: just under
    (1, 2, SUPPORTIVE_RESULT),  # exactly 1/3: on the boundary, counts as supportive
    (2, 4, SUPPORTIVE_RESULT),  # exactly 1/3 again
    (2, 3, MIXED_RESULT),       # 0.4: just over
    (1, 1, TOO_FEW_RESULT),     # only two answers lean: too few
    (2, 2, MIXED_RESULT),       # 1/2
])
def test_boundaries(negative: int, supportive: int, expected: str) -> None:
    result = score(_combo(negative, supportive))
    assert result.result == expected, (result.negative_share, result)


def test_sometimes_counts_half() -> None:
    # 1 "sometimes" on a negative sign (0.5) against 1 supportive (1.0): share 1/3.
    answers = {"reflect_excuses": SOMETIMES, "reflect_origin": YES, "reflect_mutual": UNSURE,
               "reflect_not_enough": SOMETIMES, "reflect_cant_leave": NO}
    # negative: 0.5 + 0.5 = 1.0; supportive: 1.0 + 1.0 = 2.0 -> share 1/3 -> supportive
    assert score(answers).result == SUPPORTIVE_RESULT


@pytest.mark.parametrize("slot", ABUSE_SLOTS)
def test_an_abuse_sign_is_never_supportive(slot: str) -> None:
    answers = dict(ALL_SUPPORTIVE)
    answers[slot] = ALL_NEGATIVE[slot]
    result = score(answers)
    assert result.result == MIXED_RESULT
    assert result.abuse_indicated


def test_every_answer_combination_on_the_abuse_questions() -> None:
    values = [YES, SOMETIMES, NO, UNSURE, SKIPPED]
    for combo in itertools.product(values, repeat=len(ABUSE_SLOTS)):
        answers = dict(ALL_SUPPORTIVE)
        answers.update(zip(ABUSE_SLOTS, combo))
        result = score(answers)
        abuse = any((BY_SLOT[s].abuse_if == YES and v in (YES, SOMETIMES)) or
                    (BY_SLOT[s].abuse_if == NO and v == NO) for s, v in zip(ABUSE_SLOTS, combo))
        assert result.abuse_indicated == abuse, combo
        assert (result.result != SUPPORTIVE_RESULT) == abuse, combo


# --- the result's words -------------------------------------------------------------

def _texts(messages: List[Dict[str, Any]]) -> str:
    return "\n".join(m.get("text", "") for m in messages).lower()


def test_result_explains_itself_with_the_articles_reasons() -> None:
    messages = result_messages(score(ALL_NEGATIVE))
    text = _texts(messages)
    assert "negative trauma bond" in text and "not a diagnosis" in text
    assert "“the negatives and positives of trauma bonding”" in text
    assert "1-800-799-7233" in text  # the domestic-violence hotline
    assert messages[0]["metadata"]["source"]


@pytest.mark.parametrize("answers", [ALL_NEGATIVE, ALL_SUPPORTIVE, _combo(2, 2),
                                     {**ALL_SUPPORTIVE, "reflect_safe": NO}])
def test_result_never_suggests_couples_counselling(answers: Dict[str, str]) -> None:
    text = _texts(result_messages(score(answers)))
    for phrase in ("couples", "work on the relationship", "working on the relationship", "work it out"):
        assert phrase not in text


def test_supportive_result_keeps_strengths_and_no_hotline() -> None:
    text = _texts(result_messages(score(ALL_SUPPORTIVE)))
    assert "supportive bond" in text and "strengths" in text
    assert "hotline" not in text


def test_hotline_uses_the_known_country() -> None:
    text = _texts(result_messages(score(ALL_NEGATIVE), country="UK"))
    assert "0808 2000 247" in text or "refuge" in text


# --- the actions, against tracker fixtures ------------------------------------------

def tracker(slots: Dict[str, Any], text: str = "", intent: str = "nlu_fallback",
            confidence: float = 0.9, response_selector: Optional[Dict[str, Any]] = None,
            requested: Optional[str] = None) -> Tracker:
    parse = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": [],
             "response_selector": response_selector or {}}
    events: List[Dict[str, Any]] = [{"event": "action", "name": "action_listen"},
                                    {"event": "user", "text": text, "parse_data": parse}]
    all_slots = {slot: None for slot in SLOTS}
    all_slots.update({"reflection_stopped": False, "requested_slot": requested, "country": None})
    all_slots.update(slots)
    if requested:
        events.append({"event": "slot", "name": requested, "value": text})
        all_slots[requested] = text
    return Tracker("test-user", all_slots, parse, events, False, None,
                   {"name": "reflection_form"} if requested else {}, "action_listen")


def validate(text: str, slots: Optional[Dict[str, Any]] = None, requested: str = "reflect_excuses",
             **kw: Any) -> tuple:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateReflectionForm().run(dispatcher, tracker(slots or {}, text, requested=requested, **kw), DOMAIN))
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, dispatcher.messages


@pytest.mark.parametrize("text, value", [("yes", YES), ("kind of", SOMETIMES), ("no way", NO),
                                         ("not sure", UNSURE), ("skip", SKIPPED)])
def test_validation_fills_answers(text: str, value: str) -> None:
    slots, messages = validate(text)
    assert slots["reflect_excuses"] == value
    assert messages == []


def test_validation_why_explains_and_asks_again() -> None:
    slots, messages = validate("why do you ask?")
    assert slots["reflect_excuses"] is None
    assert "kimberly center" in messages[0]["text"].lower()
    assert messages[0]["metadata"]["source"] == [{"article": "kimberly", "section": "negative"}]


def test_validation_stop_ends_the_form() -> None:
    slots, messages = validate("stop", {"reflect_origin": YES})
    assert slots["reflect_excuses"] is None
    assert slots["reflection_stopped"] is True
    assert slots["requested_slot"] is None   # no more questions: the form ends


def test_validation_start_over_clears_every_answer() -> None:
    answered = {slot: YES for slot in SLOTS[:3]}
    slots, _ = validate("can we start over", answered)
    assert all(slots[slot] is None for slot in SLOTS[:3])


def test_validation_answers_a_topic_question_and_asks_again() -> None:
    selector = {"glossary": {"response": {"utter_action": "utter_glossary/gaslighting",
                                          "confidence": 0.9}}}
    slots, messages = validate("what is gaslighting", intent="glossary", confidence=0.95,
                               response_selector=selector)
    assert slots["reflect_excuses"] is None
    assert messages[0]["response"] == "utter_glossary/gaslighting"


@pytest.mark.parametrize("text", ["purple elephants", "<b>hi</b>", "x" * 5000, "'; DROP TABLE x; --"])
def test_validation_rejects_non_answers_with_a_clear_hint(text: str) -> None:
    slots, messages = validate(text)
    assert slots["reflect_excuses"] is None
    assert "yes, sometimes, no or not sure" in messages[0]["text"]


def test_ask_actions_exist_for_every_question_and_cite_sources() -> None:
    names = {a().name() for a in ASK_ACTIONS}
    assert names == {f"action_ask_{slot}" for slot in SLOTS}
    assert names <= set(DOMAIN["actions"])
    assert DOMAIN["forms"]["reflection_form"]["required_slots"] == SLOTS
    for action in ASK_ACTIONS:
        dispatcher = CollectingDispatcher()
        asyncio.run(action().run(dispatcher, tracker({}), DOMAIN))
        [message] = dispatcher.messages
        assert message["metadata"]["source"]
        assert [b["payload"] for b in message["buttons"]] == ["yes", "sometimes", "no", "not sure", "skip"]


def test_start_introduces_or_resumes() -> None:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionStartReflection().run(dispatcher, tracker({}), DOMAIN))
    assert "not a diagnosis" in dispatcher.messages[0]["text"]
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionStartReflection().run(dispatcher, tracker({"reflect_origin": YES}), DOMAIN))
    assert "pick up where we left off" in dispatcher.messages[0]["text"].lower()
    assert not any(e["name"] == "reflect_origin" for e in events)
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionStartReflection().run(dispatcher, tracker(ALL_SUPPORTIVE), DOMAIN))
    assert {e["name"] for e in events if e["value"] is None} >= set(SLOTS)  # a finished one starts afresh


def test_result_action_sets_the_abuse_guard() -> None:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionReflectionResult().run(dispatcher, tracker(ALL_NEGATIVE), DOMAIN))
    assert {"event": "slot", "name": "abuse_flag", "value": True, "timestamp": None} in events
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionReflectionResult().run(dispatcher, tracker(ALL_SUPPORTIVE), DOMAIN))
    assert events == []


def test_result_after_stop_offers_to_continue() -> None:
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionReflectionResult().run(dispatcher, tracker({"reflection_stopped": True}), DOMAIN))
    [message] = dispatcher.messages
    assert "stopped" in message["text"]
    assert message["buttons"][0]["payload"] == "/start_reflection"


def test_action_server_registers_each_question_and_no_empty_ask_action():
    from rasa_sdk.executor import ActionExecutor

    executor = ActionExecutor()
    executor.register_package("actions")
    names = set(executor.actions)
    assert "action_ask_" not in names
    assert {f"action_ask_{q.slot}" for q in QUESTIONS} <= names
