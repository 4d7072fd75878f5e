"""The chat page in a real browser: Debian's chromium, headless, driven by Playwright.

One person's visit, step by step: greeting, a menu button, a typed question, a risk
message, a reload, an HTML payload, quick exit by button and by Escape. Playwright's own
browser download is not used: CHROMIUM (the Makefile sets it) names the executable.
"""
from __future__ import annotations

import re
from typing import Any, Iterator, List
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, expect

EXIT_URL = "https://www.bbc.co.uk/weather"
WAIT_MS = 60_000


class Visit:
    """A page with a record of every request and every CSP complaint."""

    def __init__(self, browser: Browser, servers: Any) -> None:
        self.context = browser.new_context()
        self.page: Page = self.context.new_page()
        self.url = f"{servers.url}/chat/"
        self.requests: List[str] = []
        self.console: List[str] = []
        self.dialogs: List[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append(m.text))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        # The neutral site is not reachable offline; answer for it as it would.
        self.context.route(re.compile(r"^https://www\.bbc\.co\.uk/.*"), lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Weather</title><h1>Weather</h1>"))

    def open(self) -> None:
        self.page.goto(self.url)

    def bot(self) -> Any:
        return self.page.locator("#bondwise-widget .rw-response")

    def user(self) -> Any:
        return self.page.locator("#bondwise-widget .rw-client")

    def say(self, text: str) -> None:
        box = self.page.get_by_label("Type your message")
        box.fill(text)
        box.press("Enter")

    def wait_for_bot_text(self, pattern: str) -> None:
        expect(self.bot().filter(has_text=re.compile(pattern, re.I)).last).to_be_visible(
            timeout=WAIT_MS)

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def visit(browser: Browser, servers: Any) -> Iterator[Visit]:
    v = Visit(browser, servers)
    yield v
    v.close()


def test_a_visit_from_greeting_to_quick_exit(visit: Visit) -> None:
    page = visit.page
    visit.open()
    # Greeting, with what the bot is, and the two notices above the chat.
    visit.wait_for_bot_text(r"a chatbot \(not a person")
    expect(page.locator(".bw-privacy")).to_contain_text("/forget")
    expect(page.locator(".bw-exit-note")).to_contain_text("does not erase your browser history")
    expect(page.get_by_role("link", name=re.compile("Quick exit"))).to_be_visible()

    # A menu button: "Yes, show me" then a topic.
    page.get_by_role("button", name="Yes, show me").click()
    page.get_by_role("button", name="What is a trauma bond?").click()
    visit.wait_for_bot_text(r"Source: .*section")

    # A typed question, answered with its source.
    visit.say("what are the signs of a negative trauma bond")
    expect(visit.user().last).to_have_text("what are the signs of a negative trauma bond")
    visit.wait_for_bot_text(r"Source: .*section")

    # A risk message: the helplines come at once.
    visit.say("i want to kill myself")
    visit.wait_for_bot_text(r"988")

    # HTML is shown as the characters typed and never runs.
    payload = "<img src=x onerror=alert(1)>"
    visit.say(payload)
    expect(visit.user().last).to_have_text(payload)
    page.wait_for_timeout(1500)
    assert visit.dialogs == []
    assert page.locator("#bondwise-widget img[src='x']").count() == 0

    # A reload in the same tab keeps the conversation (sessionStorage).
    before = visit.bot().count()
    page.reload()
    visit.wait_for_bot_text(r"988")
    assert visit.bot().count() >= before - 1
    assert page.evaluate("() => window.localStorage.getItem('chat_session')") is None

    # Nothing was fetched from anywhere but this server, and the CSP blocked nothing.
    hosts = {urlparse(u).hostname for u in visit.requests if not u.startswith("data:")}
    assert hosts == {"127.0.0.1"}, hosts
    assert not [m for m in visit.console if "Content Security Policy" in m]

    # Quick exit: the neutral site replaces the page and the session is gone.
    page.get_by_role("link", name=re.compile("Quick exit")).click()
    page.wait_for_url(EXIT_URL, timeout=WAIT_MS)
    # The chat page left the tab's history: "back" does not return to it.
    if page.evaluate("() => history.length") > 1:
        page.go_back()
        assert "/chat/" not in page.url
    page.goto(visit.url)
    visit.wait_for_bot_text(r"a chatbot \(not a person")
    expect(visit.bot().filter(has_text="988")).to_have_count(0)
    assert visit.user().count() == 0


def test_escape_three_times_is_a_quick_exit(visit: Visit) -> None:
    page = visit.page
    visit.open()
    visit.wait_for_bot_text(r"a chatbot \(not a person")
    visit.say("what is a trauma bond")
    visit.wait_for_bot_text(r"Source: .*section")
    for _ in range(3):
        page.keyboard.press("Escape")
    page.wait_for_url(EXIT_URL, timeout=WAIT_MS)
    # Back on the chat's site in the same tab: the conversation is no longer stored.
    page.goto(visit.url)
    visit.wait_for_bot_text(r"a chatbot \(not a person")
    assert visit.user().count() == 0


def test_keyboard_only_use(visit: Visit) -> None:
    page = visit.page
    visit.open()
    visit.wait_for_bot_text(r"a chatbot \(not a person")
    # Quick exit comes first in the tab order.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Quick exit"
    # The message box is reachable by Tab and labelled for screen readers.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.getAttribute('aria-label')") == "Type your message":
            break
    else:
        pytest.fail("the message box is not reachable with the Tab key")
    page.keyboard.type("what is a trauma bond")
    page.keyboard.press("Enter")
    visit.wait_for_bot_text(r"Source: .*section")
    assert page.locator("#bondwise-widget [role=log][aria-live=polite]").count() == 1


def test_delete_conversation_button_starts_afresh(visit: Visit, servers: Any) -> None:
    page = visit.page
    visit.open()
    visit.wait_for_bot_text(r"a chatbot \(not a person")
    visit.say("what is a trauma bond")
    visit.wait_for_bot_text(r"Source: .*section")
    token = page.evaluate("() => JSON.parse(sessionStorage.getItem('chat_session')).session_id")
    # The page reloads 1.5 s after the deletion is confirmed; wait for that navigation,
    # then for the new page's greeting and the session the widget stores once connected.
    with page.expect_navigation(timeout=WAIT_MS):
        page.get_by_role("button", name="Delete this conversation").click()
    visit.wait_for_bot_text(r"a chatbot \(not a person")
    expect(visit.user()).to_have_count(0, timeout=WAIT_MS)
    page.wait_for_function(
        "() => { const s = JSON.parse(sessionStorage.getItem('chat_session') || 'null');"
        " return s && s.session_id; }", timeout=WAIT_MS)
    new_token = page.evaluate("() => JSON.parse(sessionStorage.getItem('chat_session')).session_id")
    assert new_token != token
    assert servers.event_count(token.split(".")[0]) == 0


CONTRAST_JS = """
(selector) => {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let n = el; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return Array.from(document.querySelectorAll(selector)).map((el) => {
    const a = lum(parse(getComputedStyle(el).color).slice(0, 3)), b = lum(background(el));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}
"""


def test_text_has_readable_contrast(visit: Visit) -> None:
    page = visit.page
    visit.open()
    visit.wait_for_bot_text(r"a chatbot \(not a person")
    visit.say("hello")
    expect(visit.user().last).to_have_text("hello")
    expect(page.locator("#bondwise-widget .rw-reply").first).to_be_visible(timeout=WAIT_MS)
    for selector in [".bw-quick-exit", ".bw-forget", ".bw-notice", ".bw-header p",
                     "#bondwise-widget .rw-response .rw-markdown p",
                     "#bondwise-widget .rw-client .rw-markdown p, #bondwise-widget .rw-client",
                     "#bondwise-widget .rw-reply"]:
        ratios = page.evaluate(CONTRAST_JS, selector)
        assert ratios, f"nothing matched {selector}"
        assert min(ratios) >= 4.5, f"{selector}: contrast {min(ratios):.2f} < 4.5 (WCAG AA)"
