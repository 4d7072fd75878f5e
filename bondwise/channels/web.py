"""The web widget's channel: rasa-webchat on socket.io, hardened, plus the page itself.

Differences from Rasa 3.6's `socketio` channel (same events, so rasa-webchat works as is):
- only configured origins (and the page's own) may connect; Rasa's accepts any;
- the server issues every conversation id (web_sessions.py) and decides which
  conversation a socket belongs to; Rasa's trusts the `session_id` in each message;
- a socket joins its conversation's room with `await` (Rasa's forgets to, so with
  `session_persistence` no reply ever reaches the browser under python-socketio 5);
- messages are checked like REST ones (size, type, emptiness) and get a clear reply;
- "/forget" deletes the conversation's stored events, as does POST /chat/forget;
- it serves the chat page and its scripts from this server, with a strict CSP.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOOutput
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bondwise import PROJECT_ROOT
from bondwise.channels.rest import FAILURE_TEXT
from bondwise.channels.validation import MAX_SOCKET_PACKET_BYTES, check_text, clean_text
from bondwise.channels.web_sessions import SessionIssuer
from bondwise.storage.forget import FORGET_COMMANDS, forget_conversation
from bondwise.serving import log_privacy
from bondwise.serving.rate_limit import RateLimitedChannel, client_address, limit_message

logger = logging.getLogger(__name__)

STATIC_DIR = PROJECT_ROOT / "web" / "static"
NODE_MODULES = PROJECT_ROOT / "web" / "node_modules"
# rasa-webchat's `module` build expects React and ReactDOM as globals (its `lib` build
# bundles them but exposes no way to mount it); all three come from web/node_modules.
VENDOR_JS = {
    "react.js": NODE_MODULES / "react" / "umd" / "react.production.min.js",
    "react-dom.js": NODE_MODULES / "react-dom" / "umd" / "react-dom.production.min.js",
    "webchat.js": NODE_MODULES / "rasa-webchat" / "module" / "index.js",
}
# The widget's stylesheet imports a font from Google; the page must load nothing from
# outside (a watched device's history, a network log), so that line is removed.
OUTSIDE_FONT = b"@import url(https://fonts.googleapis.com/css?family=Inter:400,500,700&display=swap);"
FORGOTTEN_TEXT = (
    "Done: I deleted this conversation from the server. The chat window will now clear. "
    "This does not erase your browser history."
)
UNREADABLE_TEXT = "I couldn't read that message. Please type your message as text."
DEFAULT_QUICK_EXIT = "https://www.bbc.co.uk/weather"


def content_security_policy() -> str:
    # No inline script and nothing from other sites. 'unsafe-inline' for styles only:
    # the widget injects its stylesheet as <style> elements.
    return ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "connect-src 'self'; img-src 'self' data:; font-src 'self' data:; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'")


def security_headers() -> Dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        # Nothing of the chat stays in the browser's cache for someone to find later.
        "Cache-Control": "no-store",
        "X-Frame-Options": "DENY",
    }


def configured_origins(value: Optional[str]) -> List[str]:
    return [o.strip().rstrip("/") for o in (value or "").split(",") if o.strip()]


class WebOutput(SocketIOOutput):
    @classmethod
    def name(cls) -> Text:
        return "web"


class _Blueprint(SocketBlueprint):
    """Remembers the app it is registered on: socket events need the tracker store."""

    def __init__(self, channel: "BondwiseWebInput", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ctx.channel = channel

    def register(self, app: Sanic, options: Dict[Text, Any]) -> None:
        self.ctx.channel.app = app
        super().register(app, options)


class BondwiseWebInput(RateLimitedChannel, InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "web"

    def url_prefix(self) -> Text:
        return "/chat"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        origins = configured_origins(os.environ.get("BONDWISE_WEB_ORIGINS"))
        origins += [o for o in credentials.get("origins") or [] if isinstance(o, str)]
        return cls(origins=origins,
                   socketio_path=credentials.get("socketio_path", "/socket.io"),
                   quick_exit_url=os.environ.get("BONDWISE_QUICK_EXIT_URL", DEFAULT_QUICK_EXIT))

    def __init__(self, origins: Optional[List[str]] = None, socketio_path: str = "/socket.io",
                 quick_exit_url: str = DEFAULT_QUICK_EXIT,
                 issuer: Optional[SessionIssuer] = None) -> None:
        self.origins = set(origins or [])
        self.socketio_path = socketio_path
        self.quick_exit_url = quick_exit_url
        self.issuer = issuer or SessionIssuer()
        self.sio: Optional[AsyncServer] = None
        self.app: Optional[Sanic] = None
        self._conversation_of_socket: Dict[str, str] = {}
        self._token_of_socket: Dict[str, str] = {}
        self._address_of_socket: Dict[str, str] = {}
        self._vendor: Dict[str, bytes] = {}

    # -- origins ---------------------------------------------------------------------
    def origin_allowed(self, origin: Optional[str], environ: Dict[str, Any]) -> bool:
        if not origin:
            return True  # not a browser page (a browser always sends Origin on websockets)
        scheme = "https" if environ.get("wsgi.url_scheme") == "https" else "http"
        own = f"{scheme}://{environ.get('HTTP_HOST', '')}"
        allowed = origin.rstrip("/") in self.origins or origin == own
        if not allowed:
            logger.warning("web: refused a connection from origin %r", origin[:200])
        return allowed

    def get_output_channel(self) -> Optional[OutputChannel]:
        return WebOutput(self.sio, "bot_uttered") if self.sio else None

    # -- conversations ---------------------------------------------------------------
    async def _join(self, sid: str, token: Optional[str]) -> str:
        assert self.sio is not None
        conversation = self.issuer.conversation_of(token)
        if conversation is None and sid in self._token_of_socket:
            # This socket already has a conversation (it spoke before asking for one):
            # keep it, or the replies still on their way would go to a room it left.
            token = self._token_of_socket[sid]
            conversation = self.issuer.conversation_of(token)
        if conversation is None:
            token = self.issuer.issue()
            conversation = self.issuer.conversation_of(token)
        self._token_of_socket[sid] = token  # type: ignore[assignment]
        old = self._conversation_of_socket.get(sid)
        if old and old != conversation:
            await self.sio.leave_room(sid, old)
        self._conversation_of_socket[sid] = conversation  # type: ignore[assignment]
        await self.sio.enter_room(sid, conversation)
        await self.sio.emit("session_confirm", {"session_id": token}, room=sid)
        return conversation  # type: ignore[return-value]

    async def _forget(self, conversation: str) -> int:
        """Delete the conversation, tell every tab of it, and let their pages start afresh."""
        deleted = await forget_conversation(self.app.ctx.agent if self.app else None, conversation, via="web")
        await self._say(conversation, FORGOTTEN_TEXT)
        assert self.sio is not None
        await self.sio.emit("bondwise_forgotten", {}, room=conversation)
        return deleted

    async def _say(self, room: str, text: str) -> None:
        assert self.sio is not None
        await self.sio.emit("bot_uttered", {"text": text}, room=room)

    # -- routes and events -----------------------------------------------------------
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=self.origin_allowed,
                          max_http_buffer_size=MAX_SOCKET_PACKET_BYTES)
        self.sio = sio
        web = _Blueprint(self, sio, self.socketio_path, "bondwise_web", __name__)
        web.listener("before_server_start")(log_privacy.on_server_start)

        @web.route("/", methods=["GET"])
        async def page(_: Request) -> HTTPResponse:
            html = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
            html = html.replace("{{QUICK_EXIT_URL}}", _attribute(self.quick_exit_url))
            return response.html(html, headers=security_headers())

        @web.route("/static/<name:str>", methods=["GET"])
        async def static(_: Request, name: str) -> HTTPResponse:
            return self._static(name)

        @web.route("/health", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @web.route("/forget", methods=["OPTIONS"])
        async def forget_preflight(request: Request) -> HTTPResponse:
            # An embedding host page (an allowed origin) asks before it posts JSON.
            return response.empty(headers=self._cors(request))

        @web.route("/forget", methods=["POST"])
        async def forget(request: Request) -> HTTPResponse:
            headers = self._cors(request)
            reply = await forget_request(request)
            reply.headers.update(headers)
            return reply

        async def forget_request(request: Request) -> HTTPResponse:
            try:
                body = json.loads(request.body or b"{}")
            except (ValueError, UnicodeDecodeError):
                return response.json({"error": "invalid_json"}, status=400)
            conversation = self.issuer.conversation_of(
                body.get("session_id") if isinstance(body, dict) else None)
            if conversation is None:
                return response.json({"error": "unknown_session"}, status=403)
            deleted = await self._forget(conversation)
            return response.json({"forgotten": True, "events_deleted": deleted})

        @sio.on("connect")
        async def connect(sid: str, environ: Dict, auth: Optional[Dict] = None) -> bool:
            # python-engineio's Sanic driver puts 127.0.0.1 in REMOTE_ADDR for everyone;
            # the Sanic request it passes along knows the real peer.
            request = environ.get("sanic.request")
            self._address_of_socket[sid] = client_address(request) if request is not None else ""
            return True  # the origin check runs before this, in the engine.io layer

        @sio.on("disconnect")
        async def disconnect(sid: str, *_: Any) -> None:
            self._conversation_of_socket.pop(sid, None)
            self._token_of_socket.pop(sid, None)
            self._address_of_socket.pop(sid, None)

        @sio.on("session_request")
        async def session_request(sid: str, data: Any = None) -> None:
            token = data.get("session_id") if isinstance(data, dict) else None
            await self._join(sid, token)

        @sio.on("user_uttered")
        async def user_uttered(sid: str, data: Any = None) -> None:
            conversation = self._conversation_of_socket.get(sid) or await self._join(sid, None)
            # The conversation is the one this socket was given; a `session_id` inside
            # the message is ignored, so no one can write into another conversation.
            text = data.get("message") if isinstance(data, dict) else None
            problem = check_text(text)
            if problem is not None:
                reply = UNREADABLE_TEXT if problem.error == "invalid_message" else problem.message
                await self._say(sid, reply)
                return
            log_privacy.remember(data["message"])
            text = clean_text(text)  # type: ignore[arg-type]
            log_privacy.remember(text)
            if text.lower() in FORGET_COMMANDS:
                await self._forget(conversation)
                return
            wait = self.limiter.check(conversation, self._address_of_socket.get(sid), text)
            if wait:
                await self._say(sid, limit_message(wait))
                return
            message = UserMessage(text, WebOutput(sio, "bot_uttered"), conversation,
                                  input_channel=self.name())
            try:
                await on_new_message(message)
            except Exception:  # never leave a person without an answer
                logger.exception("web: message handling failed")
                await self._say(conversation, FAILURE_TEXT)

        return web

    def _cors(self, request: Request) -> Dict[str, str]:
        origin = request.headers.get("Origin", "")
        if not origin or origin.rstrip("/") not in self.origins:
            return {}
        return {"Access-Control-Allow-Origin": origin, "Vary": "Origin",
                "Access-Control-Allow-Methods": "POST",
                "Access-Control-Allow-Headers": "Content-Type"}

    def _static(self, name: str) -> HTTPResponse:
        headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}
        if name in VENDOR_JS:
            if name not in self._vendor:
                if not VENDOR_JS[name].exists():
                    return response.text("widget not installed: run `make setup`", status=503)
                self._vendor[name] = VENDOR_JS[name].read_bytes().replace(OUTSIDE_FONT, b"")
            return response.raw(self._vendor[name], headers=headers,
                                content_type="text/javascript; charset=utf-8")
        files = {"bondwise-chat.js": "text/javascript; charset=utf-8",
                 "bondwise-chat.css": "text/css; charset=utf-8"}
        if name not in files:
            return response.text("not found", status=404)
        return response.raw((STATIC_DIR / name).read_bytes(), headers=headers,
                            content_type=files[name])


def _attribute(value: str) -> str:
    """Text made safe for an HTML attribute value."""
    return (value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            .replace(">", "&gt;"))
