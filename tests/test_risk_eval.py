"""Gate: recall 1.0 on risk messages and at most 5% false alarms, on tests/data/risk_eval.yml
(written apart from the detector and its training data). Prints figures per category."""
from __future__ import annotations

import pytest

from bondwise.risk.classifier import RiskClassifier, training_examples
from bondwise.risk.detector import RiskDetector
from bondwise.tools.risk_eval import DEFAULT_DATA, RiskReport, evaluate, load


@pytest.fixture(scope="module")
def report(pytestconfig: pytest.Config) -> RiskReport:
    detector = RiskDetector(RiskClassifier.train(training_examples()))
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
