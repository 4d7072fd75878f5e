"""A ResponseSelector that answers only when its question was asked.

Rasa runs every ResponseSelector on every message. We have two (topics and glossary
terms), and their neural nets were 16.5% of the Rasa server's time per message under
load (py-spy, `make bench`), although a selector's answer is only ever used when the
message's intent is its retrieval intent (`utter_explain`, `utter_glossary`; "tell me
more" reads the earlier turn's stored answer). This one runs the net only then: when
the intent classifier's top intent, as it stands when the selector runs, is its
retrieval intent. Trained exactly like Rasa's; loading an existing model works.
"""
from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY
from rasa.shared.nlu.training_data.message import Message


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LazyResponseSelector(ResponseSelector):
    def process(self, messages: List[Message]) -> List[Message]:
        asked = [m for m in messages if self._asked(m)]
        if asked:
            super().process(asked)
        return messages

    def _asked(self, message: Message) -> bool:
        if not self.retrieval_intent:
            return True  # a selector for every retrieval intent: always needed
        intent = message.get(INTENT) or {}
        return intent.get(INTENT_NAME_KEY) == self.retrieval_intent
