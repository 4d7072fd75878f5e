"""Personal data masked by default everywhere in the console (pages and exports).

Masks what a person may write about themselves: email addresses, phone numbers,
street addresses, and a name after "my name is", "i'm called" or "call me". It errs
towards masking: a masked number that was harmless costs a reviewer a click on
"reveal" (admins only, audited); a shown address can cost someone's safety.
"""
from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Seven or more digits, possibly split by spaces, dots, dashes or brackets, with an
# optional leading +: phone numbers of any country.
PHONE = re.compile(r"(?<![\w])\+?\(?\d(?:[\s().-]{0,2}\d){6,}(?![\w])")
STREET_WORDS = (
    "street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|way|"
    "terrace|close|crescent|square|sq|highway|hwy|parkway|pkwy|circle|cir|row|gardens|grove"
)
# "12 Elm Street", "221b baker st", "apt 4, 1600 pennsylvania avenue"
STREET = re.compile(
    rf"\b\d{{1,5}}[a-z]?\s+(?:[a-z][\w'.-]*\s+){{1,4}}(?:{STREET_WORDS})\b\.?", re.IGNORECASE)
# A name after a self-introduction: up to three words that look like a name.
NAME = re.compile(
    r"\b(my name is|my name's|i am called|i'm called|im called|call me|name's|names)\s+"
    r"((?:[A-Za-z][A-Za-z'-]*)(?:\s+[A-Z][A-Za-z'-]*){0,2})", re.IGNORECASE)
NOT_NAMES = {"not", "a", "an", "the", "just", "so", "really", "very", "never", "whatever", "anything"}

EMAIL_MASK = "[email]"
PHONE_MASK = "[phone]"
ADDRESS_MASK = "[address]"
NAME_MASK = "[name]"


def _name(match: re.Match) -> str:
    words = match.group(2).split()
    if words and words[0].lower() in NOT_NAMES:
        return match.group(0)
    return f"{match.group(1)} {NAME_MASK}"


def mask(text: str | None) -> str:
    """The text with personal data replaced by [email], [phone], [address], [name]."""
    if not text:
        return ""
    text = EMAIL.sub(EMAIL_MASK, text)
    text = STREET.sub(ADDRESS_MASK, text)
    text = PHONE.sub(PHONE_MASK, text)
    return NAME.sub(_name, text)


def is_masked(original: str | None) -> bool:
    """Whether masking changes the text (the console offers admins a reveal)."""
    return bool(original) and mask(original) != original
