"""Telegram, our own channel (Rasa 3.6.21's breaks with the aiogram that installs and
checks no secret).

- The webhook is registered with a secret token at start-up, and every update must carry
  it in `X-Telegram-Bot-Api-Secret-Token` (constant-time compare); otherwise 403, logged.
- Token, secret, webhook URL and Bot API base URL come from the environment; the base
  URL lets it use a local Bot API server, and the tests a stand-in.
- Private chats only. /start, /help, /forget, /country [name]. Buttons are an inline
  keyboard, and their titles are also written in the text, so nothing (least of all a
  crisis reply) depends on buttons. Long replies are split under Telegram's limit.
  Edited messages and non-text messages get a clear reply.
- Conversations are stored under a pseudonym (a keyed hash of the chat id), not the
  Telegram id itself.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import os
from collections import OrderedDict, defaultdict, deque
from typing import Any, Awaitable, Callable, Deque, Dict, List, Optional, Text

import aiohttp
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bondwise.channels.rest import FAILURE_TEXT
from bondwise.channels.validation import MAX_BODY_BYTES, check_text, clean_text
from bondwise.storage import chat_messages
from bondwise.storage.forget import forget_conversation, unwrap
from bondwise.serving import log_privacy
from bondwise.serving.rate_limit import RateLimitedChannel, limit_message

logger = logging.getLogger(__name__)

MESSAGE_LIMIT = 4096  # Telegram's maximum message length, in characters
CALLBACK_LIMIT = 64  # bytes of callback_data
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

GROUP_REFUSAL = ("Sorry, I only talk in private chats, so that what you share stays between "
                 "you and me. Please message me directly.")
TEXT_ONLY = "I can only read text messages. Please type what you'd like to say."
EDITED = ("I can't read edited messages. If you changed something, please send it again as a "
          "new message.")
# Neutral on purpose: it stays in the chat for anyone who picks up the phone.
FORGOTTEN = "Done. The earlier messages in this chat have been deleted."
COUNTRY_NAMES = {
    "us": "US", "usa": "US", "united states": "US", "america": "US",
    "uk": "UK", "united kingdom": "UK", "britain": "UK", "great britain": "UK",
    "england": "UK", "scotland": "UK", "wales": "UK", "northern ireland": "UK",
    "ie": "IE", "ireland": "IE", "ca": "CA", "canada": "CA", "au": "AU",
    "australia": "AU", "nz": "NZ", "new zealand": "NZ", "in": "IN", "india": "IN",
}


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> List[str]:
    """Pieces under the limit, cut at paragraph, then line, then word boundaries."""
    text = text.strip()
    pieces: List[str] = []
    while len(text) > limit:
        window = text[:limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        if cut < limit // 2:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def _private_chat_id(chat: Any) -> Optional[int]:
    """The chat's id when `chat` is a well-formed private chat, else None."""
    if not isinstance(chat, dict) or chat.get("type") != "private":
        return None
    chat_id = chat.get("id")
    return chat_id if isinstance(chat_id, int) and not isinstance(chat_id, bool) else None


def country_payload(argument: str) -> str:
    argument = argument.strip().lower().strip(".")
    if not argument:
        return "/choose_country"
    code = COUNTRY_NAMES.get(argument, "OTHER")
    return '/inform_country{"country": "%s"}' % code


class BotApi:
    """The few Bot API methods we use, over HTTP."""

    def __init__(self, token: str, base_url: str) -> None:
        self.token = token
        self.base_url = base_url.rstrip("/")

    async def call(self, method: str, **payload: Any) -> Any:
        """The method's result, or None when Telegram refused or could not be reached.

        A 429 is retried after Telegram's `retry_after` (up to twice), so a reply split
        over several messages is not lost to flood control. Never logs the URL: it holds
        the token.
        """
        url = f"{self.base_url}/bot{self.token}/{method}"
        timeout = aiohttp.ClientTimeout(total=20)
        for attempt in range(3):
            try:
                async with aiohttp.ClientSession(timeout=timeout) as session:
                    async with session.post(url, json=payload) as reply:
                        body = await reply.json(content_type=None)
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
                logger.warning("telegram %s failed: %s", method, type(error).__name__)
                return None
            if isinstance(body, dict) and body.get("ok"):
                return body.get("result")
            retry_after = ((body.get("parameters") or {}).get("retry_after")
                           if isinstance(body, dict) else None)
            if isinstance(retry_after, int) and 0 < retry_after <= 30 and attempt < 2:
                await asyncio.sleep(retry_after)
                continue
            logger.warning("telegram %s refused: %s", method, str(body)[:300])
            return None
        return None


class ButtonPayloads:
    """callback_data holds at most 64 bytes; longer payloads are kept here by a short key."""

    def __init__(self, size: int = 5000) -> None:
        self._by_key: "OrderedDict[str, str]" = OrderedDict()
        self._size = size

    def key_for(self, payload: str) -> str:
        if len(payload.encode("utf-8")) <= CALLBACK_LIMIT - 2:
            return "p:" + payload
        key = "k:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
        self._by_key[key] = payload
        self._by_key.move_to_end(key)
        while len(self._by_key) > self._size:
            self._by_key.popitem(last=False)
        return key

    def payload_of(self, data: str) -> Optional[str]:
        if data.startswith("p:"):
            return data[2:]
        return self._by_key.get(data)


class TelegramOutput(OutputChannel):
    @classmethod
    def name(cls) -> Text:
        return "telegram"

    def __init__(self, api: BotApi, chat_id: int, buttons: ButtonPayloads,
                 remember: Callable[[int], None]) -> None:
        self.api = api
        self.chat_id = chat_id
        self.buttons = buttons
        self.remember = remember

    async def _send(self, text: str, markup: Optional[Dict[str, Any]] = None) -> None:
        pieces = split_text(text)
        for number, piece in enumerate(pieces, start=1):
            payload: Dict[str, Any] = {"chat_id": self.chat_id, "text": piece}
            if markup and number == len(pieces):
                payload["reply_markup"] = markup
            result = await self.api.call("sendMessage", **payload)
            if isinstance(result, dict) and "message_id" in result:
                self.remember(int(result["message_id"]))

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._send(text)

    async def send_text_with_buttons(self, recipient_id: Text, text: Text,
                                     buttons: List[Dict[Text, Any]], **kwargs: Any) -> None:
        titles = " · ".join(str(b.get("title", "")) for b in buttons)
        keyboard = [[{"text": str(b.get("title", ""))[:64],
                      "callback_data": self.buttons.key_for(str(b.get("payload", "")))}]
                    for b in buttons]
        # The options in words as well: a client without buttons loses nothing.
        await self._send(f"{text}\n\n(Options: {titles}. You can also type your answer.)",
                         {"inline_keyboard": keyboard})

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        return None  # we send no images

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any],
                               **kwargs: Any) -> None:
        text = json_message.get("text")
        if isinstance(text, str):
            await self._send(text)


class TelegramInput(RateLimitedChannel, InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        env = os.environ
        return cls(token=env.get("BONDWISE_TELEGRAM_TOKEN", ""),
                   secret=env.get("BONDWISE_TELEGRAM_SECRET", ""),
                   pseudonym_key=env.get("BONDWISE_SESSION_SECRET", ""),
                   webhook_url=env.get("BONDWISE_TELEGRAM_WEBHOOK_URL", ""),
                   api_url=env.get("BONDWISE_TELEGRAM_API_URL", "https://api.telegram.org"))

    def __init__(self, token: str, secret: str, webhook_url: str, api_url: str,
                 pseudonym_key: str = "") -> None:
        self.token = token
        self.secret = secret
        # Not the webhook secret: Telegram sends that with every update. A key that never
        # leaves this server (chat ids are short enough to guess through a known key).
        self.pseudonym_key = pseudonym_key.encode() or os.urandom(32)
        if not pseudonym_key and token:
            logger.warning("telegram: BONDWISE_SESSION_SECRET not set; pseudonyms change on "
                           "restart, so /forget cannot reach conversations from before it")
        self.webhook_url = webhook_url
        self.api = BotApi(token, api_url)
        self.buttons = ButtonPayloads()
        # Message ids /forget may delete (a bot may delete its own and, in private chats,
        # the person's messages), in the `chat_messages` table under the pseudonym; in
        # memory only when the store is not ours.
        self.message_ids: Dict[int, Deque[int]] = defaultdict(lambda: deque(maxlen=500))
        self.app: Any = None

    @property
    def configured(self) -> bool:
        return bool(self.token and self.secret)

    def sender_id(self, chat_id: int) -> str:
        digest = hmac.new(self.pseudonym_key, str(chat_id).encode(), hashlib.sha256)
        return "tg-" + digest.hexdigest()[:32]

    def output_for(self, chat_id: int) -> TelegramOutput:
        return TelegramOutput(self.api, chat_id, self.buttons,
                              lambda message_id: self.remember(chat_id, message_id))

    def _engine(self) -> Any:
        agent = getattr(getattr(self.app, "ctx", None), "agent", None) if self.app else None
        store = unwrap(getattr(agent, "tracker_store", None))
        return getattr(store, "engine", None)

    def remember(self, chat_id: int, message_id: int) -> None:
        engine = self._engine()
        if engine is None:
            self.message_ids[chat_id].append(message_id)
            return
        try:
            chat_messages.record(engine, self.sender_id(chat_id), message_id)
        except Exception:  # a failed note must not cost the person their reply
            logger.exception("telegram: could not record a message id")
            self.message_ids[chat_id].append(message_id)

    def remembered(self, chat_id: int) -> List[int]:
        ids = list(self.message_ids.pop(chat_id, deque()))
        engine = self._engine()
        if engine is not None:
            ids = chat_messages.ids_for(engine, self.sender_id(chat_id)) + ids
        return ids

    async def register_webhook(self) -> None:
        if not (self.configured and self.webhook_url):
            logger.warning("telegram: BONDWISE_TELEGRAM_TOKEN, _SECRET and _WEBHOOK_URL are "
                           "needed; the Telegram channel is off")
            return
        me = await self.api.call("getMe")
        done = await self.api.call("setWebhook", url=self.webhook_url, secret_token=self.secret,
                                   allowed_updates=["message", "edited_message", "callback_query"],
                                   drop_pending_updates=False)
        logger.info("telegram: webhook %s for bot %s", "set" if done else "NOT set",
                    (me or {}).get("username", "?"))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram = Blueprint("bondwise_telegram", __name__)
        telegram.listener("before_server_start")(log_privacy.on_server_start)

        @telegram.listener("after_server_start")
        async def start(app: Any, _: Any) -> None:
            self.app = app
            # In the background: Telegram being unreachable must not stop the server (the
            # web chat and its helplines run in the same process).
            app.add_task(self.register_webhook())

        @telegram.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.configured else "not configured"})

        @telegram.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self.configured:
                return response.json({"error": "telegram channel not configured"}, status=503)
            given = request.headers.get(SECRET_HEADER, "")
            if not hmac.compare_digest(given.encode(), self.secret.encode()):
                logger.warning("telegram: update refused, %s secret token from %s",
                               "wrong" if given else "missing", request.remote_addr or request.ip)
                return response.json({"error": "forbidden"}, status=403)
            if len(request.body or b"") > MAX_BODY_BYTES:
                return response.json({"error": "too large"}, status=413)
            try:
                update = json.loads(request.body)
            except (ValueError, UnicodeDecodeError):
                return response.json({"error": "invalid_json"}, status=400)
            if not isinstance(update, dict):
                return response.json({"error": "invalid_update"}, status=400)
            try:
                await self.handle_update(update, on_new_message)
            except Exception:  # Telegram retries non-2xx; answer once, safely, and log
                logger.exception("telegram: update handling failed")
            return response.json({"ok": True})

        return telegram

    async def handle_update(self, update: Dict[str, Any],
                            on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        if isinstance(update.get("callback_query"), dict):
            await self._callback(update["callback_query"], on_new_message)
            return
        if isinstance(update.get("edited_message"), dict):
            chat = update["edited_message"].get("chat")
            if _private_chat_id(chat) is not None:
                await self.output_for(chat["id"])._send(EDITED)
            return
        message = update.get("message")
        if not isinstance(message, dict) or not isinstance(message.get("chat"), dict):
            return  # an update kind we did not ask for
        chat = message["chat"]
        chat_id = chat.get("id")
        if not isinstance(chat_id, int) or isinstance(chat_id, bool):
            return
        output = self.output_for(chat_id)
        if chat.get("type") != "private":
            await output._send(GROUP_REFUSAL)
            return
        if isinstance(message.get("message_id"), int) and not isinstance(message["message_id"], bool):
            self.remember(chat_id, message["message_id"])
        # The same checks as every channel (validation.py); anything but "too long" here
        # means no text: a sticker, photo, voice note or only control characters.
        problem = check_text(message.get("text"))
        if problem is not None:
            await output._send(problem.message if problem.error == "message_too_long" else TEXT_ONLY)
            return
        text = clean_text(message["text"])
        command, _, argument = text.partition(" ")
        command = command.split("@")[0].lower()  # "/help@BondwiseBot" in some clients
        if command == "/forget":
            await self.forget(chat_id)
            return
        routed = {"/start": "/greet", "/help": "/help"}.get(command)
        if command == "/country":
            routed = country_payload(argument)
        await self._to_rasa(routed or text, chat_id, on_new_message)

    async def _callback(self, query: Dict[str, Any],
                        on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        if isinstance(query.get("id"), str):
            await self.api.call("answerCallbackQuery", callback_query_id=query["id"])
        message = query.get("message")
        chat = message.get("chat") if isinstance(message, dict) else None
        if _private_chat_id(chat) is None:
            return
        payload = self.buttons.payload_of(str(query.get("data", "")))
        if payload is None:
            await self.output_for(chat["id"])._send(
                "That button has expired. Type /help to see the topics again.")
            return
        await self._to_rasa(payload, chat["id"], on_new_message)

    async def _to_rasa(self, text: str, chat_id: int,
                       on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        log_privacy.remember(text)
        output = self.output_for(chat_id)
        # Telegram's servers send every update, so the sender is the chat: in a private
        # chat that is one person, so one limit covers conversation and "address".
        wait = self.limiter.check(self.sender_id(chat_id), None, text)
        if wait:
            await output._send(limit_message(wait))
            return
        try:
            await on_new_message(UserMessage(text, output, self.sender_id(chat_id),
                                             input_channel=self.name()))
        except Exception:
            logger.exception("telegram: message handling failed")
            await output._send(FAILURE_TEXT)

    async def forget(self, chat_id: int) -> None:
        ids = self.remembered(chat_id)  # read before the rows go with the conversation
        await forget_conversation(self.app.ctx.agent if self.app else None,
                                  self.sender_id(chat_id), via="telegram")
        for message_id in ids:
            await self.api.call("deleteMessage", chat_id=chat_id, message_id=message_id)
        # The confirmation's id is not kept: nothing of the conversation stays behind.
        await TelegramOutput(self.api, chat_id, self.buttons, lambda _: None)._send(FORGOTTEN)
