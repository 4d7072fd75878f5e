"""Logs carry no message text by default.

Rasa logs what people wrote at debug level (and an exception can quote it at any level).
Every server of ours keeps the texts of recent messages (the channels call `remember`)
and a filter on every log handler replaces them with a placeholder, whatever the level.
`BONDWISE_LOG_MESSAGE_TEXT=1` turns this off for debugging, with a warning in the log.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import traceback
from collections import OrderedDict
from typing import Iterable, Optional, Tuple

ENV_SWITCH = "BONDWISE_LOG_MESSAGE_TEXT"
PLACEHOLDER = "[message text hidden]"
# Shorter texts ("hi", "ok") would blank out ordinary words of log lines; they say little.
MIN_CHARS = 4
REMEMBERED = 2000
logger = logging.getLogger(__name__)


def text_logging_enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "").strip().lower() in {"1", "true", "yes", "on"}


class _RecentTexts:
    def __init__(self, size: int) -> None:
        self._size = size
        self._texts: "OrderedDict[str, None]" = OrderedDict()
        self._sorted: Optional[Tuple[str, ...]] = ()
        self._lock = threading.Lock()

    def add(self, text: str) -> None:
        with self._lock:
            for form in _forms(text):
                self._texts[form] = None
                self._texts.move_to_end(form)
            while len(self._texts) > self._size:
                self._texts.popitem(last=False)
            self._sorted = None

    def snapshot(self) -> Iterable[str]:
        # Longest first: a text inside another is replaced with it. Sorted only when a log
        # record is written after new texts arrived (rare at the default level), not per message.
        with self._lock:
            if self._sorted is None:
                self._sorted = tuple(sorted(self._texts, key=len, reverse=True))
            return self._sorted


def _forms(text: str) -> Iterable[str]:
    """The text as a log line may show it: as written, JSON-escaped, repr-escaped."""
    forms = {text, json.dumps(text, ensure_ascii=False)[1:-1], json.dumps(text)[1:-1], repr(text)[1:-1]}
    return [form for form in forms if len(form) >= MIN_CHARS]


_recent = _RecentTexts(REMEMBERED)


def remember(text: object) -> None:
    """Called by every channel with the text of each message it receives."""
    if isinstance(text, str) and len(text.strip()) >= MIN_CHARS and not text_logging_enabled():
        _recent.add(text)


def redact(line: str) -> str:
    for text in _recent.snapshot():
        if text in line:
            line = line.replace(text, PLACEHOLDER)
    return line


class MessageTextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            return self._hide(record)
        except Exception:  # noqa: BLE001 - a malformed log call must fail as it would without us
            return True

    def _hide(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        hidden = redact(message)
        if hidden != message:
            record.msg, record.args = hidden, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_FILTER = MessageTextFilter()


def apply() -> None:
    """Attach the filter to every handler there is now (Rasa's and Sanic's are set up
    before the channels load) and to the root logger's."""
    if text_logging_enabled():
        logger.warning("%s is on: the log will contain what people write to the bot. "
                       "Turn it off outside debugging.", ENV_SWITCH)
        return
    loggers = [logging.getLogger()] + [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    for each in loggers:
        for handler in getattr(each, "handlers", []):
            if _FILTER not in handler.filters:
                handler.addFilter(_FILTER)


async def on_server_start(*_: object) -> None:
    """A Sanic listener: Sanic sets up its own log handlers after the channels load."""
    apply()
