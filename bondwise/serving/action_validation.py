"""Validate action-server replies without re-checking Rasa's schema on every call.

Rasa 3.6's `RemoteAction._validate_action_result` calls `jsonschema.validate`, which
first validates the *schema itself* against the JSON Schema meta-schema, then the reply:
the first step is the same work on every custom action call and took 9.4% of the Rasa
server's CPU under load (py-spy, `make bench`). Here the schema is checked once and its
validator reused; a reply is judged exactly as before (tests/test_serving.py).

`apply()` is idempotent; our channels call it when Rasa loads them, so every served
configuration gets it.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict

from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def _validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)  # once, instead of once per action call
    return cls(schema)


def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
    try:
        _validator().validate(result)
        return True
    except ValidationError as error:  # the same message Rasa gives
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            f"from the Action endpoint is valid. For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error


def apply() -> None:
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[assignment]
