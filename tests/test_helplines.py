"""The helpline directory: shape, freshness, and the replies built from it."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from bondwise.helplines.directory import DEFAULT_COUNTRY, ELSEWHERE, load, risk_reply
from bondwise.risk.categories import CATEGORIES
from bondwise.tools import build_helplines

REQUIRED_COUNTRIES = {"US", "UK", "IE", "CA", "AU", "NZ", "IN"}
MAX_AGE = timedelta(days=365)


def test_directory_covers_the_required_countries() -> None:
    countries, intl = load()
    assert REQUIRED_COUNTRIES <= set(countries)
    assert "findahelpline.com" in intl["reach"]


@pytest.mark.parametrize("code", sorted(REQUIRED_COUNTRIES))
def test_every_entry_has_a_sound_shape(code: str) -> None:
    country = load()[0][code]
    assert re.search(r"\d", country.emergency)
    services = [line.service for line in country.lines]
    assert len(services) == len(set(services)), "duplicate service"
    reaches = [line.reach for line in country.lines]
    assert len(reaches) == len(set(reaches)), "duplicate number"
    for line in country.lines:
        assert re.search(r"\d{3}", line.reach.replace(" ", "").replace("-", "")), line
        assert line.hours and line.serves and set(line.serves) <= set(CATEGORIES)
        assert line.source.startswith("https://")
        assert isinstance(line.verified, date)
        assert line.verified <= date.today(), f"{line.service}: verified in the future"
        assert date.today() - line.verified <= MAX_AGE, f"{line.service}: check is over a year old"
    # Every category has at least one line in every country.
    for category in CATEGORIES:
        assert country.lines_for(category), f"{code} has no line for {category}"


def test_generated_replies_are_up_to_date() -> None:
    assert build_helplines.main(["--check"]) == 0


US_MUST_SAY = {
    "suicide": ["988", "HOME to 741741", "911", "findahelpline.com"],
    "self_harm": ["988", "741741"],
    "harm_others": ["911", "988"],
    "abuse_danger": ["911", "1-800-799-7233", "START to 88788", "safe to talk"],
    "substance_crisis": ["911", "988", "1-800-662-4357"],
}


@pytest.mark.parametrize("category", CATEGORIES)
def test_default_first_reply_has_the_right_lines(category: str) -> None:
    text = risk_reply(category, load()[0][DEFAULT_COUNTRY])
    for needle in US_MUST_SAY[category]:
        assert needle in text, (category, needle)
    assert "bot, not a crisis service" in text
    assert "\n\n" not in text  # one bubble on every channel
    assert not text.rstrip().endswith("?") or category == "abuse_danger"


@pytest.mark.parametrize("category", CATEGORIES)
def test_unknown_country_gets_the_international_directory(category: str) -> None:
    text = risk_reply(category, ELSEWHERE)
    assert "findahelpline.com" in text and "local emergency number" in text


def test_replies_never_describe_methods() -> None:
    for category in CATEGORIES:
        for country in list(load()[0].values()) + [ELSEWHERE]:
            text = risk_reply(category, country).lower()
            assert not re.search(r"\b(?:how to|method|dose|dosage|mg|blade|rope)\b", text)
