"""Import files: upload, confirm the detected format (map CSV columns), follow progress, see the summary."""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import select
from werkzeug.utils import secure_filename

from ..db import db
from ..domain.importers import MAPPABLE_FIELDS, Format, ImportFileError, detect, suggest_mapping
from ..forms import ActionForm, ConfirmImportForm, UploadForm
from ..jobs import run_import_task
from ..models import ImportJob, ImportStatus
from ..services import importing, samples

bp = Blueprint("imports", __name__, url_prefix="/imports")

FORMAT_LABELS = {
    Format.AMAZON_FEEDBACK.value: "Amazon seller feedback report",
    Format.AMAZON_REVIEWS_2023.value: "Amazon Reviews 2023 (JSON Lines)",
    Format.AMAZON_REVIEWS_2018.value: "Amazon reviews 2018 dump (JSON Lines)",
    Format.CSV.value: "CSV/TSV with a column mapping",
}


def _job(job_id: int) -> ImportJob:
    job = db.session.get(ImportJob, job_id)
    if job is None:
        abort(404)
    return job


@bp.route("/", methods=["GET", "POST"])
def index() -> ResponseReturnValue:
    """Upload a file; list earlier imports."""
    form = UploadForm()
    if form.validate_on_submit():
        upload = form.file.data
        name = secure_filename(upload.filename or "") or "upload"
        folder = Path(current_app.config["UPLOAD_FOLDER"])
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{uuid.uuid4().hex}-{name}"
        upload.save(path)
        job = importing.create_job(db.session, path, upload.filename or name, current_user.id)
        db.session.commit()
        if job.error:
            path.unlink(missing_ok=True)
            flash(f"{job.filename}: {job.error}", "error")
            return redirect(url_for("imports.index"))
        return redirect(url_for("imports.confirm", job_id=job.id))
    jobs = db.session.execute(select(ImportJob).order_by(ImportJob.id.desc()).limit(50)).scalars().all()
    return render_template("imports/index.html", form=form, jobs=jobs, action=ActionForm())


@bp.route("/<int:job_id>/confirm", methods=["GET", "POST"])
def confirm(job_id: int) -> ResponseReturnValue:
    """Show what was detected, let the user override it or map columns, then queue the import."""
    job = _job(job_id)
    if job.status != ImportStatus.QUEUED or job.started_at is not None:
        return redirect(url_for("imports.show", job_id=job.id))
    form = ConfirmImportForm()
    form.format.choices = [(value, label) for value, label in FORMAT_LABELS.items()]
    path = Path(job.stored_path or "")
    try:
        detection = detect(path, name=job.filename)
    except (ImportFileError, OSError) as exc:
        flash(f"{job.filename}: {exc}. Upload it again.", "error")
        return redirect(url_for("imports.index"))
    headers = detection.headers
    mapping = job.mapping or suggest_mapping(headers)
    if request.method == "GET":
        form.format.data = job.format or Format.CSV.value
    if form.validate_on_submit():
        chosen = form.format.data or Format.CSV.value
        columns = {f: request.form.get(f"map_{f}", "") for f, _label, _required in MAPPABLE_FIELDS}
        error = importing.configure_job(job, chosen, columns)
        if error is None:
            db.session.commit()
            run_import_task(job.id)
            return redirect(url_for("imports.show", job_id=job.id))
        flash(error, "error")
        mapping = {k: v for k, v in columns.items() if v}
    return render_template(
        "imports/confirm.html",
        job=job,
        form=form,
        headers=headers,
        mapping=mapping,
        fields=MAPPABLE_FIELDS,
        labels=FORMAT_LABELS,
    )


@bp.route("/<int:job_id>")
def show(job_id: int) -> ResponseReturnValue:
    """Show an import's progress (updated live) or its summary and rejected rows."""
    job = _job(job_id)
    rejections = job.rejections[:200]
    return render_template("imports/show.html", job=job, rejections=rejections, labels=FORMAT_LABELS)


@bp.route("/<int:job_id>/status.json")
def status(job_id: int) -> ResponseReturnValue:
    """Return an import's progress for the page's progress bar."""
    job = _job(job_id)
    return {
        "status": job.status,
        "progress": round(job.progress, 4),
        "rows": job.rows_seen,
        "total_rows": job.total_rows,
        "created": job.created,
        "duplicates": job.duplicates,
        "rejected": job.rejected,
        "error": job.error,
    }


@bp.route("/<int:job_id>/rejected.csv")
def rejected_csv(job_id: int) -> ResponseReturnValue:
    """Download the rejected rows (line, field, reason, the row itself) to fix and re-import."""
    job = _job(job_id)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["line", "field", "reason", "row"])
    for r in job.rejections:
        writer.writerow([r.line, r.field, r.message, r.raw])
    name = secure_filename(f"{Path(job.filename).stem}-rejected.csv") or "rejected.csv"
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@bp.route("/sample", methods=["POST"])
def sample() -> ResponseReturnValue:
    """Import the project's realistic sample reviews and feedback, for a newcomer to explore."""
    if not ActionForm().validate_on_submit():
        abort(400)
    folder = Path(current_app.config["UPLOAD_FOLDER"])
    jobs = samples.queue_sample_imports(db.session, folder, current_user.id)
    db.session.commit()
    for job in jobs:
        run_import_task(job.id)
    flash("The sample reviews and seller feedback are being imported.", "success")
    return redirect(url_for("imports.show", job_id=jobs[0].id))
