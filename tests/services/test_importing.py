"""The import service: every row accounted for, no duplicates, nothing half-written."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from feedback.db import db
from feedback.domain.importers import ImportFileError
from feedback.models import ImportJob, ImportRejection, Item, Product, SentimentCount
from feedback.services import importing
from feedback.services.browse import ItemFilter, list_items
from tests.helpers import review, write_feedback, write_reviews


def _count(model: type) -> int:
    return db.session.execute(select(func.count()).select_from(model)).scalar_one()


def _run(path: Path, **kwargs: object) -> ImportJob:
    job = importing.create_job(db.session, path, path.name, None)
    for key, value in kwargs.items():
        setattr(job, key, value)
    db.session.commit()
    importing.run_job(db.session, job, commit=db.session.commit)
    return job


def test_reviews_import_with_sentiment_and_products(app: Flask, tmp_path: Path) -> None:
    records = [
        review(1, 5, "Absolutely love it, works perfectly."),
        review(2, 1, "Broke after a day. Terrible."),
    ]
    records.append(review(3, 3, "It is a bag.", asin="B000TEST02"))
    job = _run(write_reviews(tmp_path / "r.jsonl", records))
    assert (job.status, job.created, job.duplicates, job.rejected) == ("done", 3, 0, 0)
    labels = dict(db.session.execute(select(Item.source_key, Item.sentiment_label)).all())
    assert sorted(labels.values()) == ["negative", "neutral", "positive"]
    assert {p.code for p in db.session.execute(select(Product)).scalars()} == {"B000TEST01", "B000TEST02"}
    totals = {(c.kind, c.label): c.n for c in db.session.execute(select(SentimentCount)).scalars()}
    assert totals == {("review", "negative"): 1, ("review", "neutral"): 1, ("review", "positive"): 1}


def test_reimport_and_overlapping_export_create_no_duplicates(app: Flask, tmp_path: Path) -> None:
    first = _run(write_reviews(tmp_path / "a.jsonl", [review(i) for i in range(5)]))
    second = _run(write_reviews(tmp_path / "b.jsonl", [review(i) for i in range(3, 8)]))
    assert (first.created, first.duplicates) == (5, 0)
    assert (second.created, second.duplicates) == (3, 2)
    assert _count(Item) == 8
    assert db.session.execute(select(func.sum(SentimentCount.n))).scalar_one() == 8


def test_bad_rows_are_listed_and_good_rows_kept(app: Flask, tmp_path: Path) -> None:
    path = write_feedback(
        tmp_path / "feedback.txt",
        [
            ("1/5/25", "1", "Arrived late and damaged", "", "111-1234567-1234567", "a@example.com"),
            ("13/45/25", "2", "Bad date", "", "111-1234567-1234568", "b@example.com"),
            ("1/6/25", "seven", "Bad rating", "", "111-1234567-1234569", "c@example.com"),
            ("2025/01/07", "5", "Great seller", "Thank you!", "111-1234567-1234570", "d@example.com"),
        ],
    )
    job = _run(path)
    assert (job.status, job.created, job.rejected) == ("done", 2, 2)
    rejected = db.session.execute(select(ImportRejection).order_by(ImportRejection.line)).scalars().all()
    assert [(r.line, r.field) for r in rejected] == [(3, "Date"), (4, "Rating")]
    assert all(r.message for r in rejected)
    items = db.session.execute(select(Item).order_by(Item.id)).scalars().all()
    assert [i.kind for i in items] == ["feedback", "feedback"]
    assert items[1].existing_response == "Thank you!"
    stored = json.dumps([vars(i) for i in items], default=str)
    assert "example.com" not in stored  # the rater email is never stored


def test_a_file_problem_fails_the_job_and_writes_nothing(app: Flask, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    job = importing.create_job(db.session, empty, empty.name, None)
    assert job.status == "failed" and "empty" in (job.error or "").lower()
    assert _count(Item) == 0


def test_an_unexpected_error_midway_removes_the_rows_already_added(
    app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "BATCH_ROWS", 2)
    monkeypatch.setattr(
        importing, "COMMIT_SECONDS", 0.0
    )  # commit every batch: rows are stored before the failure
    calls = {"n": 0}
    real = importing.store_batch

    def failing(*args: object, **kwargs: object) -> int:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "store_batch", failing)
    committed = []
    real_commit = db.session.commit

    def counting_commit() -> None:
        committed.append(_count(Item))
        real_commit()

    path = write_reviews(tmp_path / "r.jsonl", [review(i) for i in range(10)])
    job = importing.create_job(db.session, path, path.name, None)
    db.session.commit()
    importing.run_job(db.session, job, commit=counting_commit)
    assert max(committed) == 4  # two batches were committed before the third failed
    assert job.status == "failed"
    assert "disk full" in (job.error or "") and "nothing was kept" in (job.error or "")
    assert _count(Item) == 0
    assert db.session.execute(select(func.coalesce(func.sum(SentimentCount.n), 0))).scalar_one() == 0


def test_import_path_raises_for_missing_columns(app: Flask, tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Date\tRating\n1/1/25\t5\n", encoding="utf-8")
    with pytest.raises(ImportFileError):
        importing.import_path(db.session, path, fmt=importing.Format.AMAZON_FEEDBACK)
    assert _count(Item) == 0


def test_scoring_in_worker_processes_gives_the_same_result(app: Flask, tmp_path: Path) -> None:
    texts = ["I love it", "Terrible, it broke", "It is blue", "not bad at all", "Could not be happier"]
    records = [review(i, text=texts[i % 5], rating=3) for i in range(40)]
    path = write_reviews(tmp_path / "r.jsonl", records)
    inline = importing.import_path(db.session, path, workers=0)
    inline_rows = db.session.execute(
        select(Item.source_key, Item.sentiment_compound, Item.sentiment_label)
    ).all()
    db.session.rollback()
    pooled = importing.import_path(db.session, path, workers=2)
    pooled_rows = db.session.execute(
        select(Item.source_key, Item.sentiment_compound, Item.sentiment_label)
    ).all()
    assert inline.created == pooled.created == 40
    assert sorted(inline_rows) == sorted(pooled_rows)


def test_stored_times_read_back_and_filter_like_orm_written_ones(app: Flask, tmp_path: Path) -> None:
    midnight = review(1)
    midnight["timestamp"] = 1_735_689_600_000  # 2025-01-01 00:00:00 UTC exactly
    _run(write_reviews(tmp_path / "r.jsonl", [midnight]))
    item = db.session.execute(select(Item)).scalar_one()
    assert item.posted_at == datetime(2025, 1, 1, tzinfo=UTC)
    assert item.imported_at.tzinfo is not None
    flt = ItemFilter(date_from=date(2025, 1, 1), date_to=date(2025, 1, 1))
    assert [i.id for i in list_items(db.session, flt, 1, 10).items] == [item.id]
    later = ItemFilter(date_from=date(2025, 1, 2))
    assert list_items(db.session, later, 1, 10).items == []
