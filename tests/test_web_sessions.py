"""Server-issued, signed conversation ids for the web widget."""
from __future__ import annotations

import pytest

from bondwise.channels.web_sessions import SessionIssuer


def test_issued_token_names_its_conversation():
    issuer = SessionIssuer(b"k" * 32)
    token = issuer.issue()
    conversation = issuer.conversation_of(token)
    assert conversation is not None and len(conversation) == 32
    assert token.startswith(conversation + ".")


def test_each_token_is_a_new_conversation():
    issuer = SessionIssuer(b"k" * 32)
    assert len({issuer.conversation_of(issuer.issue()) for _ in range(50)}) == 50


@pytest.mark.parametrize("token", [
    None, 42, "", "abc", "0" * 32, "0" * 32 + ".", "0" * 32 + ".x" * 3, "../../etc",
    "<script>alert(1)</script>", "a" * 10_000,
])
def test_made_up_tokens_are_refused(token):
    assert SessionIssuer(b"k" * 32).conversation_of(token) is None


def test_altered_or_foreign_tokens_are_refused():
    ours, theirs = SessionIssuer(b"k" * 32), SessionIssuer(b"z" * 32)
    token = ours.issue()
    conversation, signature = token.split(".")
    other = ("f" if conversation[0] != "f" else "e") + conversation[1:]
    assert ours.conversation_of(f"{other}.{signature}") is None      # another conversation
    assert ours.conversation_of(f"{conversation}.{signature[:-1]}A") is None  # bad signature
    assert theirs.conversation_of(token) is None                     # another server's secret
    assert theirs.conversation_of(theirs.issue()) is not None


def test_secret_from_environment_survives_a_restart(monkeypatch):
    monkeypatch.setenv("BONDWISE_SESSION_SECRET", "from-the-environment")
    token = SessionIssuer().issue()
    assert SessionIssuer().conversation_of(token) is not None


def test_without_a_secret_each_process_has_its_own(monkeypatch):
    monkeypatch.delenv("BONDWISE_SESSION_SECRET", raising=False)
    assert SessionIssuer().conversation_of(SessionIssuer().issue()) is None


def test_non_ascii_signature_is_refused_not_an_error():
    issuer = SessionIssuer(b"k" * 32)
    conversation = issuer.conversation_of(issuer.issue())
    assert issuer.conversation_of(f"{conversation}.é") is None
    assert issuer.conversation_of(f"{conversation}.\udcff") is None
