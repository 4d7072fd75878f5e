"""The staff console over real HTTP, on SQLite and on the machine's PostgreSQL.

Each backend gets a fresh database, conversations written by Rasa's SQL tracker store
code, accounts made by the command-line tool, and its own console process.
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator

import pytest
import requests
import sqlalchemy as sa
import yaml

from bondwise import PROJECT_ROOT
from bondwise.console import summary
from bondwise.console.store import make_engine
from tests.conftest import free_port, stop, wait_http
from tests.console_data import Turn, risk, save, tracker_store
from tests.erase_support import erase_audit_lines, table_count, traces

POSTGRES_ADMIN_URL = os.environ.get("BONDWISE_TEST_POSTGRES_URL", "postgresql://root@127.0.0.1:5432/postgres")
ADMIN, REVIEWER = "ada", "rex"
PASSWORD = "correct horse battery staple"
EMAIL = "jane.doe@example.com"
PHONE = "+44 7700 900123"
HUGE = "I need to tell someone everything. " * 3000  # ~105 KB
HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> '; DROP TABLE events; -- \" OR 1=1"
DAY = 86400
SENDER_EMAIL = "someone.private@example.org"


def _postgres_database() -> Iterator[str]:
    import psycopg2

    name = f"bondwise_console_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg2.connect(POSTGRES_ADMIN_URL)
    except psycopg2.OperationalError as error:  # a failure, not a skip: CI must run this
        pytest.fail(f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL} ({error}); start it or set "
                    "BONDWISE_TEST_POSTGRES_URL")
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _sqlite_database(tmp: Path) -> Iterator[str]:
    yield f"sqlite:///{tmp / 'console.db'}"


def _cli(module: str, url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, "--database-url", url, *args], input=stdin,
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)


class Console:
    """A console process on its own database, with helpers to act as a staff member."""

    def __init__(self, url: str, tmp: Path) -> None:
        self.db_url = url
        self.engine = make_engine(url)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bondwise.console", "--port", str(self.port), "--database-url", url],
            cwd=PROJECT_ROOT, stdout=open(tmp / "console.log", "ab"), stderr=subprocess.STDOUT,
            env=dict(os.environ, SQLALCHEMY_SILENCE_UBER_WARNING="1"))
        wait_http(f"{self.base}/health", self.proc, timeout=60)

    def sign_in(self, username: str, password: str = PASSWORD) -> requests.Session:
        browser = requests.Session()
        response = self.try_sign_in(browser, username, password)
        assert response.status_code == 200 and response.url.rstrip("/") == self.base, response.text[:300]
        return browser

    def try_sign_in(self, browser: requests.Session, username: str, password: str) -> requests.Response:
        page = browser.get(f"{self.base}/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        return browser.post(f"{self.base}/login", data={"csrf": token, "username": username,
                                                         "password": password})

    def csrf(self, browser: requests.Session, path: str = "/") -> str:
        return re.search(r'name="csrf" value="([^"]+)"', browser.get(self.base + path).text).group(1)

    def post(self, browser: requests.Session, path: str, **form: Any) -> requests.Response:
        form.setdefault("csrf", self.csrf(browser))
        return browser.post(self.base + path, data=form)

    def query(self, sql: str, **params: Any) -> list:
        with self.engine.connect() as conn:
            return conn.execute(sa.text(sql), params).all()

    def key(self, sender_id: str) -> str:
        """The random key the console uses for a conversation in links and forms."""
        summary.refresh(self.engine)
        return self.query("SELECT key FROM console_summaries WHERE sender_id = :s", s=sender_id)[0][0]

    def listed(self, page: str) -> list:
        """The conversations a page links to, as sender ids, in order."""
        keys = re.findall(r'href="/conversation\?id=([^"]+)"', page)
        senders = dict(self.query("SELECT key, sender_id FROM console_summaries"))
        return [senders[key] for key in keys]

    def open(self, browser: requests.Session, sender_id: str) -> requests.Response:
        return browser.get(self.base + "/conversation", params={"id": self.key(sender_id)})

    def review(self, browser: requests.Session, sender_id: str) -> requests.Response:
        """Open the conversation and press "Mark reviewed", as a browser would."""
        page = self.open(browser, sender_id).text
        seen = re.search(r'name="seen" value="(\d+)"', page).group(1)
        return self.post(browser, "/conversation/review", id=self.key(sender_id), seen=seen)

    def audit(self, action: str) -> list:
        return self.query("SELECT actor, target, detail FROM console_audit WHERE action = :a ORDER BY id", a=action)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def console(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    tmp = tmp_path_factory.mktemp(f"console_{request.param}")
    databases = _postgres_database() if request.param == "postgresql" else _sqlite_database(tmp)
    url = next(databases)
    store = tracker_store(url)
    now = time.time()
    save(store, "conv-risk", [Turn(f"hi, my name is Jane Doe, write to {EMAIL} or call {PHONE}"),
                              Turn("honestly i want to kms tonight", "risk_suicide", 1.0, risk("suicide"),
                                   "You deserve support right now. Call or text 988.")],
         channel="socketio", start=now - 100)
    save(store, "conv-love", [Turn("what is love bombing exactly", "explain_love_bombing", 0.42,
                                   reply="Love bombing is ...",
                                   reply_metadata={"source": [{"article": "kimberly", "section": "love_bombing"}]})],
         channel="telegram", start=now - 90)
    save(store, "conv-abuse", [Turn("he locked me in again", "risk_abuse_danger", 1.0,
                                    risk("abuse_danger", "classifier", 0.91), "Are you safe to talk?")],
         channel="rest", start=now - 80)
    save(store, "conv-hostile", [Turn(HOSTILE, "out_of_scope", 0.9), Turn(HUGE, "describe_relationship", 0.8)],
         channel="rest", start=now - 70)
    save(store, "conv-reflect", [Turn("done", "affirm", 0.99, reply="Your answers resemble a supportive bond",
                                      reply_metadata={"reflection_result": "supportive"})],
         channel="rest", start=now - 60)
    save(store, "conv-old", [Turn("an old hello", "greet", 0.99)], channel="rest", start=now - 400 * DAY)
    # Started long ago, active again today: retention must keep it.
    save(store, "conv-back", [Turn("hello from last year", "greet", 0.99)], channel="rest", start=now - 500 * DAY)
    save(store, "conv-back", [Turn("and hello again today", "greet", 0.99)], channel="rest", start=now - 200)
    # A REST client chose a sender id that is an email address.
    save(store, SENDER_EMAIL, [Turn("=HYPERLINK(\"http://evil.example\",\"click\")", "out_of_scope", 0.9)],
         channel="rest", start=now - 300)
    store.engine.dispose()
    for username, role in ((ADMIN, "admin"), (REVIEWER, "reviewer")):
        done = _cli("bondwise.console.accounts", url, "create", username, "--role", role, "--password-stdin",
                    stdin=PASSWORD + "\n")
        assert done.returncode == 0, done.stderr
    running = Console(url, tmp)
    try:
        yield running
    finally:
        stop(running.proc)
        running.engine.dispose()
        databases.close()


@pytest.fixture
def admin(console: Console) -> requests.Session:
    return console.sign_in(ADMIN)


@pytest.fixture
def reviewer(console: Console) -> requests.Session:
    return console.sign_in(REVIEWER)


# --- signing in -----------------------------------------------------------------------

def test_sign_in_sets_a_locked_down_cookie_and_sign_out_ends_the_session(console: Console) -> None:
    browser = requests.Session()
    assert browser.get(console.base + "/", allow_redirects=False).status_code == 303
    response = console.try_sign_in(browser, ADMIN, PASSWORD)
    cookie = next(h for h in response.history[0].raw.headers.getlist("Set-Cookie") if h.startswith("bw_console="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Conversations" in response.text
    assert console.audit("sign_in")[-1][0] == ADMIN
    console.post(browser, "/logout")
    assert browser.get(console.base + "/", allow_redirects=False).status_code == 303
    assert console.audit("sign_out")[-1][0] == ADMIN


def test_wrong_password_unknown_user_and_disabled_account_are_refused(console: Console) -> None:
    assert console.try_sign_in(requests.Session(), ADMIN, "not the password at all").status_code == 401
    assert console.try_sign_in(requests.Session(), "nobody", PASSWORD).status_code == 401
    assert _cli("bondwise.console.accounts", console.db_url, "create", "dora", "--password-stdin",
                stdin=PASSWORD + "\n").returncode == 0
    signed_in = console.sign_in("dora")
    assert _cli("bondwise.console.accounts", console.db_url, "disable", "dora").returncode == 0
    assert signed_in.get(console.base + "/", allow_redirects=False).status_code == 303  # signed out at once
    assert console.try_sign_in(requests.Session(), "dora", PASSWORD).status_code == 401
    assert any(row[1] == "dora" for row in console.audit("account_disable"))


def test_accounts_tool_refuses_short_passwords_and_duplicates(console: Console) -> None:
    short = _cli("bondwise.console.accounts", console.db_url, "create", "shorty", "--password-stdin", stdin="abc\n")
    assert short.returncode == 2 and "12 characters" in short.stderr
    again = _cli("bondwise.console.accounts", console.db_url, "create", ADMIN, "--password-stdin",
                 stdin=PASSWORD + "\n")
    assert again.returncode == 2 and "exists" in again.stderr
    stored = console.query("SELECT password_hash FROM console_accounts WHERE username = :u", u=ADMIN)[0][0]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_repeated_failures_throttle_even_the_right_password(console: Console) -> None:
    assert _cli("bondwise.console.accounts", console.db_url, "create", "tess", "--password-stdin",
                stdin=PASSWORD + "\n").returncode == 0
    for _ in range(5):
        assert console.try_sign_in(requests.Session(), "tess", "guess-guess-guess").status_code == 401
    blocked = console.try_sign_in(requests.Session(), "tess", PASSWORD)
    assert blocked.status_code == 429 and "Too many" in blocked.text
    assert any(row[1] == "tess" for row in console.audit("sign_in_throttled"))


def test_an_idle_session_times_out(console: Console) -> None:
    browser = console.sign_in(REVIEWER)
    assert browser.get(console.base + "/", allow_redirects=False).status_code == 200
    with console.engine.begin() as conn:  # sixteen minutes pass without a request
        conn.execute(sa.text("UPDATE console_sessions SET last_seen = last_seen - 960"))
    assert browser.get(console.base + "/", allow_redirects=False).status_code == 303


def test_a_reviewer_cannot_reach_admin_pages(console: Console, reviewer: requests.Session,
                                             admin: requests.Session) -> None:
    for path in ("/admin/accounts", "/admin/audit"):
        assert reviewer.get(console.base + path).status_code == 403
        assert admin.get(console.base + path).status_code == 200
    event_id = console.query("SELECT id FROM events WHERE sender_id = 'conv-risk' AND type_name = 'user' "
                             "ORDER BY id LIMIT 1")[0][0]
    refused = console.post(reviewer, "/message/reveal", event_id=event_id)
    assert refused.status_code == 403 and EMAIL not in refused.text
    change = console.post(reviewer, "/admin/accounts", username=REVIEWER, change="admin")
    assert change.status_code == 403
    assert console.query("SELECT role FROM console_accounts WHERE username = :u", u=REVIEWER)[0][0] == "reviewer"


def test_forms_without_the_csrf_token_are_rejected(console: Console, admin: requests.Session) -> None:
    before = console.query("SELECT needs_review FROM console_summaries WHERE sender_id = 'conv-love'")[0][0]
    for token in (None, "forged-token"):
        form = {"id": console.key("conv-love")} if token is None else {"id": console.key("conv-love"), "csrf": token}
        assert admin.post(console.base + "/conversation/review", data=form).status_code == 403
    assert console.query("SELECT needs_review FROM console_summaries WHERE sender_id = 'conv-love'")[0][0] == before
    # The sign-in form too: a post with no matching login cookie is refused.
    refused = requests.post(console.base + "/login", data={"csrf": "x", "username": ADMIN, "password": PASSWORD})
    assert refused.status_code == 403 and "bw_console" not in refused.headers.get("Set-Cookie", "")


def test_security_headers_on_every_page(console: Console, admin: requests.Session) -> None:
    for response in (requests.get(console.base + "/login"), admin.get(console.base + "/"),
                     console.open(admin, "conv-love")):
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert "script-src" not in response.headers["Content-Security-Policy"]  # default-src 'none'
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["Cache-Control"] == "no-store"
        assert response.headers["X-Content-Type-Options"] == "nosniff"


# --- inbox ----------------------------------------------------------------------------

def test_inbox_lists_newest_first_with_counts(console: Console, reviewer: requests.Session) -> None:
    page = reviewer.get(console.base + "/").text
    listed = console.listed(page)
    assert listed[:5] == ["conv-reflect", "conv-hostile", "conv-abuse", "conv-love", "conv-risk"]
    assert listed[-1] == "conv-old"
    assert re.search(r'data-count="escalated">2<', page) and re.search(r'data-count="suicide">1<', page)
    assert re.search(r'data-count="low_confidence">1<', page)


@pytest.mark.parametrize("query, expected", [
    ("category=any", {"conv-risk", "conv-abuse"}),
    ("category=suicide", {"conv-risk"}),
    ("category=abuse_danger", {"conv-abuse"}),
    ("low_confidence=1", {"conv-love"}),
    ("channel=telegram", {"conv-love"}),
    ("channel=socketio", {"conv-risk"}),
    ("q=love+bombing", {"conv-love"}),
    ("q=LOCKED", {"conv-abuse"}),
    ("category=any&channel=rest", {"conv-abuse"}),
])
def test_filters_and_search(console: Console, reviewer: requests.Session, query: str, expected: set) -> None:
    page = reviewer.get(f"{console.base}/?{query}").text
    assert set(console.listed(page)) == expected
    assert f'<span id="total">{len(expected)}</span>' in page


def test_date_range_filter(console: Console, reviewer: requests.Session) -> None:
    today = time.strftime("%Y-%m-%d", time.gmtime())
    recent = set(console.listed(reviewer.get(f"{console.base}/?since={today}").text))
    assert "conv-old" not in recent and "conv-risk" in recent
    long_ago = time.strftime("%Y-%m-%d", time.gmtime(time.time() - 300 * DAY))
    old = set(console.listed(reviewer.get(f"{console.base}/?until={long_ago}").text))
    assert old == {"conv-old", "conv-back"}  # a range holds every conversation active in it


@pytest.mark.parametrize("q, finds", [
    ('" OR 1=1 --', ["conv-hostile"]),      # just the words OR and 1, which that message holds
    ("NEAR(zz qq)", []), ("zebra AND", []), ("'); DELETE FROM events; --", []), ("x" * 500, []),
    ("*", None), ("\u0000\ufffd", None),  # no words at all: no search, the whole inbox
])
def test_hostile_searches_are_just_words(console: Console, reviewer: requests.Session, q: str, finds: list) -> None:
    response = reviewer.get(console.base + "/", params={"q": q})
    assert response.status_code == 200
    everything = console.listed(reviewer.get(console.base + "/").text)
    assert console.listed(response.text) == (everything if finds is None else finds)
    assert console.query("SELECT count(*) FROM events")[0][0] > 0


def test_pagination(console: Console, reviewer: requests.Session) -> None:
    page = reviewer.get(console.base + "/?page=2").text
    assert console.listed(page) == [] and "page 2 of 1" in page
    assert reviewer.get(console.base + "/?page=abc").status_code == 200


# --- a conversation ---------------------------------------------------------------------

def test_conversation_page_shows_the_transcript_with_intents_and_escalations(
        console: Console, reviewer: requests.Session) -> None:
    page = console.open(reviewer, "conv-risk").text
    assert "honestly i want to kms tonight" in page
    assert "intent <code>risk_suicide</code>" in page and "1.00" in page
    assert "Escalated: suicide · detector: rules" in page
    assert "Call or text 988." in page and "action <code>utter_risk_suicide</code>" in page
    abuse = console.open(reviewer, "conv-abuse").text
    assert "detector: classifier" in abuse
    love = console.open(reviewer, "conv-love").text
    assert "Source: kimberly / love_bombing" in love and "low confidence" in love
    reflect = console.open(reviewer, "conv-reflect").text
    assert "Bond reflection result: <strong>supportive</strong>" in reflect
    assert any(row[1] == console.key("conv-risk") for row in console.audit("view_conversation"))
    assert reviewer.get(console.base + "/conversation", params={"id": "nope"}).status_code == 404


def test_personal_data_is_masked_on_every_page_and_export(console: Console, reviewer: requests.Session) -> None:
    pages = [reviewer.get(console.base + "/").text,
             console.open(reviewer, "conv-risk").text,
             reviewer.get(console.base + "/export", params={"format": "csv"}).text,
             reviewer.get(console.base + "/export", params={"format": "json"}).text]
    for page in pages:
        assert EMAIL not in page and "Jane" not in page and "7700" not in page
    assert "[email]" in pages[1] and "[phone]" in pages[1] and "my name is [name]" in pages[1]


def test_an_admin_reveal_shows_one_message_and_is_audited(console: Console, admin: requests.Session) -> None:
    event_id = console.query("SELECT id FROM events WHERE sender_id = 'conv-risk' AND type_name = 'user' "
                             "ORDER BY id LIMIT 1")[0][0]
    page = console.post(admin, "/message/reveal", event_id=event_id).text
    assert EMAIL in page and "Jane Doe" in page
    entry = console.audit("reveal")[-1]
    assert entry[0] == ADMIN and entry[1] == console.key("conv-risk") and str(event_id) in entry[2]
    assert console.post(admin, "/message/reveal", event_id="12abc").status_code == 404


def test_hostile_and_huge_messages_display_inert_and_intact(console: Console, reviewer: requests.Session) -> None:
    response = console.open(reviewer, "conv-hostile")
    assert response.status_code == 200
    assert "<script>alert" not in response.text and "<img src=x" not in response.text
    texts = [html.unescape(t) for t in re.findall(r'<div class="text">(.*?)</div>', response.text, re.S)]
    assert HOSTILE in texts and HUGE in texts  # every character kept, none interpreted
    inbox_page = reviewer.get(console.base + "/", params={"q": "DROP TABLE"}).text
    assert console.listed(inbox_page) == ["conv-hostile"] and "<script>alert" not in inbox_page


def test_review_leaves_the_unreviewed_filter_until_a_new_message_arrives(
        console: Console, reviewer: requests.Session) -> None:
    assert "conv-love" in console.listed(reviewer.get(console.base + "/?unreviewed=1").text)
    done = console.review(reviewer, "conv-love")
    assert done.status_code == 200 and "Reviewed by rex" in done.text
    assert "conv-love" not in console.listed(reviewer.get(console.base + "/?unreviewed=1").text)
    store = tracker_store(console.db_url)
    save(store, "conv-love", [Turn("and what is hoovering", "explain_hoovering", 0.97)], channel="telegram")
    store.engine.dispose()
    assert "conv-love" in console.listed(reviewer.get(console.base + "/?unreviewed=1").text)
    assert any(row[1] == console.key("conv-love") for row in console.audit("review"))


def test_tags_and_notes(console: Console, reviewer: requests.Session) -> None:
    abuse = console.key("conv-abuse")
    console.post(reviewer, "/conversation/tag", id=abuse, tag="follow-up")
    note = "<b>called back</b> & left a message"
    page = console.post(reviewer, "/conversation/note", id=abuse, note=note).text
    assert "follow-up" in page and html.escape(note, quote=False) in page and "<b>called" not in page
    assert console.post(reviewer, "/conversation/tag", id=abuse, tag="<bad>").status_code == 400
    console.post(reviewer, "/conversation/tag", id=abuse, tag="follow-up", remove="1")
    assert console.query("SELECT count(*) FROM console_tags WHERE sender_id = 'conv-abuse'")[0][0] == 0
    assert [row[1] for row in console.audit("tag")][-1] == abuse
    assert console.audit("note")


def test_flags_feed_the_risk_test_set(console: Console, reviewer: requests.Session, tmp_path: Path) -> None:
    missed = console.query("SELECT id FROM events WHERE sender_id = 'conv-love' AND type_name = 'user' "
                           "ORDER BY id LIMIT 1")[0][0]
    alarm = console.query("SELECT id FROM events WHERE sender_id = 'conv-abuse' AND type_name = 'user'")[0][0]
    console.post(reviewer, "/message/flag", event_id=missed, kind="missed_risk", category="self_harm")
    console.post(reviewer, "/message/flag", event_id=alarm, kind="false_alarm")
    assert console.post(reviewer, "/message/flag", event_id=missed, kind="missed_risk",
                        category="bogus").status_code == 400
    page = console.open(reviewer, "conv-love").text
    assert "Flagged missed risk (self harm) by rex" in page
    out = tmp_path / "flagged.yml"
    assert _cli("bondwise.console.flags", console.db_url, "--out", str(out)).returncode == 0
    cases = {case["text"]: case["label"] for case in yaml.safe_load(out.read_text())["messages"]}
    assert cases["what is love bombing exactly"] == "self_harm"
    assert cases["he locked me in again"] == "safe"


def test_export_is_masked_filtered_and_audited(console: Console, reviewer: requests.Session) -> None:
    response = reviewer.get(console.base + "/export", params={"format": "csv", "category": "any"})
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {row["conversation"] for row in rows} == {"conv-risk", "conv-abuse"}
    assert any(row["risk_category"] == "suicide" and row["risk_detector"] == "rules" for row in rows)
    hostile = list(csv.DictReader(io.StringIO(
        reviewer.get(console.base + "/export", params={"format": "csv", "q": "DROP"}).text)))
    assert all(not row["text"].startswith(("=", "+", "-", "@")) for row in hostile)
    data = reviewer.get(console.base + "/export", params={"format": "json", "channel": "telegram"}).json()
    assert [c["conversation"] for c in data] == ["conv-love"] and data[0]["messages"][0]["speaker"] == "user"
    entry = json.loads(console.audit("export")[-1][2])
    assert entry["format"] == "json" and entry["conversations"] == 1


# --- the store underneath -----------------------------------------------------------------

def test_summary_reads_only_new_events(console: Console) -> None:
    summary.refresh(console.engine)
    assert summary.refresh(console.engine) == 0
    store = tracker_store(console.db_url)
    save(store, "conv-new", [Turn("hello again", "greet", 0.99), Turn("bye", "goodbye", 0.99)])
    store.engine.dispose()
    new_events = console.query("SELECT count(*) FROM events WHERE sender_id = 'conv-new'")[0][0]
    assert summary.refresh(console.engine) == new_events
    row = console.query("SELECT user_messages, bot_messages, needs_review FROM console_summaries "
                        "WHERE sender_id = 'conv-new'")[0]
    assert tuple(row) == (2, 2, True)


def test_the_audit_log_is_append_only(console: Console) -> None:
    for statement in ("UPDATE console_audit SET actor = 'someone else'", "DELETE FROM console_audit"):
        with pytest.raises(sa.exc.DatabaseError, match="append-only"):
            with console.engine.begin() as conn:
                conn.execute(sa.text(statement))
    assert console.query("SELECT count(*) FROM console_audit")[0][0] > 0


def test_forgetting_a_conversation_removes_its_console_rows(console: Console, reviewer: requests.Session) -> None:
    store = tracker_store(console.db_url)
    save(store, "conv-forget", [Turn("please remember the word marmalade", "greet", 0.99)])
    summary.refresh(console.engine)
    key = console.key("conv-forget")
    console.post(reviewer, "/conversation/tag", id=key, tag="x")
    console.post(reviewer, "/conversation/note", id=key, note="a note")
    console.review(reviewer, "conv-forget")
    assert console.query("SELECT count(*) FROM console_search WHERE sender_id = 'conv-forget'")[0][0] == 2
    store.forget("conv-forget")
    store.engine.dispose()
    for table in ("console_summaries", "console_tags", "console_search", "console_notes", "console_reviews",
                  "console_flags"):
        assert console.query(f"SELECT count(*) FROM {table} WHERE sender_id = 'conv-forget'")[0][0] == 0
    assert console.listed(reviewer.get(console.base + "/?q=marmalade").text) == []


def test_an_admin_erases_a_conversation_from_every_table(console: Console, admin: requests.Session,
                                                         reviewer: requests.Session) -> None:
    sender, canary = f"conv-erase-{uuid.uuid4().hex[:6]}", f"marmalade {uuid.uuid4().hex[:10]}"
    store = tracker_store(console.db_url)
    save(store, sender, [Turn(f"my word is {canary}", "greet", 0.99),
                         Turn("he is hitting me right now", "greet", 0.5, risk=risk("abuse_danger"))])
    store.engine.dispose()
    key = console.key(sender)
    console.post(reviewer, "/conversation/tag", id=key, tag="erase me")
    console.post(reviewer, "/conversation/note", id=key, note=f"note about {canary}")
    console.review(reviewer, sender)
    event = console.query("SELECT max(id) FROM events WHERE sender_id = :s AND type_name = 'user'", s=sender)[0][0]
    console.post(reviewer, "/message/flag", event_id=event, kind="false_alarm")
    before = traces(console.engine, sender, canary)
    assert {"events", "risk_escalations", "console_summaries", "console_tags", "console_notes",
            "console_reviews", "console_flags"} <= set(before), before
    page = console.open(admin, sender).text
    assert 'action="/admin/conversation/erase"' in page
    assert 'action="/admin/conversation/erase"' not in console.open(reviewer, sender).text
    assert console.post(reviewer, "/admin/conversation/erase", id=key, confirm="yes").status_code == 403 \
        and traces(console.engine, sender, canary)  # a reviewer cannot erase
    assert console.post(admin, "/admin/conversation/erase", id=key).status_code == 400  # not confirmed
    done = console.post(admin, "/admin/conversation/erase", id=key, confirm="yes")
    assert done.status_code == 200 and done.url.endswith("/?done=erased")
    after = traces(console.engine, sender, canary)
    print(f"\nconsole erase ({console.db_url.split(':')[0]}): {table_count(console.engine)} tables scanned, "
          f"before {before}, after {after}")
    assert after == {}
    line = erase_audit_lines(console.engine)[-1]
    assert line["actor"] == "ada" and line["via"] == "console" and line["events"] > 0 and line["target"] is None


def test_retention_dry_run_then_real_run(console: Console, reviewer: requests.Session) -> None:
    summary.refresh(console.engine)
    dry = _cli("bondwise.console.retention", console.db_url, "--days", "365", "--dry-run")
    assert dry.returncode == 0 and "would delete 1 conversations" in dry.stdout
    assert console.query("SELECT count(*) FROM events WHERE sender_id = 'conv-old'")[0][0] > 0
    real = _cli("bondwise.console.retention", console.db_url, "--days", "365")
    assert real.returncode == 0 and "deleted 1 conversations" in real.stdout
    assert console.query("SELECT count(*) FROM events WHERE sender_id = 'conv-old'")[0][0] == 0
    assert console.query("SELECT count(*) FROM console_summaries WHERE sender_id = 'conv-old'")[0][0] == 0
    assert "conv-old" not in console.listed(reviewer.get(console.base + "/").text)
    for kept in ("conv-risk", "conv-back"):  # recent, and started long ago but active today
        assert console.query("SELECT count(*) FROM events WHERE sender_id = :s", s=kept)[0][0] > 0
    assert console.audit("retention_dry_run") and console.audit("retention")
    assert _cli("bondwise.console.retention", console.db_url, "--days", "0").returncode == 2


# --- what a review found --------------------------------------------------------------------

def test_sender_ids_never_appear_in_pages_urls_or_the_audit_log(console: Console, admin: requests.Session) -> None:
    pages = [admin.get(console.base + "/").text, console.open(admin, SENDER_EMAIL).text,
             admin.get(console.base + "/admin/audit").text]
    assert all(SENDER_EMAIL not in page for page in pages)
    assert all(SENDER_EMAIL not in str(row) for row in console.query("SELECT target, detail FROM console_audit"))


def test_search_cannot_find_masked_personal_data(console: Console, reviewer: requests.Session) -> None:
    assert console.listed(reviewer.get(console.base + "/", params={"q": "kms tonight"}).text) == ["conv-risk"]
    for q in ("Jane", "jane.doe", "7700", "example.com"):
        assert console.listed(reviewer.get(console.base + "/", params={"q": q}).text) == []


def test_exported_cells_never_start_a_formula(console: Console, reviewer: requests.Session) -> None:
    rows = list(csv.DictReader(io.StringIO(
        reviewer.get(console.base + "/export", params={"format": "csv", "q": "HYPERLINK"}).text)))
    texts = [row["text"] for row in rows if row["speaker"] == "user"]
    assert texts and all(text.startswith("'=HYPERLINK") for text in texts)


def test_a_review_does_not_cover_a_message_that_arrived_after_the_page_was_opened(
        console: Console, reviewer: requests.Session) -> None:
    page = console.open(reviewer, "conv-abuse").text
    seen = re.search(r'name="seen" value="(\d+)"', page).group(1)
    store = tracker_store(console.db_url)
    save(store, "conv-abuse", [Turn("he is back and shouting", "risk_abuse_danger", 1.0, risk("abuse_danger"))])
    store.engine.dispose()
    late = console.post(reviewer, "/conversation/review", id=console.key("conv-abuse"), seen=seen)
    assert late.status_code == 409 and "New messages arrived" in late.text
    assert "conv-abuse" in console.listed(reviewer.get(console.base + "/?unreviewed=1").text)
    assert console.review(reviewer, "conv-abuse").status_code == 200
    assert "conv-abuse" not in console.listed(reviewer.get(console.base + "/?unreviewed=1").text)


def test_new_conversations_are_summarised_after_the_newest_one_is_forgotten(
        console: Console, reviewer: requests.Session) -> None:
    # SQLite hands out the ids of deleted newest rows again; the summary must not skip them.
    store = tracker_store(console.db_url)
    save(store, "conv-gone", [Turn("forget me soon", "greet", 0.99)])
    summary.refresh(console.engine)
    store.forget("conv-gone")
    save(store, "conv-after", [Turn("i took all my pills", "risk_substance_crisis", 1.0, risk("substance_crisis"))])
    store.engine.dispose()
    assert "conv-after" in console.listed(reviewer.get(console.base + "/?category=substance_crisis").text)


def test_a_nul_character_neither_breaks_nor_stops_the_summary(console: Console, reviewer: requests.Session) -> None:
    store = tracker_store(console.db_url)
    save(store, "conv-nul", [Turn("odd\x00bytes in here", "out_of_scope", 0.5)])
    save(store, "conv-next", [Turn("and a normal message after it", "greet", 0.99)])
    store.engine.dispose()
    listed = console.listed(reviewer.get(console.base + "/").text)
    assert "conv-nul" in listed and "conv-next" in listed
    assert console.open(reviewer, "conv-nul").status_code == 200


def test_throttling_by_address_and_its_window(tmp_path: Path) -> None:
    from sqlalchemy.orm import Session

    from bondwise.console import auth
    from bondwise.console.schema import LoginAttempt
    from bondwise.console.store import create_tables

    engine = make_engine(f"sqlite:///{tmp_path / 'throttle.db'}")
    create_tables(engine)
    with Session(engine) as session:
        for n in range(auth.MAX_FAILURES_PER_ADDRESS):  # many usernames, one address
            session.add(LoginAttempt(username=f"user{n}", address="10.0.0.9", succeeded=False, at=auth.now()))
        session.add_all([LoginAttempt(username="old", address="10.0.0.7", succeeded=False,
                                      at=auth.now() - auth.FAILURE_WINDOW_SECONDS - 5) for _ in range(10)])
        session.commit()
        assert auth.throttled(session, "anyone", "10.0.0.9")
        assert not auth.throttled(session, "anyone", "10.0.0.8")
        assert not auth.throttled(session, "old", "10.0.0.7")  # failures outside the window are forgiven


def test_admin_and_reveal_forms_need_the_csrf_token(console: Console, admin: requests.Session) -> None:
    reveals = len(console.audit("reveal"))
    event_id = console.query("SELECT id FROM events WHERE sender_id = 'conv-risk' AND type_name = 'user' "
                             "ORDER BY id LIMIT 1")[0][0]
    forged = admin.post(console.base + "/message/reveal", data={"event_id": event_id})
    assert forged.status_code == 403 and EMAIL not in forged.text and len(console.audit("reveal")) == reveals
    demote = admin.post(console.base + "/admin/accounts", data={"username": REVIEWER, "change": "admin"})
    assert demote.status_code == 403
    assert console.query("SELECT role FROM console_accounts WHERE username = :u", u=REVIEWER)[0][0] == "reviewer"


def test_security_headers_on_errors_and_exports(console: Console, reviewer: requests.Session) -> None:
    for response in (reviewer.get(console.base + "/conversation", params={"id": "nope"}),
                     reviewer.get(console.base + "/export", params={"format": "csv"}),
                     reviewer.get(console.base + "/no/such/page")):
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["Cache-Control"] == "no-store"


def test_pagination_over_more_than_one_page(console: Console, reviewer: requests.Session) -> None:
    # Last in this module: it adds conversations that would be newest in every list.
    store = tracker_store(console.db_url)
    for n in range(51):
        save(store, f"bulk-{n:02d}", [Turn(f"bulk message {n}", "greet", 0.99)], channel="bulk")
    store.engine.dispose()
    first = reviewer.get(console.base + "/?channel=bulk").text
    assert len(console.listed(first)) == 50 and "page 1 of 2" in first and 'rel="next"' in first
    second = reviewer.get(console.base + "/?channel=bulk&page=2").text
    assert len(console.listed(second)) == 1 and 'rel="prev"' in second
    assert not set(console.listed(first)) & set(console.listed(second))
