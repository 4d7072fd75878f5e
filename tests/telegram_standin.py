"""A stand-in for Telegram's Bot API on loopback: answers what Bondwise calls, as
Telegram would (https://core.telegram.org/bots/api), and records every call."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Tuple

TOKEN = "123456:TEST-token-for-the-stand-in"
BOT = {"id": 123456, "is_bot": True, "first_name": "Bondwise", "username": "BondwiseTestBot"}


class BotApiStandIn:
    def __init__(self) -> None:
        self.calls: List[Tuple[str, Dict[str, Any]]] = []
        self._lock = threading.Lock()
        self._next_id = 1000
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                prefix = f"/bot{TOKEN}/"
                if not self.path.startswith(prefix):
                    self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                    return
                method = self.path[len(prefix):]
                payload = json.loads(body or b"{}")
                self._reply(200, standin.answer(method, payload))

            def _reply(self, status: int, body: Dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def answer(self, method: str, payload: Dict[str, Any]) -> Dict[str, Any]:
        with self._lock:
            self.calls.append((method, payload))
            if method == "getMe":
                return {"ok": True, "result": BOT}
            if method in ("setWebhook", "answerCallbackQuery", "deleteMessage"):
                return {"ok": True, "result": True}
            if method == "sendMessage":
                if len(payload.get("text", "")) > 4096:
                    return {"ok": False, "error_code": 400,
                            "description": "Bad Request: message is too long"}
                self._next_id += 1
                return {"ok": True, "result": {
                    "message_id": self._next_id, "from": BOT, "date": int(time.time()),
                    "chat": {"id": payload["chat_id"], "type": "private"},
                    "text": payload.get("text", "")}}
            return {"ok": False, "error_code": 404, "description": "Not Found"}

    def calls_for(self, chat_id: int) -> List[Tuple[str, Dict[str, Any]]]:
        with self._lock:
            return [(m, p) for m, p in self.calls if p.get("chat_id") == chat_id]

    def method_calls(self, method: str) -> List[Dict[str, Any]]:
        with self._lock:
            return [p for m, p in self.calls if m == method]

    def stop(self) -> None:
        self.server.shutdown()
