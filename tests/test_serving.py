"""Fixes to Rasa's serving path judge exactly what Rasa judged."""
from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

import bondwise.channels  # noqa: F401 - applies the fixes, as loading a channel does
from bondwise.serving.action_validation import _validate_action_result

VALID = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "country", "value": "UK"}],
     "responses": [{"text": "hi", "buttons": [{"title": "a", "payload": "/a"}]}]},
    {"events": [{"event": "action", "name": "utter_greet"}]},
]
INVALID = [
    {"events": "nope"},
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"event": "slot"}]},  # a slot event without a name
    {"responses": "text"},
]


def _rasa_judges(result: dict) -> bool:
    try:
        jsonschema.validate(result, RemoteAction.action_response_format_spec())
        return True
    except jsonschema.ValidationError:
        return False


def test_the_fix_is_what_rasa_runs() -> None:
    assert RemoteAction._validate_action_result is _validate_action_result


@pytest.mark.parametrize("result", VALID)
def test_valid_replies_pass_as_with_rasa(result: dict) -> None:
    assert _rasa_judges(result)
    action = RemoteAction("action_x", None)
    assert action._validate_action_result(result) is True


@pytest.mark.parametrize("result", INVALID)
def test_invalid_replies_fail_as_with_rasa(result: dict) -> None:
    assert not _rasa_judges(result)
    action = RemoteAction("action_x", None)
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(result)


def test_the_tracker_store_is_used_without_rasas_in_memory_fallback() -> None:
    from rasa.core.agent import Agent
    from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
    from rasa.shared.core.domain import Domain

    store = InMemoryTrackerStore(Domain.empty())
    domain = Domain.from_dict({"intents": ["greet"]})
    created = Agent._create_tracker_store(store, domain)
    assert created is store and not isinstance(created, FailSafeTrackerStore)
    assert created.domain is domain
