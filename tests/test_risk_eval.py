"""Gate: recall 1.0 on risk messages and at most 5% false alarms, on tests/data/risk_eval.yml
(written apart from the detector and its training data). Prints figures per category."""
from __future__ import annotations

import pytest

from bondwise.risk.classifier import RiskClassifier, training_examples
from bondwise.risk.detector import RiskDetector
from bondwise.tools.risk_eval import DEFAULT_DATA, RiskReport, evaluate, load


@pytest.fixture(scope="module")
def detector() -> RiskDetector:
    return RiskDetector(RiskClassifier.train(training_examples()))


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


def test_earlier_unseen_sets_do_not_regress(pytestconfig: pytest.Config, detector: RiskDetector) -> None:
    """Every set in tests/data was written apart and scored once unseen; its misses were
    then fixed with general rules. Together they guard those fixes: a change that costs
    more than a handful of their risk messages, or raises many more false alarms, fails.
    (The 1.0 / 5% gate stays on risk_eval.yml above.)"""
    assert len(UNSEEN_SETS) >= 8
    risk = missed = safe = alarms = 0
    lines = []
    for path in UNSEEN_SETS:
        result = evaluate(detector, load(path))
        set_risk, set_safe = sum(result.total.values()), sum(result.safe_total.values())
        risk += set_risk
        missed += set_risk - sum(result.caught.values())
        safe += set_safe
        alarms += sum(result.alarms.values())
        lines.append(f"  {path.name:<20} recall {result.recall:.3f}  false alarms {result.false_alarm_rate:.3f}"
                     + "".join(f"\n    MISS [{label}] {text}" for text, label in result.misses))
    with pytestconfig.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
        print(f"\nearlier unseen sets: recall {1 - missed / risk:.4f} ({risk - missed}/{risk}), "
              f"false alarms {alarms / safe:.3f} ({alarms}/{safe})\n" + "\n".join(lines))
    assert missed / risk <= 0.005
    assert alarms / safe <= 0.12
