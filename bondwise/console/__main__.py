"""Run the staff console: `python -m bondwise.console [--host 127.0.0.1] [--port 5006]`.

Reads BONDWISE_DATABASE_URL (the tracker store's database). Listens on loopback by
default: put it behind an HTTPS proxy to reach it from elsewhere, and set
BONDWISE_CONSOLE_SECURE_COOKIES=1 there.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import List

from bondwise.console.app import create_app
from bondwise.console.store import database_url


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default=os.environ.get("BONDWISE_CONSOLE_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("BONDWISE_CONSOLE_PORT", 5006)))
    parser.add_argument("--database-url", default=None, help="default: BONDWISE_DATABASE_URL or sqlite:///var/bondwise.db")
    args = parser.parse_args(argv)
    secure = os.environ.get("BONDWISE_CONSOLE_SECURE_COOKIES", "") in ("1", "true", "yes")
    app = create_app(args.database_url or database_url(), secure_cookies=secure)
    app.run(host=args.host, port=args.port, access_log=False, workers=1, motd=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
