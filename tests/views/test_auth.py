"""Sign-in, first-run set-up, the login wall and CSRF."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from feedback.models import User
from tests.conftest import PASSWORD, make_app


def test_fresh_install_sends_everyone_to_setup(client: FlaskClient) -> None:
    for path in ("/", "/imports/", "/login"):
        response = client.get(path)
        assert response.status_code == 302
        assert response.headers["Location"].endswith("/setup")


def test_setup_creates_the_first_admin_and_signs_in(client: FlaskClient, app: Flask) -> None:
    response = client.post(
        "/setup", data={"username": "maria", "password": "longenough1", "confirm": "longenough1"}
    )
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    from feedback.db import db

    user = db.session.query(User).one()
    assert user.username == "maria" and user.is_admin
    assert user.password_hash != "longenough1"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"username": "m", "password": "short", "confirm": "short"}, "At least 8 characters."),
        ({"username": "m", "password": "longenough1", "confirm": "different1"}, "The passwords differ."),
    ],
)
def test_setup_rejects_bad_passwords(client: FlaskClient, data: dict[str, str], error: str) -> None:
    response = client.post("/setup", data=data)
    assert response.status_code == 200
    assert error in response.get_data(as_text=True)


def test_setup_is_closed_once_a_user_exists(client: FlaskClient, user: User) -> None:
    response = client.post(
        "/setup", data={"username": "x", "password": "longenough1", "confirm": "longenough1"}
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")


@pytest.mark.parametrize("path", ["/", "/items/1", "/imports/", "/imports/1", "/imports/1/status.json"])
def test_pages_require_login(client: FlaskClient, user: User, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_wrong_password_is_refused(client: FlaskClient, user: User) -> None:
    response = client.post("/login", data={"username": "admin", "password": "nope"})
    assert response.status_code == 200
    assert "Wrong username or password." in response.get_data(as_text=True)


def test_login_follows_only_local_next(client: FlaskClient, user: User) -> None:
    response = client.post(
        "/login?next=https://evil.example/", data={"username": "admin", "password": PASSWORD}
    )
    assert response.headers["Location"] == "/"
    client.post("/logout")
    response = client.post("/login?next=/imports/", data={"username": "admin", "password": PASSWORD})
    assert response.headers["Location"] == "/imports/"


def test_logout_signs_out(auth_client: FlaskClient) -> None:
    auth_client.post("/logout")
    assert auth_client.get("/").status_code == 302


def _token(html: str) -> str:
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html
    )
    assert match, "no CSRF token on the page"
    return match.group(1)


def test_csrf_is_enforced_when_enabled(app: Flask, user: User) -> None:
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    without = client.post("/login", data={"username": "admin", "password": PASSWORD})
    assert without.status_code == 400  # refused before the view runs
    token = _token(client.get("/login").get_data(as_text=True))
    signed_in = client.post("/login", data={"username": "admin", "password": PASSWORD, "csrf_token": token})
    assert signed_in.status_code == 302
    refused = client.post("/imports/sample")
    assert refused.status_code == 400
    assert "The form had expired" in refused.get_data(as_text=True)
