"""Jobs a stopped worker left behind: an import or analysis marked "running" that no process runs any more.

Huey keeps queued tasks across a restart of the consumer, but a task that was running when the consumer
stopped (restarted, killed, the machine rebooted) is gone: its job would say "running" forever, with a
progress bar that never moves. When a consumer starts, it calls ``recover_interrupted`` for the jobs
started before it: an import is undone (nothing half-written stays) and marked failed with a message
saying what happened and what to do; an analysis is marked failed and a fresh one queued.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db import utcnow
from ..models import AnalysisRun, ImportJob, ImportRejection, ImportStatus
from .importing import undo_job_rows

IMPORT_MESSAGE = (
    "The background worker stopped while this import was running (it was restarted or shut down), so "
    "nothing from it was kept. Upload the file again to import it."
)
ANALYSIS_MESSAGE = "The background worker stopped while this analysis was running; a new one was started."


@dataclass(frozen=True)
class Recovered:
    """What ``recover_interrupted`` cleaned up."""

    imports: tuple[int, ...]
    analyses: tuple[int, ...]


def recover_interrupted(session: Session, started_before: datetime) -> Recovered:
    """Fail the imports and analyses marked running that started before ``started_before``.

    Each interrupted import's rows and rejections are removed. The caller commits, then queues a new
    analysis if ``analyses`` is not empty.
    """
    jobs = session.execute(
        select(ImportJob).where(
            ImportJob.status == ImportStatus.RUNNING, ImportJob.started_at < started_before
        )
    ).scalars()
    imports = []
    for job in jobs:
        undo_job_rows(session, job.id)
        session.execute(delete(ImportRejection).where(ImportRejection.job_id == job.id))
        job.status, job.error, job.finished_at = ImportStatus.FAILED, IMPORT_MESSAGE, utcnow()
        job.created = job.duplicates = job.rejected = job.rows_seen = 0
        imports.append(job.id)
    runs = session.execute(
        select(AnalysisRun).where(AnalysisRun.status == "running", AnalysisRun.started_at < started_before)
    ).scalars()
    analyses = []
    for run in runs:
        run.status, run.error, run.finished_at = "failed", ANALYSIS_MESSAGE, utcnow()
        analyses.append(run.id)
    session.flush()
    return Recovered(tuple(imports), tuple(analyses))
