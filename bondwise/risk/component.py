"""The risk detector as a Rasa NLU component: last in the pipeline, it reads the raw
text of every message and, when it finds risk, overrides the intent.

Because it runs inside the Rasa server (not the action server), escalation keeps
working when the action server is down. The RiskPolicy then answers first.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bondwise.model_files import load_persisted
from bondwise.risk.categories import category_of_intent, intent_for
from bondwise.risk.classifier import DEFAULT_THRESHOLD, RiskClassifier, training_examples
from bondwise.risk.detector import RiskDetector
from bondwise.risk.rules import abuse_indicated

logger = logging.getLogger(__name__)
RISK_KEY = "risk"
ABUSE_KEY = "abuse_indicator"
MODEL_FILE = "risk_classifier.joblib"
# The detector of the model this process serves, for checks outside the NLU pipeline
# (the rate limiter lets risk through); rules alone until a model is loaded.
_LOADED: Optional[RiskDetector] = None


def loaded_detector() -> RiskDetector:
    return _LOADED or RiskDetector(None)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class RiskDetectorComponent(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"threshold": DEFAULT_THRESHOLD}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 classifier: Optional[RiskClassifier] = None) -> None:
        self._config = config
        self._storage = model_storage
        self._resource = resource
        self._detector = RiskDetector(classifier)

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "RiskDetectorComponent":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        # The same list the evaluation tools train on (NLU data, training/ messages,
        # hard negatives), so what `make test` measures is what the server runs.
        examples = training_examples()
        classifier = RiskClassifier.train(examples, self._config["threshold"])
        with self._storage.write_to(self._resource) as directory:
            classifier.save(directory / MODEL_FILE)
        self._detector = RiskDetector(classifier)
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "RiskDetectorComponent":
        classifier = load_persisted(model_storage, resource, MODEL_FILE, RiskClassifier.load, logger,
                                    "risk classifier not found in the model; rules only")
        component = cls(config, model_storage, resource, classifier)
        global _LOADED
        _LOADED = component._detector
        return component

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def _process_one(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if text.startswith("/"):
            return  # a button payload such as /help, not something a person typed
        detection = self._detector.detect(text)
        if abuse_indicated(text) or (detection and detection.category == "abuse_danger"):
            message.set(ABUSE_KEY, True, add_to_output=True)
        intent = message.get(INTENT) or {}
        if detection:
            logger.info("risk detected: %s by %s", detection.category, detection.detector)
            record = detection.as_dict()
            # What the intent classifier made of the words, kept for the policy (a
            # reply to the safety check is not a new crisis) and for NLU evaluation.
            best = next((r for r in (message.get("intent_ranking") or [])
                         if not category_of_intent(r.get(INTENT_NAME_KEY))), intent)
            record["nlu_intent"] = {"name": best.get(INTENT_NAME_KEY),
                                    "confidence": float(best.get(PREDICTED_CONFIDENCE_KEY) or 0.0)}
            message.set(RISK_KEY, record, add_to_output=True)
            message.set(INTENT, {INTENT_NAME_KEY: intent_for(detection.category),
                                 PREDICTED_CONFIDENCE_KEY: 1.0}, add_to_output=True)
            ranking = message.get("intent_ranking") or []
            message.set("intent_ranking", [message.get(INTENT)] + [
                r for r in ranking if r.get(INTENT_NAME_KEY) != intent_for(detection.category)
            ], add_to_output=True)
        elif category_of_intent(intent.get(INTENT_NAME_KEY)):
            # The intent classifier alone does not decide risk: the detector, whose
            # recall and false alarms are measured, does. Fall back to the best
            # non-risk intent.
            ranking = [r for r in (message.get("intent_ranking") or [])
                       if not category_of_intent(r.get(INTENT_NAME_KEY))]
            best = ranking[0] if ranking else {INTENT_NAME_KEY: "nlu_fallback", PREDICTED_CONFIDENCE_KEY: 1.0}
            logger.info("intent %s demoted: the risk detector saw no risk", intent.get(INTENT_NAME_KEY))
            message.set(INTENT, best, add_to_output=True)
            message.set("intent_ranking", ranking, add_to_output=True)
