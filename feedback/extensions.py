"""Flask extensions, each plugged in through ``init_app``: database, migrations, CSRF, login."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import event
from sqlalchemy.engine import Engine

from .db import db

MIGRATIONS = str(Path(__file__).resolve().parent / "migrations")

migrate = Migrate(directory=MIGRATIONS)
csrf = CSRFProtect()
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see that page."
login_manager.login_message_category = "info"


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    """Let the web app and the import worker share SQLite: WAL, a busy timeout, enforced foreign keys."""
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Imports write tens of MB; checkpointing the WAL every 4 MB (the default) costs them dearly.
        cursor.execute("PRAGMA wal_autocheckpoint=16384")
        # A 32 MB page cache keeps the unique-key index of a million-row import mostly in memory.
        cursor.execute("PRAGMA cache_size=-32768")
        cursor.close()


def init_app(app: Flask) -> None:
    """Attach the extensions to ``app``."""
    db.init_app(app)
    migrate.init_app(app, db, render_as_batch=True)
    csrf.init_app(app)
    login_manager.init_app(app)

    from .models import User

    @login_manager.user_loader
    def load_user(user_id: str) -> User | None:
        return db.session.get(User, int(user_id))
