"""The risk categories and the intent name each one is routed as."""
from __future__ import annotations

from typing import Dict, Optional, Tuple

SUICIDE = "suicide"
SELF_HARM = "self_harm"
HARM_OTHERS = "harm_others"
ABUSE_DANGER = "abuse_danger"
SUBSTANCE_CRISIS = "substance_crisis"

CATEGORIES: Tuple[str, ...] = (SUICIDE, SELF_HARM, HARM_OTHERS, ABUSE_DANGER, SUBSTANCE_CRISIS)
SAFE = "safe"
INTENT_PREFIX = "risk_"

# When two categories fire in one message, the reply leads with the most urgent;
# the others are still recorded.
PRIORITY: Dict[str, int] = {
    SUICIDE: 0, SUBSTANCE_CRISIS: 1, ABUSE_DANGER: 2, HARM_OTHERS: 3, SELF_HARM: 4,
}


def intent_for(category: str) -> str:
    return f"{INTENT_PREFIX}{category}"


def category_of_intent(intent: Optional[str]) -> Optional[str]:
    if intent and intent.startswith(INTENT_PREFIX):
        category = intent[len(INTENT_PREFIX):]
        return category if category in CATEGORIES else None
    return None
