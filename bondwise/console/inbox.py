"""The inbox: conversations newest first, filtered, counted and paged, from the summary."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Dict, List, Mapping, Optional, Tuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bondwise.console import search
from bondwise.console.schema import ConversationSummary as S
from bondwise.risk.categories import CATEGORIES

PAGE_SIZE = 50
MAX_PAGE = 10_000
CHANNEL_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_-.")


def _date(value: str | None) -> Optional[date]:
    try:
        return date.fromisoformat((value or "").strip()[:10]) if value else None
    except ValueError:
        return None


def _day_start(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp()


@dataclass(frozen=True)
class Filters:
    """What the inbox shows. Built from query parameters; unknown values are dropped."""
    category: str = ""          # "" none, "any", or one risk category
    unreviewed: bool = False
    low_confidence: bool = False
    channel: str = ""
    since: Optional[date] = None
    until: Optional[date] = None
    q: str = ""
    page: int = 1

    @classmethod
    def from_args(cls, args: Mapping[str, Any]) -> "Filters":
        def get(name: str) -> str:
            value = args.get(name)
            if isinstance(value, list):
                value = value[0] if value else ""
            return str(value or "")[:200]

        category = get("category")
        if category not in ("any",) + CATEGORIES:
            category = ""
        channel = get("channel").lower()
        if not set(channel) <= CHANNEL_CHARS:
            channel = ""
        try:
            page = min(max(int(get("page") or 1), 1), MAX_PAGE)
        except ValueError:
            page = 1
        return cls(category=category, unreviewed=get("unreviewed") == "1",
                   low_confidence=get("low_confidence") == "1", channel=channel[:64],
                   since=_date(get("since")), until=_date(get("until")), q=get("q").strip(), page=page)

    def query_args(self, **changes: Any) -> Dict[str, str]:
        """These filters as query parameters (for links and the export), with changes."""
        values = {"category": self.category, "unreviewed": "1" if self.unreviewed else "",
                  "low_confidence": "1" if self.low_confidence else "", "channel": self.channel,
                  "since": self.since.isoformat() if self.since else "",
                  "until": self.until.isoformat() if self.until else "", "q": self.q,
                  "page": str(self.page) if self.page > 1 else ""}
        values.update({k: v for k, v in changes.items()})
        return {k: str(v) for k, v in values.items() if v not in ("", None, False)}


def where(filters: Filters, dialect: str) -> Tuple[List[Any], Dict[str, Any]]:
    """SQL conditions on the summary table for these filters, and bound parameters."""
    conditions: List[Any] = []
    params: Dict[str, Any] = {}
    if filters.category == "any":
        conditions.append(S.escalated.is_(True))
    elif filters.category:
        conditions.append(S.categories.like(f"%,{filters.category},%"))
    if filters.unreviewed:
        conditions.append(S.needs_review.is_(True))
    if filters.low_confidence:
        conditions.append(S.low_confidence.is_(True))
    if filters.channel:
        conditions.append(S.channel == filters.channel)
    if filters.since:
        conditions.append(S.last_at >= _day_start(filters.since))
    if filters.until:
        conditions.append(S.first_at < _day_start(filters.until + timedelta(days=1)))
    matched = search.matching_senders(dialect, filters.q)
    if matched is not None:
        subquery, search_params = matched
        conditions.append(S.sender_id.in_(subquery.columns(sa.column("sender_id"))))
        params.update(search_params)
    return conditions, params


def page(session: Session, filters: Filters) -> Tuple[List[S], int]:
    """One page of matching conversations, newest first, and how many match in all."""
    dialect = session.bind.dialect.name
    conditions, params = where(filters, dialect)
    total = session.execute(sa.select(sa.func.count()).select_from(S).where(*conditions), params).scalar_one()
    rows = session.execute(
        sa.select(S).where(*conditions).order_by(S.last_at.desc(), S.sender_id)
        .limit(PAGE_SIZE).offset((filters.page - 1) * PAGE_SIZE), params).scalars().all()
    return list(rows), int(total)


def counts(session: Session) -> Dict[str, Any]:
    """How many conversations each filter holds (over all conversations). One small
    query per figure, each answered from an index, rather than one scan of every row."""
    def count(*conditions: Any) -> int:
        return int(session.execute(sa.select(sa.func.count()).select_from(S).where(*conditions)).scalar_one())

    result: Dict[str, Any] = {"all": count(), "unreviewed": count(S.needs_review.is_(True)),
                              "low_confidence": count(S.low_confidence.is_(True))}
    per_category = [sa.func.count().label("escalated")]
    per_category += [sa.func.sum(sa.case((S.categories.like(f"%,{c},%"), 1), else_=0)).label(c)
                     for c in CATEGORIES]
    row = session.execute(sa.select(*per_category).where(S.escalated.is_(True))).one()
    result.update({key: int(value or 0) for key, value in row._mapping.items()})
    channels = session.execute(
        sa.select(S.channel, sa.func.count()).group_by(S.channel).order_by(S.channel)).all()
    result["channels"] = [(channel or "", int(n)) for channel, n in channels]
    return result


def all_matching(session: Session, filters: Filters, limit: int) -> List[S]:
    """Every matching conversation (for an export), newest first, at most `limit`."""
    conditions, params = where(filters, session.bind.dialect.name)
    return list(session.execute(
        sa.select(S).where(*conditions).order_by(S.last_at.desc(), S.sender_id).limit(limit),
        params).scalars().all())
