"""Feedback assistant: a self-hosted review and seller-feedback workbench for marketplace sellers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import defaults, ensure_instance_config, normalise_database_url

if TYPE_CHECKING:
    from flask import Flask

ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the Flask application: settings, extensions, blueprints and commands."""
    # Imported here so that scoring worker processes, which import this package, stay free of Flask.
    from flask import Flask

    app = Flask(
        __name__,
        instance_path=os.environ.get("FEEDBACK_INSTANCE_PATH", str(ROOT / "instance")),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    app.config.from_mapping(defaults(app.instance_path))
    if test_config is None:
        app.config.from_pyfile(ensure_instance_config(app.instance_path))
        if os.environ.get("DATABASE_URL"):
            app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
        elif app.config.get("DATABASE_URL"):
            app.config["SQLALCHEMY_DATABASE_URI"] = app.config["DATABASE_URL"]
        app.config.from_prefixed_env("FEEDBACK")
    else:
        app.config.from_mapping(test_config)
    app.config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(app.config["SQLALCHEMY_DATABASE_URI"])

    from . import cli, extensions, jobs, views

    extensions.init_app(app)
    jobs.init_app(app)
    views.init_app(app)
    cli.init_app(app)
    return app
