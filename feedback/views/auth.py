"""Sign in, sign out, and first-run set-up."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import login_required, login_user, logout_user
from sqlalchemy import select

from ..db import db
from ..forms import ActionForm, LoginForm, SetupForm
from ..models import User
from ..services.users import UserError, create_user, has_users

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str:
    """Follow ``next`` only within this site."""
    if target and not urlsplit(target).netloc and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("items.index")


@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    """Sign in with username and password."""
    if not has_users(db.session):
        return redirect(url_for("auth.setup"))
    form = LoginForm()
    if form.validate_on_submit():
        user = db.session.execute(
            select(User).where(User.username == form.username.data)
        ).scalar_one_or_none()
        if user is not None and user.check_password(form.password.data or ""):
            login_user(user, remember=bool(form.remember.data))
            return redirect(_safe_next(request.args.get("next")))
        flash("Wrong username or password.", "error")
    return render_template("auth/login.html", form=form)


@bp.route("/setup", methods=["GET", "POST"])
def setup() -> ResponseReturnValue:
    """Create the first admin account; closed once any account exists."""
    if has_users(db.session):
        return redirect(url_for("auth.login"))
    form = SetupForm()
    if form.validate_on_submit():
        try:
            user = create_user(db.session, form.username.data or "", form.password.data or "", is_admin=True)
        except UserError as exc:
            form.username.errors.append(str(exc))
        else:
            db.session.commit()
            login_user(user)
            flash("Welcome! Your admin account is ready.", "success")
            return redirect(url_for("items.index"))
    return render_template("auth/setup.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout() -> ResponseReturnValue:
    """Sign out (POST with CSRF, so no link can sign a user out)."""
    if ActionForm().validate_on_submit():
        logout_user()
    return redirect(url_for("auth.login"))
