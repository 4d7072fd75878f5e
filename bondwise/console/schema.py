"""The staff console's own tables, beside Rasa's `events` table in the same database.

The console reads `events` and never writes it. Everything it keeps of its own lives
here: accounts and sign-in sessions, reviews, tags, notes, message flags, the audit
log, and a per-conversation summary that makes the inbox fast.
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()

REVIEWER = "reviewer"
ADMIN = "admin"
ROLES = (REVIEWER, ADMIN)


class Account(Base):
    __tablename__ = "console_accounts"

    id = sa.Column(sa.Integer, primary_key=True)
    username = sa.Column(sa.String(64), nullable=False, unique=True)
    password_hash = sa.Column(sa.String(255), nullable=False)
    role = sa.Column(sa.String(16), nullable=False, default=REVIEWER)
    disabled = sa.Column(sa.Boolean, nullable=False, default=False)
    created_at = sa.Column(sa.Float, nullable=False)


class LoginSession(Base):
    """A signed-in browser. The cookie holds a random token; only its hash is stored."""
    __tablename__ = "console_sessions"

    token_hash = sa.Column(sa.String(64), primary_key=True)
    account_id = sa.Column(sa.Integer, sa.ForeignKey("console_accounts.id"), nullable=False, index=True)
    csrf_token = sa.Column(sa.String(64), nullable=False)
    created_at = sa.Column(sa.Float, nullable=False)
    last_seen = sa.Column(sa.Float, nullable=False)


class LoginAttempt(Base):
    __tablename__ = "console_login_attempts"

    id = sa.Column(sa.Integer, primary_key=True)
    username = sa.Column(sa.String(64), nullable=False, index=True)
    address = sa.Column(sa.String(64), nullable=False, index=True)
    succeeded = sa.Column(sa.Boolean, nullable=False)
    at = sa.Column(sa.Float, nullable=False, index=True)


class ConversationSummary(Base):
    """One row per conversation, kept up to date from new events only."""
    __tablename__ = "console_summaries"

    sender_id = sa.Column(sa.String(255), primary_key=True)
    # A random handle for links and forms: a sender id chosen by a REST client may be an
    # email address or a phone number, and must not appear in URLs.
    key = sa.Column(sa.String(32), nullable=False, unique=True)
    channel = sa.Column(sa.String(64), nullable=True, index=True)
    first_at = sa.Column(sa.Float, nullable=False)
    last_at = sa.Column(sa.Float, nullable=False, index=True)
    user_messages = sa.Column(sa.Integer, nullable=False, default=0)
    bot_messages = sa.Column(sa.Integer, nullable=False, default=0)
    # ",suicide,abuse_danger," so one LIKE finds a category; "" when never escalated.
    categories = sa.Column(sa.String(255), nullable=False, default="")
    escalated = sa.Column(sa.Boolean, nullable=False, default=False, index=True)
    low_confidence = sa.Column(sa.Boolean, nullable=False, default=False, index=True)
    min_confidence = sa.Column(sa.Float, nullable=True)
    reflection_result = sa.Column(sa.String(32), nullable=True)
    preview = sa.Column(sa.String(200), nullable=True)  # the first user message, cut short
    last_event_id = sa.Column(sa.Integer, nullable=False)
    # True when a user message arrived after the last review (or none happened yet).
    needs_review = sa.Column(sa.Boolean, nullable=False, default=True, index=True)


class SummaryCursor(Base):
    """How far the summary has read `events` (the highest event id seen)."""
    __tablename__ = "console_summary_cursor"

    id = sa.Column(sa.Integer, primary_key=True)
    last_event_id = sa.Column(sa.Integer, nullable=False, default=0)


class Review(Base):
    __tablename__ = "console_reviews"

    id = sa.Column(sa.Integer, primary_key=True)
    sender_id = sa.Column(sa.String(255), nullable=False, index=True)
    reviewer = sa.Column(sa.String(64), nullable=False)
    at = sa.Column(sa.Float, nullable=False)
    through_event_id = sa.Column(sa.Integer, nullable=False)


class Tag(Base):
    __tablename__ = "console_tags"
    __table_args__ = (sa.UniqueConstraint("sender_id", "tag"),)

    id = sa.Column(sa.Integer, primary_key=True)
    sender_id = sa.Column(sa.String(255), nullable=False, index=True)
    tag = sa.Column(sa.String(40), nullable=False, index=True)
    author = sa.Column(sa.String(64), nullable=False)
    at = sa.Column(sa.Float, nullable=False)


class Note(Base):
    __tablename__ = "console_notes"

    id = sa.Column(sa.Integer, primary_key=True)
    sender_id = sa.Column(sa.String(255), nullable=False, index=True)
    text = sa.Column(sa.Text, nullable=False)
    author = sa.Column(sa.String(64), nullable=False)
    at = sa.Column(sa.Float, nullable=False)


MISSED_RISK = "missed_risk"
FALSE_ALARM = "false_alarm"
FLAG_KINDS = (MISSED_RISK, FALSE_ALARM)


class MessageFlag(Base):
    """A user message staff marked as a missed risk (with its category) or a false alarm."""
    __tablename__ = "console_flags"
    __table_args__ = (sa.UniqueConstraint("event_id", "kind"),)

    id = sa.Column(sa.Integer, primary_key=True)
    event_id = sa.Column(sa.Integer, nullable=False, index=True)
    sender_id = sa.Column(sa.String(255), nullable=False, index=True)
    kind = sa.Column(sa.String(16), nullable=False)
    category = sa.Column(sa.String(32), nullable=True)
    author = sa.Column(sa.String(64), nullable=False)
    at = sa.Column(sa.Float, nullable=False)


class AuditEntry(Base):
    """Append-only: database triggers refuse UPDATE and DELETE (see install_audit_guard)."""
    __tablename__ = "console_audit"

    id = sa.Column(sa.Integer, primary_key=True)
    at = sa.Column(sa.Float, nullable=False, index=True)
    actor = sa.Column(sa.String(64), nullable=False)
    action = sa.Column(sa.String(32), nullable=False, index=True)
    target = sa.Column(sa.String(255), nullable=True)
    detail = sa.Column(sa.String(1000), nullable=True)
    address = sa.Column(sa.String(64), nullable=True)


# Per-conversation rows that go when a conversation is deleted (forget or retention).
CONVERSATION_TABLES = (ConversationSummary, Review, Tag, Note, MessageFlag)
