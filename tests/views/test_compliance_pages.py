"""The "Check a message" page (with and without JavaScript) and the rules page with the admin's phrases."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from markupsafe import escape

from feedback.db import db
from feedback.domain.compliance import ALL_IDS
from feedback.models import CompliancePhrase, User
from feedback.services import compliance
from feedback.services.users import create_user
from tests.conftest import make_app

PHRASE_TEXT = "Here is a bonus voucher for your trouble."


@pytest.fixture
def staff_client(app: Flask, user: User) -> FlaskClient:
    """A client signed in as a member of staff who is not an admin."""
    create_user(db.session, "staff", "staff password 1")
    db.session.commit()
    client = app.test_client()
    assert (
        client.post("/login", data={"username": "staff", "password": "staff password 1"}).status_code == 302
    )
    return client


def test_pages_require_sign_in(client: FlaskClient, user: User) -> None:
    for url in ("/compliance/check", "/compliance/rules", "/account/tokens/"):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_check_page_offers_the_editor_and_links(auth_client: FlaskClient) -> None:
    page = auth_client.get("/compliance/check").get_data(as_text=True)
    assert "<h1>Check a message</h1>" in page
    assert 'class="msg-editor"' in page and 'name="text"' in page
    assert 'data-check-url="/api/v1/compliance/check"' in page
    assert "js/message-editor.js" in page
    for value in ("review_request", "public_reply", "buyer_message", "seller_feedback"):
        assert f'value="{value}"' in page
    assert 'href="/compliance/rules"' in page
    assert 'href="/compliance/check" class="active">Check a message</a>' in page  # nav link
    assert 'role="status" aria-live="polite"' in page


def test_check_without_javascript_renders_findings_and_highlights(auth_client: FlaskClient) -> None:
    text = "Please leave us a 5-star review. Questions? Call 555-123-4567."
    response = auth_client.post(
        "/compliance/check", data={"kind": "review_request", "about": "product_review", "text": text}
    )
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Not compliant: 2 blocking issues" in page
    assert re.search(r'<mark class="sev-block" data-findings="\d">5-star</mark>', page)
    assert re.search(r'<mark class="sev-block" data-findings="\d">555-123-4567</mark>', page)
    assert "Asking for a positive review" in page and "Contact details and personal data" in page
    assert "Suggestion:</strong> an honest review" in page
    assert str(escape(text)) in page  # the textarea keeps the message
    assert '<option selected value="review_request">' in page


def test_check_without_javascript_says_compliant(auth_client: FlaskClient) -> None:
    text = "Thank you for your order. If you have a moment, we'd appreciate your honest review."
    page = auth_client.post("/compliance/check", data={"kind": "review_request", "text": text}).get_data(
        as_text=True
    )
    assert ">Compliant</p>" in page and "Nothing to fix" in page
    assert "<mark" not in page


def test_check_without_text_asks_for_it(auth_client: FlaskClient) -> None:
    page = auth_client.post("/compliance/check", data={"kind": "review_request", "text": ""}).get_data(
        as_text=True
    )
    assert "Type or paste the message to check." in page


def test_user_text_is_escaped(auth_client: FlaskClient) -> None:
    text = 'Visit <script>alert("x")</script> www.example.com now'
    page = auth_client.post("/compliance/check", data={"kind": "buyer_message", "text": text}).get_data(
        as_text=True
    )
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page


def test_check_page_needs_csrf_when_it_is_on(app: Flask, user: User) -> None:
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    with client.session_transaction() as session:
        session["_user_id"] = str(user.id)
    response = client.post("/compliance/check", data={"kind": "review_request", "text": "Hello"})
    assert response.status_code == 400
    assert "Please try again" in response.get_data(as_text=True)


def test_rules_page_shows_every_rule_with_its_source(auth_client: FlaskClient) -> None:
    page = auth_client.get("/compliance/rules").get_data(as_text=True)
    rules = compliance.builtin_ruleset()
    for rule_id in ALL_IDS:
        rule = rules[rule_id]
        assert f'id="rule-{rule_id}"' in page
        assert str(escape(rule.title)) in page
        assert str(escape(rule.description)) in page
        if rule.source_url:
            assert f'href="{escape(rule.source_url)}"' in page
    assert str(escape(rules["profanity"].phrases[0])) in page
    assert "blocks sending" in page and "advice only" in page and "not checked" in page
    assert "Shared terms used in the patterns" in page
    assert 'action="/compliance/rules/phrases"' in page  # the admin's form
    # Rules the learned sentence model also judges say so; the purely lexical ones don't.
    sections = dict(re.findall(r'id="rule-(\w+)"(.*?)</section>', page, flags=re.S))
    assert "learned-note" in sections["disrespectful"] and "learned-note" not in sections["external_link"]


def test_staff_see_the_rules_but_cannot_change_them(staff_client: FlaskClient) -> None:
    page = staff_client.get("/compliance/rules").get_data(as_text=True)
    assert 'id="rule-incentive"' in page
    assert 'action="/compliance/rules/phrases"' not in page
    add = staff_client.post(
        "/compliance/rules/phrases", data={"rule_id": "incentive", "phrase": "bonus voucher"}
    )
    assert add.status_code == 403
    row = compliance.add_phrase(db.session, "incentive", "bonus voucher", None)
    db.session.commit()
    remove = staff_client.post(f"/compliance/rules/phrases/{row.id}/delete")
    assert remove.status_code == 403
    assert db.session.get(CompliancePhrase, row.id) is not None


def test_admin_adds_a_phrase_then_the_api_and_cli_flag_it(auth_client: FlaskClient, app: Flask) -> None:
    body = {"kind": "buyer_message", "text": PHRASE_TEXT}
    assert auth_client.post("/api/v1/compliance/check", json=body).get_json()["compliant"] is True
    response = auth_client.post(
        "/compliance/rules/phrases", data={"rule_id": "incentive", "phrase": "bonus voucher"}
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/compliance/rules#rule-incentive")
    page = auth_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Added “bonus voucher”" in page and "Remove bonus voucher" in page

    result = auth_client.post("/api/v1/compliance/check", json=body).get_json()
    assert result["compliant"] is False
    assert [f["excerpt"] for f in result["findings"] if f["rule"] == "incentive"] == ["bonus voucher"]
    cli = app.test_cli_runner().invoke(
        args=["compliance", "check", "--kind", "buyer_message"], input=PHRASE_TEXT
    )
    assert cli.exit_code == 0, cli.output
    assert '"compliant": false' in cli.output and '"excerpt": "bonus voucher"' in cli.output


def test_admin_removes_a_phrase(auth_client: FlaskClient) -> None:
    row = compliance.add_phrase(db.session, "incentive", "bonus voucher", None)
    db.session.commit()
    response = auth_client.post(f"/compliance/rules/phrases/{row.id}/delete")
    assert response.status_code == 302 and response.headers["Location"].endswith("#rule-incentive")
    assert "Removed “bonus voucher”" in auth_client.get("/compliance/rules").get_data(as_text=True)
    body = {"kind": "buyer_message", "text": PHRASE_TEXT}
    assert auth_client.post("/api/v1/compliance/check", json=body).get_json()["compliant"] is True
    again = auth_client.post(f"/compliance/rules/phrases/{row.id}/delete", follow_redirects=True)
    assert "already removed" in again.get_data(as_text=True)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"rule_id": "incentive", "phrase": "x"}, "2 to 200 characters"),
        ({"rule_id": "incentive", "phrase": ""}, "Type the phrase to add."),
        ({"rule_id": "nonsense", "phrase": "bonus voucher"}, "There is no rule"),
    ],
)
def test_bad_phrases_are_explained(auth_client: FlaskClient, data: dict[str, str], message: str) -> None:
    page = auth_client.post("/compliance/rules/phrases", data=data, follow_redirects=True).get_data(
        as_text=True
    )
    assert str(escape(message)) in page
    assert db.session.query(CompliancePhrase).count() == 0


def test_a_duplicate_phrase_is_explained(auth_client: FlaskClient) -> None:
    data = {"rule_id": "incentive", "phrase": "bonus voucher"}
    auth_client.post("/compliance/rules/phrases", data=data)
    page = auth_client.post("/compliance/rules/phrases", data=data, follow_redirects=True).get_data(
        as_text=True
    )
    assert "already one of your phrases" in page
    assert db.session.query(CompliancePhrase).count() == 1


def test_phrase_forms_need_csrf_when_it_is_on(app: Flask, user: User) -> None:
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    with client.session_transaction() as session:
        session["_user_id"] = str(user.id)
    response = client.post(
        "/compliance/rules/phrases", data={"rule_id": "incentive", "phrase": "bonus voucher"}
    )
    assert response.status_code == 400
    assert db.session.query(CompliancePhrase).count() == 0
