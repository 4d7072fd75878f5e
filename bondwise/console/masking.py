"""Personal data masked by default everywhere in the console (pages, exports, search).

Masks what a person may write about themselves: email addresses, phone numbers,
street addresses and postcodes, and a name after "my name is", "i'm called" or "call
me". It errs towards masking a real address over showing it, but must not hide what a
reviewer needs to read ("he hit me 3 times on the way home" stays as it is). Every
pattern has bounded repetition, so a 100 KB message masks in linear time.
"""
from __future__ import annotations

import re

# Bounded parts (as RFC 5321 bounds them): an unbounded local part makes a long run of
# "a.a.a." with no "@" take quadratic time.
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}", re.UNICODE)
# Seven or more digits, possibly split by spaces, dots, dashes or brackets, with an
# optional leading +: phone numbers of any country (helpline short codes stay).
PHONE = re.compile(r"(?<![\w])\+?\(?\d(?:[\s().-]{0,2}\d){6,}(?![\w])")
STREET_WORDS = (
    "street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|way|"
    "terrace|close|crescent|square|sq|highway|hwy|parkway|pkwy|circle|cir|row|gardens|grove"
)
# "12 Elm Street", "221b baker st", "12, Elm Street", "apt 4, 1600 pennsylvania avenue"
STREET = re.compile(
    rf"\b\d{{1,5}}[a-z]?,?\s+((?:[^\W\d_][\w'.-]*\s+){{1,3}})(?:{STREET_WORDS})\b\.?", re.IGNORECASE)
# Words that never make a street name: "3 times on the way", "2 nights in a row".
NOT_STREET = {
    "the", "a", "an", "in", "on", "at", "to", "of", "for", "by", "my", "his", "her", "their", "our",
    "your", "and", "or", "but", "this", "that", "all", "whole", "entire", "same", "other", "times",
    "time", "days", "day", "nights", "night", "weeks", "week", "months", "years", "hours", "minutes",
    "mins", "kids", "people", "ways", "steps", "blocks", "miles", "km", "more", "less", "each",
}
# UK postcodes ("SW1A 1AA") and a US ZIP code after a state or "zip".
POSTCODE = re.compile(r"(?i:\b[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}\b)"
                      r"|(?:\b(?i:zip(?: code)?|postcode)|\b[A-Z]{2})\s+\d{5}(?:-\d{4})?\b")
# A name after a self-introduction: a name word (any alphabet), then up to two more that
# start with a capital letter.
NAME = re.compile(
    r"(?i:\b(my name is|my name's|i am called|i'm called|im called|call me)\s+)"
    r"([^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)*(?:\s+[^\W\d_a-z][^\W\d_'-]*){0,2})")
NOT_NAMES = {
    "not", "a", "an", "the", "just", "so", "really", "very", "never", "whatever", "anything", "if",
    "when", "whenever", "after", "before", "back", "at", "on", "now", "please", "pls", "later",
    "tomorrow", "tonight", "today", "maybe", "again", "anytime", "and", "but", "or", "i", "he", "she",
    "they", "it", "that", "this", "what", "crazy", "stupid", "names", "out", "up", "asap", "sometime",
    "to", "by", "with", "once", "soon", "any", "sometimes", "every", "always", "old", "weak", "dumb",
}

EMAIL_MASK = "[email]"
PHONE_MASK = "[phone]"
ADDRESS_MASK = "[address]"
NAME_MASK = "[name]"


def _name(match: re.Match) -> str:
    words = match.group(2).split()
    if words[0].lower() in NOT_NAMES:
        return match.group(0)
    return f"{match.group(1)} {NAME_MASK}"


def _street(match: re.Match) -> str:
    if any(word.lower().strip(".,'") in NOT_STREET for word in match.group(1).split()):
        return match.group(0)
    return ADDRESS_MASK


def mask(text: str | None) -> str:
    """The text with personal data replaced by [email], [phone], [address], [name]."""
    if not text:
        return ""
    text = EMAIL.sub(EMAIL_MASK, text)
    text = STREET.sub(_street, text)
    text = POSTCODE.sub(ADDRESS_MASK, text)
    text = PHONE.sub(PHONE_MASK, text)
    return NAME.sub(_name, text)


def is_masked(original: str | None) -> bool:
    """Whether masking changes the text (the console offers admins a reveal)."""
    return bool(original) and mask(original) != original
