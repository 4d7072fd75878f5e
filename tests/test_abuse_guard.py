"""No response suggests repairing the relationship unless it is hidden once abuse is seen."""
from __future__ import annotations

import re

import yaml

from bondwise import PROJECT_ROOT

RISKY_ADVICE = re.compile(
    r"couples? (?:counsell?ing|therapy)|work(?:ing)? on (?:the|your) relationship|"
    r"talk (?:it through )?(?:to|with) your partner|give (?:him|her|them) another chance|"
    r"save (?:the|your) relationship", re.I)
PROBING = re.compile(r"what(?:'s| is) (?:his|her|their|your partner's) name|where do you live|"
                     r"your address|which (?:city|street)", re.I)


def all_variations():
    for path in [PROJECT_ROOT / "domain.yml", *sorted((PROJECT_ROOT / "data" / "responses").glob("*.yml"))]:
        for name, variations in (yaml.safe_load(path.read_text(encoding="utf-8")).get("responses") or {}).items():
            for variation in variations:
                yield name, variation


def test_relationship_repair_advice_is_never_shown_once_abuse_is_seen() -> None:
    for name, variation in all_variations():
        if RISKY_ADVICE.search(variation.get("text", "")):
            conditions = variation.get("condition") or []
            assert {"type": "slot", "name": "abuse_flag", "value": False} in conditions, name


def test_no_response_asks_for_identifying_details() -> None:
    for name, variation in all_variations():
        assert not PROBING.search(variation.get("text", "")), name


def test_guarded_responses_keep_a_default_for_everyone_else() -> None:
    """Rasa uses a matching conditional variation, else a default one: both must exist."""
    for path in sorted((PROJECT_ROOT / "data" / "responses").glob("*.yml")):
        for name, variations in yaml.safe_load(path.read_text(encoding="utf-8"))["responses"].items():
            guarded = [v for v in variations
                       if any(c.get("name") == "abuse_flag" for c in v.get("condition") or [])]
            if guarded:
                assert any(not v.get("condition") for v in variations), name
