"""The learned risk layer: its fast scorer gives the fitted pipeline's probabilities."""
from __future__ import annotations

import numpy as np
import pytest

from bondwise.risk.classifier import LinearScorer, RiskClassifier, training_examples, risk_prediction
from bondwise.risk.normalize import normalize
from bondwise import PROJECT_ROOT
from bondwise.tools.risk_eval import load


@pytest.fixture(scope="module")
def classifier(risk_classifier: RiskClassifier) -> RiskClassifier:
    return risk_classifier


def _messages() -> list:
    texts = [item["text"] for item in load(PROJECT_ROOT / "tests" / "data" / "risk_eval.yml")]
    # Edge cases for the arithmetic: nothing the vocabulary knows, one n-gram, repeats.
    return texts + ["", "zzzzqqqq", "a", "die die die die die", "🙂" * 50, "x" * 5000]


def test_scorer_gives_the_pipelines_probabilities(classifier: RiskClassifier) -> None:
    scorer = LinearScorer(classifier.model)
    texts = [normalize(text) for text in _messages()]
    expected = classifier.model.predict_proba(texts)
    got = np.vstack([scorer.probabilities(text) for text in texts])
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12)


def test_prediction_names_the_most_likely_risk_category(classifier: RiskClassifier) -> None:
    prediction = classifier.predict(normalize("i took all my pills and drank a bottle of vodka"))
    assert prediction.category == "substance_crisis"
    assert prediction.probability >= classifier.threshold
    safe = classifier.predict(normalize("what is love bombing?"))
    assert not classifier.is_risk(safe)


def test_scorer_refuses_a_model_it_cannot_reproduce(classifier: RiskClassifier) -> None:
    from sklearn.base import clone

    binary = clone(classifier.model).fit(["i want to die", "hello there"], ["suicide", "safe"])
    with pytest.raises(ValueError):
        LinearScorer(binary)


def test_risk_split_between_categories_still_counts_as_risk() -> None:
    # 0.35 + 0.30 of risk against 0.35 safe: no category wins alone, the message is risk.
    prediction = risk_prediction(["safe", "self_harm", "suicide"], [0.35, 0.30, 0.35])
    assert prediction.category == "suicide"
    assert prediction.probability == pytest.approx(0.65)
    calm = risk_prediction(["safe", "self_harm", "suicide"], [0.9, 0.04, 0.06])
    assert calm.probability == pytest.approx(0.10)
