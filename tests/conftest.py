"""Shared fixtures: an app on a migrated test database (SQLite, or PostgreSQL when asked), a client, users."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before the package is imported: keep the job queue's files and uploads out of the real instance folder.
_TMP = Path(tempfile.mkdtemp(prefix="feedback-tests-"))
os.environ.setdefault("FEEDBACK_INSTANCE_PATH", str(_TMP / "instance"))

from flask import Flask  # noqa: E402
from flask.testing import FlaskClient  # noqa: E402
from sqlalchemy import text  # noqa: E402

from feedback import create_app  # noqa: E402
from feedback.db import db  # noqa: E402
from feedback.models import User  # noqa: E402

BACKEND = os.environ.get("FEEDBACK_TEST_BACKEND", "sqlite")
PASSWORD = "correct horse battery"


def _database_url() -> str:
    if BACKEND == "postgres":
        url = os.environ.get("TEST_DATABASE_URL")
        if not url:
            pytest.exit("FEEDBACK_TEST_BACKEND=postgres needs TEST_DATABASE_URL", returncode=2)
        return url
    return f"sqlite:///{_TMP / 'test.sqlite'}"


def make_app(**overrides: object) -> Flask:
    """Build a test app on the shared test database."""
    config: dict[str, object] = {
        "TESTING": True,
        "SECRET_KEY": "test",
        "SQLALCHEMY_DATABASE_URI": _database_url(),
        "UPLOAD_FOLDER": str(_TMP / "uploads"),
        "WTF_CSRF_ENABLED": False,
        "COMPLIANCE_WARM_UP": False,  # tests build checkers themselves; tests/views/test_warm_up.py covers it
    }
    config.update(overrides)
    return create_app(config)


@pytest.fixture(scope="session")
def _schema() -> None:
    """Create the schema once per run, through the migrations (so they are tested too)."""
    from flask_migrate import upgrade

    app = make_app()
    with app.app_context():
        if BACKEND == "postgres":
            with db.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
        else:
            Path(_TMP / "test.sqlite").unlink(missing_ok=True)
        upgrade()
        db.engine.dispose()


def _truncate() -> None:
    tables = [t for t in reversed(db.metadata.sorted_tables)]
    with db.engine.begin() as conn:
        if BACKEND == "postgres":
            names = ", ".join(f'"{t.name}"' for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(table.delete())


@pytest.fixture
def app(_schema: None) -> Iterator[Flask]:
    """An app on an empty, migrated database."""
    app = make_app()
    with app.app_context():
        _truncate()
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def user(app: Flask) -> User:
    """An admin account."""
    from feedback.services.users import create_user

    user = create_user(db.session, "admin", PASSWORD, is_admin=True)
    db.session.commit()
    return user


@pytest.fixture
def auth_client(client: FlaskClient, user: User) -> FlaskClient:
    """A client signed in as the admin."""
    response = client.post("/login", data={"username": "admin", "password": PASSWORD})
    assert response.status_code == 302
    return client


@pytest.fixture
def data_dir() -> Path:
    """The folder of small test files."""
    return Path(__file__).parent / "data"
