"""Rules as data: the builtin rules.json, loading a rules file, admin phrases, and rejected data."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from feedback.domain.compliance import (
    ALL_IDS,
    RULE_IDS,
    Checker,
    Kind,
    RulesError,
    Severity,
    builtin_rules_text,
    load_rules,
)
from feedback.domain.compliance.rules import parse_rules


def builtin() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(builtin_rules_text())
    return data


def test_every_rule_is_documented_for_the_user() -> None:
    rules = load_rules()
    assert set(rules.ids) == set(ALL_IDS)
    for rule in rules:
        assert rule.title and rule.description and rule.explanation and rule.source
        assert rule.suggestion, rule.id
        assert rule.applies_to, rule.id
        assert rule.source_url is None or rule.source_url.startswith("https://")


def test_policy_rules_block_in_every_kind_and_advice_only_warns() -> None:
    rules = load_rules()
    for rule_id in RULE_IDS:
        assert set(rules[rule_id].severity.values()) == {Severity.BLOCK}
        assert set(rules[rule_id].applies_to) == set(Kind)
    for rule in rules:
        if rule.id not in RULE_IDS:
            assert set(rule.severity.values()) == {Severity.WARN}


def test_explain_and_suggest_pick_the_most_specific_wording() -> None:
    rule = load_rules()["review_change"]
    general = rule.explain(Kind.PUBLIC_REPLY, "seller_feedback")
    specific = rule.explain(Kind.BUYER_MESSAGE, "seller_feedback")
    assert general != specific
    assert general.endswith(f"Source: {rule.source}.")
    assert "neutral" in (rule.suggest(Kind.BUYER_MESSAGE, "seller_feedback") or "")


@pytest.mark.parametrize(
    ("rule_id", "phrase", "text", "excerpt"),
    [
        ("marketing", "spring bundle", "Ask about our Spring  Bundle today.", "Spring  Bundle"),
        ("profanity", "frick", "What the FRICK happened?", "FRICK"),
        ("unverified_claim", "award-winning", "Our award-winning kettle.", "award-winning"),
        ("jargon", "LPN", "Your LPN is on the label.", "LPN"),
    ],
)
def test_admin_phrases_match_whole_words_case_insensitively(
    rule_id: str, phrase: str, text: str, excerpt: str
) -> None:
    checker = Checker(load_rules({rule_id: [phrase]}))
    found = [f for f in checker.check(text, Kind.BUYER_MESSAGE).findings if f.rule == rule_id]
    assert [f.excerpt for f in found] == [excerpt]
    rule = checker.rules[rule_id]
    assert found[0].explanation == rule.explain(Kind.BUYER_MESSAGE, "product_review")
    assert found[0].severity is rule.severity[Kind.BUYER_MESSAGE]


def test_admin_phrases_do_not_match_inside_words() -> None:
    checker = Checker(load_rules({"profanity": ["heck"]}))
    assert not checker.check("We will check the parcel.", Kind.BUYER_MESSAGE).findings
    assert checker.check("What the heck?", Kind.BUYER_MESSAGE).findings


def test_admin_phrases_are_kept_apart_and_cleaned() -> None:
    rules = load_rules({"marketing": ["  flash   deal ", "Flash deal", "", "   "]})
    assert rules["marketing"].admin_phrases == ("flash deal",)
    assert "flash deal" not in rules["marketing"].phrases
    assert load_rules()["marketing"].admin_phrases == ()


def test_admin_phrases_ignore_the_rules_exceptions() -> None:
    # A builtin exception ("free shipping") must not hide a phrase the admin asked for explicitly.
    checker = Checker(load_rules({"incentive": ["free shipping"]}))
    result = checker.check("Free shipping on your next order!", Kind.BUYER_MESSAGE)
    assert [f.excerpt for f in result.findings if f.rule == "incentive"] == ["Free shipping"]


def test_unknown_rule_id_for_admin_phrases_is_refused() -> None:
    with pytest.raises(RulesError, match="spam"):
        load_rules({"spam": ["x"]})


def test_rules_can_be_loaded_from_a_file(tmp_path: Path) -> None:
    data = builtin()
    data["rules"] = [r for r in data["rules"] if r["id"] in ("emoji", "profanity")]
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    rules = load_rules(path=path)
    assert rules.ids == ("profanity", "emoji")
    assert Checker(rules).check("Damn 😊", Kind.BUYER_MESSAGE).to_dict()["compliant"] is False


def test_a_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RulesError, match="JSON"):
        load_rules(path=path)


def _broken(change: str) -> dict[str, Any]:
    data = copy.deepcopy(builtin())
    rule = next(r for r in data["rules"] if r["id"] == "marketing")
    if change == "bad regex":
        rule["patterns"] = ["(unclosed"]
    elif change == "unknown term":
        rule["patterns"] = ["%NO_SUCH_TERM%"]
    elif change == "unknown context":
        rule["patterns"] = [{"pattern": "x", "needs": "no_such_context"}]
    elif change == "unknown mode":
        rule["mode"] = "guess"
    elif change == "unknown id":
        rule["id"] = "spam"
    elif change == "duplicate id":
        rule["id"] = "emoji"
    elif change == "missing title":
        del rule["title"]
    elif change == "bad severity":
        rule["severity"] = {"review_request": "maybe"}
    elif change == "bad scope":
        rule["patterns"] = [{"pattern": "x", "scope": "paragraph"}]
    return data


@pytest.mark.parametrize(
    "change",
    [
        "bad regex",
        "unknown term",
        "unknown context",
        "unknown mode",
        "unknown id",
        "duplicate id",
        "missing title",
        "bad severity",
        "bad scope",
    ],
)
def test_malformed_rules_data_is_refused_with_a_clear_error(change: str) -> None:
    with pytest.raises(RulesError):
        Checker(parse_rules(_broken(change)))


def test_terms_expand_inside_patterns() -> None:
    rules = load_rules()
    assert not re.search(r"%[A-Z_]+%", "".join(p.pattern for r in rules for p in r.patterns))
    assert rules.terms["REVIEW_NOUN"]


def test_builtin_rules_file_is_tidy() -> None:
    text = builtin_rules_text()
    assert text.endswith("\n")
    data = json.loads(text)
    assert data["version"] == 1
    assert [r["id"] for r in data["rules"]][: len(RULE_IDS)] == list(RULE_IDS)
