"""The compliance service: the cached checker with admin phrases, phrase rules, request and batch parsing."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import create_engine, text

from feedback.db import db, utcnow
from feedback.domain.compliance import ALL_IDS, Kind
from feedback.models import CompliancePhrase, User
from feedback.services import compliance
from feedback.services.compliance import ComplianceInputError, PhraseError

PHRASE_TEXT = "Here is a bonus voucher for your trouble."


def _rules(result: object) -> set[str]:
    return {f.rule for f in result.findings}  # type: ignore[attr-defined]


def test_builtin_rules_flag_a_positive_review_request(app: Flask) -> None:
    result = compliance.check_text(db.session, "Please leave us a 5-star review!", Kind.REVIEW_REQUEST)
    assert not result.compliant
    assert "positive_bias" in _rules(result)
    clean = compliance.check_text(db.session, "Thank you for your order.", "review_request")
    assert clean.compliant


def test_an_added_phrase_is_flagged_and_a_removed_one_no_longer(app: Flask, user: User) -> None:
    assert compliance.check_text(db.session, PHRASE_TEXT, "buyer_message").compliant
    row = compliance.add_phrase(db.session, "incentive", "  bonus   Voucher ", user.id)
    db.session.commit()
    assert row.phrase == "bonus Voucher"
    result = compliance.check_text(db.session, PHRASE_TEXT, "buyer_message")
    assert not result.compliant
    (finding,) = [f for f in result.findings if f.rule == "incentive"]
    assert PHRASE_TEXT[finding.start : finding.end].lower() == "bonus voucher"
    compliance.remove_phrase(db.session, row.id)
    db.session.commit()
    assert compliance.check_text(db.session, PHRASE_TEXT, "buyer_message").compliant


def test_checker_is_reused_until_the_phrases_change(app: Flask) -> None:
    first = compliance.get_checker(db.session)
    assert compliance.get_checker(db.session) is first
    compliance.add_phrase(db.session, "marketing", "flash sale today", None)
    db.session.commit()
    second = compliance.get_checker(db.session)
    assert second is not first
    assert compliance.get_checker(db.session) is second


def test_a_phrase_added_by_another_process_is_picked_up(app: Flask) -> None:
    compliance.get_checker(db.session)  # cached without the phrase
    # Another process (a second web worker, the CLI) writes through its own connection.
    other = create_engine(db.engine.url)
    with other.begin() as conn:
        conn.execute(
            text("INSERT INTO compliance_phrase (rule_id, phrase, created_at) VALUES (:r, :p, :t)"),
            {"r": "incentive", "p": "bonus voucher", "t": utcnow().replace(tzinfo=None)},
        )
    other.dispose()
    db.session.commit()  # end this session's transaction so it sees the other's write
    assert not compliance.check_text(db.session, PHRASE_TEXT, "buyer_message").compliant


def test_replacing_the_newest_phrase_is_noticed(app: Flask) -> None:
    # Deleting the newest row and adding another can reuse its id on SQLite: the signature still differs.
    compliance.add_phrase(db.session, "incentive", "bonus voucher", None)
    newest = compliance.add_phrase(db.session, "incentive", "cash back", None)
    db.session.commit()
    assert not compliance.check_text(db.session, "We offer cash back.", "buyer_message").compliant
    compliance.remove_phrase(db.session, newest.id)
    compliance.add_phrase(db.session, "incentive", "store credit bonus", None)
    db.session.commit()
    assert compliance.check_text(db.session, "We offer cash back.", "buyer_message").compliant
    assert not compliance.check_text(db.session, "A store credit bonus awaits.", "buyer_message").compliant


@pytest.mark.parametrize(
    ("rule_id", "phrase", "message"),
    [
        ("incentive", "x", "2 to 200 characters"),
        ("incentive", "y" * 201, "2 to 200 characters"),
        ("incentive", "  ", "2 to 200 characters"),
        ("incentive", "!!", "at least one letter or digit"),
        ("no_such_rule", "bonus voucher", "no rule 'no_such_rule'"),
        ("length", "bonus voucher", "no rule 'length'"),
    ],
)
def test_add_phrase_refuses_bad_input(app: Flask, rule_id: str, phrase: str, message: str) -> None:
    with pytest.raises(PhraseError, match=message):
        compliance.add_phrase(db.session, rule_id, phrase, None)


def test_add_phrase_refuses_duplicates(app: Flask) -> None:
    compliance.add_phrase(db.session, "incentive", "bonus voucher", None)
    db.session.commit()
    with pytest.raises(PhraseError, match="already one of your phrases"):
        compliance.add_phrase(db.session, "incentive", "Bonus  VOUCHER", None)
    builtin = compliance.builtin_ruleset()["profanity"].phrases[0]
    with pytest.raises(PhraseError, match="already one of the built-in phrases"):
        compliance.add_phrase(db.session, "profanity", builtin.upper(), None)
    # The same phrase under another rule is fine.
    compliance.add_phrase(db.session, "marketing", "bonus voucher", None)


def test_remove_phrase_twice_says_so(app: Flask) -> None:
    row = compliance.add_phrase(db.session, "incentive", "bonus voucher", None)
    compliance.remove_phrase(db.session, row.id)
    with pytest.raises(PhraseError, match="already removed"):
        compliance.remove_phrase(db.session, row.id)


def test_admin_phrases_are_grouped_by_rule(app: Flask) -> None:
    compliance.add_phrase(db.session, "incentive", "bonus voucher", None)
    compliance.add_phrase(db.session, "marketing", "flash sale today", None)
    compliance.add_phrase(db.session, "incentive", "cash back", None)
    assert compliance.admin_phrases(db.session) == {
        "incentive": ["bonus voucher", "cash back"],
        "marketing": ["flash sale today"],
    }
    grouped = compliance.phrases_by_rule(db.session)
    assert [row.phrase for row in grouped["incentive"]] == ["bonus voucher", "cash back"]
    assert all(isinstance(row, CompliancePhrase) for rows in grouped.values() for row in rows)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (None, "Send a JSON object"),
        (["text"], "Send a JSON object"),
        ({"kind": "review_request"}, '"text" is missing'),
        ({"kind": "review_request", "text": 5}, '"text" must be a string'),
        ({"kind": "review_request", "text": "  \n"}, '"text" is empty'),
        ({"kind": "review_request", "text": "a" * 10_001}, "10,001 characters long; the limit is 10,000"),
        ({"text": "hello"}, "review_request, public_reply, buyer_message"),
        ({"kind": "tweet", "text": "hello"}, "'tweet' is not one of them"),
        ({"kind": "review_request", "text": "hello", "about": "order"}, '"about" must be one of'),
    ],
)
def test_parse_check_request_explains_bad_bodies(body: object, message: str) -> None:
    with pytest.raises(ComplianceInputError, match=message.replace("(", r"\(")):
        compliance.parse_check_request(body)


def test_parse_check_request_defaults_about() -> None:
    req = compliance.parse_check_request({"kind": "public_reply", "text": "Thanks!"})
    assert (req.kind, req.about.value, req.text) == (Kind.PUBLIC_REPLY, "product_review", "Thanks!")
    assert compliance.parse_check_request({"kind": "buyer_message", "text": "a" * 10_000}).text


def test_check_lines_keeps_order_ids_and_falls_back_to_the_default_kind(app: Flask) -> None:
    lines = [
        '{"id": "b", "kind": "review_request", "text": "Leave a 5-star review!"}\n',
        "\n",
        '{"id": 1, "text": "Thank you for your order."}\n',
        '{"id": null, "kind": "public_reply", "text": ""}\n',
    ]
    out = list(compliance.check_lines(db.session, lines, Kind.BUYER_MESSAGE))
    assert [o["id"] for o in out] == ["b", 1, None]
    assert [o["compliant"] for o in out] == [False, True, True]
    assert set(out[0]) == {"id", "compliant", "findings"}


@pytest.mark.parametrize(
    ("line", "default", "message"),
    [
        ("{not json", None, "line 2: not valid JSON"),
        ('["id", "text"]', None, "line 2: expected a JSON object"),
        ('{"text": "hi", "kind": "public_reply"}', None, 'line 2: the field "id" is missing'),
        ('{"id": 2, "kind": "public_reply"}', None, 'line 2: the field "text" must be a string'),
        ('{"id": 2, "text": "hi"}', None, "line 2: .*kind.*missing.*--kind"),
        ('{"id": 2, "text": "hi", "kind": "sms"}', Kind.PUBLIC_REPLY, "line 2: .*'sms' is not one of them"),
        ('{"id": 2, "text": "hi", "kind": "public_reply", "about": 3}', None, 'line 2: "about" must be'),
    ],
)
def test_check_lines_names_the_malformed_line(
    app: Flask, line: str, default: Kind | None, message: str
) -> None:
    lines = ['{"id": 1, "kind": "public_reply", "text": "Thanks!"}', line]
    with pytest.raises(ComplianceInputError, match=message):
        list(compliance.check_lines(db.session, lines, default))


def test_highlight_segments_merge_overlaps_and_keep_the_text(app: Flask) -> None:
    text = "Leave a 5-star review and get a gift card. Thanks"
    result = compliance.check_text(db.session, text, "review_request")
    pieces = compliance.highlight_segments(text, result.findings)
    assert "".join(p for p, _s, _i in pieces) == text
    marked = [(p, s, i) for p, s, i in pieces if s]
    assert marked and all(s == "block" for _p, s, _i in marked)
    assert any(len(i) == 2 for _p, _s, i in marked)  # "5-star" is both positive_bias and incentive
    assert compliance.highlight_segments("plain", ()) == [("plain", None, [])]
    assert compliance.highlight_segments("", ()) == []


@pytest.mark.parametrize(
    ("suggestion", "expected"),
    [
        ("an honest review", True),
        ("share your honest opinion", True),
        ("Remove the offer.", False),
        ('Say "thanks"', False),
        ("", False),
        (None, False),
    ],
)
def test_is_replacement(suggestion: str | None, expected: bool) -> None:
    assert compliance.is_replacement(suggestion) is expected


def test_describe_rules_lists_every_rule_with_written_patterns(app: Flask) -> None:
    compliance.add_phrase(db.session, "incentive", "bonus voucher", None)
    infos, terms = compliance.describe_rules(db.session)
    by_id = {info.rule.id: info for info in infos}
    assert set(ALL_IDS) == set(by_id)
    assert [p.phrase for p in by_id["incentive"].admin_phrases] == ["bonus voucher"]
    assert any("%" in p for info in infos for p in info.patterns)  # shown as written, with term names
    assert terms and all(isinstance(v, str) for v in terms.values())
    assert by_id["greeting"].severities[0] == ("Review request", None)
    assert ("Public reply", "warn") in by_id["greeting"].severities
    assert not by_id["length"].takes_phrases and by_id["incentive"].takes_phrases
