"""Checks every inbound message passes before it reaches Rasa, whatever the channel."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# A chat message longer than this is not a chat message; 5,000 characters is about
# two pages of text, far more than a person types in one bubble.
MAX_MESSAGE_CHARS = 5000
# The whole request body (JSON wrapper included). Anything bigger is refused unread.
MAX_BODY_BYTES = 64 * 1024
# A socket.io packet is JSON, which escapes each emoji as 12 bytes: a message just over the
# character limit must still arrive, to be answered with the limit. Over this size
# engine.io drops the connection without a word.
MAX_SOCKET_PACKET_BYTES = 16 * MAX_MESSAGE_CHARS * 4
# Conversation ids: letters, digits and a few separators, so they are safe in logs,
# URLs and the staff console.
SENDER_ID = re.compile(r"^[A-Za-z0-9_.:@-]{1,128}$")
# C0 controls other than tab and newline, DEL, and Unicode non-characters.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")

TOO_LONG_REPLY = (
    f"Your message is longer than {MAX_MESSAGE_CHARS:,} characters, so I could not read it. "
    "Please send it in shorter parts. If you are in danger now, call your local emergency "
    "number (911 in the US, 999 in the UK, 112 in the EU)."
)


@dataclass(frozen=True)
class Problem:
    status: int
    error: str
    message: str


def clean_text(text: str) -> str:
    """Drop control characters that have no place in a chat message."""
    return _CONTROL.sub("", text).strip()


def check_text(text: object) -> Optional[Problem]:
    if not isinstance(text, str):
        return Problem(400, "invalid_message", "`message` must be a string.")
    if len(text) > MAX_MESSAGE_CHARS:
        return Problem(413, "message_too_long", TOO_LONG_REPLY)
    if not clean_text(text):
        return Problem(400, "empty_message", "`message` is empty; please type something.")
    return None


def check_sender(sender: object) -> Optional[Problem]:
    if not isinstance(sender, str) or not SENDER_ID.match(sender):
        return Problem(
            400,
            "invalid_sender",
            "`sender` must be 1-128 letters, digits or the characters _ . : @ -",
        )
    return None
