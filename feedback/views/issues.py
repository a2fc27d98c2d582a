"""Recurring issues: overall and per product, an issue's page with its edits, and re-analysis."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from ..db import db
from ..domain.issue_edits import Edit, EditError
from ..domain.issues import IssueKind
from ..domain.trends import sparkline_points
from ..forms import ActionForm
from ..jobs import queue_issue_analysis
from ..services import issues

bp = Blueprint("issues", __name__, url_prefix="/issues")
TOP = 25  # issues listed before "show all"


@bp.app_template_filter("sparkline")
def sparkline(counts: list[int]) -> str:
    """Return SVG polyline points for weekly counts."""
    return sparkline_points(tuple(counts))


@bp.route("/")
def index() -> ResponseReturnValue:
    """List recurring issues for all products or one product (``?product=``)."""
    scope = request.args.get("product", issues.ALL)
    rows, once = issues.split_recurring(issues.issue_table(db.session, scope))
    show_all = request.args.get("all") == "1"
    scopes = issues.scopes(db.session)
    return render_template(
        "issues/index.html",
        scope=scope,
        scope_title=next((title for code, title, _n in scopes if code == scope), None),
        rows=rows if show_all else rows[:TOP],
        total=len(rows),
        once=once,
        show_all=show_all,
        scopes=scopes,
        run=issues.latest_run(db.session),
        action=ActionForm(),
        ALL=issues.ALL,
        NO_PRODUCT=issues.NO_PRODUCT,
    )


@bp.route("/run.json")
def run_status() -> ResponseReturnValue:
    """Return the latest analysis run's progress for the page's progress bar."""
    run = issues.latest_run(db.session)
    if run is None:
        return {"status": "none", "progress": 0}
    return {
        "status": run.status,
        "progress": round(run.progress, 4),
        "done": run.done_items,
        "total": run.total_items,
        "error": run.error,
    }


@bp.route("/analyze", methods=["POST"])
def analyze() -> ResponseReturnValue:
    """Start a re-analysis in the background."""
    if not ActionForm().validate_on_submit():
        abort(400)
    queue_issue_analysis("started by hand")
    flash("Re-analysing the recurring issues; the figures update when it finishes.", "success")
    return redirect(request.referrer or url_for("issues.index"))


@bp.route("/i/<path:key>")
def detail(key: str) -> ResponseReturnValue:
    """Show one issue: figures per product, trend, quotes, and the edits that shape it."""
    rows = issues.issue_in_scopes(db.session, key)
    if not rows:
        abort(404)
    others = [r for r in issues.issue_table(db.session) if r.issue_key != key]
    return render_template(
        "issues/detail.html",
        key=key,
        overall=rows[0],
        rows=rows,
        others=others,
        edits=issues.edits_for(db.session, [key]),
        kinds=[k.value for k in IssueKind],
        action=ActionForm(),
        run=issues.latest_run(db.session),
        ALL=issues.ALL,
    )


@bp.route("/i/<path:key>/edit", methods=["POST"])
def edit(key: str) -> ResponseReturnValue:
    """Store an edit (rename, kind, merge, split, promote) and re-analyse."""
    if not ActionForm().validate_on_submit():
        abort(400)
    action = request.form.get("action", "")
    payload: dict[str, object] = {
        name: request.form.get(name, "")
        for name in ("label", "kind", "into", "terms")
        if name in request.form
    }
    if action == "split":
        labels = request.form.getlist("part_label")
        terms = request.form.getlist("part_terms")
        payload = {"parts": {label: t for label, t in zip(labels, terms, strict=False) if label.strip()}}
    try:
        issues.add_edit(db.session, Edit(action, key, payload), current_user.id)
    except EditError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("issues.detail", key=key))
    db.session.commit()
    queue_issue_analysis(f"after the edit {action} of {key}")
    flash("Saved. The issues are being re-analysed with your edit.", "success")
    target = request.form.get("into") if action == "merge" else key
    return redirect(url_for("issues.detail", key=target or key))


@bp.route("/edits/<int:edit_id>/delete", methods=["POST"])
def undo(edit_id: int) -> ResponseReturnValue:
    """Remove an edit and re-analyse."""
    if not ActionForm().validate_on_submit():
        abort(400)
    if not issues.remove_edit(db.session, edit_id):
        abort(404)
    db.session.commit()
    queue_issue_analysis("after undoing an edit")
    flash("Edit removed. The issues are being re-analysed.", "success")
    return redirect(request.referrer or url_for("issues.index"))
