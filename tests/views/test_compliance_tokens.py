"""The API tokens page: create a token (shown once), list and revoke your tokens."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from feedback.db import db
from feedback.models import ApiToken, User
from feedback.services import api_tokens
from feedback.services.users import create_user

URL = "/account/tokens/"


def test_empty_state_explains_tokens(auth_client: FlaskClient) -> None:
    page = auth_client.get(URL).get_data(as_text=True)
    assert "<h1>API tokens</h1>" in page
    assert "No tokens yet" in page
    assert "Authorization: Bearer" in page


def test_create_shows_the_token_once_and_it_works(auth_client: FlaskClient, app: Flask) -> None:
    response = auth_client.post(URL, data={"name": "reply script"})
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    match = re.search(r'id="new-token">(fbk_[^<]+)<', page)
    assert match is not None
    raw = match.group(1)
    assert "it will not be shown again" in page
    listing = auth_client.get(URL).get_data(as_text=True)
    assert "reply script" in listing and raw not in listing and "never" in listing

    api = app.test_client().post(
        "/api/v1/compliance/check",
        json={"kind": "review_request", "text": "Thanks!"},
        headers={"Authorization": f"Bearer {raw}"},
    )
    assert api.status_code == 200


def test_create_needs_a_name(auth_client: FlaskClient) -> None:
    page = auth_client.post(URL, data={"name": ""}).get_data(as_text=True)
    assert "Give the token a name." in page
    assert db.session.query(ApiToken).count() == 0
    too_long = auth_client.post(URL, data={"name": "x" * 81})
    assert too_long.status_code == 400 and "at most 80" in too_long.get_data(as_text=True)


def test_revoke_stops_the_token(auth_client: FlaskClient, user: User, app: Flask) -> None:
    token, raw = api_tokens.create_token(db.session, user.id, "old script")
    db.session.commit()
    response = auth_client.post(f"/account/tokens/{token.id}/revoke")
    assert response.status_code == 302 and response.headers["Location"].endswith(URL)
    page = auth_client.get(URL).get_data(as_text=True)
    assert "Revoked the token “old script”" in page and "No tokens yet" in page
    api = app.test_client().post(
        "/api/v1/compliance/check",
        json={"kind": "review_request", "text": "Thanks!"},
        headers={"Authorization": f"Bearer {raw}"},
    )
    assert api.status_code == 401


def test_you_cannot_see_or_revoke_someone_elses_token(auth_client: FlaskClient) -> None:
    other = create_user(db.session, "helper", "long enough password")
    token, _raw = api_tokens.create_token(db.session, other.id, "their script")
    db.session.commit()
    assert "their script" not in auth_client.get(URL).get_data(as_text=True)
    page = auth_client.post(f"/account/tokens/{token.id}/revoke", follow_redirects=True).get_data(
        as_text=True
    )
    assert "does not exist" in page
    assert db.session.get(ApiToken, token.id) is not None
