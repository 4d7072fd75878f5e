"""Issue 8: logs carry no message text by default; BONDWISE_LOG_MESSAGE_TEXT=1 turns it on
with a warning. Checked on a real server at debug level, where Rasa logs every text."""
from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Iterator

import pytest
import requests

from bondwise.serving import log_privacy
from tests.conftest import Servers


def _server_log(tmp: Path, **env: str) -> Iterator[tuple]:
    running = Servers(tmp)
    running.env.update(LOG_LEVEL="DEBUG", **env)
    canary = f"my partner took my phone again, canary {uuid.uuid4().hex[:10]}"
    try:
        running.start_rasa()
        reply = requests.post(f"{running.url}/webhooks/rest/webhook",
                              json={"sender": "log-check", "message": canary}, timeout=60)
        assert reply.status_code == 200
    finally:
        running.stop_all()
    yield canary, (tmp / "rasa.log").read_text(encoding="utf-8", errors="replace")


@pytest.fixture(scope="module")
def default_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    yield from _server_log(tmp_path_factory.mktemp("log_default"))


@pytest.fixture(scope="module")
def debug_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    yield from _server_log(tmp_path_factory.mktemp("log_debug"), **{log_privacy.ENV_SWITCH: "1"})


def test_server_log_has_no_message_text_by_default(default_log: tuple) -> None:
    canary, log = default_log
    assert "canary" not in log
    assert log_privacy.PLACEHOLDER in log  # Rasa did log the message, without its text


def test_switch_puts_text_in_the_log_with_a_warning(debug_log: tuple) -> None:
    canary, log = debug_log
    assert canary in log
    assert f"{log_privacy.ENV_SWITCH} is on" in log


def test_exceptions_quoting_a_message_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    text = f"he said he'd hurt me {uuid.uuid4().hex[:8]}"
    log_privacy.remember(text)
    handler = logging.StreamHandler()
    record_logger = logging.getLogger("bondwise.test_log_privacy")
    caplog.handler.addFilter(log_privacy.MessageTextFilter())
    with caplog.at_level(logging.ERROR, logger="bondwise.test_log_privacy"):
        try:
            raise ValueError(f"could not parse {text!r}")
        except ValueError:
            record_logger.exception("failed on %s", text)
    output = caplog.text
    handler.close()
    assert text not in output and text.replace("'", "\\'") not in output
    assert output.count(log_privacy.PLACEHOLDER) >= 2
