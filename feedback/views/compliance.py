"""Compliance: the "Check a message" page, the rules page (admins add phrases), and the JSON check API."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFError
from wtforms import HiddenField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields import SelectChoice
from wtforms.validators import DataRequired, Length

from ..db import db
from ..domain.compliance import About, CheckResult, Kind
from ..extensions import csrf
from ..forms import ActionForm
from ..services import api_tokens, compliance
from ..services.compliance import ABOUT_LABELS, KIND_LABELS, MAX_TEXT_CHARS, ComplianceInputError, PhraseError

bp = Blueprint("compliance", __name__)


class CheckForm(FlaskForm):
    """Check a message without JavaScript."""

    kind = SelectField(
        "Message type",
        choices=[SelectChoice(value, label) for value, label in KIND_LABELS.items()],
        default=Kind.REVIEW_REQUEST.value,
    )
    about = SelectField(
        "It concerns",
        choices=[SelectChoice(value, label) for value, label in ABOUT_LABELS.items()],
        default=About.PRODUCT_REVIEW.value,
    )
    text = TextAreaField(
        "Message",
        validators=[
            DataRequired("Type or paste the message to check."),
            Length(max=MAX_TEXT_CHARS, message=f"At most {MAX_TEXT_CHARS:,} characters."),
        ],
    )
    submit = SubmitField("Check")


class PhraseForm(FlaskForm):
    """Add an admin phrase to a rule."""

    rule_id = HiddenField(validators=[DataRequired()])
    phrase = StringField("Phrase", validators=[DataRequired("Type the phrase to add.")])
    submit = SubmitField("Add phrase")


@bp.app_template_global()
def compliance_rule_titles() -> dict[str, str]:
    """Rule id -> title, for the message editor's findings list."""
    return compliance.rule_titles()


@bp.app_template_global()
def compliance_segments(text: str, result: CheckResult | None) -> list[tuple[str, str | None, list[int]]]:
    """Pieces of text with the findings covering them, for server-rendered <mark> highlights."""
    return compliance.highlight_segments(text, result.findings if result else ())


@bp.route("/compliance/check", methods=["GET", "POST"])
def check() -> ResponseReturnValue:
    """Check a message as you type (with JavaScript) or with the Check button (without)."""
    form = CheckForm()
    result = None
    if form.validate_on_submit():
        result = compliance.check_text(db.session, form.text.data or "", form.kind.data, form.about.data)
    else:
        # Compiling the rules takes over a second once per process: pay it on page load, not on the
        # first live check while the user types.
        compliance.get_checker(db.session)
    return render_template("compliance/check.html", form=form, result=result)


@bp.route("/compliance/rules")
def rules() -> ResponseReturnValue:
    """List every rule with its source, phrases and patterns; admins add and remove their own phrases."""
    infos, terms = compliance.describe_rules(db.session)
    return render_template("compliance/rules.html", rules=infos, terms=terms)


def _forbidden() -> ResponseReturnValue:
    message = "Only an admin can change the rules' phrases."
    return render_template("error.html", title="Not allowed", message=message), 403


@bp.route("/compliance/rules/phrases", methods=["POST"])
def add_phrase() -> ResponseReturnValue:
    """Add an admin phrase to a rule (admins only)."""
    if not current_user.is_admin:
        return _forbidden()
    form = PhraseForm()
    rule_id = form.rule_id.data or ""
    if form.validate_on_submit():
        try:
            row = compliance.add_phrase(db.session, rule_id, form.phrase.data or "", current_user.id)
        except PhraseError as exc:
            flash(str(exc), "error")
        else:
            db.session.commit()
            compliance.get_checker(db.session)  # compile now, so the next live check stays fast
            flash(f"Added “{row.phrase}”: messages containing it are now flagged.", "success")
    else:
        flash(next(iter(form.phrase.errors), "Type the phrase to add."), "error")
    return redirect(url_for("compliance.rules", _anchor=f"rule-{rule_id}"))


@bp.route("/compliance/rules/phrases/<int:phrase_id>/delete", methods=["POST"])
def remove_phrase(phrase_id: int) -> ResponseReturnValue:
    """Remove an admin phrase (admins only)."""
    if not current_user.is_admin:
        return _forbidden()
    anchor = ""
    if ActionForm().validate_on_submit():
        try:
            row = compliance.remove_phrase(db.session, phrase_id)
        except PhraseError as exc:
            flash(str(exc), "error")
        else:
            db.session.commit()
            compliance.get_checker(db.session)
            anchor = f"rule-{row.rule_id}"
            flash(f"Removed “{row.phrase}”.", "success")
    return redirect(url_for("compliance.rules", _anchor=anchor or None))


def _auth_error() -> ResponseReturnValue | None:
    """Accept a valid Bearer token (no cookies, so no CSRF) or a session with a valid CSRF header."""
    raw = api_tokens.bearer_token(request.headers.get("Authorization"))
    if raw is not None:
        # The request loader has already checked the token unless a session cookie came with it.
        if g.get("api_token_id") is None and api_tokens.authenticate(db.session, raw) is None:
            return {"error": "The API token is not valid; it may have been revoked."}, 401
        return None
    if current_app.config.get("WTF_CSRF_ENABLED", True):
        try:
            csrf.protect()
        except CSRFError as exc:
            return {
                "error": f"{exc.description} Send the page's CSRF token in the X-CSRFToken header, "
                "or authenticate with Authorization: Bearer <token>."
            }, 400
    return None


@bp.route("/api/v1/compliance/check", methods=["POST"])
@csrf.exempt
def api_check() -> ResponseReturnValue:
    """Check {"kind", "text", "about"?}; answer {"compliant", "findings": [...]}, or 400 {"error"}."""
    problem = _auth_error()
    if problem is not None:
        return problem
    if (request.content_length or 0) > compliance.MAX_BODY_BYTES:
        limit = f"{compliance.MAX_TEXT_CHARS:,}"
        return {"error": f"The request body is too large; a text can be at most {limit} characters."}, 400
    try:
        req = compliance.parse_check_request(request.get_json(silent=True))
    except ComplianceInputError as exc:
        return {"error": str(exc)}, 400
    result = compliance.check_text(db.session, req.text, req.kind, req.about)
    db.session.commit()  # a token's last use
    return result.to_dict()
