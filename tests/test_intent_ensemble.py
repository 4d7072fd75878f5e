"""The intent ensemble: DIET's ranking blended with a linear n-gram model."""
from __future__ import annotations

from pathlib import Path
from typing import Any, List, Tuple

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bondwise.nlu.intent_ensemble import IntentEnsemble, Vocabulary, blend, has_known_word, intent_examples

EXAMPLES: List[Tuple[str, str]] = [
    *[(t, "greet") for t in ["hello", "hi there", "hey", "good morning", "hiya", "hello bot"]],
    *[(t, "goodbye") for t in ["bye", "goodbye", "see you later", "bye for now", "cya", "farewell"]],
    *[(t, "explain") for t in ["what is a trauma bond", "explain trauma bonding",
                               "what are the signs of a trauma bond", "how do i heal",
                               "why do i feel addicted to him", "what is love bombing about"]],
    *[(t, "risk_suicide") for t in ["i want to die", "i will kill myself"]],
]


def _training_data() -> TrainingData:
    return TrainingData([Message(data={"text": t, "intent": i}) for t, i in EXAMPLES])


def _ranking(*pairs: Tuple[str, float]) -> List[dict]:
    return [{"name": n, "confidence": c} for n, c in pairs]


def _component(tmp_path: Path, **config: Any) -> IntentEnsemble:
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    return IntentEnsemble.create({**IntentEnsemble.get_default_config(), **config}, storage,
                                 Resource("ensemble"), context)


def test_blend_weighs_both_opinions() -> None:
    classes = ["a", "b", "c"]
    ranking = blend(_ranking(("a", 1.0)), classes, np.array([0.1, 0.8, 0.1]), 0.2)
    assert [r["name"] for r in ranking] == ["b", "a", "c"]
    assert ranking[0]["confidence"] == pytest.approx(0.8 * 0.8)
    assert ranking[1]["confidence"] == pytest.approx(0.2 + 0.8 * 0.1)
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)


def test_blend_renormalises_diet_over_known_intents_and_ignores_the_rest() -> None:
    ranking = blend(_ranking(("nlu_fallback", 0.5), ("a", 0.25), ("b", 0.25)), ["a", "b"],
                    np.array([0.5, 0.5]), 0.5)
    assert {r["name"] for r in ranking} == {"a", "b"}
    assert all(r["confidence"] == pytest.approx(0.5) for r in ranking)


def test_blend_without_a_diet_ranking_is_the_linear_model() -> None:
    ranking = blend([], ["a", "b"], np.array([0.3, 0.7]), 0.2)
    assert ranking == [{"name": "b", "confidence": pytest.approx(0.7)},
                       {"name": "a", "confidence": pytest.approx(0.3)}]


def test_risk_intents_are_not_learnt() -> None:
    intents = {intent for _, intent in intent_examples(_training_data())}
    assert intents == {"greet", "goodbye", "explain"}


def test_retrieval_intents_are_learnt_by_their_base_name() -> None:
    data = TrainingData([Message(data={"text": "what is gaslighting", "intent": "glossary/gaslighting"})])
    assert intent_examples(data) == [("what is gaslighting", "glossary")]


def test_trained_component_overrules_an_overconfident_diet(tmp_path: Path) -> None:
    component = _component(tmp_path)
    component.train(_training_data())
    # DIET sure it is a goodbye; the words say greeting.
    ranking = _ranking(("goodbye", 0.99), ("greet", 0.01))
    message = Message(data={"text": "hello there", "intent": dict(ranking[0]), "intent_ranking": ranking})
    component.process([message])
    assert message.get("intent")["name"] == "greet"
    assert message.get("intent_ranking")[0] == message.get("intent")
    assert all(r["name"] != "risk_suicide" for r in message.get("intent_ranking"))


def test_button_payloads_and_empty_text_are_left_alone(tmp_path: Path) -> None:
    component = _component(tmp_path)
    component.train(_training_data())
    for text in ["/greet", "", "   "]:
        intent = {"name": "greet", "confidence": 1.0}
        message = Message(data={"text": text, "intent": dict(intent), "intent_ranking": [dict(intent)]})
        component.process([message])
        assert message.get("intent") == intent


def test_persisted_model_loads_and_scores_the_same(tmp_path: Path) -> None:
    trained = _component(tmp_path)
    resource = trained.train(_training_data())
    loaded = IntentEnsemble.load(IntentEnsemble.get_default_config(), LocalModelStorage(tmp_path),
                                 resource, ExecutionContext(GraphSchema({}), "test"))
    texts = ["good evening", "what does trauma bonding mean", "bye bye"]
    first = [Message(data={"text": t}) for t in texts]
    second = [Message(data={"text": t}) for t in texts]
    trained.process(first)
    loaded.process(second)
    assert [m.get("intent_ranking") for m in first] == [m.get("intent_ranking") for m in second]
    assert [m.get("intent")["name"] for m in first] == ["greet", "explain", "goodbye"]


def test_missing_model_leaves_diet_in_charge(tmp_path: Path) -> None:
    component = IntentEnsemble.load(IntentEnsemble.get_default_config(), LocalModelStorage(tmp_path),
                                    Resource("never-trained"), ExecutionContext(GraphSchema({}), "test"))
    intent = {"name": "goodbye", "confidence": 0.9}
    message = Message(data={"text": "hello", "intent": dict(intent), "intent_ranking": [dict(intent)]})
    component.process([message])
    assert message.get("intent") == intent


def test_a_message_with_no_known_word_has_no_confidence_left(tmp_path: Path) -> None:
    component = _component(tmp_path)
    component.train(_training_data())
    for text in ["qwzx plorb vrrmp", "asdfghjkl", "我不知道", "???", "1234 5678"]:
        ranking = _ranking(("greet", 0.97), ("goodbye", 0.03))
        message = Message(data={"text": text, "intent": dict(ranking[0]), "intent_ranking": ranking})
        component.process([message])
        assert message.get("intent")["confidence"] == 0.0, text
        assert all(r["confidence"] == 0.0 for r in message.get("intent_ranking")), text


def test_typos_and_training_slang_are_known_words() -> None:
    vocabulary = Vocabulary(["morning", "gaslighting", "thx", "cya", "look"])
    for text in ["mornin", "gaslightng??", "thx", "cya", "the", "hello there"]:
        assert has_known_word(text, vocabulary), text
    for text in ["plok", "blorp", "qwzx plorb vrrmp", "zzz zzz", ""]:
        assert not has_known_word(text, vocabulary), text
