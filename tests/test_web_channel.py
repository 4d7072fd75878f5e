"""The web widget's channel over a real server: socket.io as rasa-webchat speaks it, the
page and its headers, origins, server-issued sessions, size limits and /forget."""
from __future__ import annotations

import asyncio
import json
import re
import urllib.error
import urllib.request
from typing import Any, Dict, List, Optional, Tuple

import pytest
import socketio

from bondwise.channels.validation import TOO_LONG_REPLY
from bondwise.channels.web import FORGOTTEN_TEXT, UNREADABLE_TEXT

REPLY_WAIT = 60.0


class WidgetClient:
    """A socket.io client doing what rasa-webchat does: session_request, user_uttered.

    Long-polling: python-engineio's websocket client needs a newer aiohttp than Rasa pins.
    The browser test (test_web_browser.py) covers the websocket transport.
    """

    def __init__(self, url: str, origin: Optional[str] = None) -> None:
        self.url = url
        self.origin = origin or url
        self.sio = socketio.AsyncClient(reconnection=False)
        self.replies: asyncio.Queue = asyncio.Queue()
        self.events: List[Tuple[str, Any]] = []
        self.token: Optional[str] = None
        self.confirmed = asyncio.Event()

        @self.sio.on("session_confirm")
        async def confirm(data: Any) -> None:
            self.token = data["session_id"] if isinstance(data, dict) else data
            self.confirmed.set()

        @self.sio.on("bot_uttered")
        async def uttered(data: Any) -> None:
            await self.replies.put(data)

        @self.sio.on("bondwise_forgotten")
        async def forgotten(data: Any) -> None:
            self.events.append(("bondwise_forgotten", data))

    async def connect(self, token: Optional[str] = None) -> str:
        await self.sio.connect(self.url, headers={"Origin": self.origin},
                               socketio_path="/socket.io", transports=["polling"])
        await self.sio.emit("session_request", {"session_id": token})
        await asyncio.wait_for(self.confirmed.wait(), 10)
        assert self.token
        return self.token

    async def say(self, text: Any, **extra: Any) -> List[Dict[str, Any]]:
        await self.sio.emit("user_uttered", {"message": text, **extra})
        return await self.collect()

    async def collect(self, quiet: float = 1.0) -> List[Dict[str, Any]]:
        """Replies until none has come for `quiet` seconds (the first may take longer)."""
        replies = [await asyncio.wait_for(self.replies.get(), REPLY_WAIT)]
        while True:
            try:
                replies.append(await asyncio.wait_for(self.replies.get(), quiet))
            except asyncio.TimeoutError:
                return replies

    async def close(self) -> None:
        # A polite disconnect waits for the open long-poll (up to 25 s); abort instead.
        await self.sio.eio.disconnect(abort=True)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def texts(replies: List[Dict[str, Any]]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def stored_senders(servers: Any) -> List[str]:
    return [row[0] for row in servers.query("select distinct sender_id from events")]


def say_once(servers: Any, text: Any) -> Tuple[str, List[Dict[str, Any]]]:
    """A fresh widget session that sends one message: its token and the replies."""
    async def chat() -> Tuple[str, List[Dict[str, Any]]]:
        client = WidgetClient(servers.url)
        token = await client.connect()
        try:
            return token, await client.say(text)
        finally:
            await client.close()

    return run(chat())


def http(url: str, data: Optional[bytes] = None, headers: Optional[Dict[str, str]] = None
         ) -> Tuple[int, Dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {},
                                     method="POST" if data is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, {k.lower(): v for k, v in reply.headers.items()}, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


# -- the page ---------------------------------------------------------------------------

def test_page_is_served_with_a_strict_policy(servers: Any) -> None:
    status, headers, body = http(f"{servers.url}/chat/")
    assert status == 200
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cache-control"] == "no-store"
    html = body.decode()
    assert "<script>" not in html  # no inline script: the CSP would block it anyway
    outside = html.replace("https://www.bbc.co.uk/weather", "")  # quick exit's target
    assert "http://" not in outside and "https://" not in outside


def test_widget_is_served_locally_without_outside_fonts(servers: Any) -> None:
    status, headers, body = http(f"{servers.url}/chat/static/webchat.js")
    assert status == 200 and headers["content-type"].startswith("text/javascript")
    assert len(body) > 100_000  # rasa-webchat's bundle, from web/node_modules
    assert b"fonts.googleapis.com/css" not in body


@pytest.mark.parametrize("name", ["../index.html", "..%2F..%2Fcredentials.yml", "index.html",
                                  "nothing.js"])
def test_static_serves_only_its_own_files(servers: Any, name: str) -> None:
    status, _, body = http(f"{servers.url}/chat/static/{name}")
    assert status == 404
    assert b"bondwise.channels" not in body


# -- origins and sessions ---------------------------------------------------------------

def test_a_foreign_origin_cannot_connect(servers: Any) -> None:
    async def attempt() -> None:
        client = WidgetClient(servers.url, origin="https://evil.example")
        await client.connect()

    with pytest.raises(socketio.exceptions.ConnectionError):
        run(attempt())


def test_greeting_over_the_widget_protocol(servers: Any) -> None:
    _, replies = say_once(servers, "/greet")
    assert "chatbot" in texts(replies) and "/forget" in texts(replies)
    assert any(r.get("quick_replies") for r in replies)  # the topics offer, as buttons


def test_made_up_session_id_gets_a_fresh_conversation(servers: Any) -> None:
    async def chat() -> Tuple[str, str]:
        client = WidgetClient(servers.url)
        token = await client.connect(token="victim-conversation-id")
        await client.say("hello")
        await client.close()
        return token, token.split(".")[0]

    token, conversation = run(chat())
    assert not token.startswith("victim")
    assert "victim-conversation-id" not in stored_senders(servers)
    assert conversation in stored_senders(servers)


def test_session_id_inside_a_message_is_ignored(servers: Any) -> None:
    async def chat() -> Tuple[str, str]:
        first, second = WidgetClient(servers.url), WidgetClient(servers.url)
        first_token = await first.connect()
        await first.say("hello")
        second_token = await second.connect()
        # The second browser names the first one's conversation in its message.
        await second.say("what is a trauma bond", session_id=first_token)
        got_nothing = first.replies.empty()
        await first.close()
        await second.close()
        assert got_nothing, "the first conversation received the second's replies"
        return first_token.split(".")[0], second_token.split(".")[0]

    first, second = run(chat())
    assert servers.event_count(second) > 0
    texts_of_first = [json.loads(r[0]).get("text") for r in servers.query(
        "select data from events where sender_id = ? and type_name = 'user'", first)]
    assert "what is a trauma bond" not in texts_of_first


def test_reload_with_the_issued_id_keeps_the_conversation(servers: Any) -> None:
    async def chat() -> Tuple[str, str, List[Dict[str, Any]]]:
        client = WidgetClient(servers.url)
        token = await client.connect()
        await client.say("hello")
        await client.close()
        again = WidgetClient(servers.url)
        token_again = await again.connect(token=token)
        replies = await again.say("what is a trauma bond")
        await again.close()
        return token, token_again, replies

    token, token_again, replies = run(chat())
    assert token_again == token
    assert "Source:" in texts(replies)
    assert servers.event_count(token.split(".")[0]) > 6


# -- bad input --------------------------------------------------------------------------

@pytest.mark.parametrize("payload,expected", [
    ("x" * 6000, TOO_LONG_REPLY),
    (12345, UNREADABLE_TEXT),
    (None, UNREADABLE_TEXT),
    ({"nested": "object"}, UNREADABLE_TEXT),
    ("   ", "`message` is empty; please type something."),
], ids=["too-long", "number", "null", "object", "blank"])
def test_bad_messages_get_a_clear_reply(servers: Any, payload: Any, expected: str) -> None:
    _, replies = say_once(servers, payload)
    assert texts(replies) == expected


def test_html_is_passed_on_as_plain_text(servers: Any) -> None:
    _, replies = say_once(servers, "<img src=x onerror=alert(1)>")
    assert replies  # a reply (fallback or rephrase), not a crash
    assert "<img" not in texts(replies)


def test_a_frame_over_the_size_limit_does_not_take_the_server_down(servers: Any) -> None:
    async def chat() -> None:
        big = WidgetClient(servers.url)
        await big.connect()
        try:
            await big.sio.emit("user_uttered", {"message": "y" * 200_000})
            await asyncio.sleep(1)
        finally:
            await big.close()

    run(chat())
    assert say_once(servers, "hello")[1]  # still serving


# -- forgetting -------------------------------------------------------------------------

def test_forget_command_deletes_the_conversation(servers: Any) -> None:
    async def chat() -> Tuple[str, int, List[Dict[str, Any]], List[Tuple[str, Any]]]:
        client = WidgetClient(servers.url)
        token = await client.connect()
        await client.say("what is a trauma bond")
        before = servers.event_count(token.split(".")[0])
        replies = await client.say("/forget")
        await asyncio.sleep(0.5)
        events = list(client.events)
        await client.close()
        return token, before, replies, events

    token, before, replies, events = run(chat())
    assert before > 0
    assert texts(replies) == FORGOTTEN_TEXT
    assert servers.event_count(token.split(".")[0]) == 0
    assert [name for name, _ in events] == ["bondwise_forgotten"]


def test_forget_endpoint_needs_an_issued_session(servers: Any) -> None:
    token, _ = say_once(servers, "hello")
    conversation = token.split(".")[0]
    url = f"{servers.url}/chat/forget"
    json_headers = {"Content-Type": "application/json"}
    assert http(url, b"not json", json_headers)[0] == 400
    assert http(url, json.dumps({"session_id": conversation}).encode(), json_headers)[0] == 403
    assert http(url, json.dumps([token]).encode(), json_headers)[0] == 403
    assert servers.event_count(conversation) > 0
    status, _, body = http(url, json.dumps({"session_id": token}).encode(), json_headers)
    assert status == 200 and json.loads(body)["forgotten"] is True
    assert servers.event_count(conversation) == 0


def test_forget_endpoint_refuses_a_non_ascii_token_cleanly(servers: Any) -> None:
    body = json.dumps({"session_id": "0" * 32 + ".é"}).encode()
    assert http(f"{servers.url}/chat/forget", body, {"Content-Type": "application/json"})[0] == 403


def test_forget_endpoint_allows_no_cross_origin_caller_by_default(servers: Any) -> None:
    status, headers, _ = http(f"{servers.url}/chat/forget", b"{}",
                              {"Content-Type": "application/json", "Origin": "https://evil.example"})
    assert status == 403
    assert "access-control-allow-origin" not in headers


def test_page_without_the_trailing_slash_loads_its_scripts(servers: Any) -> None:
    status, _, body = http(f"{servers.url}/chat")
    assert status == 200
    html = body.decode()
    for src in re.findall(r'(?:src|href)="(/chat/static/[^"]+)"', html):
        assert http(f"{servers.url}{src}")[0] == 200, src
    assert 'class="bw-button bw-quick-exit" href="https://www.bbc.co.uk/weather"' in html


def test_a_message_before_the_session_request_is_not_lost(servers: Any) -> None:
    async def chat() -> Tuple[List[Dict[str, Any]], Optional[str], List[Dict[str, Any]]]:
        client = WidgetClient(servers.url)
        await client.sio.connect(servers.url, headers={"Origin": servers.url},
                                 socketio_path="/socket.io", transports=["polling"])
        # Speaks first: the server gives this socket a conversation of its own...
        first = await client.say("what is a trauma bond")
        given = client.token
        # ...and a later session request without an id keeps it.
        await client.sio.emit("session_request", {"session_id": None})
        await asyncio.sleep(1)
        second = await client.say("where is this from?")
        await client.close()
        assert given and client.token == given, "the socket was moved to another conversation"
        return first, client.token, second

    first, token, second = run(chat())
    assert "Source:" in texts(first)
    assert second and token
    assert servers.event_count(token.split(".")[0]) > 6  # both turns in one conversation
