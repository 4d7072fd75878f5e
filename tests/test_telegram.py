"""Telegram through a stand-in Bot API server: real Update JSON posted to the running
server's webhook, and the exact Bot API calls it makes in return."""
from __future__ import annotations

import itertools
import json
import time
import urllib.error
import urllib.request
from typing import Any, Dict, List, Optional, Tuple

import pytest

from bondwise.channels.validation import TOO_LONG_REPLY
from bondwise.channels.telegram import (EDITED, FORGOTTEN, GROUP_REFUSAL, MESSAGE_LIMIT, TEXT_ONLY,
                                        TelegramInput, country_payload, split_text)

_ids = itertools.count(int(time.time()))
BOT = {"id": 123456, "is_bot": True, "first_name": "Bondwise", "username": "BondwiseTestBot"}


def person(user_id: int) -> Dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "Sam", "language_code": "en"}


def private_chat(user_id: int) -> Dict[str, Any]:
    return {"id": user_id, "first_name": "Sam", "type": "private"}


def text_update(chat_id: int, text: str, **extra: Any) -> Dict[str, Any]:
    message = {"message_id": next(_ids) % 100000, "from": person(chat_id), "chat": private_chat(chat_id),
               "date": int(time.time()), "text": text, **extra}
    if text.startswith("/"):
        message["entities"] = [{"offset": 0, "length": len(text.split()[0]), "type": "bot_command"}]
    return {"update_id": next(_ids), "message": message}


def post(servers: Any, update: Any, secret: Optional[str] = "use-the-right-one",
         raw: Optional[bytes] = None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret == "use-the-right-one":
        secret = servers.telegram_secret
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    data = raw if raw is not None else json.dumps(update).encode()
    request = urllib.request.Request(f"{servers.url}/webhooks/telegram/webhook", data=data,
                                     headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code


def sent_texts(servers: Any, chat_id: int, since: int = 0) -> List[str]:
    return [p["text"] for m, p in servers.telegram.calls_for(chat_id)[since:] if m == "sendMessage"]


def new_chat() -> int:
    return 700_000_000 + next(_ids) % 100_000_000


# -- pure helpers -----------------------------------------------------------------------

def test_split_text_keeps_every_piece_under_the_limit_and_loses_nothing():
    paragraph = "word " * 300
    text = "\n\n".join([paragraph.strip()] * 12)
    pieces = split_text(text)
    assert len(pieces) > 1 and all(len(p) <= MESSAGE_LIMIT for p in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())
    assert split_text("x" * 9000) == ["x" * 4096, "x" * 4096, "x" * 808]


@pytest.mark.parametrize("argument,payload", [
    ("", "/choose_country"), ("UK", '/inform_country{"country": "UK"}'),
    ("new zealand", '/inform_country{"country": "NZ"}'),
    ("atlantis", '/inform_country{"country": "OTHER"}'),
    ('"}{"x', '/inform_country{"country": "OTHER"}'),
])
def test_country_command_payloads(argument, payload):
    assert country_payload(argument) == payload


# -- over the stand-in ------------------------------------------------------------------

def test_webhook_registered_with_the_secret_at_start(servers: Any) -> None:
    assert servers.telegram.method_calls("getMe")
    hook = servers.telegram.method_calls("setWebhook")[-1]
    assert hook["url"] == "https://bot.example.org/webhooks/telegram/webhook"
    assert hook["secret_token"] == servers.telegram_secret
    assert set(hook["allowed_updates"]) == {"message", "edited_message", "callback_query"}


@pytest.mark.parametrize("secret", [None, "", "wrong", "stand-in-secret_012345678"],
                         ids=["missing", "empty", "wrong", "prefix"])
def test_updates_without_the_secret_are_refused(servers: Any, secret: Optional[str]) -> None:
    chat = new_chat()
    assert post(servers, text_update(chat, "hello"), secret=secret) == 403
    assert servers.telegram.calls_for(chat) == []


def test_start_greets_and_offers_buttons_with_a_text_fallback(servers: Any) -> None:
    chat = new_chat()
    assert post(servers, text_update(chat, "/start")) == 200
    calls = servers.telegram.calls_for(chat)
    assert [m for m, _ in calls] == ["sendMessage", "sendMessage"]
    assert "chatbot (not a person" in calls[0][1]["text"] and "/forget" in calls[0][1]["text"]
    offer = calls[1][1]
    keyboard = offer["reply_markup"]["inline_keyboard"]
    assert [row[0]["text"] for row in keyboard] == ["Yes, show me", "Not now"]
    assert all(len(row[0]["callback_data"].encode()) <= 64 for row in keyboard)
    assert "Yes, show me" in offer["text"] and "Not now" in offer["text"]  # works without buttons


def test_button_press_is_answered_and_followed(servers: Any) -> None:
    chat = new_chat()
    post(servers, text_update(chat, "/help"))
    menu = servers.telegram.calls_for(chat)[-1][1]
    buttons = {row[0]["text"]: row[0]["callback_data"] for row in menu["reply_markup"]["inline_keyboard"]}
    data = buttons["Supportive or abusive: the difference"]  # a payload over 64 bytes
    before = len(servers.telegram.calls_for(chat))
    query = {"update_id": next(_ids), "callback_query": {
        "id": "cbq-" + str(chat), "from": person(chat), "chat_instance": "42", "data": data,
        "message": {"message_id": 5, "from": BOT, "chat": private_chat(chat), "date": 1,
                    "text": menu["text"]}}}
    assert post(servers, query) == 200
    assert servers.telegram.method_calls("answerCallbackQuery")[-1] == {"callback_query_id": "cbq-" + str(chat)}
    answer = sent_texts(servers, chat, before)
    assert answer and "Source:" in answer[0]


def test_risk_message_gets_helplines_in_plain_text(servers: Any) -> None:
    chat = new_chat()
    post(servers, text_update(chat, "i dont want to be alive anymore"))
    texts = sent_texts(servers, chat)
    assert "988" in texts[0]  # the helplines are in the first message's text, not in buttons


def test_country_command_lists_that_countrys_helplines(servers: Any) -> None:
    chat = new_chat()
    post(servers, text_update(chat, "/country"))
    post(servers, text_update(chat, "/country uk"))
    texts = sent_texts(servers, chat)
    assert all(len(t) <= MESSAGE_LIMIT for t in texts)
    assert any("Samaritans" in t for t in texts)


@pytest.mark.parametrize("kind,content", [
    ("sticker", {"sticker": {"file_id": "CAACAgI", "file_unique_id": "AgAD", "type": "regular",
                             "width": 512, "height": 512, "is_animated": False, "is_video": False}}),
    ("photo", {"photo": [{"file_id": "AgACAgQ", "file_unique_id": "AQAD", "width": 90, "height": 67}]}),
    ("voice", {"voice": {"file_id": "AwACAgQ", "file_unique_id": "AgAD", "duration": 3,
                         "mime_type": "audio/ogg"}}),
])
def test_non_text_messages_get_a_clear_reply(servers: Any, kind: str, content: Dict[str, Any]) -> None:
    chat = new_chat()
    update = {"update_id": next(_ids), "message": {
        "message_id": 9, "from": person(chat), "chat": private_chat(chat), "date": 1, **content}}
    assert post(servers, update) == 200
    assert sent_texts(servers, chat) == [TEXT_ONLY]


@pytest.mark.parametrize("text,reply", [("x" * 6000, TOO_LONG_REPLY), (" \u0007 ", TEXT_ONLY)],
                         ids=["too-long", "only-control-characters"])
def test_unreadable_text_gets_a_clear_reply(servers: Any, text: str, reply: str) -> None:
    chat = new_chat()
    assert post(servers, text_update(chat, text)) == 200
    assert sent_texts(servers, chat) == [reply]


def test_edited_message_gets_a_clear_reply(servers: Any) -> None:
    chat = new_chat()
    update = {"update_id": next(_ids), "edited_message": {
        "message_id": 9, "from": person(chat), "chat": private_chat(chat), "date": 1,
        "edit_date": 2, "text": "what is a trauma bnod"}}
    assert post(servers, update) == 200
    assert sent_texts(servers, chat) == [EDITED]


def test_group_chats_get_a_polite_refusal(servers: Any) -> None:
    group = -1001234567890
    update = {"update_id": next(_ids), "message": {
        "message_id": 3, "from": person(555), "date": 1, "text": "what is a trauma bond",
        "chat": {"id": group, "title": "Friends", "type": "supergroup"}}}
    assert post(servers, update) == 200
    assert sent_texts(servers, group) == [GROUP_REFUSAL]


@pytest.mark.parametrize("raw,status", [
    (b"not json", 400), (b"\xff\xfe\x00", 400), (b"[1, 2]", 400), (b"{}", 200),
    (b'{"message": {"chat": "x"}}', 200), (b'{"edited_message": {"chat": "x"}}', 200),
    (b'{"edited_message": {"chat": {"type": "private"}}}', 200),
    (b'{"callback_query": {"message": "x", "data": "p:/help"}}', 200),
    (b'{"callback_query": {"id": 5, "message": {"chat": {"id": "1", "type": "private"}}}}', 200),
    (b'{"message": {"chat": {"id": true, "type": "private"}, "text": "hi"}}', 200),
], ids=["text", "binary", "list", "empty", "chat-not-object", "edited-chat-not-object",
        "edited-chat-without-id", "callback-message-not-object", "callback-bad-ids", "bool-id"])
def test_malformed_updates_are_refused_or_ignored(servers: Any, raw: bytes, status: int) -> None:
    before = len(servers.telegram.calls)
    assert post(servers, None, raw=raw) == status
    assert servers.telegram.calls[before:] == []  # nothing sent anywhere
    assert post(servers, text_update(new_chat(), "hello")) == 200  # still serving


def test_conversations_are_stored_under_a_pseudonym(servers: Any) -> None:
    chat = new_chat()
    post(servers, text_update(chat, "hello"))
    sender = TelegramInput("", "", "", "", pseudonym_key=servers.session_secret).sender_id(chat)
    assert str(chat) not in sender and servers.event_count(sender) > 0
    assert servers.event_count(str(chat)) == 0


def test_forget_deletes_the_conversation_and_the_messages(servers: Any) -> None:
    chat = new_chat()
    sender = TelegramInput("", "", "", "", pseudonym_key=servers.session_secret).sender_id(chat)
    first = text_update(chat, "what is a trauma bond")
    post(servers, first)
    assert servers.event_count(sender) > 0
    before = len(servers.telegram.calls_for(chat))
    post(servers, text_update(chat, "/forget"))
    calls = servers.telegram.calls_for(chat)[before:]
    deleted = [p["message_id"] for m, p in calls if m == "deleteMessage"]
    assert first["message"]["message_id"] in deleted  # the person's message
    assert len(deleted) >= 3  # and the bot's answer, and the /forget itself
    assert calls[-1] == ("sendMessage", {"chat_id": chat, "text": FORGOTTEN})
    assert servers.event_count(sender) == 0
    # Not even the confirmation's id is kept (issue 8: nothing of it stays behind).
    assert recorded_ids(servers, sender) == []


def recorded_ids(servers: Any, sender: str) -> List[int]:
    return [r[0] for r in servers.query(
        "select message_id from chat_messages where sender_id = ? order by id", sender)]


def test_message_ids_are_kept_in_the_database_under_the_pseudonym(servers: Any) -> None:
    chat = new_chat()
    sender = TelegramInput("", "", "", "", pseudonym_key=servers.session_secret).sender_id(chat)
    update = text_update(chat, "hello")
    post(servers, update)
    sent = [m for m, _ in servers.telegram.calls_for(chat) if m == "sendMessage"]
    ids = recorded_ids(servers, sender)
    # The person's message and every reply, so /forget can delete them after a restart.
    assert ids[0] == update["message"]["message_id"] and len(ids) == 1 + len(sent)
    assert servers.query("select count(*) from chat_messages where sender_id = ?",
                         str(chat))[0][0] == 0
