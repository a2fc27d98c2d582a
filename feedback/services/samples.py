"""Sample data for newcomers: write the generated sample files and register their imports."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.samples import PRODUCTS, write_sample_files
from ..models import ImportJob, Product
from .importing import create_job


def queue_sample_imports(session: Session, folder: Path, user_id: int | None) -> list[ImportJob]:
    """Write the sample review and feedback files and register an import job for each."""
    target = folder / f"sample-{uuid.uuid4().hex[:8]}"
    target.mkdir(parents=True, exist_ok=True)
    reviews, feedback = write_sample_files(target, datetime.now(UTC).date())
    known = set(session.execute(select(Product.code)).scalars())
    session.add_all(Product(code=p.asin, title=p.title) for p in PRODUCTS if p.asin not in known)
    return [create_job(session, path, path.name, user_id) for path in (reviews, feedback)]
