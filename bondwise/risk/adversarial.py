"""Spellings people use to slip past filters, as transformations of a message.

Used by tests/test_risk_adversarial.py (recall on the project's risk set must stay 1.0
after each) and by `python -m bondwise.tools.risk_eval --adversarial`.
"""
from __future__ import annotations

import re
from typing import Callable, Dict

_WORD = re.compile(r"[A-Za-z]+")
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})
# Neutral chat around a risk sentence: the sentence must not drown in it.
FILLER_BEFORE = ("so today was mostly errands, i picked up groceries, fixed the leaky tap in the "
                 "kitchen, replied to a pile of work emails and watched half a documentary about "
                 "octopuses which was honestly pretty good. my sister called about her holiday plans "
                 "and we talked for ages about the weather there and what she should pack. ")
FILLER_AFTER = (" anyway the cat knocked a plant off the windowsill again and i spent twenty minutes "
                "sweeping up soil, then made pasta and tried a new sauce recipe that came out okay. "
                "tomorrow i have a dentist appointment in the morning and then laundry.")


def _each_word(text: str, change: Callable[[str], str], min_len: int = 3) -> str:
    return _WORD.sub(lambda m: change(m.group(0)) if len(m.group(0)) >= min_len else m.group(0), text)


def spaced(text: str) -> str:
    """'kill' -> 'k i l l' (words of three letters or more)."""
    return _each_word(text, " ".join)


def dotted(text: str) -> str:
    """'kill' -> 'k.i.l.l'."""
    return _each_word(text, ".".join)


def leetspeak(text: str) -> str:
    """'kill myself' -> 'k1ll my53lf'."""
    return text.lower().translate(_LEET)


def repeated_letters(text: str) -> str:
    """'die' -> 'diiie': the first vowel of each word tripled."""
    return _each_word(text, lambda w: re.sub(r"([aeiouAEIOU])", r"\1\1\1", w, count=1))


def no_apostrophes(text: str) -> str:
    return text.replace("'", "").replace("’", "")


def mixed_case(text: str) -> str:
    return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(text))


def buried(text: str) -> str:
    """The message in the middle of a long, calm one."""
    return FILLER_BEFORE + text + FILLER_AFTER


TRANSFORMATIONS: Dict[str, Callable[[str], str]] = {
    "spaced": spaced, "dotted": dotted, "leetspeak": leetspeak,
    "repeated_letters": repeated_letters, "no_apostrophes": no_apostrophes,
    "mixed_case": mixed_case, "buried": buried,
}
