"""Configuration defaults and the instance folder's generated ``config.py``."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any


def defaults(instance_path: str) -> dict[str, Any]:
    """Return the built-in settings; ``instance/config.py`` and FEEDBACK_* variables override them."""
    instance = Path(instance_path)
    return {
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{instance / 'feedback.sqlite'}",
        "SQLALCHEMY_ENGINE_OPTIONS": {},
        "UPLOAD_FOLDER": str(instance / "uploads"),
        # Seller exports of a million reviews run to a few hundred MB; gzip them for more.
        "MAX_CONTENT_LENGTH": 512 * 1024 * 1024,
        "HUEY_DB": str(instance / "huey.sqlite"),
        "PER_PAGE": 50,
        "WTF_CSRF_TIME_LIMIT": None,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_HTTPONLY": True,
        # Compile the compliance rules in the background when the app serves its first request, so that the
        # first check (the editor's live check, the Check page) answers at once instead of after ~5 s.
        "COMPLIANCE_WARM_UP": True,
    }


INSTANCE_TEMPLATE = '''"""Local settings for this installation (git-ignored). Generated on first run."""

SECRET_KEY = {key!r}
# DATABASE_URL = "postgresql+psycopg://user@127.0.0.1:5432/feedback"
'''


def ensure_instance_config(instance_path: str) -> Path:
    """Create ``instance/config.py`` with a fresh random SECRET_KEY unless it exists; return its path."""
    folder = Path(instance_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.py"
    if not path.exists():
        path.write_text(INSTANCE_TEMPLATE.format(key=secrets.token_hex(32)), encoding="utf-8")
        path.chmod(0o600)
    return path


def normalise_database_url(url: str) -> str:
    """Make a ``postgres://`` or ``postgresql://`` URL use the psycopg 3 driver that we install."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url
