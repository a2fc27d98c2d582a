"""The checker's public API: result shape, spans on tricky text, argument handling, fast path = slow path."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from feedback.domain.compliance import (
    ADVICE_IDS,
    ALL_IDS,
    RULE_IDS,
    About,
    Checker,
    CheckResult,
    Finding,
    Kind,
    Severity,
    check,
    default_checker,
    load_rules,
)
from feedback.domain.compliance.evaluate import read_samples

DEV = Path(__file__).parents[1] / "data" / "compliance" / "dev.jsonl"


def test_rule_ids_are_the_fixed_vocabulary_and_advice_ids_are_separate() -> None:
    assert RULE_IDS == (
        "incentive",
        "positive_bias",
        "review_gating",
        "review_change",
        "contact_info",
        "external_link",
        "marketing",
        "profanity",
        "disrespectful",
        "threat",
        "discrimination",
        "disparagement",
        "unverified_claim",
        "emoji",
    )
    assert not set(ADVICE_IDS) & set(RULE_IDS)
    assert ALL_IDS == RULE_IDS + ADVICE_IDS
    assert set(default_checker().rules.ids) == set(ALL_IDS)


def test_to_dict_has_the_api_shape_and_is_json() -> None:
    result = check("Leave a 5-star review! Email a@b.co", Kind.REVIEW_REQUEST)
    data = result.to_dict()
    assert set(data) == {"compliant", "findings"}
    assert data["compliant"] is False
    findings = data["findings"]
    assert isinstance(findings, list) and findings
    for item in findings:
        assert set(item) == {"rule", "severity", "start", "end", "excerpt", "explanation", "suggestion"}
        assert item["severity"] in ("block", "warn")
    json.dumps(data)


def test_compliant_text_has_no_blocking_findings() -> None:
    result = check("Thank you for your order. We'd appreciate an honest review.", Kind.REVIEW_REQUEST)
    assert result == CheckResult(True, ())
    assert result.to_dict() == {"compliant": True, "findings": []}


def test_warnings_alone_keep_a_text_compliant() -> None:
    result = check("Per our policy, the SKU ships tomorrow.", Kind.BUYER_MESSAGE)
    assert result.compliant and result.findings and not result.blocking


def test_finding_to_dict_round_trips_fields() -> None:
    f = Finding("emoji", Severity.BLOCK, 3, 4, "x", "why", None)
    assert f.to_dict() == {
        "rule": "emoji",
        "severity": "block",
        "start": 3,
        "end": 4,
        "excerpt": "x",
        "explanation": "why",
        "suggestion": None,
    }


def test_explanations_cite_their_source() -> None:
    for finding in check(
        "Leave a 5-star review and get a free gift! 😊 www.x.com", Kind.REVIEW_REQUEST
    ).findings:
        assert "Source:" in finding.explanation
        assert finding.suggestion


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("😊😊 Thanks! Please leave a 5-star review.", "5-star"),  # astral characters before the finding
        ("İİİ Please leave a 5-star review.", "5-star"),  # lower-cases to two characters each
        (
            "We\u2019d love a 5\u2011star review \u2014 thanks",
            "5\u2011star",
        ),  # curly quote, non-breaking hyphen
        ("We\u2019re sorry. Please don\u2019t leave negative feedback; contact us first.", None),
        ("Line one.\r\n\r\nPlease leave   a five  star review.", "five  star"),
    ],
)
def test_spans_index_the_original_text(text: str, excerpt: str | None) -> None:
    result = check(text, Kind.REVIEW_REQUEST)
    assert result.findings
    for f in result.findings:
        assert f.excerpt == text[f.start : f.end]
    if excerpt is not None:
        assert any(f.excerpt == excerpt for f in result.findings)


def test_findings_are_sorted_by_start() -> None:
    text = "Call 555-201-8890. If you love it, leave a 5-star review and get 10% off! 😊 Visit www.shop.com"
    starts = [f.start for f in check(text, Kind.REVIEW_REQUEST).findings]
    assert starts == sorted(starts) and len(starts) >= 5


def test_kind_and_about_accept_strings_and_reject_unknown_values() -> None:
    text = "Please leave a 5-star review."
    assert check(text, "review_request") == check(text, Kind.REVIEW_REQUEST)
    assert check(text, "public_reply", "seller_feedback") == default_checker().check(
        text, Kind.PUBLIC_REPLY, about=About.SELLER_FEEDBACK
    )
    with pytest.raises(ValueError):
        check(text, "tweet")
    with pytest.raises(ValueError):
        check(text, Kind.REVIEW_REQUEST, "a_tweet")


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "a", "😊"])
def test_degenerate_texts_do_not_crash(text: str) -> None:
    for kind in Kind:
        result = check(text, kind)
        assert all(f.excerpt == text[f.start : f.end] for f in result.findings)


def test_default_checker_is_built_once() -> None:
    assert default_checker() is default_checker()


def test_long_text_is_checked() -> None:
    text = "Thank you for your review. " + "The lid fits well and the handle stays cool. " * 200
    result = check(text + "Please leave a 5-star review.", Kind.PUBLIC_REPLY)
    assert {f.rule for f in result.findings} >= {"positive_bias", "length"}


def _variants(texts: list[str], rng: random.Random) -> list[str]:
    out = []
    for text in texts:
        out += [
            text,
            text.upper(),
            text.replace(" ", "  ", 2),
            text.replace(". ", ".\n"),
            f"{rng.choice(texts)} {text} {'Pneumonoultramicroscopic' * 3}",
        ]
    return out


def test_fast_path_finds_exactly_what_an_exhaustive_search_finds() -> None:
    """The prefilter, search windows, tries and cut-off boundaries must never change a result."""
    rng = random.Random(7)
    samples = read_samples(DEV)
    texts = [s.text for s in rng.sample(samples, 120)]
    checker = Checker(load_rules())
    for i, text in enumerate(_variants(texts, rng)):
        kind = list(Kind)[i % 3]
        about = list(About)[(i // 3) % 3]
        fast = checker.check(text, kind, about=about)
        slow = checker.check(text, kind, about=about, exhaustive=True)
        assert fast == slow, text


def test_compiled_prefilter_selects_what_the_python_one_selects() -> None:
    """_prefilter.c must give the same literals and alternatives as Checker._select_python."""
    from feedback.domain.compliance import checker as checker_module
    from feedback.domain.compliance.context import ScanContext
    from feedback.domain.compliance.text import normalise

    if checker_module._CompiledPrefilter is None:
        if os.environ.get("FEEDBACK_REQUIRE_COMPILED"):
            pytest.fail("the compiled prefilter was not built")
        pytest.skip("the compiled prefilter was not built (no C compiler at install time)")
    rng = random.Random(11)
    texts = [s.text for s in read_samples(DEV)]
    # Word starts after non-ASCII letters and digits, at the very start, and after punctuation.
    texts += ["éfree gift", "free gift", "²free gift", "_free gift", "(free) gift", "ßreview 5 stars", ""]
    checker = default_checker()
    for text in texts + _variants(rng.sample(texts, 60), rng):
        fast = ScanContext(normalise(text), Kind.PUBLIC_REPLY, About.PRODUCT_REVIEW)
        slow = ScanContext(normalise(text), Kind.PUBLIC_REPLY, About.PRODUCT_REVIEW)
        assert checker._select(fast) == checker._select_python(slow), text
        assert fast.present == slow.present, text


def test_prefilter_lists_every_exception_and_context_alternative_whose_literals_occur() -> None:
    """A hit looks only at the exceptions, and a context only at the alternatives, the prefilter lists.

    The list must hold exactly those with every literal requirement met: one left out would let a near
    miss through as a finding (a false alarm), one too many only costs time.
    """
    from feedback.domain.compliance.context import ScanContext
    from feedback.domain.compliance.text import normalise

    rng = random.Random(13)
    texts = [s.text for s in read_samples(DEV)]
    checker = default_checker()
    contexts = {id(c): c for compiled in checker._compiled for c in compiled._contexts.values()}
    assert contexts and all(c.key is not None for c in contexts.values())
    listed_any = False
    for text in _variants(rng.sample(texts, 80), rng):
        ctx = ScanContext(normalise(text), Kind.BUYER_MESSAGE, About.SELLER_FEEDBACK)
        selected = checker._select(ctx)
        assert ctx.selected is selected and ctx.present is not None
        for compiled in checker._compiled:
            patterns = compiled.exception_patterns()
            listed = selected.get(compiled.exception_key, set())
            expected = {j for j, p in enumerate(patterns) if not p.requires or p.possible(ctx.present)}
            assert listed == expected, (compiled.rule.id, text)
            listed_any = listed_any or bool(listed)
        for context in contexts.values():
            listed = selected.get(context.key, set())
            alternatives = context.alternatives
            expected = {i for i, p in enumerate(alternatives) if not p.requires or p.possible(ctx.present)}
            assert listed == expected, (context.name, text)
    assert listed_any


def test_compiled_prefilter_rejects_tables_and_matches_it_cannot_use() -> None:
    from feedback.domain.compliance import checker as checker_module

    prefilter = checker_module._CompiledPrefilter
    if prefilter is None:
        pytest.skip("the compiled prefilter was not built (no C compiler at install time)")
    with pytest.raises(ValueError, match="not in the scan"):
        prefilter(("a",), (None,), {"b": ((0, 0, None),)}, ())  # unlocked by a literal the scan lacks
    with pytest.raises(TypeError, match="frozenset"):
        prefilter(("a",), (None,), {"a": ((0, 0, ["a"]),)}, ())
    # "a" (at word starts) unlocks rule 0's alternative 3 if "b" is there too; "b" unlocks rule 1's 2.
    unlocks = {"a": ((0, 3, frozenset({"b"})),), "b": ((1, 2, None),)}
    working = prefilter(("a", None), (None, "b"), unlocks, ())
    assert working.select([(0, 1, 2), (1, 3, 4)], " a b ") == ({"a", "b"}, {0: {3}, 1: {2}})
    assert working.select([(0, 2, 3)], " xa ") == (set(), {})  # "a" only counts where a word starts
    with pytest.raises(ValueError, match="out of range"):
        working.select([(5, 0, 1)], " a ")


def test_prefilter_is_active() -> None:
    """The prefilter quietly gives up (slow but correct) without re's parser: make that loud here."""
    from feedback.domain.compliance.literals import parser

    assert parser is not None
    checker = default_checker()
    with_literals = sum(1 for c in checker._compiled for a in c.alternatives if a.pattern.requires)
    total = sum(len(c.alternatives) for c in checker._compiled)
    assert with_literals / total > 0.95
