"""Recurring issues: run the analysis over all items, store per-item tags and per-scope figures, edits.

The analysis runs product by product (discovery finds what is specific to each product; seller feedback
without a product is one more group), then replaces the stored results in one transaction, so pages show
the previous results until the new ones are complete. User edits live in ``issue_edit`` and are applied
by every run.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..db import utcnow
from ..domain.issue_edits import Edit, compile_edits, validate
from ..domain.issues import RECURRING_MIN_ITEMS, IssueAnalyzer, IssueSummary, load_taxonomy
from ..domain.sentiment import SentimentScorer
from ..domain.trends import weekly_trend
from ..models import AnalysisRun, IssueEdit, IssueStat, Item, ItemIssue, Product

ALL = ""  # the scope of all products together
NO_PRODUCT = "-"  # the scope of items without a product (mostly seller feedback)
QUOTES = 3


@dataclass
class _Found:
    """What the analysis found for one issue key in one scope."""

    label: str
    kind: str
    source: str
    items: set[int] = field(default_factory=set)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    terms: tuple[str, ...] = ()


def stored_edits(session: Session) -> list[Edit]:
    """Return the user's issue edits, oldest first."""
    rows = session.execute(select(IssueEdit).order_by(IssueEdit.id)).scalars()
    return [Edit(row.action, row.key, row.payload) for row in rows]


def queue_analysis(session: Session, reason: str) -> AnalysisRun:
    """Register a re-analysis, reusing one that is already waiting."""
    waiting = session.execute(
        select(AnalysisRun).where(AnalysisRun.status == "queued").order_by(AnalysisRun.id.desc())
    ).scalar_one_or_none()
    if waiting is not None:
        return waiting
    run = AnalysisRun(status="queued", reason=reason[:200])
    session.add(run)
    session.flush()
    return run


def latest_run(session: Session) -> AnalysisRun | None:
    """Return the most recent analysis run, if any."""
    return session.execute(select(AnalysisRun).order_by(AnalysisRun.id.desc()).limit(1)).scalar_one_or_none()


def _groups(session: Session) -> list[str | None]:
    return list(session.execute(select(Item.product).distinct().order_by(Item.product)).scalars())


def _scope(product: str | None) -> str:
    return product if product else NO_PRODUCT


def run_analysis(
    session: Session,
    run: AnalysisRun,
    *,
    commit: Callable[[], None],
    today: date | None = None,
    scorer: Callable[[str], float] | None = None,
) -> None:
    """Analyse every item for recurring issues and store the results; never raises (the run records it)."""
    run.status, run.started_at, run.error = "running", utcnow(), None
    run.total_items = session.execute(select(func.count()).select_from(Item)).scalar_one()
    run.done_items = 0
    commit()
    try:
        overrides, rules = compile_edits(stored_edits(session))
        taxonomy = load_taxonomy(rules)
        score = scorer or SentimentScorer().text_compound
        titles = dict(session.execute(select(Product.code, Product.title)).all())
        tags: list[dict[str, Any]] = []
        found: dict[tuple[str, str], _Found] = {}
        negatives: Counter[str] = Counter()
        for product in _groups(session):
            # The product's own name is context, never one of its issues.
            title = titles.get(product) if product else None
            context = [title] if title else []
            analyzer = IssueAnalyzer(taxonomy, score, overrides=overrides, context_terms=context)
            done = _analyze_group(session, analyzer, product, tags, found, negatives)
            run.done_items += done
            commit()
        _store(session, tags, found, negatives, today or datetime.now(UTC).date())
    except Exception as exc:  # record it for the page; the previous results stay in place
        session.rollback()
        run = session.merge(run)
        run.status, run.error, run.finished_at = "failed", f"{type(exc).__name__}: {exc}", utcnow()
        commit()
        return
    run.status, run.finished_at = "done", utcnow()
    commit()


def _analyze_group(
    session: Session,
    analyzer: IssueAnalyzer,
    product: str | None,
    tags: list[dict[str, Any]],
    found: dict[tuple[str, str], _Found],
    negatives: Counter[str],
) -> int:
    """Analyse one product's items; add their tags and per-issue findings; return how many items."""
    condition = Item.product.is_(None) if product is None else Item.product == product
    rows = session.execute(
        select(Item.id, Item.title, Item.text, Item.rating, Item.posted_at, Item.sentiment_label).where(
            condition
        )
    ).all()
    texts = {
        r.id: (f"{r.title}. {r.text}" if r.title and r.text else (r.text or r.title or "")) for r in rows
    }
    analysis = analyzer.analyze((r.id, texts[r.id], r.rating) for r in rows)
    sentence_of: dict[tuple[int, str], str] = {}
    for sentence in analysis.sentences:
        for tag in sentence.tags:
            sentence_of.setdefault((int(sentence.item_id), tag.key), sentence.text)  # type: ignore[call-overload]
    scope = _scope(product)
    summaries: dict[str, IssueSummary] = {s.tag.key: s for s in analysis.issues}
    with_issue: set[int] = set()
    for r in rows:
        item_tags = analysis.tags_for(r.id)
        if item_tags:
            with_issue.add(r.id)
        for tag in item_tags:
            tags.append(
                {
                    "item_id": r.id,
                    "issue_key": tag.key,
                    "product": product,
                    "posted_at": r.posted_at,
                    "sentence": sentence_of.get((r.id, tag.key), "")[:1000],
                }
            )
            for key_scope in (scope, ALL):
                entry = found.setdefault((key_scope, tag.key), _Found(tag.label, tag.kind.value, tag.source))
                entry.items.add(r.id)
    negative_ids = with_issue | {r.id for r in rows if r.sentiment_label == "negative"}
    negatives[scope] += len(negative_ids)
    negatives[ALL] += len(negative_ids)
    for key, summary in summaries.items():
        quotes = [{"item_id": q.item_id, "text": q.text} for q in summary.quotes]
        for key_scope in (scope, ALL):
            entry = found.get((key_scope, key))
            if entry is None:
                continue
            seen = {q["text"] for q in entry.quotes}
            for quote in quotes:  # identical complaints are common; show different ones
                if len(entry.quotes) < QUOTES and quote["text"] not in seen:
                    entry.quotes.append(quote)
                    seen.add(quote["text"])
            entry.terms = entry.terms or summary.terms
    return len(rows)


def _store(
    session: Session,
    tags: list[dict[str, Any]],
    found: dict[tuple[str, str], _Found],
    negatives: Counter[str],
    today: date,
) -> None:
    """Replace the stored tags and figures with a run's results (one transaction, committed by the caller)."""
    days: dict[tuple[str, str], list[date]] = defaultdict(list)
    for tag in tags:
        if tag["posted_at"] is not None:
            day = tag["posted_at"].date()
            days[(_scope(tag["product"]), tag["issue_key"])].append(day)
            days[(ALL, tag["issue_key"])].append(day)
    stats = []
    for (scope, key), entry in found.items():
        trend = weekly_trend(days.get((scope, key), ()), today)
        stats.append(
            {
                "scope": scope,
                "issue_key": key,
                "label": entry.label,
                "kind": entry.kind,
                "source": entry.source,
                "items": len(entry.items),
                "share": len(entry.items) / max(negatives[scope], 1),
                "weekly": list(trend.counts),
                "direction": trend.direction,
                "quotes": entry.quotes,
                "terms": list(entry.terms),
                "negative_items": negatives[scope],
            }
        )
    session.execute(delete(ItemIssue))
    session.execute(delete(IssueStat))
    for start in range(0, len(tags), 5000):
        session.execute(ItemIssue.__table__.insert(), tags[start : start + 5000])
    if stats:
        session.execute(IssueStat.__table__.insert(), stats)


def issue_table(session: Session, scope: str = ALL) -> list[IssueStat]:
    """Return the issues of a scope, most items first."""
    return list(
        session.execute(
            select(IssueStat)
            .where(IssueStat.scope == scope)
            .order_by(IssueStat.items.desc(), IssueStat.label)
        ).scalars()
    )


def split_recurring(rows: list[IssueStat]) -> tuple[list[IssueStat], list[IssueStat]]:
    """Split a scope's issues into the recurring ones (named by RECURRING_MIN_ITEMS or more items) and
    those only one customer has mentioned so far, keeping their order."""
    recurring = [r for r in rows if r.items >= RECURRING_MIN_ITEMS]
    return recurring, [r for r in rows if r.items < RECURRING_MIN_ITEMS]


def issue_in_scopes(session: Session, key: str) -> list[IssueStat]:
    """Return one issue's figures in every scope where it occurs (all products first)."""
    rows = session.execute(select(IssueStat).where(IssueStat.issue_key == key)).scalars()
    return sorted(rows, key=lambda s: (s.scope != ALL, -s.items, s.scope))


def scopes(session: Session) -> list[tuple[str, str | None, int]]:
    """Return the product scopes that have issues as (code, product title, number of issues)."""
    rows = session.execute(
        select(IssueStat.scope, Product.title, func.count())
        .outerjoin(Product, Product.code == IssueStat.scope)
        .where(IssueStat.scope != ALL)
        .group_by(IssueStat.scope, Product.title)
    ).all()
    return sorted(((scope, title, n) for scope, title, n in rows), key=lambda r: r[0])


def known_keys(session: Session) -> list[str]:
    """Return every issue key the last analysis produced."""
    return list(
        session.execute(
            select(IssueStat.issue_key).where(IssueStat.scope == ALL).order_by(IssueStat.issue_key)
        )
        .scalars()
        .all()
    )


def add_edit(session: Session, edit: Edit, user_id: int | None) -> IssueEdit:
    """Validate and store an edit (EditError says what is wrong); the caller queues a re-analysis."""
    clean = validate(edit, known_keys(session))
    row = IssueEdit(action=clean.action, key=clean.key, payload=dict(clean.payload), created_by_id=user_id)
    session.add(row)
    session.flush()
    return row


def edits_for(session: Session, keys: Iterable[str]) -> list[IssueEdit]:
    """Return the stored edits that concern any of ``keys``, newest first."""
    keys = list(keys)
    return list(
        session.execute(
            select(IssueEdit).where(IssueEdit.key.in_(keys)).order_by(IssueEdit.id.desc())
        ).scalars()
    )


def remove_edit(session: Session, edit_id: int) -> bool:
    """Delete an edit (undo); return whether it existed."""
    row = session.get(IssueEdit, edit_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def label_of(session: Session, key: str) -> str | None:
    """Return the current label of an issue key, if the last analysis produced it."""
    return session.execute(
        select(IssueStat.label).where(IssueStat.issue_key == key, IssueStat.scope == ALL)
    ).scalar_one_or_none()
