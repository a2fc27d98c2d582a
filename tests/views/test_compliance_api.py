"""POST /api/v1/compliance/check: JSON in and out, session (with CSRF) or token auth, clear 400s."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from feedback.db import db
from feedback.models import ApiToken, User
from feedback.services import api_tokens
from tests.conftest import PASSWORD, make_app

URL = "/api/v1/compliance/check"
FINDING_KEYS = {"rule", "severity", "start", "end", "excerpt", "explanation", "suggestion"}


def _token(user: User) -> str:
    _row, raw = api_tokens.create_token(db.session, user.id, "test")
    db.session.commit()
    return raw


def test_response_shape_for_a_non_compliant_message(auth_client: FlaskClient) -> None:
    text = "Leave a 5-star review and email me at seller@example.com"
    response = auth_client.post(URL, json={"kind": "review_request", "text": text})
    assert response.status_code == 200
    body = response.get_json()
    assert set(body) == {"compliant", "findings"}
    assert body["compliant"] is False
    assert {f["rule"] for f in body["findings"]} >= {"positive_bias", "contact_info"}
    for finding in body["findings"]:
        assert set(finding) == FINDING_KEYS
        assert text[finding["start"] : finding["end"]] == finding["excerpt"]
        assert finding["severity"] in ("block", "warn")
        assert finding["explanation"]


def test_a_compliant_message(auth_client: FlaskClient) -> None:
    body = {"kind": "public_reply", "text": "Thank you for your review. We're sorry the lamp arrived late."}
    response = auth_client.post(URL, json=body)
    assert response.status_code == 200
    assert response.get_json()["compliant"] is True


def test_about_changes_the_verdict_on_a_neutral_feedback_note(auth_client: FlaskClient) -> None:
    text = (
        "If you are satisfied that we have resolved your concerns, it is possible to update or remove "
        "the feedback you originally provided."
    )
    on_feedback = auth_client.post(
        URL, json={"kind": "buyer_message", "about": "seller_feedback", "text": text}
    )
    on_review = auth_client.post(URL, json={"kind": "buyer_message", "about": "product_review", "text": text})
    assert on_feedback.get_json()["compliant"] is True
    assert on_review.get_json()["compliant"] is False


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"data": "kind=review_request&text=hi"}, "Send a JSON object"),
        ({"data": "{not json", "content_type": "application/json"}, "Send a JSON object"),
        ({"json": ["review_request", "hi"]}, "Send a JSON object"),
        ({"json": {"kind": "review_request"}}, '"text" is missing'),
        ({"json": {"kind": "review_request", "text": ""}}, '"text" is empty'),
        ({"json": {"kind": "review_request", "text": "x" * 10_001}}, "the limit is 10,000"),
        ({"json": {"kind": "sms", "text": "hi"}}, "review_request, public_reply, buyer_message"),
        ({"json": {"text": "hi"}}, "review_request, public_reply, buyer_message"),
        (
            {"json": {"kind": "review_request", "text": "hi", "about": "x"}},
            "product_review, seller_feedback, none",
        ),
    ],
)
def test_bad_bodies_get_a_400_with_a_clear_error(
    auth_client: FlaskClient, kwargs: dict[str, Any], message: str
) -> None:
    response = auth_client.post(URL, **kwargs)
    assert response.status_code == 400
    assert message in response.get_json()["error"]


def test_unauthenticated_requests_get_a_401(client: FlaskClient, user: User) -> None:
    response = client.post(URL, json={"kind": "review_request", "text": "hi"})
    assert response.status_code == 401
    assert "error" in response.get_json()


def test_a_token_authenticates_without_cookies(client: FlaskClient, user: User) -> None:
    raw = _token(user)
    response = client.post(
        URL, json={"kind": "review_request", "text": "Thanks!"}, headers={"Authorization": f"Bearer {raw}"}
    )
    assert response.status_code == 200 and response.get_json()["compliant"] is True
    assert "Set-Cookie" not in response.headers
    row = db.session.query(ApiToken).one()
    db.session.refresh(row)
    assert row.last_used_at is not None


def test_a_bad_or_revoked_token_gets_a_401(client: FlaskClient, user: User) -> None:
    raw = _token(user)
    bad = client.post(
        URL, json={"kind": "review_request", "text": "hi"}, headers={"Authorization": "Bearer fbk_x"}
    )
    assert bad.status_code == 401
    token = db.session.query(ApiToken).one()
    api_tokens.revoke_token(db.session, user.id, token.id)
    db.session.commit()
    revoked = client.post(
        URL, json={"kind": "review_request", "text": "hi"}, headers={"Authorization": f"Bearer {raw}"}
    )
    assert revoked.status_code == 401


def test_a_bad_token_is_refused_even_with_a_session(auth_client: FlaskClient) -> None:
    response = auth_client.post(
        URL, json={"kind": "review_request", "text": "hi"}, headers={"Authorization": "Bearer fbk_nope"}
    )
    assert response.status_code == 401
    assert "not valid" in response.get_json()["error"]


def test_a_token_does_not_open_the_web_pages(client: FlaskClient, user: User) -> None:
    raw = _token(user)
    response = client.get("/compliance/check", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.fixture
def csrf_client(app: Flask, user: User) -> FlaskClient:
    """A signed-in client of an app with CSRF protection on, as users get it."""
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf-token" content="([^"]+)"', page)
    assert token is not None
    response = client.post(
        "/login", data={"username": "admin", "password": PASSWORD, "csrf_token": token.group(1)}
    )
    assert response.status_code == 302
    return client


def _meta_csrf(client: FlaskClient) -> str:
    page = client.get("/compliance/check").get_data(as_text=True)
    match = re.search(r'name="csrf-token" content="([^"]+)"', page)
    assert match is not None
    return match.group(1)


def test_session_requests_need_the_csrf_header_when_csrf_is_on(csrf_client: FlaskClient) -> None:
    body = {"kind": "review_request", "text": "Thanks!"}
    missing = csrf_client.post(URL, json=body)
    assert missing.status_code == 400
    assert "X-CSRFToken" in missing.get_json()["error"]
    ok = csrf_client.post(URL, json=body, headers={"X-CSRFToken": _meta_csrf(csrf_client)})
    assert ok.status_code == 200 and ok.get_json()["compliant"] is True


def test_token_requests_need_no_csrf_when_csrf_is_on(app: Flask, user: User) -> None:
    raw = _token(user)
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    response = client.post(
        URL, json={"kind": "review_request", "text": "Thanks!"}, headers={"Authorization": f"Bearer {raw}"}
    )
    assert response.status_code == 200


def test_an_oversized_body_is_refused_before_parsing(auth_client: FlaskClient) -> None:
    body = '{"kind": "review_request", "text": "' + "x" * 200_000 + '"}'
    response = auth_client.post(URL, data=body, content_type="application/json")
    assert response.status_code == 400
    assert "at most 10,000 characters" in response.get_json()["error"]
    # Escaped characters still fit: 10,000 emoji are about 120 kB of JSON.
    escaped = auth_client.post(URL, json={"kind": "public_reply", "text": "😀" * 10_000})
    assert escaped.status_code == 200
