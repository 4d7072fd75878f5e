"""Load the helpline directory and compose the replies that carry its numbers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

from bondwise.risk.categories import (
    ABUSE_DANGER,
    HARM_OTHERS,
    SELF_HARM,
    SUBSTANCE_CRISIS,
    SUICIDE,
)

DIRECTORY = Path(__file__).with_name("directory.yml")
DEFAULT_COUNTRY = "US"
BOT_NOTE = "I'm a bot, not a crisis service, so please reach a person:"


@dataclass(frozen=True)
class Line:
    service: str
    reach: str
    hours: str
    serves: Tuple[str, ...]
    verified: date
    source: str

    def text(self) -> str:
        return f"{self.service}: {self.reach} ({self.hours})"


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    emergency: str
    lines: Tuple[Line, ...]

    def lines_for(self, category: str) -> List[Line]:
        return [line for line in self.lines if category in line.serves]


@lru_cache(maxsize=1)
def load() -> Tuple[Dict[str, Country], Dict[str, str]]:
    raw = yaml.safe_load(DIRECTORY.read_text(encoding="utf-8"))
    countries = {}
    for code, entry in raw["countries"].items():
        lines = tuple(
            Line(item["service"], item["reach"], item["hours"], tuple(item["for"]),
                 item["verified"], item["source"])
            for item in entry["lines"]
        )
        countries[code] = Country(code, entry["name"], str(entry["emergency"]), lines)
    return countries, raw["international"]


def international_line() -> str:
    _, intl = load()
    return f"Anywhere else: {intl['reach']} lists free, confidential lines by country."


LEADS: Dict[str, str] = {
    SUICIDE: "Thank you for telling me. Your life matters, and you deserve support right now.",
    SELF_HARM: "Thank you for telling me. You deserve care, and support is there right now.",
    HARM_OTHERS: "Thank you for being honest; reaching out is the right step. Please put some distance between you and the person if you can.",
    ABUSE_DANGER: "Your safety comes first.",
    SUBSTANCE_CRISIS: "This could be a medical emergency.",
}


ELSEWHERE = Country("OTHER", "your country", "your local emergency number", ())


def _emergency(country: Country) -> str:
    if country.code == DEFAULT_COUNTRY:
        return f"{country.emergency} (or your local emergency number)"
    return country.emergency


def bullet_list(lines: List[Line]) -> str:
    if not lines:
        _, intl = load()
        return f"• {intl['service']}: {intl['reach']} lists free, confidential lines in your country"
    return "\n".join(f"• {line.text()}" for line in lines)


def risk_reply(category: str, country: Country) -> str:
    """The first reply to a risk message: helplines first, never a question first."""
    lines = bullet_list(country.lines_for(category))
    emergency = f"If you or anyone is in danger right now, call {_emergency(country)}."
    if category == SUBSTANCE_CRISIS:
        emergency = f"If someone has taken too much or can't be woken, call {_emergency(country)} now."
    parts = [LEADS[category]]
    parts.append(emergency if category in (ABUSE_DANGER, SUBSTANCE_CRISIS, HARM_OTHERS) else "")
    parts.append(f"{BOT_NOTE}\n{lines}")
    if category not in (ABUSE_DANGER, SUBSTANCE_CRISIS, HARM_OTHERS):
        parts.append(emergency)
    if country.code == DEFAULT_COUNTRY:
        parts.append(f"These are US numbers. {international_line()}")
    if category == ABUSE_DANGER:
        parts.append("If someone might read this chat, you can close it and clear it afterwards. "
                     "Are you safe to talk right now?")
    return "\n".join(p for p in parts if p)


def helplines_reply(country: Country) -> str:
    if not country.lines:
        return (f"I don't have a list for your country yet. {bullet_list([])}. "
                "In an emergency, call your local emergency number.")
    return (f"Helplines in {country.name} (emergency: {country.emergency}):\n"
            f"{bullet_list(list(country.lines))}\n{international_line()}")
