"""The risk-intent mask: DIET's risk guesses never reach the fallback or the dialogue."""
from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bondwise.nlu.risk_intent_mask import RiskIntentMask, mask_risk_intents


def _ranking(*pairs):
    return [{"name": name, "confidence": conf} for name, conf in pairs]


def _message(text, pairs):
    ranking = _ranking(*pairs)
    return Message(data={"text": text, "intent": dict(ranking[0]), "intent_ranking": ranking})


def test_risk_intent_removed_and_rest_rescaled():
    masked = mask_risk_intents(_ranking(("risk_self_harm", 0.8), ("describe_relationship", 0.15),
                                        ("explain", 0.05)))
    assert [r["name"] for r in masked] == ["describe_relationship", "explain"]
    assert masked[0]["confidence"] == pytest.approx(0.75)
    assert sum(r["confidence"] for r in masked) == pytest.approx(1.0)


def test_every_risk_intent_removed():
    names = ["risk_suicide", "risk_self_harm", "risk_harm_others", "risk_abuse_danger",
             "risk_substance_crisis"]
    masked = mask_risk_intents(_ranking(*[(n, 0.1) for n in names], ("greet", 0.5)))
    assert [r["name"] for r in masked] == ["greet"]


def test_an_intent_that_merely_starts_like_risk_is_kept():
    masked = mask_risk_intents(_ranking(("risk_seen", 0.6), ("greet", 0.4)))
    assert [r["name"] for r in masked] == ["risk_seen", "greet"]


def test_component_sets_best_non_risk_intent():
    message = _message("he only ever points out what i got wrong",
                       [("risk_harm_others", 0.97), ("describe_relationship", 0.02), ("explain", 0.01)])
    RiskIntentMask().process([message])
    assert message.get("intent")["name"] == "describe_relationship"
    assert message.get("intent")["confidence"] == pytest.approx(2 / 3)
    assert all(not r["name"].startswith("risk_") for r in message.get("intent_ranking"))


def test_component_leaves_a_ranking_without_risk_alone():
    message = _message("hello there", [("greet", 0.9), ("thank", 0.1)])
    RiskIntentMask().process([message])
    assert message.get("intent") == {"name": "greet", "confidence": 0.9}
    assert len(message.get("intent_ranking")) == 2


def test_component_leaves_button_payloads_alone():
    message = _message("/risk_suicide", [("risk_suicide", 1.0)])
    RiskIntentMask().process([message])
    assert message.get("intent")["name"] == "risk_suicide"


def test_only_risk_ranked_is_left_for_the_detector():
    message = _message("i cant do this", [("risk_suicide", 1.0)])
    RiskIntentMask().process([message])
    # Nothing else to choose: the risk detector (last in the pipeline) decides.
    assert message.get("intent")["name"] == "risk_suicide"
