"""Conversation ids for the web widget, issued and signed by the server.

Rasa's socket.io channel takes whatever `session_id` a browser sends, so anyone who
learns or guesses an id can read that conversation's replies. Here the server issues
every id, as `<conversation>.<signature>`: a browser may come back with an id it was
given (a page reload), but a made-up or altered one is replaced by a fresh one.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
import uuid
from typing import Optional

logger = logging.getLogger(__name__)
SECRET_ENV = "BONDWISE_SESSION_SECRET"


def _secret_from_env() -> bytes:
    value = os.environ.get(SECRET_ENV, "")
    if value:
        return value.encode("utf-8")
    # No secret configured: ids stay valid only until this process stops, which for a
    # support chat is a safe default (a restart starts every browser afresh).
    logger.warning("%s not set: web sessions will not survive a restart", SECRET_ENV)
    return secrets.token_bytes(32)


class SessionIssuer:
    def __init__(self, secret: Optional[bytes] = None) -> None:
        self._secret = secret or _secret_from_env()

    def _sign(self, conversation_id: str) -> str:
        digest = hmac.new(self._secret, conversation_id.encode("ascii"), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def issue(self) -> str:
        conversation_id = uuid.uuid4().hex
        return f"{conversation_id}.{self._sign(conversation_id)}"

    def conversation_of(self, token: object) -> Optional[str]:
        """The conversation a token was issued for, or None for anything else."""
        if not isinstance(token, str) or len(token) > 200 or token.count(".") != 1:
            return None
        conversation_id, signature = token.split(".")
        if len(conversation_id) != 32 or not all(c in "0123456789abcdef" for c in conversation_id):
            return None
        if not signature.isascii() or not hmac.compare_digest(
                signature.encode("ascii"), self._sign(conversation_id).encode("ascii")):
            return None
        return conversation_id
