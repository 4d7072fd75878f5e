"""The bond reflection form: asking, validating, and the result.

The form (`reflection_form` in domain.yml) fills one slot per question from the
person's text. Everything a person can say at a question is read here, so it works
the same at every step: an answer (buttons or free text), "skip", "why do you ask?",
"stop", "start over", or a question about a trauma-bond topic, which gets its
answer before the question is asked again. Risk messages never reach this code: the
RiskPolicy answers them first and pauses the form.
"""
from __future__ import annotations

from abc import ABCMeta, abstractmethod

from typing import Any, Dict, Iterable, List, Optional, Text, Tuple

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bondwise.helplines.directory import (DEFAULT_COUNTRY, bullet_list, international_line,
                                          load as load_helplines)
from bondwise.knowledge.sources import resolve
from bondwise.reflection.answers import RESTART, SKIP, SKIPPED, STOP, WHY, command_in, parse_answer
from bondwise.reflection.questions import BY_SLOT, QUESTIONS, SLOTS, Question
from bondwise.reflection.scoring import (
    MIXED_RESULT,
    NEGATIVE_RESULT,
    SUPPORTIVE_RESULT,
    Reflection,
    score,
)

FORM = "reflection_form"
STOPPED_SLOT = "reflection_stopped"
# A topic question mid-form is answered only when the classifier is this sure.
TOPIC_CONFIDENCE = 0.6
TOPIC_INTENTS = ("explain", "glossary")

ANSWER_BUTTONS = [
    {"title": "Yes", "payload": "yes"},
    {"title": "Sometimes", "payload": "sometimes"},
    {"title": "No", "payload": "no"},
    {"title": "Not sure", "payload": "not sure"},
    {"title": "Skip", "payload": "skip"},
]
NOT_A_DIAGNOSIS = ("This is a reflection to help you think, not a diagnosis: only you, and perhaps "
                   "a counsellor you trust, can judge your relationship.")


def sources_metadata(pairs: Iterable[Tuple[str, str]]) -> Dict[Text, Any]:
    """Message metadata naming (article, section) pairs, as knowledge answers carry it."""
    return {"source": [{"article": a, "section": s} for a, s in pairs]}


def source_metadata(question: Question) -> Dict[Text, Any]:
    return sources_metadata(question.source)


def source_line(question: Question) -> str:
    return "; ".join(section.line() for section in resolve(source_metadata(question)["source"]))


def answers_of(tracker: Tracker) -> Dict[str, Optional[str]]:
    return {slot: tracker.get_slot(slot) for slot in SLOTS}


def position(slot: str) -> int:
    return SLOTS.index(slot) + 1


# --- asking ----------------------------------------------------------------------

class AskReflectionQuestion(Action, metaclass=ABCMeta):
    """`action_ask_<slot>`: one question, its number, the answer buttons, its source.

    Abstract (the SDK registers only concrete actions): one subclass per question below.
    """

    @property
    @abstractmethod
    def slot(self) -> str:
        """The form slot this action asks for."""

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        question = BY_SLOT[self.slot]
        dispatcher.utter_message(
            text=f"({position(self.slot)} of {len(QUESTIONS)}) {question.ask}",
            buttons=ANSWER_BUTTONS,
            metadata=source_metadata(question),
        )
        return []


# One ask action per question, named after its slot, as Rasa's forms expect.
ASK_ACTIONS = [type(f"AskReflection_{q.slot}", (AskReflectionQuestion,), {"slot": q.slot}) for q in QUESTIONS]


# --- starting ----------------------------------------------------------------------

class ActionStartReflection(Action):
    """Before the form: introduce it, resume a paused one, or start a finished one afresh."""

    def name(self) -> Text:
        return "action_start_reflection"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        answers = answers_of(tracker)
        answered = [slot for slot, value in answers.items() if value is not None]
        events: List[EventType] = [SlotSet(STOPPED_SLOT, False), SlotSet("paused_form", None)]
        if answered and len(answered) < len(SLOTS):
            dispatcher.utter_message(
                text=f"Let's pick up where we left off: you've answered {len(answered)} of "
                     f"{len(SLOTS)} questions. Say \"start over\" if you'd rather begin again.")
            return events
        dispatcher.utter_message(
            text=f"Let's reflect on your bond together: {len(SLOTS)} short questions, each based on a sign the "
                 "articles describe. Answer yes, sometimes, no or not sure, in your own words if you like. "
                 "You can say \"skip\", \"why do you ask?\", \"stop\" or \"start over\" at any point. "
                 "I won't ask for names or anything that identifies you; your answers stay with this "
                 f"conversation only. {NOT_A_DIAGNOSIS}")
        return events + [SlotSet(slot, None) for slot in answered]


# --- validating --------------------------------------------------------------------

class ValidateReflectionForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_reflection_form"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        # "stop": no more questions, so the form ends and the result action says so.
        return [] if tracker.get_slot(STOPPED_SLOT) else list(domain_slots)


def read_reply(slot: str, value: Any, tracker: Tracker, dispatcher: CollectingDispatcher) -> Dict[Text, Any]:
    """What the person's message at question `slot` means, as slot values.

    The form's from_text mapping puts the raw message in the slot; this turns it into
    an answer, or handles a command and returns the slot to None so it is asked again.
    """
    question = BY_SLOT[slot]
    text = str(value if value is not None else tracker.latest_message.get("text") or "")
    command = command_in(text)
    if command == STOP:
        dispatcher.utter_message(text="Okay, let's stop here.")
        return {slot: None, STOPPED_SLOT: True}
    if command == RESTART:
        dispatcher.utter_message(text="Sure, let's start again from the first question.")
        return {s: None for s in SLOTS}
    if command == SKIP:
        return {slot: SKIPPED}
    answer = parse_answer(text)
    if answer is not None:
        return {slot: answer}
    if command == WHY:
        dispatcher.utter_message(text=f"{question.why}\n{source_line(question)}",
                                 metadata=source_metadata(question))
        return {slot: None}
    topic = topic_response(tracker)
    if topic:
        dispatcher.utter_message(response=topic)
        dispatcher.utter_message(text="Back to the reflection:")
        return {slot: None}
    dispatcher.utter_message(
        text="I didn't catch that as an answer. You can reply yes, sometimes, no or not sure, "
             "or say skip, why do you ask, stop or start over.")
    return {slot: None}


def _validator(slot: str) -> Any:
    def validate(self: "ValidateReflectionForm", value: Any, dispatcher: CollectingDispatcher,
                 tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        return read_reply(slot, value, tracker, dispatcher)
    validate.__name__ = f"validate_{slot}"
    return validate


# rasa_sdk calls validate_<slot> for each slot the message filled.
for _slot in SLOTS:
    setattr(ValidateReflectionForm, f"validate_{_slot}", _validator(_slot))


def topic_response(tracker: Tracker) -> Optional[str]:
    """The knowledge response for a topic question asked mid-form, if the NLU is sure."""
    message = tracker.latest_message or {}
    intent = message.get("intent") or {}
    if intent.get("name") not in TOPIC_INTENTS or float(intent.get("confidence") or 0) < TOPIC_CONFIDENCE:
        return None
    selected = (message.get("response_selector") or {}).get(intent["name"]) or {}
    response = selected.get("response") or {}
    return response.get("utter_action") or None


# --- the result --------------------------------------------------------------------

class ActionReflectionResult(Action):
    def name(self) -> Text:
        return "action_reflection_result"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        if tracker.get_slot(STOPPED_SLOT):
            dispatcher.utter_message(
                text="We've stopped the reflection. Your answers so far stay in this conversation only. "
                     "You can continue later, or ask me about any topic.",
                buttons=[{"title": "Continue the reflection", "payload": "/start_reflection"},
                         {"title": "Show me the topics", "payload": "/help"}])
            return []
        reflection = score(answers_of(tracker))
        for message in result_messages(reflection, tracker.get_slot("country")):
            dispatcher.utter_message(**message)
        return [SlotSet("abuse_flag", True)] if reflection.abuse_indicated else []


def _reasons(questions: List[Question], negative: bool) -> str:
    return "\n".join(f"• {q.if_negative if negative else q.if_supportive} "
                     f"({'; '.join(s.describe() for s in resolve(source_metadata(q)['source']))})"
                     for q in questions)


def _hotline(country: Optional[str]) -> str:
    countries, _ = load_helplines()
    place = countries.get(country or DEFAULT_COUNTRY) or countries[DEFAULT_COUNTRY]
    lines = place.lines_for("abuse_danger")
    listed = bullet_list(lines)
    return (f"If you are being hurt or feel unsafe, you don't have to handle it alone. "
            f"If you are in danger now, call {place.emergency}.\n{listed}\n{international_line()}")


def result_messages(reflection: Reflection, country: Optional[str] = None) -> List[Dict[str, Any]]:
    """The result as chat messages: the pattern, the reasons both ways, next steps."""
    sources = sorted({(a, s) for q in reflection.towards_negative + reflection.towards_supportive
                      for a, s in q.source})
    # The result is named in the metadata so the staff console can show it.
    meta = {**sources_metadata(sources), "reflection_result": reflection.result}
    if reflection.result not in (SUPPORTIVE_RESULT, NEGATIVE_RESULT, MIXED_RESULT):
        return [{"text": "Thank you. Too many questions were skipped or unsure for me to reflect back a "
                         f"pattern. {NOT_A_DIAGNOSIS} You can start over any time, or read about the signs.",
                 "buttons": [{"title": "Start over", "payload": "/start_reflection"},
                             {"title": "Signs of an unhealthy bond",
                              "payload": "what are the signs of a negative trauma bond"}],
                 "metadata": {"reflection_result": reflection.result}}]
    headline = {
        SUPPORTIVE_RESULT: "Your answers resemble a supportive bond formed through shared adversity more "
                           "than a negative trauma bond.",
        NEGATIVE_RESULT: "Your answers resemble a negative trauma bond more than a supportive one.",
        MIXED_RESULT: "Your answers are mixed: some resemble a supportive bond formed through shared "
                      "adversity, and some resemble a negative trauma bond.",
    }[reflection.result]
    parts = [headline]
    if reflection.towards_negative:
        parts.append("What points toward a negative trauma bond:\n" + _reasons(reflection.towards_negative, True))
    if reflection.towards_supportive:
        parts.append("What points toward a supportive bond:\n" + _reasons(reflection.towards_supportive, False))
    parts.append(NOT_A_DIAGNOSIS)
    messages: List[Dict[str, Any]] = [{"text": "\n\n".join(parts), "metadata": meta}]
    if reflection.result == SUPPORTIVE_RESULT:
        messages.append({
            "text": "Strengths worth keeping, as the articles describe them: facing hard times as a team, "
                    "support that runs both ways, and room to talk openly. It's still worth checking in "
                    "with each other now and then.",
            "buttons": [{"title": "How shared hardship can be positive",
                         "payload": "can a trauma bond be positive"},
                        {"title": "Show me the topics", "payload": "/help"}]})
    else:
        # Never couples counselling or "working on it" here: the answers may describe abuse.
        messages.append({
            "text": "It may help to read about the signs to watch for and about healing, and to talk with "
                    "someone you trust or a counsellor of your own.",
            "buttons": [{"title": "Signs to watch for", "payload": "what are the signs of a negative trauma bond"},
                        {"title": "Healing and breaking the cycle", "payload": "how do i break a trauma bond"},
                        {"title": "Show me the topics", "payload": "/help"}]})
    if reflection.abuse_indicated or reflection.result == NEGATIVE_RESULT:
        messages.append({"text": _hotline(country)})
    return messages
