"""Accounts, passwords (argon2id), sign-in sessions, throttling and the audit log."""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass
from typing import Any, Dict, Optional

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from bondwise.console.schema import ROLES, Account, AuditEntry, LoginAttempt, LoginSession

HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters
MIN_PASSWORD_LENGTH = 12
USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")
# Verified against when the username does not exist, so both cases take as long.
_DUMMY_HASH = HASHER.hash(secrets.token_urlsafe(16))

IDLE_SECONDS = int(os.environ.get("BONDWISE_CONSOLE_IDLE_MINUTES", "15")) * 60
MAX_SESSION_SECONDS = 12 * 3600
# Throttling: this many failed sign-ins for one username, or from one address (a
# higher bar: staff may share an office address), within the window blocks further
# attempts, right password included, until it passes.
MAX_FAILURES = 5
MAX_FAILURES_PER_ADDRESS = 20
FAILURE_WINDOW_SECONDS = 15 * 60


class AccountError(ValueError):
    """A refused account change, with a message fit for the person who asked."""


def now() -> float:
    return time.time()


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not 2 <= len(name) <= 64 or not set(name) <= USERNAME_CHARS:
        raise AccountError("usernames are 2-64 characters: letters, digits, '.', '_' or '-'")
    return name


def check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise AccountError(f"passwords need at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > 1024:
        raise AccountError("passwords are at most 1024 characters")


def audit(session: Session, actor: str, action: str, target: str | None = None,
          detail: Dict[str, Any] | str | None = None, address: str | None = None) -> None:
    """Append one audit entry (the caller commits). Never message text."""
    if isinstance(detail, dict):
        detail = json.dumps(detail, sort_keys=True)
    session.add(AuditEntry(at=now(), actor=actor[:64], action=action[:32],
                           target=(target or "")[:255] or None,
                           detail=(detail or "")[:1000] or None, address=(address or "")[:64] or None))


def create_account(session: Session, username: str, password: str, role: str, actor: str) -> Account:
    name = check_username(username)
    check_password(password)
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if session.query(Account).filter_by(username=name).first():
        raise AccountError(f"an account named {name!r} exists already")
    account = Account(username=name, password_hash=HASHER.hash(password), role=role,
                      disabled=False, created_at=now())
    session.add(account)
    audit(session, actor, "account_create", name, {"role": role})
    return account


def set_disabled(session: Session, username: str, disabled: bool, actor: str) -> Account:
    account = session.query(Account).filter_by(username=check_username(username)).first()
    if account is None:
        raise AccountError(f"no account named {username!r}")
    account.disabled = disabled
    if disabled:  # signed-in browsers of a disabled account are signed out at once
        session.query(LoginSession).filter_by(account_id=account.id).delete()
    audit(session, actor, "account_disable" if disabled else "account_enable", account.username)
    return account


def set_password(session: Session, username: str, password: str, actor: str) -> Account:
    check_password(password)
    account = session.query(Account).filter_by(username=check_username(username)).first()
    if account is None:
        raise AccountError(f"no account named {username!r}")
    account.password_hash = HASHER.hash(password)
    session.query(LoginSession).filter_by(account_id=account.id).delete()
    audit(session, actor, "account_password", account.username)
    return account


def throttled(session: Session, username: str, address: str) -> bool:
    since = now() - FAILURE_WINDOW_SECONDS
    failures = session.query(LoginAttempt).filter(
        LoginAttempt.succeeded.is_(False), LoginAttempt.at >= since,
        sa.or_(LoginAttempt.username == username, LoginAttempt.address == address)
    )
    by_name = failures.filter(LoginAttempt.username == username).count()
    by_address = failures.filter(LoginAttempt.address == address).count()
    return by_name >= MAX_FAILURES or by_address >= MAX_FAILURES_PER_ADDRESS


@dataclass
class SignIn:
    account: Optional[Account]
    token: Optional[str] = None
    throttled: bool = False


def sign_in(session: Session, username: str, password: str, address: str) -> SignIn:
    """Check a password; on success open a session. Throttled attempts are not even checked."""
    name = (username or "").strip().lower()[:64]
    if throttled(session, name, address):
        audit(session, name or "?", "sign_in_throttled", name, address=address)
        return SignIn(None, throttled=True)
    account = session.query(Account).filter_by(username=name).first()
    ok = False
    try:
        ok = HASHER.verify(account.password_hash if account else _DUMMY_HASH, password or "")
    except (VerificationError, InvalidHashError):
        ok = False
    ok = ok and account is not None and not account.disabled
    session.add(LoginAttempt(username=name, address=address[:64], succeeded=ok, at=now()))
    if not ok:
        audit(session, name or "?", "sign_in_failed", name, address=address)
        return SignIn(None)
    if HASHER.check_needs_rehash(account.password_hash):
        account.password_hash = HASHER.hash(password)
    token = secrets.token_urlsafe(32)
    session.add(LoginSession(token_hash=_token_hash(token), account_id=account.id,
                             csrf_token=secrets.token_urlsafe(32), created_at=now(), last_seen=now()))
    audit(session, account.username, "sign_in", account.username, address=address)
    return SignIn(account, token)


def current(session: Session, token: str | None) -> Optional[tuple[Account, LoginSession]]:
    """The signed-in account for a cookie token, or None when absent, idle or expired."""
    if not token or len(token) > 128:
        return None
    login = session.get(LoginSession, _token_hash(token))
    if login is None:
        return None
    moment = now()
    account = session.get(Account, login.account_id)
    if (moment - login.last_seen > IDLE_SECONDS or moment - login.created_at > MAX_SESSION_SECONDS
            or account is None or account.disabled):
        session.delete(login)
        return None
    login.last_seen = moment
    return account, login


def sign_out(session: Session, token: str | None) -> None:
    if token and len(token) <= 128:
        login = session.get(LoginSession, _token_hash(token))
        if login is not None:
            account = session.get(Account, login.account_id)
            session.delete(login)
            audit(session, account.username if account else "?", "sign_out")
