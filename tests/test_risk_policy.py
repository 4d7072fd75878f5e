"""The RiskPolicy against tracker fixtures: it outranks everything in every state."""
from __future__ import annotations

from typing import Any

import pytest
from rasa.core.policies.policy import PolicyPrediction
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.importers.importer import TrainingDataImporter

from bondwise import PROJECT_ROOT
from bondwise.risk.policy import FOLLOWUP, RiskPolicy


@pytest.fixture(scope="module")
def domain() -> Domain:
    importer = TrainingDataImporter.load_from_config(
        str(PROJECT_ROOT / "config.yml"), str(PROJECT_ROOT / "domain.yml"), [str(PROJECT_ROOT / "data")]
    )
    return importer.get_domain()


@pytest.fixture()
def policy(tmp_path: Any) -> RiskPolicy:
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    return RiskPolicy.create(RiskPolicy.get_default_config(), storage, Resource("risk"), context)


def user(text: str, intent: str, risk: str | None = None, abuse: bool = False) -> UserUttered:
    parse = {"intent": {"name": intent, "confidence": 1.0}, "entities": [], "text": text}
    if risk:
        parse["risk"] = {"category": risk, "detector": "rules", "categories": [risk], "score": 1.0}
    if abuse:
        parse["abuse_indicator"] = True
    return UserUttered(text, parse["intent"], [], parse)


def tracker(*events: Any) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("t", [ActionExecuted(ACTION_LISTEN_NAME), *events])


def predicted(prediction: PolicyPrediction, domain: Domain) -> str:
    assert max(prediction.probabilities) == 1.0
    return domain.action_names_or_texts[prediction.max_confidence_index]


def test_outranks_the_rule_policy(policy: RiskPolicy) -> None:
    assert policy.priority > 4  # RulePolicy's priority in Rasa 3.6


def test_risk_message_predicts_the_category_reply(policy: RiskPolicy, domain: Domain) -> None:
    t = tracker(user("i want to die", "risk_suicide", risk="suicide"))
    prediction = policy.predict_action_probabilities(t, domain)
    assert predicted(prediction, domain) == "utter_risk_suicide"
    assert SlotSet("risk_seen", True) in prediction.optional_events


def test_then_followup_then_listen(policy: RiskPolicy, domain: Domain) -> None:
    t = tracker(user("i want to die", "risk_suicide", risk="suicide"),
                ActionExecuted("utter_risk_suicide"))
    assert predicted(policy.predict_action_probabilities(t, domain), domain) == FOLLOWUP
    t.update(ActionExecuted(FOLLOWUP))
    assert predicted(policy.predict_action_probabilities(t, domain), domain) == ACTION_LISTEN_NAME


def test_inside_an_active_form_it_wins_and_ends_the_form(policy: RiskPolicy, domain: Domain) -> None:
    t = tracker(ActiveLoop("some_form"), SlotSet("requested_slot", "x"),
                ActionExecuted(ACTION_LISTEN_NAME),
                user("he is choking me", "risk_abuse_danger", risk="abuse_danger"))
    prediction = policy.predict_action_probabilities(t, domain)
    assert predicted(prediction, domain) == "utter_risk_abuse_danger"
    assert ActiveLoop(None) in prediction.optional_events
    assert SlotSet("abuse_flag", True) in prediction.optional_events


@pytest.mark.parametrize("category", ["suicide", "self_harm", "harm_others", "abuse_danger", "substance_crisis"])
@pytest.mark.parametrize("slot", ["reflect_origin", "reflect_mistreated", "reflect_safe"])
def test_inside_the_reflection_form_it_wins_and_pauses_it(policy: RiskPolicy, domain: Domain,
                                                          category: str, slot: str) -> None:
    # As Rasa runs it: the form's text mapping has already put the message in the slot.
    t = tracker(ActiveLoop("reflection_form"), SlotSet("requested_slot", slot),
                ActionExecuted(ACTION_LISTEN_NAME),
                user("crisis words", f"risk_{category}", risk=category),
                SlotSet(slot, "crisis words"))
    prediction = policy.predict_action_probabilities(t, domain)
    assert predicted(prediction, domain) == f"utter_risk_{category}"
    events = prediction.optional_events
    assert ActiveLoop(None) in events
    assert SlotSet(slot, None) in events            # the crisis message is not an answer
    assert SlotSet("paused_form", "reflection_form") in events


def test_after_a_fallback_it_still_answers_first(policy: RiskPolicy, domain: Domain) -> None:
    t = tracker(user("asdf", "nlu_fallback"), ActionExecuted("utter_please_rephrase"),
                ActionExecuted(ACTION_LISTEN_NAME),
                user("took all my pills", "risk_substance_crisis", risk="substance_crisis"))
    assert predicted(policy.predict_action_probabilities(t, domain), domain) == "utter_risk_substance_crisis"


def test_no_risk_means_no_opinion(policy: RiskPolicy, domain: Domain) -> None:
    t = tracker(user("what is a trauma bond", "explain"))
    prediction = policy.predict_action_probabilities(t, domain)
    assert max(prediction.probabilities) == 0.0


def test_abuse_indicator_sets_the_guard_whoever_wins(policy: RiskPolicy, domain: Domain) -> None:
    t = tracker(user("my ex used to hit me", "explain", abuse=True))
    prediction = policy.predict_action_probabilities(t, domain)
    assert max(prediction.probabilities) == 0.0
    assert SlotSet("abuse_flag", True) in prediction.events


def test_an_answer_to_the_safety_check_gets_its_own_reply(policy: RiskPolicy, domain: Domain) -> None:
    answer = user("not safe rn he's home", "risk_abuse_danger", risk="abuse_danger")
    answer.parse_data["risk"]["nlu_intent"] = {"name": "not_safe", "confidence": 0.95}
    t = tracker(SlotSet("risk_category", "abuse_danger"), answer)
    assert predicted(policy.predict_action_probabilities(t, domain), domain) == "utter_not_safe"
    # A new category is a new crisis, whatever the intent classifier thought.
    other = user("he's not breathing after the pills", "risk_substance_crisis", risk="substance_crisis")
    other.parse_data["risk"]["nlu_intent"] = {"name": "not_safe", "confidence": 0.95}
    t2 = tracker(SlotSet("risk_category", "abuse_danger"), other)
    assert predicted(policy.predict_action_probabilities(t2, domain), domain) == "utter_risk_substance_crisis"


def test_it_beats_the_rule_policys_form_prediction_in_rasas_ensemble(policy: RiskPolicy, domain: Domain) -> None:
    """The RulePolicy predicts an active form as a "no user" prediction, which Rasa's
    ensemble lets overrule every other policy; the safety reply must still win."""
    from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble

    t = tracker(ActiveLoop("reflection_form"), SlotSet("requested_slot", "reflect_origin"),
                ActionExecuted(ACTION_LISTEN_NAME),
                user("i want to die", "risk_suicide", risk="suicide"))
    ours = policy.predict_action_probabilities(t, domain)
    form = [0.0] * domain.num_actions
    form[domain.index_for_action("reflection_form")] = 1.0
    rule = PolicyPrediction(form, "RulePolicy", policy_priority=6, is_no_user_prediction=True)
    best = DefaultPolicyPredictionEnsemble._pick_best_policy([rule, ours])
    assert domain.action_names_or_texts[best.max_confidence_index] == "utter_risk_suicide"
