"""API tokens: shown once, stored as a hash, revocable, and used to authenticate API requests."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from flask import Flask

from feedback.db import db
from feedback.models import ApiToken, User
from feedback.services import api_tokens
from feedback.services.api_tokens import TokenError
from feedback.services.users import create_user


def test_a_token_is_returned_once_and_only_its_hash_is_stored(app: Flask, user: User) -> None:
    token, raw = api_tokens.create_token(db.session, user.id, "  reply   script ")
    db.session.commit()
    assert raw.startswith("fbk_") and len(raw) > 40
    assert token.name == "reply script"
    assert token.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    stored = db.session.get(ApiToken, token.id)
    assert stored is not None and raw not in (stored.token_hash, stored.name)


def test_authenticate_finds_the_user_and_records_the_use(app: Flask, user: User) -> None:
    token, raw = api_tokens.create_token(db.session, user.id, "script")
    assert token.last_used_at is None
    found = api_tokens.authenticate(db.session, raw)
    assert found is not None and found[0].id == user.id and found[1].id == token.id
    first_use = token.last_used_at
    assert first_use is not None
    api_tokens.authenticate(db.session, raw)
    assert token.last_used_at == first_use  # not rewritten on every request
    token.last_used_at = first_use - timedelta(minutes=5)
    api_tokens.authenticate(db.session, raw)
    assert token.last_used_at > first_use - timedelta(minutes=5)


@pytest.mark.parametrize("raw", ["", "fbk_", "fbk_not-a-token", "something-else"])
def test_authenticate_refuses_unknown_tokens(app: Flask, user: User, raw: str) -> None:
    api_tokens.create_token(db.session, user.id, "script")
    assert api_tokens.authenticate(db.session, raw) is None


def test_revoke_removes_the_token_for_its_owner_only(app: Flask, user: User) -> None:
    other = create_user(db.session, "helper", "long enough password")
    token, raw = api_tokens.create_token(db.session, user.id, "script")
    with pytest.raises(TokenError, match="does not exist"):
        api_tokens.revoke_token(db.session, other.id, token.id)
    api_tokens.revoke_token(db.session, user.id, token.id)
    db.session.commit()
    assert api_tokens.authenticate(db.session, raw) is None
    with pytest.raises(TokenError, match="already revoked"):
        api_tokens.revoke_token(db.session, user.id, token.id)


def test_list_tokens_shows_only_yours_newest_first(app: Flask, user: User) -> None:
    other = create_user(db.session, "helper", "long enough password")
    api_tokens.create_token(db.session, user.id, "first")
    api_tokens.create_token(db.session, user.id, "second")
    api_tokens.create_token(db.session, other.id, "theirs")
    assert [t.name for t in api_tokens.list_tokens(db.session, user.id)] == ["second", "first"]


@pytest.mark.parametrize(("name", "message"), [("   ", "Give the token a name"), ("x" * 81, "at most 80")])
def test_create_token_needs_a_sensible_name(app: Flask, user: User, name: str, message: str) -> None:
    with pytest.raises(TokenError, match=message):
        api_tokens.create_token(db.session, user.id, name)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Bearer fbk_abc", "fbk_abc"),
        ("bearer   fbk_abc ", "fbk_abc"),
        ("Basic dXNlcjpwYXNz", None),
        ("Bearer ", None),
        ("", None),
        (None, None),
    ],
)
def test_bearer_token_reads_the_authorization_header(header: str | None, expected: str | None) -> None:
    assert api_tokens.bearer_token(header) == expected
