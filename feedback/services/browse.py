"""Browsing items: filters, sorting, pagination, and counts that stay cheap at a million rows.

Lists fetch one row more than a page to know whether a next page exists, instead of counting the table;
totals per sentiment come from the running ``sentiment_count`` table when no filter narrows the list, and
from counts capped at COUNT_CAP otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from ..models import Item, ItemIssue, Product, SentimentCount

COUNT_CAP = 10_000
LABELS = ("negative", "neutral", "positive")
SORTS: dict[str, tuple[str, Any]] = {
    "newest": ("Newest first", (Item.posted_at.desc(), Item.id.desc())),
    "oldest": ("Oldest first", (Item.posted_at.asc(), Item.id.asc())),
    "rating_low": ("Lowest rating", (Item.stars.asc(), Item.posted_at.desc(), Item.id.desc())),
    "rating_high": ("Highest rating", (Item.stars.desc(), Item.posted_at.asc(), Item.id.asc())),
    "most_negative": ("Most negative text", (Item.sentiment_compound.asc(), Item.id.desc())),
    "most_positive": ("Most positive text", (Item.sentiment_compound.desc(), Item.id.desc())),
}


@dataclass
class ItemFilter:
    """What the user narrowed the list to; empty fields do not filter."""

    kind: str = ""
    product: str = ""
    sentiment: str = ""
    rating: str = ""
    date_from: date | None = None
    date_to: date | None = None
    q: str = ""
    issue: str = ""
    sort: str = "newest"
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_args(cls, args: Any) -> ItemFilter:
        """Read filters from query arguments, noting (not raising) values that make no sense."""
        flt = cls(
            kind=args.get("kind", "") if args.get("kind", "") in ("", "review", "feedback") else "",
            product=args.get("product", "").strip()[:64],
            sentiment=args.get("sentiment", "") if args.get("sentiment", "") in ("", *LABELS) else "",
            rating=args.get("rating", "") if args.get("rating", "") in ("", "1", "2", "3", "4", "5") else "",
            q=args.get("q", "").strip()[:200],
            issue=args.get("issue", "").strip()[:200],
            sort=args.get("sort", "newest") if args.get("sort", "newest") in SORTS else "newest",
        )
        for name in ("date_from", "date_to"):
            raw = args.get(name, "").strip()
            if raw:
                try:
                    setattr(flt, name, date.fromisoformat(raw))
                except ValueError:
                    flt.errors.append(f"{raw!r} is not a date; use YYYY-MM-DD.")
        return flt

    def narrows(self) -> bool:
        """Tell whether anything besides kind narrows the list."""
        return any(
            [self.product, self.sentiment, self.rating, self.date_from, self.date_to, self.q, self.issue]
        )

    def args(self, **changes: Any) -> dict[str, str]:
        """Return the filter as query arguments (for links), with ``changes`` applied."""
        out: dict[str, str] = {}
        for f in fields(self):
            if f.name == "errors":
                continue
            value = changes.get(f.name, getattr(self, f.name))
            if value:
                out[f.name] = value.isoformat() if isinstance(value, date) else str(value)
        return out


def _conditions(flt: ItemFilter, *, with_sentiment: bool = True) -> list[Any]:
    conds: list[Any] = []
    if flt.kind:
        conds.append(Item.kind == flt.kind)
    if flt.product:
        conds.append(Item.product == flt.product)
    if flt.sentiment and with_sentiment:
        conds.append(Item.sentiment_label == flt.sentiment)
    if flt.rating:
        conds.append(Item.stars == int(flt.rating))
    if flt.date_from:
        conds.append(Item.posted_at >= datetime.combine(flt.date_from, time.min, UTC))
    if flt.date_to:
        conds.append(Item.posted_at < datetime.combine(flt.date_to + timedelta(days=1), time.min, UTC))
    if flt.issue:
        conds.append(Item.id.in_(select(ItemIssue.item_id).where(ItemIssue.issue_key == flt.issue)))
    if flt.q:
        pattern = "%" + flt.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conds.append(or_(Item.text.ilike(pattern, escape="\\"), Item.title.ilike(pattern, escape="\\")))
    return conds


@dataclass
class Page:
    """One page of items and how to move on."""

    items: list[Item]
    page: int
    per_page: int
    has_next: bool

    @property
    def has_prev(self) -> bool:
        """Tell whether a previous page exists."""
        return self.page > 1


def list_items(session: Session, flt: ItemFilter, page: int, per_page: int) -> Page:
    """Return page ``page`` (1-based) of items matching ``flt``, in its sort order."""
    page = max(1, page)
    stmt: Select[tuple[Item]] = select(Item).where(*_conditions(flt)).order_by(*SORTS[flt.sort][1])
    rows = session.execute(stmt.offset((page - 1) * per_page).limit(per_page + 1)).scalars().all()
    return Page(list(rows[:per_page]), page, per_page, len(rows) > per_page)


@dataclass
class Counts:
    """Items per sentiment label for the current filter; ``capped`` marks lower bounds (the cap was hit)."""

    by_label: dict[str, int]
    capped: set[str]

    @property
    def total(self) -> int:
        """Return the sum over labels."""
        return sum(self.by_label.values())


def sentiment_counts(session: Session, flt: ItemFilter) -> Counts:
    """Count items per label for the filter (ignoring its sentiment choice), cheaply."""
    if not flt.narrows():
        stmt = select(SentimentCount.label, func.sum(SentimentCount.n)).group_by(SentimentCount.label)
        if flt.kind:
            stmt = stmt.where(SentimentCount.kind == flt.kind)
        found = {label: int(n or 0) for label, n in session.execute(stmt)}
        return Counts({label: found.get(label, 0) for label in LABELS}, set())
    # One pass over at most COUNT_CAP matching rows; when capped, each count is a lower bound ("3,400+").
    sub = select(Item.sentiment_label.label("label")).where(*_conditions(flt, with_sentiment=False))
    sub_q = sub.limit(COUNT_CAP).subquery()
    found = dict(session.execute(select(sub_q.c.label, func.count()).group_by(sub_q.c.label)).all())
    by_label = {label: int(found.get(label, 0)) for label in LABELS}
    capped = set(LABELS) if sum(by_label.values()) >= COUNT_CAP else set()
    return Counts(by_label, capped)


def products(session: Session, limit: int = 200) -> list[tuple[str, str | None]]:
    """Return up to ``limit`` known products as (code, title), for the filter's suggestions."""
    rows = session.execute(select(Product.code, Product.title).order_by(Product.code).limit(limit))
    return [(code, title) for code, title in rows]
