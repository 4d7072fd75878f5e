"""Personal data masking, as the console applies it to every page and export."""
from __future__ import annotations

import time

import pytest

from bondwise.console.masking import is_masked, mask


@pytest.mark.parametrize("text, hidden, shown", [
    ("email me at jane.doe+work@mail.example.co.uk please", "jane.doe", "[email]"),
    ("my number is 07700 900123", "900123", "[phone]"),
    ("call +1 (555) 123-4567 after 6", "123-4567", "[phone]"),
    ("txt me 555.123.4567", "4567", "[phone]"),
    ("i live at 42 Wallaby Way now", "Wallaby", "[address]"),
    ("he came to 1600 pennsylvania avenue last night", "pennsylvania", "[address]"),
    ("my flat is 221b Baker St.", "Baker", "[address]"),
    ("my name is Jane Doe and i need help", "Jane", "my name is [name]"),
    ("Hi, i'm called maria", "maria", "[name]"),
    ("just call me Sam", "Sam", "call me [name]"),
    ("my name is José García", "Garc", "my name is [name]"),
    ("my name is Łucja Nowak", "Nowak", "my name is [name]"),
    ("send it to 12, Elm Street", "Elm", "[address]"),
    ("we live near SW1A 1AA", "1AA", "[address]"),
    ("austin TX 78701", "78701", "[address]"),
])
def test_personal_data_is_masked(text: str, hidden: str, shown: str) -> None:
    masked = mask(text)
    assert hidden not in masked and shown in masked
    assert is_masked(text)


@pytest.mark.parametrize("text", [
    "call 988 or text HOME to 741741",   # helpline short codes are not personal numbers
    "we were together for 3 years and 2 months",
    "my name is not important",
    "i'm 25 and he is 31",
    "what is a trauma bond?",
    "it happened in 2019 and again in 2021",
    # What a reviewer must be able to read is not mistaken for an address or a name.
    "he hit me 3 times on the way home",
    "2 nights in a row he didn't come back",
    "call me if he hits me again",
    "he calls me names and then says sorry",
    "call me crazy but i miss him",
    "we lost 10000 dollars in the divorce",
])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert mask(text) == text and not is_masked(text)


def test_empty_and_none() -> None:
    assert mask("") == "" and mask(None) == ""


def test_masking_stays_fast_on_long_adversarial_text() -> None:
    # Long runs that tempt a backtracking regex: digits with separators, words before
    # a street word, an endless local part of an email.
    texts = ["1 " * 50_000, "12 " + "word " * 20_000 + "x", "a." * 50_000 + "@", "my name is " + "Ab " * 30_000]
    began = time.perf_counter()
    for text in texts:
        mask(text)
    assert time.perf_counter() - began < 10.0  # a guard against a hang, not a speed measure
