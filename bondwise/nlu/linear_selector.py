"""A response selector for one retrieval intent: a linear model over n-grams.

Rasa's ResponseSelector is a TensorFlow model; Rasa builds each of those at start-up by
fitting one example, and our two selectors were a third of the model's load time (~8 of
25 s, profiled). Given the right intent, this linear model (the same features as the
intent ensemble's) picks the topic or term as well as the selector did: held-out 0.970
against 0.973, second set 0.944 against 0.935 (README, "NLU"). It writes the same
`response_selector` output as Rasa's (response, confidence, intent_response_key,
utter_action, ranking), so Rasa's retrieval actions and the processor's
`full_retrieval_intent_name` work unchanged, and it runs only when the message's intent
is its retrieval intent.
"""
from __future__ import annotations

import logging
import zlib
from typing import Any, Dict, List, Optional, Text

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import (
    RESPONSE_SELECTOR_PREDICTION_KEY,
    RESPONSE_SELECTOR_PROPERTY_NAME,
    RESPONSE_SELECTOR_RANKING_KEY,
    RESPONSE_SELECTOR_RESPONSES_KEY,
    RESPONSE_SELECTOR_RETRIEVAL_INTENTS,
    RESPONSE_SELECTOR_UTTER_ACTION_KEY,
)
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RESPONSE_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.nlu.training_data.util import intent_response_key_to_template_key

from bondwise.model_files import load_persisted
from bondwise.risk.classifier import LinearScorer, build_model
from bondwise.risk.normalize import normalize

logger = logging.getLogger(__name__)
MODEL_FILE = "linear_selector.joblib"
RANKING_LENGTH = 10


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LinearResponseSelector(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"retrieval_intent": None, "regularisation": 10.0}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 state: Optional[Dict[str, Any]] = None) -> None:
        self._config = config
        self._storage = model_storage
        self._resource = resource
        self._set_state(state)

    def _set_state(self, state: Optional[Dict[str, Any]]) -> None:
        state = state or {}
        self._model = state.get("model")
        self._responses: Dict[str, List[Dict[str, Any]]] = state.get("responses", {})
        self._all_retrieval_intents: List[str] = state.get("all_retrieval_intents", [])
        self._keys: List[str] = list(self._model.classes_) if self._model is not None else []
        self._scorer = LinearScorer(self._model) if len(self._keys) >= 3 else None

    @property
    def retrieval_intent(self) -> Optional[str]:
        return self._config.get("retrieval_intent")

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "LinearResponseSelector":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [(str(m.get(TEXT)), str(m.get(INTENT_RESPONSE_KEY)))
                    for m in training_data.intent_examples
                    if m.get(INTENT) == self.retrieval_intent and m.get(INTENT_RESPONSE_KEY) and m.get(TEXT)]
        if len({key for _, key in examples}) < 3:
            logger.warning("linear selector for %s: fewer than 3 responses to choose from",
                           self.retrieval_intent)
            return self._resource
        model = build_model(float(self._config["regularisation"])).fit(
            [normalize(text) for text, _ in examples], [key for _, key in examples])
        state = {"model": model, "responses": dict(training_data.responses),
                 "all_retrieval_intents": sorted(training_data.retrieval_intents)}
        with self._storage.write_to(self._resource) as directory:
            joblib.dump(state, directory / MODEL_FILE)
        self._set_state(state)
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "LinearResponseSelector":
        state = load_persisted(model_storage, resource, MODEL_FILE, joblib.load, logger,
                               "linear selector not found in the model; no response selected")
        return cls(config, model_storage, resource, state)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        if self._scorer is None:
            return messages
        for message in messages:
            if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == self.retrieval_intent:
                self._select(message)
        return messages

    def _select(self, message: Message) -> None:
        probabilities = self._scorer.probabilities(normalize(message.get(TEXT) or ""))  # type: ignore[union-attr]
        order = probabilities.argsort()[::-1][:RANKING_LENGTH]
        key = self._keys[int(order[0])]
        utter_action = intent_response_key_to_template_key(key)
        prediction = {
            RESPONSE_SELECTOR_PREDICTION_KEY: {
                RESPONSE_SELECTOR_RESPONSES_KEY: self._responses.get(utter_action) or [{TEXT: key}],
                PREDICTED_CONFIDENCE_KEY: float(probabilities[order[0]]),
                INTENT_RESPONSE_KEY: key,
                RESPONSE_SELECTOR_UTTER_ACTION_KEY: utter_action,
            },
            RESPONSE_SELECTOR_RANKING_KEY: [
                {"id": zlib.crc32(self._keys[int(i)].encode("utf-8")),
                 PREDICTED_CONFIDENCE_KEY: float(probabilities[i]),
                 INTENT_RESPONSE_KEY: self._keys[int(i)]} for i in order],
        }
        properties = dict(message.get(RESPONSE_SELECTOR_PROPERTY_NAME) or {})
        properties[RESPONSE_SELECTOR_RETRIEVAL_INTENTS] = self._all_retrieval_intents
        properties[self.retrieval_intent] = prediction
        message.set(RESPONSE_SELECTOR_PROPERTY_NAME, properties, add_to_output=True)
