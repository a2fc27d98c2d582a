"""Background jobs on Huey: SQLite storage by default, Redis when FEEDBACK_HUEY_URL says so.

The consumer is started by ``make run`` next to the web server (``huey_consumer feedback.jobs.huey``).
Tests and ``FEEDBACK_HUEY_IMMEDIATE=1`` run tasks inline.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flask import Flask, current_app, has_app_context
from huey import Huey, RedisHuey, SqliteHuey

_ROOT = Path(__file__).resolve().parent.parent


def _make_huey() -> Huey:
    """Pick the queue's storage from the environment; the default needs no other service."""
    url = os.environ.get("FEEDBACK_HUEY_URL", "")
    if url.startswith("redis://"):
        return RedisHuey("feedback", url=url)
    instance = Path(os.environ.get("FEEDBACK_INSTANCE_PATH", str(_ROOT / "instance")))
    filename = os.environ.get("FEEDBACK_HUEY_DB", str(instance / "huey.sqlite"))
    Path(filename).parent.mkdir(parents=True, exist_ok=True)
    return SqliteHuey("feedback", filename=filename)


huey = _make_huey()
_worker_app: Flask | None = None
_STARTED = datetime.now(UTC)  # jobs started before this process are not this process's


@huey.on_startup()
def recover_after_restart() -> None:
    """When a consumer starts, clean up the jobs a stopped consumer left "running" (see services.recovery)."""
    in_app_context(_recover)


def _recover(app: Flask) -> None:
    from .db import db
    from .services.recovery import recover_interrupted

    found = recover_interrupted(db.session, _STARTED)
    db.session.commit()
    if found.imports or found.analyses:
        app.logger.warning(
            "recovered interrupted jobs: imports %s, analyses %s", found.imports, found.analyses
        )
    if found.analyses:
        queue_issue_analysis("the previous analysis was interrupted")


def init_app(app: Flask) -> None:
    """Run tasks inline under test or when configured, so no consumer is needed there."""
    if app.testing or app.config.get("HUEY_IMMEDIATE") or os.environ.get("FEEDBACK_HUEY_IMMEDIATE") == "1":
        huey.immediate = True
    app.extensions["huey"] = huey


def in_app_context(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call ``func`` inside an application context: the caller's, or the worker's own app."""
    global _worker_app
    if has_app_context():
        return func(current_app._get_current_object(), *args, **kwargs)  # type: ignore[attr-defined]
    if _worker_app is None:
        from . import create_app

        _worker_app = create_app()
    with _worker_app.app_context():
        return func(_worker_app, *args, **kwargs)


def _import(app: Flask, job_id: int) -> None:
    from .db import db
    from .models import ImportJob, ImportStatus
    from .services.importing import run_job

    job = db.session.get(ImportJob, job_id)
    if job is None or job.status != ImportStatus.QUEUED:
        return  # deleted, or already run by an earlier delivery of the same task
    summary = run_job(db.session, job, commit=db.session.commit)
    if summary.created:
        queue_issue_analysis(f"after importing {job.filename}")


def queue_issue_analysis(reason: str) -> None:
    """Register a re-analysis of recurring issues and hand it to the worker (inside an app context)."""
    from .db import db
    from .services.issues import queue_analysis

    run = queue_analysis(db.session, reason)
    db.session.commit()
    run_analysis_task(run.id)


def _analyse(app: Flask, run_id: int) -> None:
    from .db import db
    from .models import AnalysisRun
    from .services.issues import run_analysis

    run = db.session.get(AnalysisRun, run_id)
    if run is None or run.status != "queued":
        return
    run_analysis(db.session, run, commit=db.session.commit)


@huey.task()
def run_import_task(job_id: int) -> None:
    """Run import job ``job_id`` in the background."""
    in_app_context(_import, job_id)


@huey.task()
def run_analysis_task(run_id: int) -> None:
    """Re-analyse recurring issues over all items in the background."""
    in_app_context(_analyse, run_id)
