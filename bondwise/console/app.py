"""The staff console web app: Sanic (already pinned by Rasa) with Jinja2 pages.

Locked down by default: every page but sign-in needs a session; every POST checks a
CSRF token; every value is escaped by Jinja2's autoescape; responses carry a strict
CSP, frame-ancestors 'none', no-referrer and no-store.
"""
from __future__ import annotations

import csv
import hmac
import io
import json
import logging
import os
import re
import secrets
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, Optional
from urllib.parse import urlencode

import sqlalchemy as sa
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import Sanic, response
from sanic.request import Request
from sqlalchemy.orm import Session

from bondwise.console import auth, inbox, search, summary, transcript
from bondwise.console.masking import mask
from bondwise.console.schema import (ADMIN, FLAG_KINDS, MISSED_RISK, ROLES, Account, AuditEntry,
                                     ConversationSummary, MessageFlag, Note, Review, Tag)
from bondwise.console.store import create_tables, make_engine
from bondwise.risk.categories import CATEGORIES
from bondwise.storage.erase import erase_conversations

logger = logging.getLogger(__name__)
HERE = Path(__file__).parent
SESSION_COOKIE = "bw_console"
LOGIN_CSRF_COOKIE = "bw_console_login"
EXPORT_LIMIT = 10_000
NOTE_LIMIT = 5000
TAG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9 _-]{0,39}$")
AUDIT_PAGE = 100
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; style-src 'self'; img-src 'self'; "
                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}

Handler = Callable[..., Awaitable[Any]]


@dataclass(frozen=True)
class Staff:
    """The signed-in person, as pages need them."""
    username: str
    role: str


def create_app(database_url: Optional[str] = None, secure_cookies: bool = False,
               name: str = "bondwise_console") -> Sanic:
    engine = make_engine(database_url)
    create_tables(engine)
    app = Sanic(name)
    app.config.REQUEST_MAX_SIZE = 256 * 1024
    # Behind an HTTPS proxy, say how many proxies to trust so throttling sees the client
    # address, not the proxy's.
    app.config.PROXIES_COUNT = int(os.environ.get("BONDWISE_CONSOLE_PROXIES_COUNT", "0"))
    app.config.REAL_IP_HEADER = os.environ.get("BONDWISE_CONSOLE_REAL_IP_HEADER") or None
    app.ctx.engine = engine
    templates = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                            autoescape=select_autoescape(default=True, default_for_string=True))
    templates.globals.update(categories=CATEGORIES, flag_kinds=FLAG_KINDS, roles=ROLES, mask=mask,
                             iso=transcript.iso, urlencode=urlencode)

    def db() -> Session:
        # Rows stay readable after the commit that records the audit entry.
        return Session(engine, expire_on_commit=False)

    def render(request: Request, name: str, status: int = 200, **context: Any) -> response.HTTPResponse:
        html = templates.get_template(name).render(
            user=getattr(request.ctx, "account", None), csrf=getattr(request.ctx, "csrf", ""), **context)
        return response.html(html, status=status)

    def address(request: Request) -> str:
        # remote_addr is the client behind a trusted proxy (BONDWISE_CONSOLE_PROXIES_COUNT).
        return (request.remote_addr or request.ip or "unknown")[:64]

    def set_cookie(resp: response.HTTPResponse, name: str, value: str, max_age: int) -> None:
        resp.cookies[name] = value
        cookie = resp.cookies[name]
        cookie["httponly"] = True
        cookie["samesite"] = "Strict"
        cookie["path"] = "/"
        cookie["max-age"] = max_age
        if secure_cookies:
            cookie["secure"] = True

    def signed_in(role: Optional[str] = None) -> Callable[[Handler], Handler]:
        """Pages for signed-in staff (and only admins, with role=ADMIN). POSTs need the CSRF token."""
        def wrap(handler: Handler) -> Handler:
            @wraps(handler)
            async def checked(request: Request, *args: Any, **kwargs: Any) -> Any:
                with db() as session:
                    found = auth.current(session, request.cookies.get(SESSION_COOKIE))
                    if found is None:
                        session.commit()
                        if request.method == "POST":
                            return response.text("Your session has ended. Sign in again.", status=401)
                        return response.redirect("/login", status=303)
                    account = Staff(found[0].username, found[0].role)
                    csrf = found[1].csrf_token
                    session.commit()
                request.ctx.account, request.ctx.csrf = account, csrf
                if request.method == "POST":
                    sent = str(request.form.get("csrf", "")) if request.form else ""
                    if not sent or not hmac.compare_digest(sent, csrf):
                        return render(request, "error.html", 403,
                                      message="This form has expired or did not come from the console. "
                                              "Go back, reload the page and try again.")
                if role and account.role != role:
                    return render(request, "error.html", 403, message="This page is for admins only.")
                return await handler(request, *args, **kwargs)
            return checked
        return wrap

    @app.middleware("response")
    async def security_headers(request: Request, resp: response.HTTPResponse) -> None:
        for key, value in SECURITY_HEADERS.items():
            resp.headers.setdefault(key, value)

    @app.exception(Exception)
    async def failure(request: Request, exception: Exception) -> response.HTTPResponse:
        status = getattr(exception, "status_code", 500) or 500
        message = "Something went wrong; nothing was changed." if status >= 500 else "That request was not valid."
        if status >= 500:
            logger.exception("console request failed")
        resp = response.text(message, status=status)
        for key, value in SECURITY_HEADERS.items():
            resp.headers[key] = value
        return resp

    @app.get("/health")
    async def health(request: Request) -> response.HTTPResponse:
        return response.json({"status": "ok"})

    @app.get("/static/console.css")
    async def stylesheet(request: Request) -> response.HTTPResponse:
        return await response.file(str(HERE / "static" / "console.css"), mime_type="text/css")

    # --- signing in and out -------------------------------------------------------

    @app.get("/login")
    async def login_page(request: Request) -> response.HTTPResponse:
        token = secrets.token_urlsafe(32)
        resp = render(request, "login.html", login_csrf=token)
        set_cookie(resp, LOGIN_CSRF_COOKIE, token, 3600)
        return resp

    @app.post("/login")
    async def login(request: Request) -> response.HTTPResponse:
        form = request.form or {}
        sent, expected = str(form.get("csrf", "")), request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not sent or not expected or not hmac.compare_digest(sent, expected):
            return render(request, "error.html", 403, message="The sign-in form expired. Reload it and try again.")
        with db() as session:
            result = auth.sign_in(session, str(form.get("username", "")), str(form.get("password", "")),
                                  address(request))
            session.commit()
        if result.throttled:
            resp = render(request, "login.html", 429, login_csrf=expected,
                          error="Too many failed sign-ins. Wait 15 minutes and try again.")
            return resp
        if result.token is None:
            return render(request, "login.html", 401, login_csrf=expected,
                          error="That username and password did not match an active account.")
        resp = response.redirect("/", status=303)
        set_cookie(resp, SESSION_COOKIE, result.token, auth.MAX_SESSION_SECONDS)
        del resp.cookies[LOGIN_CSRF_COOKIE]
        return resp

    @app.post("/logout")
    @signed_in()
    async def logout(request: Request) -> response.HTTPResponse:
        with db() as session:
            auth.sign_out(session, request.cookies.get(SESSION_COOKIE))
            session.commit()
        resp = response.redirect("/login", status=303)
        del resp.cookies[SESSION_COOKIE]
        return resp

    # --- inbox and conversations --------------------------------------------------

    @app.get("/")
    @signed_in()
    async def inbox_page(request: Request) -> response.HTTPResponse:
        summary.refresh(engine)
        filters = inbox.Filters.from_args(request.args)
        with db() as session:
            rows, total = inbox.page(session, filters)
            tallies = inbox.counts(session)
            capped = bool(filters.q) and search.reached_limit(session.connection(), filters.q)
        pages = max(1, -(-total // inbox.PAGE_SIZE))
        return render(request, "inbox.html", rows=rows, total=total, filters=filters, counts=tallies,
                      pages=pages, capped=capped, max_matches=search.MAX_MATCHES)

    def conversation(session: Session, key: str) -> Optional[ConversationSummary]:
        """A conversation by its random key (sender ids never appear in URLs or forms)."""
        if not key or len(key) > 32:
            return None
        return session.query(ConversationSummary).filter_by(key=key).first()

    @app.get("/conversation")
    @signed_in()
    async def conversation_page(request: Request) -> response.HTTPResponse:
        summary.refresh(engine)
        with db() as session:
            row = conversation(session, str(request.args.get("id", "")))
            if row is None:
                return missing(request)
            sender_id = row.sender_id
            items = transcript.load(session, sender_id)
            reviews = session.query(Review).filter_by(sender_id=sender_id).order_by(Review.id).all()
            tags = session.query(Tag).filter_by(sender_id=sender_id).order_by(Tag.tag).all()
            notes = session.query(Note).filter_by(sender_id=sender_id).order_by(Note.id).all()
            auth.audit(session, request.ctx.account.username, "view_conversation", row.key,
                       address=address(request))
            session.commit()
            return render(request, "conversation.html", row=row, items=items, reviews=reviews, tags=tags,
                          notes=notes)

    def key_of(session: Session, sender_id: str) -> str:
        row = session.get(ConversationSummary, sender_id)
        return row.key if row else ""

    def missing(request: Request) -> response.HTTPResponse:
        return render(request, "error.html", 404, message="No such conversation (it may have been deleted).")

    def back_to(key: str) -> response.HTTPResponse:
        return response.redirect("/conversation?" + urlencode({"id": key}), status=303)

    @app.post("/conversation/review")
    @signed_in()
    async def review(request: Request) -> response.HTTPResponse:
        with db() as session:
            row = conversation(session, str(request.form.get("id", "")))
            if row is None:
                return missing(request)
            try:
                seen = int(str(request.form.get("seen", "")))
            except ValueError:
                seen = -1
            # Only what the reviewer saw is reviewed: if a message arrived after the page
            # was loaded, nothing changes and they are asked to read it first.
            cleared = session.execute(
                sa.update(ConversationSummary).where(ConversationSummary.key == row.key,
                                                     ConversationSummary.last_event_id == seen)
                .values(needs_review=False).execution_options(synchronize_session=False)).rowcount
            if cleared != 1:
                return render(request, "error.html", 409,
                              message="New messages arrived in this conversation after you opened it. "
                                      "Go back, reload and read them before marking it reviewed.")
            session.add(Review(sender_id=row.sender_id, reviewer=request.ctx.account.username, at=auth.now(),
                               through_event_id=seen))
            auth.audit(session, request.ctx.account.username, "review", row.key, address=address(request))
            session.commit()
            return back_to(row.key)

    @app.post("/conversation/tag")
    @signed_in()
    async def tag(request: Request) -> response.HTTPResponse:
        value = str(request.form.get("tag", "")).strip().lower()
        remove = request.form.get("remove") == "1"
        if not TAG_PATTERN.match(value):
            return render(request, "error.html", 400,
                          message="Tags are 1-40 characters: lowercase letters, digits, spaces, '_' or '-'.")
        with db() as session:
            row = conversation(session, str(request.form.get("id", "")))
            if row is None:
                return missing(request)
            sender_id = row.sender_id
            existing = session.query(Tag).filter_by(sender_id=sender_id, tag=value).first()
            if remove and existing:
                session.delete(existing)
            elif not remove and not existing:
                session.add(Tag(sender_id=sender_id, tag=value, author=request.ctx.account.username,
                                at=auth.now()))
            auth.audit(session, request.ctx.account.username, "untag" if remove else "tag", row.key,
                       {"tag": value}, address(request))
            session.commit()
            return back_to(row.key)

    @app.post("/conversation/note")
    @signed_in()
    async def note(request: Request) -> response.HTTPResponse:
        text = str(request.form.get("note", "")).strip()
        if not text or len(text) > NOTE_LIMIT:
            return render(request, "error.html", 400, message=f"A note is 1 to {NOTE_LIMIT} characters.")
        with db() as session:
            row = conversation(session, str(request.form.get("id", "")))
            if row is None:
                return missing(request)
            session.add(Note(sender_id=row.sender_id, text=text, author=request.ctx.account.username,
                             at=auth.now()))
            auth.audit(session, request.ctx.account.username, "note", row.key, address=address(request))
            session.commit()
            return back_to(row.key)

    def event_id_of(request: Request) -> Optional[int]:
        try:
            value = int(str(request.form.get("event_id", "")))
        except ValueError:
            return None
        return value if 0 < value < 2 ** 62 else None

    @app.post("/message/flag")
    @signed_in()
    async def flag(request: Request) -> response.HTTPResponse:
        event_id = event_id_of(request)
        kind = str(request.form.get("kind", ""))
        category = str(request.form.get("category", "")) or None
        if event_id is None or kind not in FLAG_KINDS or (kind == MISSED_RISK and category not in CATEGORIES):
            return render(request, "error.html", 400,
                          message="Flag a user message as a missed risk (with its category) or a false alarm.")
        with db() as session:
            found = transcript.raw_user_text(session, event_id)
            if found is None:
                return render(request, "error.html", 404, message="No such user message.")
            sender_id, _ = found
            if not session.query(MessageFlag).filter_by(event_id=event_id, kind=kind).first():
                session.add(MessageFlag(event_id=event_id, sender_id=sender_id, kind=kind,
                                        category=category if kind == MISSED_RISK else None,
                                        author=request.ctx.account.username, at=auth.now()))
            key = key_of(session, sender_id)
            auth.audit(session, request.ctx.account.username, "flag", key,
                       {"event_id": event_id, "kind": kind, "category": category}, address(request))
            session.commit()
        return back_to(key)

    @app.post("/message/reveal")
    @signed_in(ADMIN)
    async def reveal(request: Request) -> response.HTTPResponse:
        event_id = event_id_of(request)
        with db() as session:
            found = transcript.raw_user_text(session, event_id) if event_id else None
            if found is None:
                return render(request, "error.html", 404, message="No such user message.")
            sender_id, text = found
            key = key_of(session, sender_id)
            auth.audit(session, request.ctx.account.username, "reveal", key, {"event_id": event_id},
                       address(request))
            session.commit()
        return render(request, "reveal.html", key=key, text=text, event_id=event_id)

    # --- export -------------------------------------------------------------------

    @app.get("/export")
    @signed_in()
    async def export(request: Request) -> response.HTTPResponse:
        summary.refresh(engine)
        filters = inbox.Filters.from_args(request.args)
        kind = "json" if request.args.get("format") == "json" else "csv"
        with db() as session:
            rows = inbox.all_matching(session, filters, EXPORT_LIMIT)
            messages = transcript.messages_of(session, [row.sender_id for row in rows])
            auth.audit(session, request.ctx.account.username, "export", None,
                       {"format": kind, "conversations": len(rows),
                        "filters": {k: v for k, v in filters.query_args().items() if k != "q"},
                        "searched": bool(filters.q)}, address(request))
            session.commit()
        headers = {"Content-Disposition": f'attachment; filename="bondwise-conversations.{kind}"'}
        if kind == "json":
            body = [{"conversation": mask(row.sender_id), "channel": row.channel,
                     "first": transcript.iso(row.first_at), "last": transcript.iso(row.last_at),
                     "risk_categories": [c for c in row.categories.split(",") if c],
                     "reflection_result": row.reflection_result,
                     "messages": [item.export_row(row.sender_id) for item in messages[row.sender_id]]}
                    for row in rows]
            return response.json(body, headers=headers, dumps=lambda o: json.dumps(o, ensure_ascii=False))
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=["conversation", "time", "channel", "speaker", "text", "intent",
                                                 "confidence", "risk_category", "risk_detector"])
        writer.writeheader()
        for row in rows:
            for item in messages[row.sender_id]:
                writer.writerow({k: _csv_safe(v) for k, v in item.export_row(row.sender_id).items()})
        return response.text(out.getvalue(), headers=headers, content_type="text/csv; charset=utf-8")

    # --- admin --------------------------------------------------------------------

    @app.get("/admin/accounts")
    @signed_in(ADMIN)
    async def accounts_page(request: Request) -> response.HTTPResponse:
        with db() as session:
            accounts = session.query(Account).order_by(Account.username).all()
            return render(request, "accounts.html", accounts=accounts, message=request.args.get("done", ""))

    @app.post("/admin/accounts")
    @signed_in(ADMIN)
    async def change_account(request: Request) -> response.HTTPResponse:
        username = str(request.form.get("username", ""))
        change = str(request.form.get("change", ""))
        actor = request.ctx.account.username
        if username == actor and change in ("disable", "reviewer"):
            return render(request, "error.html", 400, message="You cannot disable or demote your own account.")
        with db() as session:
            try:
                if change in ("disable", "enable"):
                    auth.set_disabled(session, username, change == "disable", actor)
                elif change in ROLES:
                    account = session.query(Account).filter_by(username=auth.check_username(username)).first()
                    if account is None:
                        raise auth.AccountError("no such account")
                    account.role = change
                    auth.audit(session, actor, "account_role", account.username, {"role": change},
                               address(request))
                else:
                    raise auth.AccountError("unknown change")
            except auth.AccountError as error:
                return render(request, "error.html", 400, message=str(error))
            session.commit()
        return response.redirect("/admin/accounts", status=303)

    @app.post("/admin/conversation/erase")
    @signed_in(ADMIN)
    async def erase_conversation(request: Request) -> response.HTTPResponse:
        if request.form.get("confirm") != "yes":
            return render(request, "error.html", 400, message="Tick the box to confirm the erasure.")
        with db() as session:
            row = conversation(session, str(request.form.get("id", "")))
            if row is None:
                return missing(request)
            # Everything the project keeps about it, in one transaction, with an audit line
            # that names the admin and the counts, not the conversation or its text.
            erase_conversations(session.connection(), [row.sender_id],
                                actor=request.ctx.account.username, via="console")
            session.commit()
        return response.redirect("/?done=erased", status=303)

    @app.get("/admin/audit")
    @signed_in(ADMIN)
    async def audit_page(request: Request) -> response.HTTPResponse:
        try:
            page = max(1, int(str(request.args.get("page", "1"))))
        except ValueError:
            page = 1
        with db() as session:
            entries = (session.query(AuditEntry).order_by(AuditEntry.id.desc())
                       .limit(AUDIT_PAGE).offset((page - 1) * AUDIT_PAGE).all())
            total = session.query(sa.func.count(AuditEntry.id)).scalar()
            return render(request, "audit.html", entries=entries, page=page,
                          pages=max(1, -(-total // AUDIT_PAGE)))

    return app


def _csv_safe(value: Any) -> Any:
    """Spreadsheet formula injection: a cell starting with = + - @ is read as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
