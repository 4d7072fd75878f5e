"""Rasa's REST channel, hardened: validates requests and shows each answer's source.

Differences from `rasa.core.channels.rest.RestInput` (same URL, same reply shape):
- a body that is too big, not UTF-8, not JSON, not an object, or that lacks a valid
  `sender` or a non-empty `message` gets a 4xx with a JSON error, never a 500;
- a knowledge answer carries `source` (article and section) next to its text;
- an internal failure answers 503 with a safe text that still names emergency help.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Awaitable, Callable, Dict, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bondwise.channels.validation import (
    MAX_BODY_BYTES,
    Problem,
    check_sender,
    check_text,
    clean_text,
)
from bondwise.serving import log_privacy
from bondwise.storage.forget import FORGET_COMMANDS, forget_conversation
from bondwise.serving.rate_limit import RateLimitedChannel, client_address, limit_message

logger = logging.getLogger(__name__)

FAILURE_TEXT = (
    "Sorry, something went wrong on my side and I couldn't answer. Please try again in a "
    "moment. If you are in danger now, call your local emergency number (911 in the US, "
    "999 in the UK, 112 in the EU)."
)


FORGOTTEN_TEXT = "Done: I deleted this conversation from the server."


def _error(problem: Problem) -> HTTPResponse:
    return response.json(
        {"error": problem.error, "message": problem.message}, status=problem.status
    )


class SourceCollectingOutputChannel(CollectingOutputChannel):
    """Collects replies like Rasa's collector, keeping the response's source."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        meta = message.get("metadata") or {}
        before = len(self.messages)
        await super().send_response(recipient_id, message)
        if isinstance(meta, dict) and meta.get("source"):
            for sent in self.messages[before:]:
                sent["source"] = meta["source"]


class BondwiseRestInput(RateLimitedChannel, InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        webhook = Blueprint("bondwise_rest_webhook", __name__)
        webhook.listener("before_server_start")(log_privacy.on_server_start)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = request.body or b""
            if len(body) > MAX_BODY_BYTES:
                return _error(
                    Problem(413, "body_too_large", f"The request body is over {MAX_BODY_BYTES} bytes.")
                )
            try:
                payload = json.loads(body.decode("utf-8"))
            except UnicodeDecodeError:
                return _error(Problem(400, "invalid_encoding", "The body must be UTF-8 JSON."))
            except ValueError:
                return _error(Problem(400, "invalid_json", "The body must be a JSON object."))
            if not isinstance(payload, dict):
                return _error(Problem(400, "invalid_json", "The body must be a JSON object."))

            problem = check_sender(payload.get("sender")) or check_text(payload.get("message"))
            if problem:
                return _error(problem)
            metadata = payload.get("metadata")
            if metadata is not None and not isinstance(metadata, dict):
                return _error(Problem(400, "invalid_metadata", "`metadata` must be an object."))

            text = clean_text(payload["message"])
            log_privacy.remember(payload["message"])
            log_privacy.remember(text)
            # Before /forget too: a flood of deletions is as costly as one of messages.
            wait = self.limiter.check(payload["sender"], client_address(request), text)
            if wait:
                reply = _error(Problem(429, "rate_limited", limit_message(wait)))
                reply.headers["Retry-After"] = str(wait)
                return reply
            if text.lower() in FORGET_COMMANDS:
                deleted = await forget_conversation(request.app.ctx.agent, payload["sender"], via="rest")
                return response.json([{"recipient_id": payload["sender"], "text": FORGOTTEN_TEXT,
                                       "forgotten": True, "events_deleted": deleted}])
            collector = SourceCollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        collector,
                        payload["sender"],
                        input_channel=self.name(),
                        metadata=metadata,
                    )
                )
            except Exception:  # keep serving; say so plainly instead of a bare 500
                logger.exception("rest channel: failed to handle a message")
                return response.json(
                    {"error": "internal_error", "message": FAILURE_TEXT,
                     "replies": collector.messages},
                    status=503,
                )
            return response.json(collector.messages)

        return webhook
