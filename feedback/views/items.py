"""Browse imported reviews and seller feedback."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request
from flask.typing import ResponseReturnValue

from ..db import db
from ..models import Item
from ..services import browse, issues

bp = Blueprint("items", __name__)


@bp.route("/")
def index() -> ResponseReturnValue:
    """List items with filters, sorting, pagination and per-sentiment counts."""
    flt = browse.ItemFilter.from_args(request.args)
    page = request.args.get("page", "1")
    page_no = int(page) if page.isdigit() else 1
    result = browse.list_items(db.session, flt, page_no, current_app.config["PER_PAGE"])
    counts = browse.sentiment_counts(db.session, flt)
    return render_template(
        "items/index.html",
        flt=flt,
        page=result,
        counts=counts,
        products=browse.products(db.session),
        sorts=browse.SORTS,
        issue_label=issues.label_of(db.session, flt.issue) if flt.issue else None,
    )


@bp.route("/items/<int:item_id>")
def detail(item_id: int) -> ResponseReturnValue:
    """Show one item in full."""
    item = db.session.get(Item, item_id)
    if item is None:
        abort(404)
    return render_template("items/detail.html", item=item)
