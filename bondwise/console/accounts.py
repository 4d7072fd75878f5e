"""Create, disable, enable and list console accounts, and reset passwords.

    python -m bondwise.console.accounts create alice --role admin   (asks for the password)
    python -m bondwise.console.accounts create bob --password-stdin < file
    python -m bondwise.console.accounts disable bob
    python -m bondwise.console.accounts list

Uses BONDWISE_DATABASE_URL (or --database-url). Each change is in the audit log.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from typing import List

from sqlalchemy.orm import Session

from bondwise.console import auth
from bondwise.console.schema import REVIEWER, ROLES, Account
from bondwise.console.store import create_tables, database_url, make_engine

ACTOR = "command-line"


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password (12 characters or more): ")
    if getpass.getpass("Same password again: ") != first:
        raise auth.AccountError("the two passwords differ")
    return first


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=None)
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create", help="create an account")
    create.add_argument("username")
    create.add_argument("--role", choices=ROLES, default=REVIEWER)
    create.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    for name in ("disable", "enable"):
        commands.add_parser(name, help=f"{name} an account").add_argument("username")
    reset = commands.add_parser("set-password", help="set a new password (signs the account out)")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true")
    commands.add_parser("list", help="list accounts")
    args = parser.parse_args(argv)

    engine = make_engine(args.database_url or database_url())
    create_tables(engine)
    try:
        with Session(engine) as session:
            if args.command == "create":
                account = auth.create_account(session, args.username, _password(args), args.role, ACTOR)
                print(f"created {account.role} account {account.username!r}")
            elif args.command in ("disable", "enable"):
                account = auth.set_disabled(session, args.username, args.command == "disable", ACTOR)
                print(f"{args.command}d account {account.username!r}")
            elif args.command == "set-password":
                account = auth.set_password(session, args.username, _password(args), ACTOR)
                print(f"new password set for {account.username!r}")
            else:
                for account in session.query(Account).order_by(Account.username):
                    print(f"{account.username}\t{account.role}\t{'disabled' if account.disabled else 'active'}")
            session.commit()
    except auth.AccountError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
