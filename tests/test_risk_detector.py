"""How the detector weighs the classifier against what the rules explained away.

The classifier here is a scripted stand-in that returns a chosen probability for any
window holding a chosen phrase, so that the thresholds themselves are what is tested;
the trained classifier is read on whole sets in tests/test_risk_eval.py."""
from __future__ import annotations

from bondwise.risk.classifier import Prediction
from bondwise.risk.detector import CLASSIFIER, EXPLAINED_AWAY_THRESHOLD, PAST_RETURNS_THRESHOLD, RiskDetector
from bondwise.risk.rules import find


class ScriptedClassifier:
    threshold = 0.5

    def __init__(self, phrase: str, probability: float) -> None:
        self.phrase, self.probability = phrase, probability

    def predict(self, normalized_text: str) -> Prediction:
        return Prediction("abuse_danger", self.probability if self.phrase in normalized_text else 0.01)


# A resolved past (the only explanation), then a sentence that speaks of now.
CAME_BACK = "i got out in 2019 and did years of therapy, i'm safe now. today there was a note under my wiper"
# The same past, then a sentence with no sign of now.
STAYED_OVER = "i got out in 2019 and did years of therapy, i'm safe now. there was a note under my wiper once"


def test_the_thresholds_are_ordered() -> None:
    assert 0.5 < PAST_RETURNS_THRESHOLD < EXPLAINED_AWAY_THRESHOLD


def test_a_resolved_past_is_the_only_explanation() -> None:
    result = find(CAME_BACK)
    assert result.hits == [] and result.explained_away and result.only_a_past
    # A negation is another explanation: "not" is no past come back.
    negated = find("i used to cut years ago and i'm okay now. i'm not suicidal, today was just long")
    assert negated.explained_away and not negated.only_a_past


def test_a_window_that_speaks_of_now_needs_less_after_a_resolved_past() -> None:
    surer = (PAST_RETURNS_THRESHOLD + EXPLAINED_AWAY_THRESHOLD) / 2
    found = RiskDetector(ScriptedClassifier("note under my wiper", surer)).detect(CAME_BACK)
    assert found is not None and found.detector == CLASSIFIER
    # Below the lowered bar it still does not fire.
    assert RiskDetector(ScriptedClassifier("note under my wiper", PAST_RETURNS_THRESHOLD - 0.01)).detect(CAME_BACK) is None


def test_a_past_that_stays_over_keeps_the_high_bar() -> None:
    surer = (PAST_RETURNS_THRESHOLD + EXPLAINED_AWAY_THRESHOLD) / 2
    assert find(STAYED_OVER).only_a_past
    assert RiskDetector(ScriptedClassifier("note under my wiper", surer)).detect(STAYED_OVER) is None
    assert RiskDetector(ScriptedClassifier("note under my wiper", 0.99)).detect(STAYED_OVER) is not None


def test_other_explanations_keep_the_high_bar_even_now() -> None:
    text = "i'm not suicidal, i promise. today there was a note under my wiper"
    surer = (PAST_RETURNS_THRESHOLD + EXPLAINED_AWAY_THRESHOLD) / 2
    assert find(text).explained_away and not find(text).only_a_past
    assert RiskDetector(ScriptedClassifier("note under my wiper", surer)).detect(text) is None
