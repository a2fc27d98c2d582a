"""Import a file of reviews or seller feedback: read, score, store in batches, and account for every row.

Policy (shown to users on the import page): valid rows are imported; every rejected row is listed with its
line, field and reason, and can be downloaded to fix and re-import. A row is stored whole or not at all.
A file-level problem (empty, unreadable, wrong kind, missing columns) rejects the whole file with nothing
written. If an import fails midway, the rows it had added are removed again, so a failed import leaves
nothing behind. Re-importing a file, or an overlapping later export, skips rows already present (each
source gives every row a stable key).
"""

from __future__ import annotations

import contextlib
import gzip
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..db import utcnow
from ..domain.importers import (
    MAPPABLE_FIELDS,
    Format,
    ImportFileError,
    ParsedItem,
    RowError,
    detect,
    read_items,
)
from ..models import ImportJob, ImportRejection, ImportStatus, Item, Product, SentimentCount
from .scoring import Job, default_workers, score_pipeline

BATCH_ROWS = 2000
COMMIT_SECONDS = 1.0
# Below this many rows, starting worker processes costs more than it saves.
POOL_THRESHOLD = 20_000


@dataclass
class ImportSummary:
    """What an import did with the rows of its file."""

    rows: int = 0
    created: int = 0
    duplicates: int = 0
    rejected: int = 0


Progress = Callable[[ImportSummary], None]


def count_lines(path: Path) -> int:
    """Count the lines of ``path`` (decompressing gzip) to size the progress bar; cheap next to scoring."""
    with path.open("rb") as raw:
        gz = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        with gzip.GzipFile(fileobj=raw) if gz else contextlib.nullcontext(raw) as fh:
            lines = 0
            while chunk := fh.read(1 << 20):
                lines += chunk.count(b"\n")
    return lines


def _insert(session: Session) -> Callable[..., Any]:
    """Return the dialect's INSERT that supports ON CONFLICT."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


ITEM_COLUMNS = (
    "kind", "source", "source_key", "product", "title", "text", "rating", "stars", "posted_at", "order_id",
    "author_hash", "author_name", "existing_response", "verified", "helpful_votes", "sentiment_compound",
    "sentiment_label", "status", "import_id", "imported_at",
)  # fmt: skip
_SQLITE_INSERT = (
    f"INSERT INTO item ({', '.join(ITEM_COLUMNS)}) VALUES ({', '.join('?' * len(ITEM_COLUMNS))})"
    " ON CONFLICT (source_key) DO NOTHING"
)


def _row(item: ParsedItem, compound: float, label: str, job_id: int | None, now: datetime) -> tuple[Any, ...]:
    """Return the item's column values in ITEM_COLUMNS order."""
    rating = item.rating
    return (
        item.kind, item.source, item.source_key, item.product, item.title, item.text, rating,
        int(rating) if rating is not None else None, item.posted_at, item.order_id, item.author_hash,
        item.author_name, item.response, item.verified, item.helpful_votes, compound, label, "new", job_id,
        now,
    )  # fmt: skip


def _sqlite_time(value: datetime | None) -> str | None:
    """Format a UTC datetime exactly as SQLAlchemy stores it in SQLite (naive UTC, microseconds)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _insert_items(session: Session, rows: list[tuple[Any, ...]]) -> None:
    """Insert item rows, skipping keys that are already stored.

    On SQLite the rows go straight to the driver's executemany: SQLAlchemy's per-row parameter processing
    would cost about as much as the insert itself, and the import is meant to keep up with scoring.
    ON CONFLICT stays as a guard against a concurrent import of an overlapping file.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        at, imported = ITEM_COLUMNS.index("posted_at"), ITEM_COLUMNS.index("imported_at")
        stamp = _sqlite_time(rows[0][imported])
        prepared = [(*r[:at], _sqlite_time(r[at]), *r[at + 1 : imported], stamp) for r in rows]
        connection.exec_driver_sql(_SQLITE_INSERT, prepared)
        return
    statement = _insert(session)(Item.__table__).on_conflict_do_nothing(index_elements=["source_key"])
    session.execute(statement, [dict(zip(ITEM_COLUMNS, r, strict=True)) for r in rows])


def _batches(
    records: Iterator[ParsedItem | RowError],
) -> Iterator[tuple[tuple[list[ParsedItem], list[RowError]], list[Job]]]:
    """Group reader output into batches of items to score, each carrying the errors met on the way."""
    items: list[ParsedItem] = []
    errors: list[RowError] = []
    for record in records:
        if isinstance(record, RowError):
            errors.append(record)
        else:
            items.append(record)
        if len(items) + len(errors) >= BATCH_ROWS:
            yield (items, errors), _jobs(items)
            items, errors = [], []
    if items or errors:
        yield (items, errors), _jobs(items)


def _jobs(items: list[ParsedItem]) -> list[Job]:
    """Return what scoring needs of each item: its text (the title when there is none), rating, kind."""
    return [(i.text or i.title or "", i.rating, i.kind) for i in items]


def store_batch(
    session: Session, items: list[ParsedItem], scores: list[tuple[float, str]], job_id: int | None
) -> int:
    """Insert one scored batch, skipping rows whose key is already stored; return how many were new.

    Looking the batch's keys up first (one indexed query) lets the insert be a plain executemany, far
    cheaper per row than INSERT ... RETURNING, and tells exactly which rows are new for the totals.
    """
    if not items:
        return 0
    keys = [item.source_key for item in items]
    existing = set(session.execute(select(Item.source_key).where(Item.source_key.in_(keys))).scalars())
    rows: list[tuple[Any, ...]] = []
    now = utcnow()
    counts: Counter[tuple[str, str]] = Counter()
    for item, (compound, label) in zip(items, scores, strict=True):
        if item.source_key in existing:
            continue
        existing.add(item.source_key)  # a key repeated inside the file counts as a duplicate too
        rows.append(_row(item, compound, label, job_id, now))
        counts[(item.kind, label)] += 1
    if not rows:
        return 0
    _insert_items(session, rows)
    insert = _insert(session)
    codes = {item.product for item in items if item.product}
    if codes:
        session.execute(
            insert(Product).on_conflict_do_nothing(index_elements=["code"]),
            [{"code": code} for code in sorted(codes)],
        )
    upsert = insert(SentimentCount)
    session.execute(
        upsert.on_conflict_do_update(
            index_elements=["kind", "label"], set_={"n": SentimentCount.n + upsert.excluded.n}
        ),
        [{"kind": k, "label": lab, "n": n} for (k, lab), n in sorted(counts.items())],
    )
    return len(rows)


def import_path(
    session: Session,
    path: Path,
    *,
    fmt: Format | None = None,
    mapping: Mapping[str, str] | None = None,
    job: ImportJob | None = None,
    on_batch: Progress | None = None,
    workers: int | None = None,
    name: str | None = None,
) -> ImportSummary:
    """Import ``path`` into ``session``; ``on_batch`` runs after each batch (the edge commits there).

    ``name`` is the file's name as the user knows it, for messages (uploads are stored under another).

    Raises ImportFileError for a problem with the file as a whole, before anything is written.
    """
    records = read_items(path, fmt, mapping, name=name)
    first = next(records, None)  # header problems raise here, before any row is stored
    summary = ImportSummary()
    if first is None:
        return summary

    def chained() -> Iterator[ParsedItem | RowError]:
        yield first
        yield from records

    if workers is None:
        workers = default_workers() if (job is None or job.total_rows >= POOL_THRESHOLD) else 0
    job_id = job.id if job is not None else None
    for (items, errors), scores in score_pipeline(_batches(chained()), workers):
        new = store_batch(session, items, scores, job_id)
        if job_id is not None and errors:
            session.execute(
                ImportRejection.__table__.insert(),
                [
                    {"job_id": job_id, "line": e.line, "field": e.field, "message": e.message, "raw": e.raw}
                    for e in errors
                ],
            )
        summary.rows += len(items) + len(errors)
        summary.created += new
        summary.duplicates += len(items) - new
        summary.rejected += len(errors)
        if job is not None:
            job.rows_seen, job.created = summary.rows, summary.created
            job.duplicates, job.rejected = summary.duplicates, summary.rejected
        if on_batch is not None:
            on_batch(summary)
    return summary


def create_job(session: Session, path: Path, filename: str, user_id: int | None) -> ImportJob:
    """Register an import of ``path`` (already saved), detecting its format for the user to confirm."""
    job = ImportJob(
        filename=filename,
        stored_path=str(path),
        size_bytes=path.stat().st_size,
        created_by_id=user_id,
        status=ImportStatus.QUEUED,
    )
    try:
        detection = detect(path, name=filename)
    except ImportFileError as exc:
        job.status = ImportStatus.FAILED
        job.error = str(exc)
    else:
        job.format = detection.format.value if detection.format else None
        job.detection = detection.reason
    session.add(job)
    session.flush()
    return job


def configure_job(job: ImportJob, fmt: str, columns: Mapping[str, str]) -> str | None:
    """Set the format the user confirmed and, for CSV, the column mapping; return what to fix, if anything.

    ``columns`` maps our field names to the file's column names, "" meaning not in the file.
    """
    mapping = {field: column for field, column in columns.items() if column} if fmt == Format.CSV else None
    if mapping is not None:
        missing = [label for field, label, required in MAPPABLE_FIELDS if required and field not in mapping]
        if missing:
            return f"Choose a column for: {', '.join(missing)}."
    job.format, job.mapping = fmt, mapping
    return None


def undo_job_rows(session: Session, job_id: int) -> None:
    """Remove every item a failed import added, and bring the sentiment totals back in line."""
    session.execute(delete(Item).where(Item.import_id == job_id))
    recount_sentiment(session)


def recount_sentiment(session: Session) -> None:
    """Rebuild the per-kind, per-label totals from the items table (after a rollback or a delete)."""
    session.execute(delete(SentimentCount))
    rows = session.execute(
        select(Item.kind, Item.sentiment_label, func.count()).group_by(Item.kind, Item.sentiment_label)
    ).all()
    for kind, label, n in rows:
        session.add(SentimentCount(kind=kind, label=label, n=n))
    session.flush()


def run_job(
    session: Session,
    job: ImportJob,
    *,
    commit: Callable[[], None],
    on_batch: Progress | None = None,
    workers: int | None = None,
) -> ImportSummary:
    """Run a registered import to the end, committing after each batch so progress shows; never raises.

    On a file-level problem the job fails with that message; on an unexpected error its rows are removed.
    """
    job.status, job.started_at, job.error = ImportStatus.RUNNING, utcnow(), None
    path = Path(job.stored_path or "")
    job.total_rows = count_lines(path) if path.exists() else 0
    commit()

    last_commit = time.monotonic()

    def checkpoint(summary: ImportSummary) -> None:
        # Committing rewrites the dirty index pages; about once a second keeps progress live and cheap.
        nonlocal last_commit
        if time.monotonic() - last_commit >= COMMIT_SECONDS:
            commit()
            last_commit = time.monotonic()
        if on_batch is not None:
            on_batch(summary)

    fmt = Format(job.format) if job.format else None
    try:
        summary = import_path(
            session,
            path,
            fmt=fmt,
            mapping=job.mapping,
            job=job,
            on_batch=checkpoint,
            workers=workers,
            name=job.filename,
        )
    except ImportFileError as exc:
        session.rollback()
        _fail(session, job, str(exc))
        commit()
        return ImportSummary()
    except Exception as exc:  # anything else: leave nothing half-written behind
        session.rollback()
        undo_job_rows(session, job.id)
        session.execute(delete(ImportRejection).where(ImportRejection.job_id == job.id))
        _fail(
            session, job, f"The import stopped unexpectedly ({type(exc).__name__}: {exc}); nothing was kept."
        )
        job.created = job.duplicates = job.rejected = job.rows_seen = 0
        commit()
        return ImportSummary()
    job.status, job.finished_at = ImportStatus.DONE, utcnow()
    commit()
    return summary


def _fail(session: Session, job: ImportJob, message: str) -> None:
    job = session.merge(job)
    job.status, job.error, job.finished_at = ImportStatus.FAILED, message, utcnow()
