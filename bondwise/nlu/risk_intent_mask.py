"""Keep the intent classifier out of risk decisions, before the fallback sees it.

DIET learns the five risk intents (the domain and the backup rules need them), but the
risk detector (bondwise/risk), whose recall and false alarms are measured, decides risk.
When DIET ranks a risk intent first for a message like "he only ever points out what I
got wrong", its best guess is lost and, until this component existed, the
FallbackClassifier judged the risk intent's confidence, not the intent the message got.
Placed right after DIETClassifier: it drops risk intents from the ranking and rescales
the rest, so the fallback and the dialogue see the best non-risk reading. The risk
detector, last in the pipeline, then sets a risk intent when it finds risk.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bondwise.risk.categories import category_of_intent

RANKING_KEY = "intent_ranking"


def mask_risk_intents(ranking: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The ranking without risk intents, confidences rescaled to sum as before."""
    kept = [r for r in ranking if not category_of_intent(r.get(INTENT_NAME_KEY))]
    before = sum(float(r.get(PREDICTED_CONFIDENCE_KEY) or 0.0) for r in ranking)
    after = sum(float(r.get(PREDICTED_CONFIDENCE_KEY) or 0.0) for r in kept)
    if not kept or after <= 0.0:
        return kept
    scale = before / after
    return [{**r, PREDICTED_CONFIDENCE_KEY: float(r[PREDICTED_CONFIDENCE_KEY]) * scale} for r in kept]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class RiskIntentMask(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "RiskIntentMask":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    @staticmethod
    def _process_one(message: Message) -> None:
        if (message.get(TEXT) or "").startswith("/"):
            return  # a button payload names its intent; Rasa parsed it, nothing to judge
        ranking = message.get(RANKING_KEY) or []
        intent = message.get(INTENT) or {}
        if not category_of_intent(intent.get(INTENT_NAME_KEY)) and not any(
                category_of_intent(r.get(INTENT_NAME_KEY)) for r in ranking):
            return
        masked = mask_risk_intents(ranking)
        if not masked:
            return  # nothing else ranked: the risk detector's last branch handles it
        message.set(INTENT, dict(masked[0]), add_to_output=True)
        message.set(RANKING_KEY, masked, add_to_output=True)
