"""Generate data/responses/helplines.yml (risk replies, helpline lists) from the directory.

Each reply has a default variation (US lines plus the international fallback) and one
variation per country, chosen by Rasa from the `country` slot, so the right numbers go
out without the action server. `--check` fails when the file is out of date.
"""
from __future__ import annotations

import argparse
import sys
from typing import Any, Dict, List

import yaml

from bondwise import PROJECT_ROOT
from bondwise.helplines.directory import (
    DEFAULT_COUNTRY,
    ELSEWHERE,
    helplines_reply,
    load,
    risk_reply,
)
from bondwise.risk.categories import ABUSE_DANGER, CATEGORIES
from bondwise.tools.build_knowledge import HEADER, _Dumper

OUT = PROJECT_ROOT / "data" / "responses" / "helplines.yml"
SAFETY_CHECK = [
    {"title": "I'm safe to talk", "payload": "/safe_to_talk"},
    {"title": "Not safe right now", "payload": "/not_safe"},
]
COUNTRY_BUTTON = {"title": "Numbers for my country", "payload": "/choose_country"}


def _variations(render: Any, buttons: List[Dict[str, str]], kind: str) -> List[Dict[str, Any]]:
    countries, _ = load()
    out = []
    for code, country in {**countries, ELSEWHERE.code: ELSEWHERE}.items():
        out.append({
            "condition": [{"type": "slot", "name": "country", "value": code}],
            "text": render(country),
            "buttons": buttons,
            "metadata": {"kind": kind, "country": code},
        })
    out.append({"text": render(countries[DEFAULT_COUNTRY]), "buttons": buttons,
                "metadata": {"kind": kind, "country": DEFAULT_COUNTRY}})
    return out


def build() -> str:
    responses: Dict[str, Any] = {}
    for category in CATEGORIES:
        buttons = SAFETY_CHECK if category == ABUSE_DANGER else [COUNTRY_BUTTON]
        responses[f"utter_risk_{category}"] = _variations(
            lambda country, c=category: risk_reply(c, country), buttons, f"risk:{category}")
    responses["utter_helplines"] = _variations(helplines_reply, [], "helplines")
    header = HEADER.replace("build_knowledge", "build_helplines").replace(
        "bondwise/knowledge/content.yml", "bondwise/helplines/directory.yml")
    return header + yaml.dump({"version": "3.1", "responses": responses}, Dumper=_Dumper,
                              sort_keys=False, allow_unicode=True, width=100)


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = build()
    current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
    if args.check:
        if current != text:
            print(f"out of date: {OUT}", file=sys.stderr)
            return 1
        return 0
    if current != text:
        OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
