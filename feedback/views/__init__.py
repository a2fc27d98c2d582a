"""Blueprints, the login wall, and error pages."""

from __future__ import annotations

import threading

from flask import Flask, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from ..db import db
from ..services import compliance as compliance_service
from ..services.users import has_users

PUBLIC_ENDPOINTS = {"auth.login", "auth.setup", "static"}


def init_app(app: Flask) -> None:
    """Register the blueprints and the request guards."""
    from . import auth, compliance, imports, issues, items, tokens

    app.register_blueprint(auth.bp)
    app.register_blueprint(items.bp)
    app.register_blueprint(imports.bp)
    app.register_blueprint(issues.bp)
    app.register_blueprint(compliance.bp)
    app.register_blueprint(tokens.bp)
    tokens.init_app(app)

    if app.config.get("COMPLIANCE_WARM_UP"):
        started = threading.Lock()  # taken once, never released: one warm-up per app

        @app.before_request
        def warm_up_compliance_checker() -> None:
            if started.acquire(blocking=False):
                warm_up = threading.Thread(
                    target=compliance_service.warm_up, name="compliance-warm-up", daemon=True
                )
                warm_up.start()

    @app.before_request
    def require_login() -> ResponseReturnValue | None:
        if request.endpoint in PUBLIC_ENDPOINTS or current_user.is_authenticated:
            return None
        if not has_users(db.session):
            return redirect(url_for("auth.setup"))
        if request.path.startswith("/api/"):
            return {"error": "Sign in first (session) or send an API token."}, 401
        return redirect(url_for("auth.login", next=request.full_path if request.args else request.path))

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(exc: RequestEntityTooLarge) -> ResponseReturnValue:
        limit = app.config["MAX_CONTENT_LENGTH"] // (1024 * 1024)
        message = f"That upload is larger than the {limit} MB limit. Compress it with gzip (.gz) or split it."
        return render_template("error.html", title="File too large", message=message), 413

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError) -> ResponseReturnValue:
        message = "The form had expired or was sent from elsewhere. Go back, reload the page and try again."
        return render_template("error.html", title="Please try again", message=message), 400

    @app.errorhandler(404)
    def not_found(exc: HTTPException) -> ResponseReturnValue:
        return render_template(
            "error.html", title="Not found", message="There is nothing at this address."
        ), 404

    @app.errorhandler(500)
    def server_error(exc: Exception) -> ResponseReturnValue:
        message = "Something went wrong on our side. Nothing you entered was lost; please try again."
        return render_template("error.html", title="Error", message=message), 500
