"""The policy that puts the safety reply first, whatever else is going on.

It outranks every other policy (priority 10; RulePolicy is 4): when the latest user
message carries a risk detection it predicts the helpline reply for that category,
then the follow-up offer, then listening. It also ends any active form, so a
reflection quiz does not carry on after a crisis message, and records the category
in slots the responses use (`risk_seen`, `abuse_flag`). Rasa rules alone would not
do: rules can be skipped when a form is active or a slot changes the state.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.core.constants import POLICY_PRIORITY
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bondwise.risk.categories import ABUSE_DANGER, category_of_intent
from bondwise.serving.rate_limit import note_escalation

RISK_PRIORITY = 10
# Intents of the conversation that follows an escalation.
SAFETY_DIALOGUE = {
    "not_safe": "utter_not_safe", "safe_to_talk": "utter_safe_to_talk",
    "im_fine": "utter_im_fine", "keep_talking": "utter_keep_talking",
    "grounding": "utter_grounding", "choose_country": "utter_ask_country",
    "inform_country": "utter_helplines",
}
FOLLOWUP = "utter_risk_followup"


def pause_form(tracker: DialogueStateTracker) -> List[Any]:
    """Events that end the active form for now, so it can be resumed later.

    The form's text mapping has already put the crisis message into the slot it was
    asking for; that message is not an answer, so the slot is emptied again.
    """
    form = tracker.active_loop_name
    if not form:
        return []
    requested = tracker.get_slot("requested_slot")
    return [ActiveLoop(None),
            *([SlotSet(requested, None)] if requested else []),
            SlotSet("requested_slot", None),
            SlotSet("paused_form", form)]


def reply_for(category: str) -> str:
    return f"utter_risk_{category}"


def actions_since_user(tracker: DialogueStateTracker) -> List[str]:
    """Names of the actions run since the latest user message, oldest first."""
    names: List[str] = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, ActionExecuted) and event.action_name:
            names.append(event.action_name)
    return list(reversed(names))


def latest_risk_category(tracker: DialogueStateTracker) -> Optional[str]:
    message = tracker.latest_message
    if message is None:
        return None
    risk = message.parse_data.get("risk")  # type: ignore[attr-defined]
    if isinstance(risk, dict) and risk.get("category"):
        return str(risk["category"])
    return category_of_intent((message.intent or {}).get("name"))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False)
class RiskPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {POLICY_PRIORITY: RISK_PRIORITY}

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(self, tracker: DialogueStateTracker, domain: Domain,
                                     rule_only_data: Optional[Dict[Text, Any]] = None,
                                     **kwargs: Any) -> PolicyPrediction:
        category = latest_risk_category(tracker)
        abuse_seen = bool(tracker.latest_message and tracker.latest_message.parse_data.get("abuse_indicator"))  # type: ignore[attr-defined]
        # Slot changes that must happen whichever policy wins this turn.
        events = [SlotSet("abuse_flag", True)] if abuse_seen and not tracker.get_slot("abuse_flag") else []
        done = actions_since_user(tracker)
        if category is None:
            return self._prediction(self._default_predictions(domain), events=events)
        reply = reply_for(category)
        answer = self._answer_to_safety_dialogue(tracker, category)
        if answer:
            # "not safe rn, he's home" right after the abuse reply answers our own
            # question: reply to that instead of repeating the whole helpline block.
            target = answer if (not done or done == [ACTION_LISTEN_NAME]) else ACTION_LISTEN_NAME
            probabilities = self._default_predictions(domain)
            probabilities[domain.index_for_action(target)] = 1.0
            return self._prediction(probabilities, events=events, is_no_user_prediction=True)
        if not done or done == [ACTION_LISTEN_NAME]:
            note_escalation(tracker.sender_id)  # its replies are spared the rate limit
            target, optional = reply, [
                SlotSet("risk_category", category),
                SlotSet("risk_seen", True),
                *([SlotSet("abuse_flag", True)] if category == ABUSE_DANGER else []),
                *pause_form(tracker),
            ]
        elif done[-1] == reply:
            target, optional = FOLLOWUP, []
        elif done[-1] == FOLLOWUP:
            target, optional = ACTION_LISTEN_NAME, []
        else:
            return self._prediction(self._default_predictions(domain), events=events)
        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(target)] = 1.0
        # Rasa's ensemble lets "no user" predictions (the RulePolicy's prediction of an
        # active form) overrule every other one, whatever their priority. Marking the
        # safety reply the same way is what lets it win inside a form; among such
        # predictions, the higher priority (ours) wins.
        return self._prediction(probabilities, events=events, optional_events=optional,
                                is_no_user_prediction=True)

    @staticmethod
    def _answer_to_safety_dialogue(tracker: DialogueStateTracker, category: str) -> Optional[str]:
        risk = tracker.latest_message.parse_data.get("risk") or {}  # type: ignore[union-attr]
        nlu = risk.get("nlu_intent") or {}
        if (tracker.get_slot("risk_category") == category
                and nlu.get("name") in SAFETY_DIALOGUE
                and float(nlu.get("confidence") or 0.0) >= 0.8):
            return SAFETY_DIALOGUE[nlu["name"]]
        return None

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "RiskPolicy":
        return cls(config, model_storage, resource, execution_context)
