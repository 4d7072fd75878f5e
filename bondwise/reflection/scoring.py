"""Which pattern the reflection's answers resemble more, and why.

Each answer leans one way: "yes" toward the question's `points_to`, "no" the other
way, "sometimes" half-way toward the "yes" side; "not sure" and skipped answers lean
nowhere. The share of the weight leaning negative decides the result. Any answer
that shows mistreatment (being yelled at or manipulated, not feeling safe) means the
result is never "supportive" and always points to the hotline: in any bond, that is
a sign to take seriously. This is a reflection, not a diagnosis; the wording of the
result says so.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional

from bondwise.reflection.answers import NO, SOMETIMES, YES
from bondwise.reflection.questions import NEGATIVE, QUESTIONS, SUPPORTIVE, Question

SUPPORTIVE_RESULT = "supportive"
NEGATIVE_RESULT = "negative"
MIXED_RESULT = "mixed"
TOO_FEW_RESULT = "too_few"

# Shares of the leaning weight: at or above NEGATIVE_AT the answers resemble a
# negative bond, at or below SUPPORTIVE_AT a supportive one; between, mixed.
NEGATIVE_AT = 2 / 3
SUPPORTIVE_AT = 1 / 3
# Fewer than this many answers that lean either way is too little to reflect on.
MIN_LEANING_ANSWERS = 3

_WEIGHT = {YES: 1.0, SOMETIMES: 0.5, NO: 1.0}


@dataclass
class Reflection:
    result: str
    negative_share: float
    towards_supportive: List[Question] = field(default_factory=list)
    towards_negative: List[Question] = field(default_factory=list)
    abuse_signs: List[Question] = field(default_factory=list)

    @property
    def abuse_indicated(self) -> bool:
        return bool(self.abuse_signs)


def leaning(question: Question, answer: Optional[str]) -> Optional[str]:
    """The pattern one answer leans toward, or None."""
    if answer in (YES, SOMETIMES):
        return question.points_to
    if answer == NO:
        return NEGATIVE if question.points_to == SUPPORTIVE else SUPPORTIVE
    return None


def shows_abuse(question: Question, answer: Optional[str]) -> bool:
    if question.abuse_if == YES:
        return answer in (YES, SOMETIMES)
    if question.abuse_if == NO:
        return answer == NO
    return False


def score(answers: Mapping[str, Optional[str]]) -> Reflection:
    weights: Dict[str, float] = {SUPPORTIVE: 0.0, NEGATIVE: 0.0}
    reflection = Reflection(result=TOO_FEW_RESULT, negative_share=0.0)
    leaning_count = 0
    for question in QUESTIONS:
        answer = answers.get(question.slot)
        side = leaning(question, answer)
        if side is None:
            continue
        leaning_count += 1
        weights[side] += _WEIGHT[answer]  # type: ignore[index]
        (reflection.towards_negative if side == NEGATIVE else reflection.towards_supportive).append(question)
        if shows_abuse(question, answer):
            reflection.abuse_signs.append(question)
    total = weights[SUPPORTIVE] + weights[NEGATIVE]
    reflection.negative_share = weights[NEGATIVE] / total if total else 0.0
    if leaning_count < MIN_LEANING_ANSWERS and not reflection.abuse_indicated:
        return reflection
    share = reflection.negative_share
    # Compare with a small tolerance: 2/3 computed from halves must count as 2/3.
    if share >= NEGATIVE_AT - 1e-9:
        reflection.result = NEGATIVE_RESULT
    elif share <= SUPPORTIVE_AT + 1e-9 and not reflection.abuse_indicated:
        reflection.result = SUPPORTIVE_RESULT
    else:
        reflection.result = MIXED_RESULT
    return reflection
