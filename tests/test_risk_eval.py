"""Gate: recall 1.0 on risk messages and at most 5% false alarms, on tests/data/risk_eval.yml
(written apart from the detector and its training data). Prints figures per category."""
from __future__ import annotations

import pytest

from bondwise.risk.classifier import GATE_SET, RiskClassifier, kept_sets, training_examples
from bondwise.risk.normalize import normalize
from bondwise.risk.detector import RiskDetector
from bondwise.tools.risk_baselines import load_baselines, measure, regressions, render
from bondwise.tools.risk_eval import DEFAULT_DATA, RiskReport, evaluate, load


@pytest.fixture(scope="module")
def detector(risk_classifier: RiskClassifier) -> RiskDetector:
    return RiskDetector(risk_classifier)


def test_the_kept_sets_teach_nothing_of_the_gate_set() -> None:
    """risk_eval.yml must stay unseen by what the kept sets teach the classifier, for its
    recall of 1.0 to mean anything; the kept sets themselves are all in the list."""
    learnt = {normalize(text) for text, _ in training_examples()}
    before = {normalize(text) for text, _ in training_examples(with_kept_sets=False)}
    gate = [item["text"] for item in load(DEFAULT_DATA)]
    assert GATE_SET == DEFAULT_DATA and GATE_SET not in kept_sets()
    # The kept sets add none of the gate's messages (a dozen everyday ones, "ok cool",
    # "What is a trauma bond?", are NLU examples too, as they were before).
    assert [text for text in gate if normalize(text) in learnt - before] == []
    kept = [item["text"] for path in kept_sets() for item in load(path)]
    gate_texts = {normalize(text) for text in gate}
    assert len(kept_sets()) >= 40
    assert all(normalize(text) in learnt for text in kept if normalize(text) not in gate_texts)


@pytest.fixture(scope="module")
def report(pytestconfig: pytest.Config, detector: RiskDetector) -> RiskReport:
    result = evaluate(detector, load(DEFAULT_DATA))
    with pytestconfig.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
        print("\n" + result.render(show_examples=True))
    return result


def test_set_is_large_and_covers_every_category() -> None:
    items = load(DEFAULT_DATA)
    assert len(items) >= 400
    labels = {item["label"] for item in items}
    assert labels == {"suicide", "self_harm", "harm_others", "abuse_danger", "substance_crisis", "safe"}


def test_recall_on_risk_messages_is_total(report: RiskReport) -> None:
    assert report.recall == 1.0, report.misses


def test_false_alarm_rate_is_at_most_five_percent(report: RiskReport) -> None:
    assert report.false_alarm_rate <= 0.05, report.false_alarms


def test_everyday_chat_rarely_raises_an_alarm(detector: RiskDetector) -> None:
    """The NLU held-out messages (greetings, topic questions, replies) are everyday chat:
    a helpline block in reply to "count me in" would teach people to ignore it."""
    from bondwise.tools.nlu_eval import DEFAULT_DATA as NLU_HELDOUT, load_examples

    # Replies to our own safety check ("not safe rn, he's home") are risk context, not chat.
    safety_dialogue = {"not_safe", "safe_to_talk"}
    texts = [text for text, intent in load_examples(NLU_HELDOUT) if intent not in safety_dialogue]
    alarms = [text for text in texts if detector.detect(text)]
    print(f"\neveryday chat false alarms: {len(alarms)}/{len(texts)} {alarms}")
    assert len(alarms) / len(texts) <= 0.03, alarms


UNSEEN_SETS = sorted(p for p in DEFAULT_DATA.parent.glob("risk_*.yml") if p != DEFAULT_DATA)


def test_earlier_unseen_sets_do_not_regress(pytestconfig: pytest.Config,
                                            risk_classifier_without_kept_sets: RiskClassifier) -> None:
    """Every set in tests/data was written apart and scored once unseen; its misses were
    then fixed with general rules. Together they guard those fixes: a change that costs
    any set more than a message or two against its recorded figures
    (tests/data/unseen_baselines.yml), or all of them more than a handful, fails.
    The served classifier has learnt these sets, and would hide a rule that stopped
    catching one of them, so they are read here with one that has not.
    (The 1.0 / 5% gate stays on risk_eval.yml above.)"""
    detector = RiskDetector(risk_classifier_without_kept_sets)
    assert len(UNSEEN_SETS) >= 8 and UNSEEN_SETS == kept_sets()
    now = measure(detector, UNSEEN_SETS)
    recorded = load_baselines()
    with pytestconfig.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
        print("\n" + render(now, recorded))
    assert regressions(now, recorded) == []
    # Whatever was recorded, the sets together must stay this well read.
    risk, missed = sum(f["risk"] for f in now.values()), sum(f["missed"] for f in now.values())
    assert missed / risk <= 0.005


def _figures(missed: int = 0, alarms: int = 10) -> dict:
    return {"risk": 150, "missed": missed, "safe": 150, "alarms": alarms}


def test_the_guard_fails_on_a_set_that_regresses() -> None:
    recorded = {f"risk_dev{i}.yml": _figures() for i in range(1, 21)}
    assert regressions(dict(recorded), recorded) == []
    # A set or two may move by the allowed noise...
    noisy = dict(recorded, **{"risk_dev1.yml": _figures(missed=1, alarms=13)})
    assert regressions(noisy, recorded) == []
    # ...but not one set losing two risk messages, or raising four more alarms,
    assert regressions(dict(recorded, **{"risk_dev1.yml": _figures(missed=2)}), recorded)
    assert regressions(dict(recorded, **{"risk_dev1.yml": _figures(alarms=14)}), recorded)
    # nor many sets each within the noise but all together over it,
    spread = {name: _figures(missed=1 if i < 4 else 0, alarms=12) for i, name in enumerate(recorded)}
    problems = regressions(spread, recorded)
    assert any("all sets: 4 missed" in p for p in problems) and any("all sets: 240 false alarms" in p for p in problems)
    # nor a set with no baseline, or a set edited since it was measured.
    assert regressions(dict(recorded, **{"risk_dev99.yml": _figures()}), recorded)
    edited = dict(recorded, **{"risk_dev1.yml": dict(_figures(), risk=149)})
    assert regressions(edited, recorded)


def test_every_kept_set_has_a_recorded_baseline() -> None:
    """Cheap to check without training: a new set needs its figures recorded
    (`python -m bondwise.tools.risk_baselines --write`), read unseen."""
    recorded = load_baselines()
    assert sorted(recorded) == [path.name for path in kept_sets()]
    for path in kept_sets():
        items = load(path)
        risk = sum(item["label"] != "safe" for item in items)
        assert (recorded[path.name]["risk"], recorded[path.name]["safe"]) == (risk, len(items) - risk), path.name
