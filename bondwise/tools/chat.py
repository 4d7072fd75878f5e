"""Chat with a running Bondwise (`make run`) in the terminal, over its REST channel.

`.venv/bin/python -m bondwise.tools.chat [--url http://localhost:5005]`; type /quit to stop.
Buttons are listed with numbers: type the number to press one.
"""
from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
import uuid
from typing import Any, Dict, List


def send(url: str, sender: str, text: str) -> List[Dict[str, Any]]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(f"{url}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return json.loads(reply.read() or b"[]")
    except urllib.error.HTTPError as error:
        problem = json.loads(error.read() or b"{}")
        return [{"text": f"[{error.code}] {problem.get('message', '')}"}]


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://localhost:5005")
    args = parser.parse_args(argv)
    sender = f"terminal-{uuid.uuid4().hex[:8]}"
    buttons: List[Dict[str, str]] = []
    print("Bondwise (a bot, not a crisis service). Type /quit to stop.")
    while True:
        try:
            text = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if text == "/quit":
            return 0
        if text.isdigit() and 0 < int(text) <= len(buttons):
            text = buttons[int(text) - 1]["payload"]
        try:
            replies = send(args.url, sender, text)
        except OSError as error:
            print(f"bot> cannot reach {args.url}: {error}. Is `make run` going?")
            continue
        buttons = []
        for reply in replies:
            print("bot>", reply.get("text", ""))
            for button in reply.get("buttons") or []:
                buttons.append(button)
                print(f"     [{len(buttons)}] {button['title']}")


if __name__ == "__main__":
    sys.exit(main())
