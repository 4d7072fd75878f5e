"""One decision per message: the rules or the classifier, whichever is confident."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import repeat
from typing import Iterator, List, Optional, Tuple

from bondwise.risk.categories import PRIORITY, SAFE
from bondwise.risk.classifier import Prediction, RiskClassifier
from bondwise.risk.rules import NOW_WORDS, PAST, PRESENT, RESOLVED, SPEAKS_OF_NOW, find

EXPLAINED_AWAY_THRESHOLD = 0.97
# ...except where the only explanation was a past that is over and the window itself
# speaks of now: "i got out in 2019, did therapy... friday there was a note under my
# wiper in his handwriting" is that past come back.
PAST_RETURNS_THRESHOLD = 0.85
SHORT_MESSAGE_WORDS = 3
SHORT_MESSAGE_THRESHOLD = 0.85
# Long messages are read in overlapping windows: a risk sentence in the middle of a long,
# calm message must not be diluted by it, and a long calm message must not look like the
# long risk messages the classifier learnt from just by being long.
WINDOW_WORDS = 20
WINDOW_STRIDE = 10
# ...and in short windows too, where a short risk sentence is not diluted, but there
# a fragment of calm text can look alarming, so the classifier must be surer.
SHORT_WINDOW_WORDS = 8
SHORT_WINDOW_STRIDE = 4
SHORT_WINDOW_THRESHOLD = 0.7
# Short windows cost ~4x the classifier calls of the long ones; they are read only when
# some long window already leans towards risk.
SHORT_WINDOW_GATE = 0.2
# A long story of the past that reads calm as a whole (under CALM_WHOLE) and alarming in
# one window is most often a survivor's past told in its own words ("he beat my mum and
# me for years... i'm 34 now"); there a window must be surer, unless it speaks of now.
# On the kept sets (classifier trained without them): 26 fewer false alarms of 6,333
# (784 -> 758), none of their risk messages lost, and none of a reviewer's 60 risk
# sentences buried in calm questions. Read for any long calm message (not only a past)
# it saved 115 of 426 on long messages but lost 5 of those 60.
CALM_WHOLE = 0.3
CALM_WHOLE_WINDOW_THRESHOLD = 0.9
RULES = "rules"
CLASSIFIER = "classifier"


@dataclass(frozen=True)
class Detection:
    category: str            # the category the reply leads with
    detector: str            # "rules" or "classifier": which layer fired first
    categories: List[str] = field(default_factory=list)  # every category seen
    score: float = 1.0
    evidence: str = ""

    def as_dict(self) -> dict:
        return {"category": self.category, "detector": self.detector,
                "categories": self.categories, "score": round(self.score, 4),
                "evidence": self.evidence}


class RiskDetector:
    def __init__(self, classifier: Optional[RiskClassifier] = None) -> None:
        self.classifier = classifier

    def detect(self, text: str) -> Optional[Detection]:
        if not text or not text.strip():
            return None
        result = find(text)
        if result.hits:
            categories = sorted({h.category for h in result.hits}, key=PRIORITY.__getitem__)
            return Detection(categories[0], RULES, categories, 1.0, result.hits[0].span)
        if self.classifier is None:
            return None
        # Where the rules saw risk words and explained them away ("i'm not
        # suicidal"), the classifier, which reads no grammar, must be near-certain.
        threshold = EXPLAINED_AWAY_THRESHOLD if result.explained_away else self.classifier.threshold
        words = result.normalized.split()
        if len(words) <= SHORT_MESSAGE_WORDS:
            # "count me in", "i'll pass": a few words carry too little for n-grams
            # to judge alone; the rules still see "kms" or "end it".
            threshold = max(threshold, SHORT_MESSAGE_THRESHOLD)
        # A calm long story of the past: its alarming windows must be surer, unless the
        # window itself speaks of now. Decided once, and only when a window would fire.
        calm: Optional[bool] = None

        def calm_past() -> bool:
            nonlocal calm
            if calm is None:
                calm = (len(words) > WINDOW_WORDS and _tells_a_past(result.normalized)
                        and self.classifier.predict(" ".join(words)).probability < CALM_WHOLE)
            return calm

        # The words that close the past ("i'm safe now", "on medication now") are masked
        # word for word, so that a window cut through them does not read them as now.
        masked = _mask_recovery(result.normalized).split() if result.only_a_past else words
        if len(masked) != len(words):
            masked = words

        def fires(window: str, masked_window: str, prediction: Prediction, bar: float, floor: float) -> bool:
            if prediction.category == SAFE:
                return False
            if result.only_a_past and _speaks_of_now(masked_window):
                bar = min(bar, max(PAST_RETURNS_THRESHOLD, floor))
            if prediction.probability < bar:
                return False
            return (prediction.probability >= CALM_WHOLE_WINDOW_THRESHOLD or not calm_past()
                    or bool(PRESENT.search(window) or SPEAKS_OF_NOW.search(window)))

        def surest(size: int, stride: int, bar: float, floor: float) -> Tuple[float, Optional[Prediction]]:
            """The highest probability of any window, and the surest window that fires;
            after a past come back a window needs less than bar, but never under floor."""
            best, fired = 0.0, None
            # The masked copy is read only after a past come back; other messages skip the joins.
            masked_windows = windows(masked, size, stride) if result.only_a_past else repeat("")
            for window, masked_window in zip(windows(words, size, stride), masked_windows):
                prediction = self.classifier.predict(window)
                best = max(best, prediction.probability)
                if fires(window, masked_window, prediction, bar, floor) and (fired is None or prediction.probability > fired.probability):
                    fired = prediction
            return best, fired

        # What a window needs at least, whatever the explanation: the short-message bar.
        floor = threshold if len(words) <= SHORT_MESSAGE_WORDS else self.classifier.threshold
        best, fired = surest(WINDOW_WORDS, WINDOW_STRIDE, threshold, floor)
        # A message short enough to be one window is read in short windows too when only
        # a past explained it away: "i left him years ago and i'm safe now, but today he
        # turned up at my work" is diluted by its own calm first half.
        short_past = result.only_a_past and SHORT_WINDOW_WORDS < len(words) <= WINDOW_WORDS
        if fired is None and ((len(words) > WINDOW_WORDS and best >= SHORT_WINDOW_GATE) or short_past):
            _, fired = surest(SHORT_WINDOW_WORDS, SHORT_WINDOW_STRIDE, max(threshold, SHORT_WINDOW_THRESHOLD),
                              max(floor, SHORT_WINDOW_THRESHOLD))
        if fired is None:
            return None
        return Detection(fired.category, CLASSIFIER, [fired.category], fired.probability, "")


# A story told in the past tense: a marker of the past ("years ago", "used to"), or at
# least PAST_VERBS_IN_A_STORY past-tense verbs ("he was...", "i left...", "she broke...").
PAST_VERB = re.compile(r"\b(?:was|were|had|did|went|got|told|said|left|broke|took|threw|hit|\w{3,}ed)\b")
PAST_VERBS_IN_A_STORY = 3


def _mask_recovery(text: str) -> str:
    """The text with each word of a resolution ("i'm safe now") or a recovery told in the
    present ("i feel like myself again") replaced by "_", word for word."""
    def mask(match: "re.Match[str]") -> str:
        return " ".join("_" for _ in match.group(0).split())
    return RESOLVED.sub(mask, RECOVERED_NOW.sub(mask, text))


def _speaks_of_now(masked_window: str) -> bool:
    return bool(PRESENT.search(masked_window) or NOW_WORDS.search(masked_window))


# Recovery told in the present: "i'm on medication now and i feel like myself again".
RECOVERED_NOW = re.compile(
    r"\b(?:(?:on|taking) (?:medication|meds|antidepressants|tablets) now|in therapy now|(?:feel|feeling|felt) (?:like )?(?:myself|me|normal|human|whole) again|"
    r"(?:laughing|smiling|sleeping|eating|living) again)\b")


def _tells_a_past(text: str) -> bool:
    return bool(PAST.search(text)) or len(PAST_VERB.findall(text)) >= PAST_VERBS_IN_A_STORY


def windows(words: List[str], size: int = WINDOW_WORDS, stride: int = WINDOW_STRIDE) -> Iterator[str]:
    if len(words) <= size:
        yield " ".join(words)
        return
    for start in range(0, len(words) - size + stride, stride):
        yield " ".join(words[start:start + size])
