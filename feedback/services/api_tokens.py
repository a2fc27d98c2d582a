"""Personal API tokens: create one (shown once), revoke it, and authenticate a request that carries one.

Only a SHA-256 hash of a token is stored. Tokens are long random strings, so an unsalted fast hash is
enough: there is nothing to guess, and lookups by hash stay a single indexed query.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import utcnow
from ..models import ApiToken, User

PREFIX = "fbk_"
NAME_MAX_CHARS = 80
# Recording every use would turn each API read into a write; once a minute says enough.
TOUCH_EVERY = timedelta(minutes=1)


class TokenError(ValueError):
    """A token could not be created or revoked; the message says why."""


def hash_token(raw: str) -> str:
    """Return the SHA-256 hex digest under which a token is stored."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def create_token(session: Session, user_id: int, name: str) -> tuple[ApiToken, str]:
    """Add a token for the user; return the row and the raw token, which is never available again."""
    name = " ".join(name.split())
    if not name:
        raise TokenError("Give the token a name, e.g. the script or tool that will use it.")
    if len(name) > NAME_MAX_CHARS:
        raise TokenError(f"A token name can be at most {NAME_MAX_CHARS} characters long.")
    raw = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=user_id, name=name, token_hash=hash_token(raw))
    session.add(token)
    session.flush()
    return token, raw


def list_tokens(session: Session, user_id: int) -> list[ApiToken]:
    """Return the user's tokens, newest first."""
    query = select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id.desc())
    return list(session.execute(query).scalars())


def revoke_token(session: Session, user_id: int, token_id: int) -> ApiToken:
    """Delete one of the user's tokens and return it; raise TokenError if the user has no such token."""
    token = session.get(ApiToken, token_id)
    if token is None or token.user_id != user_id:
        raise TokenError("That token does not exist or was already revoked.")
    session.delete(token)
    session.flush()
    return token


def authenticate(session: Session, raw: str) -> tuple[User, ApiToken] | None:
    """Return the token's user and the token row, or None for an unknown token.

    Marks the token as used (at most once a minute; the caller commits).
    """
    if not raw.startswith(PREFIX):
        return None
    token = session.execute(
        select(ApiToken).where(ApiToken.token_hash == hash_token(raw))
    ).scalar_one_or_none()
    if token is None:
        return None
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at >= TOUCH_EVERY:
        token.last_used_at = now
    return token.user, token


def bearer_token(authorization: str | None) -> str | None:
    """Return the token of an "Authorization: Bearer <token>" header value, or None."""
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()
