"""API tokens: a page to create (shown once) and revoke your tokens, and Bearer-token sign-in for /api/."""

from __future__ import annotations

from flask import Blueprint, Flask, Request, flash, g, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired

from ..db import db
from ..extensions import login_manager
from ..forms import ActionForm
from ..models import User
from ..services import api_tokens
from ..services.api_tokens import TokenError

bp = Blueprint("tokens", __name__, url_prefix="/account/tokens")


class TokenForm(FlaskForm):
    """Name a new API token."""

    name = StringField("Name", validators=[DataRequired("Give the token a name.")])
    submit = SubmitField("Create token")


def load_user_from_token(request: Request) -> User | None:
    """Sign in an /api/ request that sends "Authorization: Bearer <token>" (no cookies, so no CSRF)."""
    if not request.path.startswith("/api/"):
        return None
    raw = api_tokens.bearer_token(request.headers.get("Authorization"))
    if raw is None:
        return None
    found = api_tokens.authenticate(db.session, raw)
    if found is None:
        return None
    user, token = found
    g.api_token_id = token.id
    return user


def init_app(app: Flask) -> None:
    """Let API requests authenticate with a token."""
    login_manager.request_loader(load_user_from_token)


def _page(form: TokenForm, new_token: str | None = None, status: int = 200) -> ResponseReturnValue:
    tokens = api_tokens.list_tokens(db.session, current_user.id)
    return render_template("compliance/tokens.html", form=form, tokens=tokens, new_token=new_token), status


@bp.route("/", methods=["GET", "POST"])
def index() -> ResponseReturnValue:
    """List your API tokens; create one (its value is shown once, on this response only)."""
    form = TokenForm()
    if form.validate_on_submit():
        try:
            token, raw = api_tokens.create_token(db.session, current_user.id, form.name.data or "")
        except TokenError as exc:
            form.name.errors = [str(exc)]
            return _page(form, status=400)
        db.session.commit()
        flash(f"Created the token “{token.name}”. Copy it now: it will not be shown again.", "success")
        # Rendered, not redirected: the raw token must not travel through the session or a URL.
        return _page(TokenForm(formdata=None), new_token=raw)
    return _page(form)


@bp.route("/<int:token_id>/revoke", methods=["POST"])
def revoke(token_id: int) -> ResponseReturnValue:
    """Revoke one of your tokens: requests that send it are refused from now on."""
    if ActionForm().validate_on_submit():
        try:
            token = api_tokens.revoke_token(db.session, current_user.id, token_id)
        except TokenError as exc:
            flash(str(exc), "error")
        else:
            db.session.commit()
            flash(f"Revoked the token “{token.name}”.", "success")
    return redirect(url_for("tokens.index"))
