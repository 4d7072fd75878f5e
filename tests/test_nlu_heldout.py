"""NLU quality on messages written apart from the training data (tests/data/nlu_heldout.yml)."""
from __future__ import annotations

import asyncio

import pytest

from bondwise.tools.nlu_eval import DEFAULT_DATA, Report, evaluate, load_examples
from tests.conftest import MODEL

MIN_INTENT_ACCURACY = 0.95
MIN_PER_INTENT = 0.85
MIN_RESPONSE_KEY_ACCURACY = 0.85


@pytest.fixture(scope="module")
def report(pytestconfig: pytest.Config) -> Report:
    from rasa.core.agent import Agent

    agent = Agent.load(str(MODEL))
    result = asyncio.run(evaluate(agent, load_examples(DEFAULT_DATA)))
    with pytestconfig.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
        print("\n" + result.render())
    return result


def test_heldout_file_has_at_least_five_messages_per_intent() -> None:
    counts: dict = {}
    for _, intent in load_examples(DEFAULT_DATA):
        counts[intent] = counts.get(intent, 0) + 1
    assert counts and min(counts.values()) >= 5, counts


def test_heldout_messages_are_not_training_messages() -> None:
    from bondwise.tools.nlu_eval import load_examples as load
    from bondwise import PROJECT_ROOT

    training = {text.lower() for path in (PROJECT_ROOT / "data" / "nlu").glob("*.yml")
                for text, _ in load(path)}
    overlap = [text for text, _ in load_examples(DEFAULT_DATA) if text.lower() in training]
    assert not overlap, overlap


def test_intent_accuracy(report: Report) -> None:
    assert report.intent_accuracy >= MIN_INTENT_ACCURACY


def test_no_intent_below_floor(report: Report) -> None:
    low = {k: round(v, 2) for k, v in report.per_intent().items() if v < MIN_PER_INTENT}
    assert not low, low


def test_response_selector_accuracy(report: Report) -> None:
    assert report.key_accuracy >= MIN_RESPONSE_KEY_ACCURACY
