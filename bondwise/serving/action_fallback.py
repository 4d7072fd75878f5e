"""When the action server is down or slow, say so instead of going quiet.

Rasa 3.6 waits up to 5 minutes for a custom action (`DEFAULT_REQUEST_TIMEOUT`), and when
one fails it logs the error and the person gets no reply at all. Here every custom
action call is bounded (BONDWISE_ACTION_TIMEOUT seconds, default 10) and a failure
becomes a clear message; an active form is stopped, since it cannot go on without its
actions. Knowledge answers and escalations never need the action server (responses and
the risk policy run inside the Rasa server), so they keep working.

A rejection by the action server (a form's "that did not fill the slot") is normal form
behaviour and is passed on untouched.
"""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Any, List

from jsonschema import ValidationError
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.core.events import ActiveLoop, BotUttered, Event
from rasa.shared.exceptions import RasaException

ENV_TIMEOUT = "BONDWISE_ACTION_TIMEOUT"
DEFAULT_TIMEOUT = 10.0
UNAVAILABLE_TEXT = (
    "Sorry, part of me isn't working right now, so I can't do that at the moment. I can "
    "still answer questions about trauma bonds (type \"help\" for the topics) and show "
    "helplines. If you are in danger now, call your local emergency number "
    "(911 in the US, 999 in the UK, 112 in the EU).")
logger = logging.getLogger(__name__)
_original_run = RemoteAction.run


def timeout() -> float:
    try:
        return max(0.1, float(os.environ.get(ENV_TIMEOUT, DEFAULT_TIMEOUT)))
    except ValueError:
        return DEFAULT_TIMEOUT


async def _run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> List[Event]:
    try:
        return await asyncio.wait_for(_original_run(self, output_channel, nlg, tracker, domain), timeout())
    except ActionExecutionRejection:
        raise
    except (RasaException, ValidationError, asyncio.TimeoutError) as error:
        # ValidationError: the action server answered with something Rasa cannot use.
        logger.warning("custom action %s failed (%s): told the person it is unavailable",
                       self.name(), type(error).__name__)
        events: List[Event] = [BotUttered(UNAVAILABLE_TEXT, metadata={"action_unavailable": self.name()})]
        if tracker.active_loop_name:
            events.append(ActiveLoop(None))
        return events


def apply() -> None:
    RemoteAction.run = _run  # type: ignore[assignment]
