"""The learned sentence model beside the rules, and rules that imply other rules."""

from __future__ import annotations

import json
import os
import sys
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from feedback.domain.compliance import Checker, Kind, RulesError, builtin_rules_text, load_rules
from feedback.domain.compliance.context import ScanContext
from feedback.domain.compliance.learned import (
    LearnedModel,
    builtin_model,
    load_model,
    message_features,
    sentence_features,
)
from feedback.domain.compliance.model import About
from feedback.domain.compliance.rules import parse_rules
from feedback.domain.compliance.text import normalise

RR, PR, BM = Kind.REVIEW_REQUEST, Kind.PUBLIC_REPLY, Kind.BUYER_MESSAGE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("you're wrong!", {"you", "re", "wrong", "you re", "re wrong"}),
        ("get 20% off", {"get", "00%", "off", "get 00%", "00% off"}),
        ("$5.99 back", {"$0", "00", "back", "$0 00", "00 back"}),
        ("café² 😀", {"café²", "😀", "café² 😀"}),  # non-ASCII passes through whole
        ("refunds issued", {"refunds", "issued", "~refund", "~issu", "refunds issued"}),  # crude stems
        ("", set()),
    ],
)
def test_sentence_features(sentence: str, expected: set[str]) -> None:
    assert sentence_features(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "chars", "expected"),
    [
        # Words longer than `chars` characters also give their first `chars` characters after "^".
        ("le remboursement", 6, {"le", "remboursement", "le remboursement", "^rembou"}),
        ("devolución", 6, {"devolución", "^devolu"}),  # characters, not bytes
        ("refund", 6, {"refund"}),  # not longer than 6
        ("refunds", 6, {"refunds", "~refund", "^refund"}),
        ("remboursement", 0, {"remboursement"}),  # 0: no beginnings (models from before session 14)
    ],
)
def test_sentence_features_with_word_beginnings(sentence: str, chars: int, expected: set[str]) -> None:
    assert sentence_features(sentence, chars) == expected


def test_word_beginnings_reach_the_score() -> None:
    model = LearnedModel(["incentive"], [-1.0], [0.0], {"^rembou": [(0, 3.0)]}, prefix_chars=6)
    hits = model.hits("un remboursé. un rembou.", [(0, 13), (13, 24)], "public_reply", "none")
    assert [(h.start, h.end) for h in hits] == [(0, 13)]  # "rembou" itself is not longer than 6
    assert not LearnedModel(["incentive"], [-1.0], [0.0], {"^rembou": [(0, 3.0)]}).hits(
        "un remboursé.", [(0, 13)], "public_reply", "none"
    )
    with pytest.raises(ValueError, match="prefix_chars"):
        LearnedModel(["incentive"], [-1.0], [0.0], {}, prefix_chars=33)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each sentence also has the previous sentence's words after "<" and the next one's after ">".
        ("as we said. no need.", [{">no", ">need"}, {"<as", "<we", "<said"}]),
        # A sentence without a word is no one's neighbour: the scorer skips it.
        ("as we said. !!!. no need", [{">no", ">need"}, set(), {"<as", "<we", "<said"}]),
        ("one. two. three", [{">two"}, {"<one", ">three"}, {"<two"}]),
        ("alone here", [set()]),
        # Neighbours give words only: no stems, beginnings or pairs.
        ("refunds issued. ok", [{">ok"}, {"<refunds", "<issued"}]),
    ],
)
def test_message_features_add_the_neighbour_sentences_words(text: str, expected: list[set[str]]) -> None:
    cuts = sorted({0, len(text), *[i + 1 for i, c in enumerate(text) if c == "."]})
    bounds = list(pairwise(cuts))
    own = [sentence_features(text[s:e], 6) for s, e in bounds]
    assert message_features(text, bounds, 6) == own
    assert message_features(text, bounds, 6, context=True) == [
        o | e for o, e in zip(own, expected, strict=True)
    ]


def test_neighbour_words_reach_the_score() -> None:
    # "No need" is an answer after "Do I need to oil it?" and a put-down after "As we said".
    weights = {"<said": [(0, 2.0)], "need": [(0, 0.5)]}
    model = LearnedModel(["disrespectful"], [-1.0], [0.0], weights, context=True)
    assert model.context and not LearnedModel(["disrespectful"], [-1.0], [0.0], weights).context
    for compiled in (True, False):
        low = "as we said. no need."
        spans, scores = model.sentence_scores(low, [(0, 11), (11, 20)], compiled=compiled)
        assert spans == [(0, 11), (11, 20)]
        assert np.allclose(scores, [[-1.0], [-1.0 + 0.5 + 2.0]], rtol=0, atol=1e-12)
    hits = model.hits("as we said. no need.", [(0, 11), (11, 20)], "public_reply", "none")
    assert [(h.start, h.end) for h in hits] == [(11, 20)]
    assert not model.hits("do i need to oil it? no need.", [(0, 20), (20, 29)], "public_reply", "none")
    # Without context the same weights leave the neighbour's words out.
    plain = LearnedModel(["disrespectful"], [-1.0], [0.0], weights)
    assert not plain.hits("as we said. no need.", [(0, 11), (11, 20)], "public_reply", "none")


def tiny_model(**extra: object) -> LearnedModel:
    """Two rules: "disrespectful" from the made-up word "zorbly", "review_change" from "remove"."""
    weights = {"zorbly": [(0, 3.0)], "remove": [(1, 3.0)], "please": [(0, -0.5)]}
    kwargs: dict = {"skip": [], "requires": {}, "prefix_chars": 0} | extra
    return LearnedModel(
        ["disrespectful", "review_change"],
        [-1.0, -1.0],
        [0.0, 0.0],
        weights,
        kwargs["skip"],
        {},
        kwargs["requires"],
        kwargs["prefix_chars"],
    )


@pytest.mark.parametrize(
    ("text", "kind", "about", "expected"),
    [
        ("What a zorbly question. Thanks.", "public_reply", "product_review", [("disrespectful", 0, 23)]),
        ("Please, zorbly.", "public_reply", "product_review", [("disrespectful", 0, 15)]),
        ("All good here.", "public_reply", "product_review", []),
        ("Please remove the review.", "public_reply", "product_review", [("review_change", 0, 25)]),
        ("Remove the battery cover.", "buyer_message", "none", []),  # gate: no review mentioned
        ("Please remove the review.", "buyer_message", "seller_feedback", []),  # skipped there
    ],
)
def test_hits_respect_thresholds_gates_and_skips(
    text: str, kind: str, about: str, expected: list[tuple[str, int, int]]
) -> None:
    model = tiny_model(
        skip=[("review_change", "buyer_message", "seller_feedback")], requires={"review_change": "review"}
    )
    low = text.lower()
    spans = [(0, low.index(".") + 1), (low.index(".") + 1, len(low))] if "." in low[:-1] else [(0, len(low))]
    assert [(h.rule, h.start, h.end) for h in model.hits(low, spans, kind, about)] == expected


def test_a_stem_feature_scores_other_forms_of_the_word() -> None:
    model = LearnedModel(["incentive"], [-1.0], [0.0], {"~refund": [(0, 3.0)]}, [], {}, {})
    for text in ("refunds now.", "refunding now.", "refunded now."):
        assert [h.rule for h in model.hits(text, [(0, len(text))], "public_reply", "none")] == ["incentive"]
    assert model.hits("refund now.", [(0, 11)], "public_reply", "none") == []  # "refund" is no stem feature


def test_model_findings_give_way_to_the_rules_near_misses() -> None:
    checker = Checker(load_rules(), learned=tiny_model())
    # "You're right" is a near miss of disrespectful: the model's hit in that sentence is dropped.
    assert checker.check("You're right, that was zorbly of us.", PR).compliant
    assert not checker.check("That was zorbly of you.", PR).compliant


def test_model_round_trips_through_json() -> None:
    model = tiny_model(skip=[("review_change", "*", "seller_feedback")], requires={"review_change": "review"})
    again = LearnedModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert again.to_dict() == model.to_dict()
    assert again.prefix_chars == 0
    beginnings = tiny_model(prefix_chars=6).to_dict()
    assert LearnedModel.from_dict(json.loads(json.dumps(beginnings))).prefix_chars == 6
    older = {k: v for k, v in beginnings.items() if k != "prefix_chars"}  # written before session 14
    assert LearnedModel.from_dict(older).prefix_chars == 0
    assert not again.context
    context = LearnedModel(["disrespectful"], [-1.0], [0.0], {"<said": [(0, 1.0)]}, context=True).to_dict()
    assert LearnedModel.from_dict(json.loads(json.dumps(context))).context
    older = {k: v for k, v in context.items() if k != "context"}  # written before session 15
    assert not LearnedModel.from_dict(older).context
    assert not again.applies("review_change", "public_reply", "seller_feedback")
    assert again.applies("review_change", "public_reply", "product_review")
    with pytest.raises(ValueError, match="format"):
        LearnedModel.from_dict({"format": 99})


def test_checker_adds_a_sentence_finding_only_where_patterns_found_nothing() -> None:
    checker = Checker(load_rules(), learned=tiny_model())
    result = checker.check("Hello there. That was a zorbly thing to say.  ", PR)
    learned = [f for f in result.findings if f.rule == "disrespectful"]
    assert [(f.excerpt, f.severity) for f in learned] == [("That was a zorbly thing to say.", "block")]
    assert learned[0].explanation.startswith("The wording of this sentence reads as")
    assert "Source:" in learned[0].explanation
    assert not result.compliant
    assert Checker(load_rules(), learned=None).check("Thanks. That was a zorbly thing to say.", PR).compliant
    # Where a pattern already found the rule in the sentence, the model adds nothing.
    found = checker.check("Thanks for the review. Please remove your review.", PR).findings
    changes = [f for f in found if f.rule == "review_change"]
    assert len(changes) == 1 and not changes[0].explanation.startswith("The wording")


def test_checker_without_model_and_builtin_model() -> None:
    assert Checker(load_rules(), learned=None).learned is None
    model = builtin_model()
    assert model is not None and model.rules, "the package ships a trained model"
    assert load_model(json.dumps(model.to_dict())).rules == model.rules
    assert set(model.rules) <= set(load_rules().ids)


needs_compiled = pytest.mark.skipif(
    not LearnedModel(["x"], [0.0], [0.0], {}).compiled and not os.environ.get("FEEDBACK_REQUIRE_COMPILED"),
    reason="the compiled scorer was not built (no C compiler at install time)",
)


def test_the_compiled_scorer_is_built_where_required() -> None:
    # CI sets FEEDBACK_REQUIRE_COMPILED: there a failed build must fail the suite, not fall back quietly.
    if os.environ.get("FEEDBACK_REQUIRE_COMPILED"):
        model = builtin_model()
        assert model is not None and model.compiled


def odd_model(prefix_chars: int = 0, context: bool = False) -> LearnedModel:
    """Features that exercise the tokeniser: non-ASCII words, digits, stems counted in characters, pairs,
    (with ``prefix_chars`` 3) word beginnings, of a token too long to be a feature too, and (with
    ``context``) neighbour sentences' words."""
    weights = {
        "^caf": [(0, 0.125)],
        "^naï": [(1, 0.375)],
        "^ref": [(0, -0.25), (1, 0.625)],
        "^xxx": [(1, 4.0)],
        "^ünï": [(0, 0.875)],
        "^漢字": [(1, 8.0)],  # never: "漢字" is not longer than 3 characters
        "café²": [(0, 1.5)],
        "~café": [(1, 0.75)],  # "cafés": 5 characters, 6 bytes
        "~naï": [(1, 2.0)],  # from "naïes": 5 characters (6 bytes) less "es" leaves the 3 a stem needs
        "~be": [(0, 5.0)],  # never: "bees" less "es" leaves 2 characters, too few ...
        "~bee": [(1, 0.5)],  # ... so its stem comes from "s"
        "00%": [(0, 0.25)],
        "$0": [(1, -0.5)],
        "get 00%": [(0, 1.0)],
        "😀": [(1, 3.0)],
        "re wrong": [(0, 2.0)],
        "~refund": [(0, 1.25), (1, -1.0)],
        "refunds": [(1, 0.5)],
        "a b": [(0, 0.5)],
        "b a": [(1, 0.5)],
        "<get": [(0, 0.0625)],
        ">get": [(1, 0.1875)],
        "<café²": [(1, -0.3125)],
        ">😀": [(0, 0.4375)],
        "<a": [(0, 1.0 / 64)],
        ">b": [(1, 3.0 / 64)],
        "<refunds": [(0, 0.5625)],
        ">you": [(1, 0.6875)],
        "<naïes": [(0, 0.8125)],
        ">" + "x" * 250: [(0, 7.0)],  # never: a word that long is no feature
        "<漢字": [(1, 0.9375)],
    }
    return LearnedModel(
        ["disrespectful", "review_change"],
        [-1.0, -0.5],
        [0.25, -0.25],
        weights,
        prefix_chars=prefix_chars,
        context=context,
    )


ODD_TEXTS = [
    "get 20% off! café² 😀 cafés",
    "You're wrong. Refunds, refunds and refunded refunding.",
    "a b a b a\u00a0b\u2003a\x1cb",  # non-breaking, em and file-separator spaces split as str.split() does
    "naïes naïves bees $5.99 ... !!! ",
    "   ",
    "",
    "a " + "x" * 300 + " b a",  # a token too long to be a feature breaks the pair around it
    "Ünïcödé ΑΒΓ 漢字 a b",
    "漢字. a b! !!! . b a. x. " + "x" * 250 + ". you? get 20%. get",  # neighbours over blank sentences
]


@needs_compiled
@pytest.mark.parametrize(("prefix_chars", "context"), [(0, False), (3, False), (3, True)])
@pytest.mark.parametrize("text", ODD_TEXTS)
def test_compiled_scorer_matches_the_python_one(text: str, prefix_chars: int, context: bool) -> None:
    model = odd_model(prefix_chars, context)
    assert model.compiled
    low = text.lower()
    cuts = sorted({0, len(low), *[i + 1 for i, c in enumerate(low) if c in ".!"]})
    bounds = list(pairwise(cuts)) or [(0, 0)]
    spans, fast = model.sentence_scores(low, bounds)
    spans_py, slow = model.sentence_scores(low, bounds, compiled=False)
    assert spans == spans_py
    assert fast.shape == slow.shape
    assert np.allclose(fast, slow, rtol=0, atol=1e-12)


@needs_compiled
def test_compiled_scorer_reads_words_stems_pairs_and_emoji() -> None:
    low = "get 20% off! café² 😀 cafés"
    spans, scores = odd_model().sentence_scores(low, [(0, 12), (12, len(low))])
    assert spans == [(0, 12), (12, len(low))]
    # "get 20% off!": 00% and "get 00%"; then café², 😀 and the stem of "cafés" (~café), on top of the bias.
    expected = [[-1.0 + 0.25 + 1.0, -0.5], [-1.0 + 1.5, -0.5 + 3.0 + 0.75]]
    assert np.allclose(scores, expected, rtol=0, atol=1e-12)


@needs_compiled
def test_compiled_scorer_reads_word_beginnings() -> None:
    low = "cafés refunds " + "x" * 300 + " 漢字"
    spans, scores = odd_model(prefix_chars=3).sentence_scores(low, [(0, len(low))])
    assert spans == [(0, len(low))]
    # ~café, refunds, ~refund; beginnings ^caf, ^ref and ^xxx (of a token too long to be a feature itself).
    expected = [[-1.0 + 1.25 + 0.125 - 0.25, -0.5 + 0.75 + 0.5 - 1.0 + 0.625 + 4.0]]
    assert np.allclose(scores, expected, rtol=0, atol=1e-12)


@needs_compiled
def test_compiled_scorer_reads_neighbour_words() -> None:
    low = "get 20% off! café² 😀 cafés. !!! you are"
    bounds = [(0, 12), (12, 28), (28, 32), (32, len(low))]
    spans, scores = odd_model(context=True).sentence_scores(low, bounds)
    assert spans == [(0, 12), (12, 28), (32, len(low))]  # "!!!" has no word: no sentence, no neighbour
    expected = [
        [-1.0 + 0.25 + 1.0 + 0.4375, -0.5],  # its own, and ">😀" of the next
        [-1.0 + 1.5 + 0.0625, -0.5 + 3.0 + 0.75 + 0.6875],  # "<get"; ">you" past "!!!" (">get" is not here)
        [-1.0, -0.5 - 0.3125],  # "<café²"
    ]
    assert np.allclose(scores, expected, rtol=0, atol=1e-12)
    # Only the words count, once per sentence however often they occur there.
    spans, scores = odd_model(context=True).sentence_scores("a a a. b b", [(0, 6), (6, 10)])
    assert np.allclose(scores, [[-1.0, -0.5 + 3.0 / 64], [-1.0 + 1.0 / 64, -0.5]], rtol=0, atol=1e-12)


def _fnv1a(key: bytes) -> int:
    """The compiled scorer's 64-bit FNV-1a hash of a feature key."""
    h = 1469598103934665603
    for byte in key:
        h = ((h ^ byte) * 1099511628211) % (1 << 64)
    return h


@needs_compiled
def test_compiled_scorer_compares_keys_whose_slot_and_tag_collide() -> None:
    """A slot keeps its key's hash tag so that most absent keys are settled there; two keys with the same
    home slot and tag must still be told apart by the key itself."""
    from feedback.domain.compliance._scorer import Scorer

    a, b = b"enocx", b"ghtvt"  # found by search: same high 32 bits of the hash, same low 3 bits
    assert _fnv1a(a) >> 32 == _fnv1a(b) >> 32 and _fnv1a(a) & 7 == _fnv1a(b) & 7
    only_a = Scorer([a], [[(0, 1.0)]], [0.0, 0.0])  # a 4-slot table: both keys start at the same slot
    assert only_a.margins("ghtvt", [(0, 5)]) == ([(0, 5)], [0.0, 0.0])
    assert only_a.margins("enocx", [(0, 5)]) == ([(0, 5)], [1.0, 0.0])
    both = Scorer([a, b], [[(0, 1.0)], [(1, 2.0)]], [0.0, 0.0])  # 8 slots: b probes past a's slot
    assert both.margins("ghtvt", [(0, 5)]) == ([(0, 5)], [0.0, 2.0])
    assert both.margins("enocx ghtvt enocx", [(0, 17)]) == ([(0, 17)], [1.0, 2.0])


@needs_compiled
def test_compiled_scorer_matches_the_python_one_on_every_development_message() -> None:
    model = builtin_model()
    assert model is not None and model.compiled
    checked = 0
    root = Path(__file__).parents[2]
    for path in [
        root / "tests/data/compliance/dev.jsonl",
        *root.glob("benchmarks/data/compliance_dev_c*.jsonl"),
    ]:
        for line in path.read_text(encoding="utf-8").splitlines():
            ctx = ScanContext(normalise(json.loads(line)["text"]), PR, About.PRODUCT_REVIEW)
            bounds = ctx.sentences.spans()
            spans, fast = model.sentence_scores(ctx.low, bounds)
            spans_py, slow = model.sentence_scores(ctx.low, bounds, compiled=False)
            assert spans == spans_py, line
            # Sums in another order: equal to the last bits, and the same verdict on every rule.
            assert np.allclose(fast, slow, rtol=0, atol=1e-9), line
            assert ((fast >= model.thresholds) == (slow >= model.thresholds)).all(), line
            checked += 1
    assert checked > 10_000


def test_a_model_with_a_feature_too_long_for_the_compiled_scorer_uses_python() -> None:
    model = LearnedModel(["incentive"], [-1.0], [0.0], {"x" * 300: [(0, 3.0)], "gift": [(0, 3.0)]})
    assert not model.compiled
    assert [h.rule for h in model.hits("a gift", [(0, 6)], "public_reply", "none")] == ["incentive"]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # Discriminatory remarks about a customer are disrespectful as well.
        (
            "Ladies usually struggle with the torque settings, ask your husband.",
            PR,
            {"discrimination", "disrespectful"},
        ),
        # An insult aimed at the customer or the review is disrespectful; swearing at a delay is not.
        ("What a load of bollocks this review is.", PR, {"profanity", "disrespectful"}),
        ("Sorry for the damn delay with the courier.", BM, {"profanity"}),
    ],
)
def test_implied_rules(text: str, kind: Kind, expected: set[str]) -> None:
    result = Checker(load_rules(), learned=None).check(text, kind)
    assert {f.rule for f in result.blocking} == expected


def test_implication_must_name_a_known_other_rule() -> None:
    data = json.loads(builtin_rules_text())
    rule = next(r for r in data["rules"] if r["id"] == "profanity")
    for bad in (["profanity"], ["nonsense"], [{"rule": "threat", "when": "(unclosed"}]):
        rule["implies"] = bad
        with pytest.raises(RulesError, match="implies"):
            parse_rules(data)


def _load_trainer() -> object:
    """Import tools/train_compliance_model.py, which is a script, not a package module."""
    import importlib.util

    path = Path(__file__).parents[2] / "tools" / "train_compliance_model.py"
    spec = importlib.util.spec_from_file_location("train_compliance_model", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_training_learns_a_phrasing_the_rules_lack(tmp_path: Path) -> None:
    trainer = _load_trainer()
    rude = ["Frankly, zorbly people like you never get it.", "You are being zorbly again, as always."]
    polite = [
        "Thanks for your order, we hope it arrives soon.",
        "We're sorry about the delay and have sent a new one.",
    ]
    paths = []
    for n in range(2):
        rows = [
            {
                "id": f"s{n}-{i}",
                "kind": "public_reply",
                "about": "product_review",
                "text": f"{t} Item {i}.",
                "expected": ["disrespectful"] if t in rude else [],
            }
            for i in range(12)
            for t in (rude[i % 2], polite[i % 2])
        ]
        path = tmp_path / f"set{n}.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
        paths.append(path)
    model = trainer.train(paths, 1.0, 0.05)  # type: ignore[attr-defined]
    assert model.info["messages"] == 48
    checker = Checker(load_rules(), learned=model)
    assert not checker.check("Honestly, zorbly customers like you.", PR).compliant
    assert checker.check("Thanks for your order, we hope it arrives soon.", PR).compliant
    # The folds in worker processes give every message the same out-of-fold scores as one process.
    messages = trainer.prepare(paths, Checker(load_rules(), learned=None))  # type: ignore[attr-defined]
    serial = trainer.out_of_fold(messages, 1.0)  # type: ignore[attr-defined]
    assert all("disrespectful" in scores for scores in serial)
    parallel = trainer.out_of_fold(messages, 1.0, jobs=2)  # type: ignore[attr-defined]
    assert parallel == [pytest.approx(scores) for scores in serial]
    # Two sets in two folds is the same as one set per fold.
    grouped = trainer.out_of_fold(messages, 1.0, folds=2)  # type: ignore[attr-defined]
    assert grouped == [pytest.approx(scores) for scores in serial]


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("une jolie note pour le vendeur nous aiderait.", True),
        ("si vous pouviez noter la boutique sur amazon.", True),
        ("une éval vendeur ce serait génial.", True),
        ("¿nos ayudas con 5 estrellitas en amazon?", True),
        ("si le ha gustado, valórenos como vendedor.", True),
        ("si te gustó, ⭐⭐⭐⭐⭐ porfa.", True),
        ("votre colis part demain par colissimo.", False),
        ("le enviamos otra talla mañana mismo.", False),
    ],
)
def test_review_rules_gate_knows_french_and_spanish_rating_words(text: str, opens: bool) -> None:
    """The shipped model judges the review rules only where its gate finds a review word; the gate it was
    trained with is the trainer's."""
    import re

    gates = builtin_model().requires
    trainer = _load_trainer()
    for rule in ("incentive", "positive_bias", "review_gating", "review_change"):
        assert gates[rule] == trainer.REQUIRES[rule]  # type: ignore[attr-defined]
        assert bool(re.search(gates[rule], text)) is opens


def test_thresholds_follow_each_rules_false_alarm_budget() -> None:
    """A threshold lets through at most its budget of compliant messages the rules pass, and never goes
    below the fitted model's own boundary (0); `disrespectful` has its own, larger budget, and a floor."""
    from types import SimpleNamespace

    trainer = _load_trainer()
    assert trainer.RULE_BUDGETS == {"disrespectful": 0.02}  # type: ignore[attr-defined]
    assert trainer.RULE_FLOORS == {"disrespectful": 0.5}  # type: ignore[attr-defined]
    clean = [SimpleNamespace(sample=SimpleNamespace(expected=()), blocked=False) for _ in range(200)]
    flagged = SimpleNamespace(sample=SimpleNamespace(expected=()), blocked=True)  # the rules already block it
    breach = SimpleNamespace(sample=SimpleNamespace(expected=("threat",)), blocked=False)
    descending = [
        {
            "incentive": 5 - n / 20,
            "disrespectful": 5 - n / 20,
            "threat": -1 - n,
            "discrimination": 0.4 - n / 20,
        }
        for n in range(200)
    ]
    low_scores = [{"disrespectful": 0.3 - n} for n in range(200)]
    low = trainer.pick_thresholds(clean, low_scores, 0.005)  # type: ignore[attr-defined]
    assert low["disrespectful"] == 0.5  # its floor, above what the budget would allow
    thresholds = trainer.pick_thresholds(  # type: ignore[attr-defined]
        [*clean, flagged, breach], [*descending, {"incentive": 99.0}, {"threat": 99.0}], 0.005
    )
    assert thresholds["incentive"] == pytest.approx(4.95)  # 0.5% of 200: one clean message may pass
    assert thresholds["disrespectful"] == pytest.approx(4.8)  # 2%: four may pass
    assert thresholds["threat"] == 0.0  # the budget would allow a negative threshold
    assert thresholds["marketing"] == 0.0  # no scores at all
    assert thresholds["discrimination"] == pytest.approx(0.35, abs=1e-5)  # no floor above 0
