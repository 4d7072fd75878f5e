"""Turn what a person types in the reflection into an answer value.

Buttons send the value itself; free text ("kind of", "no way", "yeah he does") is
read with word lists. Commands ("skip", "why do you ask?", "stop", "start over")
are told apart from answers so they work at every step.
"""
from __future__ import annotations

import re
from typing import Optional

YES, SOMETIMES, NO, UNSURE, SKIPPED = "yes", "sometimes", "no", "unsure", "skipped"
ANSWERS = (YES, SOMETIMES, NO, UNSURE, SKIPPED)

SKIP, WHY, STOP, RESTART = "skip", "why", "stop", "restart"

_COMMANDS = [
    (RESTART, r"\b(?:start(?:ing)? (?:over|again|from the (?:start|beginning))|restart|from the top|begin again|reset|redo (?:it|the (?:quiz|questions|reflection)))\b"),
    (STOP, r"^(?:please )?(?:stop|quit|exit|cancel|end|enough|i'?m done|i want to stop|stop (?:this|it|the (?:quiz|questions|reflection))(?: please)?|no more questions|let'?s stop|can we stop|i don'?t want to (?:do|continue|answer) (?:this|these|any more|anymore)(?: questions)?)\b[\s.!]*(?:please|now|thanks)?[\s.!]*$"),
    (WHY, r"\bwhy (?:do|would|are) you (?:ask|want to know|need to know|asking)\b|\bwhy (?:does|is) (?:that|this|it) (?:matter|important|relevant)\b|^why(?: this question| that question| though| ask)?\s*\?*\s*$|\bwhat(?:'s| is) (?:this|that) (?:for|got to do with)\b|\bhow (?:does|is) (?:that|this) relevant\b"),
    (SKIP, r"^(?:skip(?: (?:it|this|this one|that|that one|question))?|pass|next(?: question)?|rather not say|i'?d rather not (?:say|answer)|prefer not to (?:say|answer)|no comment)[\s.!]*(?:please|thanks)?[\s.!]*$"),
]

# Order matters: "not sure" before "no", "not really" before "really".
_ANSWER_PATTERNS = [
    (UNSURE, r"\b(?:not sure|unsure|don'?t know|dont know|idk|dunno|no idea|can'?t say|hard to say|maybe|not certain|i'?m not sure|no clue|depends|it depends)\b"),
    (SOMETIMES, r"\b(?:sometimes|sometime|at times|kind of|kinda|sort of|sorta|a (?:little|bit)|partly|partially|occasionally|now and then|on and off|some of the time|more or less|somewhat|ish|here and there|once in a while|mixed|in a way|yes and no|not always|not often|rarely|every now and then)\b"),
    (NO, r"^(?:no+|nope|nah|nay|never|not at all|not really|no way|absolutely not|definitely not|of course not|hell no|not once|no never|none|n)\b|\b(?:(?:he|she|they) (?:doesn'?t|don'?t|never|has never|have never)|i (?:don'?t|do not|never|haven'?t|have not)|they'?re not|he'?s not|she'?s not|not at all|never has|never have|never does|not really)\b"),
    (YES, r"^(?:y|ya|yes+|yeah|yea|yep|yup|sure|definitely|absolutely|totally|always|of course|100%?|correct|true|right|affirmative|all the time|constantly|often|a lot|very much|very|mostly|usually|for sure|i do|i have|they do|he does|she does|they have|he has|she has|it did|it does|we did|we do|oh yes|hell yes|uh huh|mhm)\b|\b(?:yes|yeah|yep|all the time|constantly|every time|always|a lot)\b"),
]


def command_in(text: str) -> Optional[str]:
    """A reflection command in the message, if there is one."""
    cleaned = _clean(text)
    for command, pattern in _COMMANDS:
        if re.search(pattern, cleaned):
            return command
    return None


def parse_answer(text: str) -> Optional[str]:
    """yes / sometimes / no / unsure for a reply, or None when it is not an answer."""
    cleaned = _clean(text)
    if not cleaned:
        return None
    if cleaned in ANSWERS:             # a button payload or an exact word
        return cleaned
    for value, pattern in _ANSWER_PATTERNS:
        if re.search(pattern, cleaned):
            return value
    return None


def _clean(text: str) -> str:
    text = (text or "").strip().lower().replace("’", "'")
    text = re.sub(r"^/", "", text)
    return re.sub(r"\s+", " ", text)[:500]
