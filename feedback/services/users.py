"""Accounts: create users and check the first-run state."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import User


class UserError(ValueError):
    """A user could not be created; the message says why."""


def has_users(session: Session) -> bool:
    """Tell whether any account exists (no account means first-run set-up is open)."""
    return session.execute(select(func.count()).select_from(User)).scalar_one() > 0


def create_user(session: Session, username: str, password: str, *, is_admin: bool = False) -> User:
    """Add a user with a hashed password; raise UserError if the name is taken or the password short."""
    username = username.strip()
    if not username:
        raise UserError("A username is required.")
    if len(password) < 8:
        raise UserError("The password must be at least 8 characters long.")
    if session.execute(select(User).where(User.username == username)).scalar_one_or_none():
        raise UserError(f"The username {username!r} is already taken.")
    user = User(username=username, is_admin=is_admin)
    user.set_password(password)
    session.add(user)
    session.flush()
    return user
