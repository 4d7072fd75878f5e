"""The staff console in a real browser, on what the real bot stored.

A person's risk message goes through the running Rasa server (REST); a staff member
then signs in to the console in chromium, opens the escalated conversation from the
inbox, marks it reviewed, and sees it leave the not-reviewed filter.
"""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
from playwright.sync_api import Browser, expect

from bondwise import PROJECT_ROOT
from tests.conftest import free_port, stop, wait_http

PASSWORD = "a long staff password 42"


@pytest.fixture(scope="module")
def console_url(servers: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    created = subprocess.run(
        [sys.executable, "-m", "bondwise.console.accounts", "--database-url", servers.db_url,
         "create", "sam", "--role", "reviewer", "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120)
    assert created.returncode == 0, created.stderr
    port = free_port()
    log: Path = tmp_path_factory.mktemp("console_browser") / "console.log"
    proc = subprocess.Popen([sys.executable, "-m", "bondwise.console", "--port", str(port),
                             "--database-url", servers.db_url], cwd=PROJECT_ROOT,
                            stdout=open(log, "ab"), stderr=subprocess.STDOUT, env=dict(os.environ))
    try:
        wait_http(f"http://127.0.0.1:{port}/health", proc, timeout=60)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)


def test_staff_review_an_escalated_conversation_in_the_browser(servers: Any, console_url: str,
                                                               browser: Browser) -> None:
    # Letters only: the console masks a run of digits as a phone number ("browser-[phone]"
    # once made this row unfindable), which is what it should do with a real number.
    sender = "browser-" + uuid.uuid4().hex[:8].translate(str.maketrans("0123456789", "ghijklmnop"))
    replies = requests.post(f"{servers.url}/webhooks/rest/webhook", timeout=60,
                            json={"sender": sender, "message": "i cant do this anymore i want to end my life"}).json()
    assert "988" in replies[0]["text"]

    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{console_url}/")
    expect(page).to_have_url(f"{console_url}/login")
    page.get_by_label("Username").fill("sam")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Conversations")).to_be_visible()

    page.get_by_role("link", name="Escalated").click()
    row = page.locator("tr", has_text=sender)
    expect(row).to_contain_text("suicide")
    expect(row).to_contain_text("not reviewed")
    row.get_by_role("link").click()
    expect(page.locator(".risk-banner").first).to_contain_text("suicide")
    expect(page.locator("article.message.user").first).to_contain_text("end my life")
    page.get_by_role("button", name="Mark reviewed").click()
    expect(page.locator("#review-state")).to_contain_text("Reviewed by sam")

    page.goto(f"{console_url}/?unreviewed=1&category=any")
    expect(page.get_by_role("heading", name="Conversations")).to_be_visible()
    expect(page.locator("tr", has_text=sender)).to_have_count(0)
    page.goto(f"{console_url}/?category=any")
    expect(page.locator("tr", has_text=sender)).to_have_count(1)
    context.close()
