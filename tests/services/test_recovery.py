"""Jobs a stopped worker left "running" are cleaned up when a worker starts again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Flask
from sqlalchemy import func, select

from feedback import jobs
from feedback.db import db
from feedback.models import AnalysisRun, ImportJob, ImportRejection, Item, SentimentCount
from feedback.services.importing import recount_sentiment
from feedback.services.recovery import IMPORT_MESSAGE, recover_interrupted


def _job(status: str, started: datetime | None) -> ImportJob:
    job = ImportJob(filename="f.csv", status=status, started_at=started, rows_seen=5, created=1)
    db.session.add(job)
    db.session.flush()
    db.session.add(
        Item(kind="review", source="t", source_key=f"t:{job.id}", text="Broke at once.", rating=1, stars=1,
             import_id=job.id, sentiment_label="negative", sentiment_compound=-0.5)
    )  # fmt: skip
    db.session.add(ImportRejection(job_id=job.id, line=3, field="rating", message="not a number"))
    return job


def test_interrupted_jobs_are_failed_and_undone_but_not_newer_or_finished_ones(app: Flask) -> None:
    boot = datetime.now(UTC)
    old, new, done = (
        _job("running", boot - timedelta(hours=1)),
        _job("running", boot + timedelta(seconds=1)),
        _job("done", boot - timedelta(hours=2)),
    )
    run = AnalysisRun(status="running", started_at=boot - timedelta(minutes=5))
    fresh = AnalysisRun(status="running", started_at=boot + timedelta(seconds=1))
    db.session.add_all([run, fresh])
    recount_sentiment(db.session)
    db.session.commit()

    found = recover_interrupted(db.session, boot)
    db.session.commit()

    assert found.imports == (old.id,) and found.analyses == (run.id,)
    assert (old.status, old.error, old.created, old.rows_seen) == ("failed", IMPORT_MESSAGE, 0, 0)
    assert old.finished_at is not None
    assert new.status == "running" and done.status == "done" and fresh.status == "running"
    assert run.status == "failed" and "worker stopped" in (run.error or "")
    remaining = set(db.session.execute(select(Item.import_id)).scalars())
    assert remaining == {new.id, done.id}, "the interrupted import's rows are gone, the others stay"
    assert not db.session.execute(select(ImportRejection).where(ImportRejection.job_id == old.id)).first()
    assert db.session.execute(select(func.sum(SentimentCount.n))).scalar() == 2


def test_worker_start_recovers_and_queues_a_new_analysis(app: Flask) -> None:
    run = AnalysisRun(status="running", started_at=datetime.now(UTC) - timedelta(hours=1))
    db.session.add(run)
    db.session.commit()
    jobs.recover_after_restart()  # what the consumer runs on start (tasks run inline in tests)
    runs = db.session.execute(select(AnalysisRun).order_by(AnalysisRun.id)).scalars().all()
    assert runs[0].status == "failed"
    assert len(runs) == 2 and runs[1].status == "done" and "interrupted" in runs[1].reason
