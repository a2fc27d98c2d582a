"""Discovery details: short complaint sets, word filters, variant folding, joined issues, ranking, memo."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from feedback.domain.issues import IssueAnalyzer, load_taxonomy, vader_scorer
from feedback.domain.issues import analyzer as analyzer_module
from feedback.domain.issues.stats import compound_bases, typo_bases
from feedback.domain.issues.text import is_term_word, non_terms, stopwords

Scorer = Callable[[str], float]


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return vader_scorer()


def test_three_short_one_star_complaints_are_an_issue(scorer: Scorer) -> None:
    # Only complaints, all naming the lid: no contrast to measure, but a failing part is the issue.
    items = [
        (1, "The lid leaks everywhere.", 1.0),
        (2, "Lid leaks, soaked my bag.", 1.0),
        (3, "The lid leaks.", 1.0),
    ]
    analysis = IssueAnalyzer(load_taxonomy(), scorer).analyze(items)
    assert [(s.tag.key, s.tag.label, s.items) for s in analysis.issues] == [("disc:lid", "lid leaks", 3)]


def test_the_product_itself_is_no_issue_in_complaints_only(scorer: Scorer) -> None:
    # Every item names it, none says what failed: that is the product, not a part.
    items = [(1, "This kettle is awful.", 1.0), (2, "Horrible kettle.", 1.0), (3, "The kettle is junk.", 1.0)]
    assert IssueAnalyzer(load_taxonomy(), scorer).analyze(items).issues == ()


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("thin", False),  # describes
        ("miles", False),  # measures
        ("biggest", False),  # graded form of a generic adjective
        ("sturdier", False),
        ("flimsier", False),  # graded form of a failure word
        ("numerous", False),  # adjective ending
        ("flaw", False),  # judges the complaint, names nothing
        ("shown", False),  # irregular participle
        ("hype", False),
        ("zipper", True),
        ("timer", True),  # not a comparative
        ("opener", True),
        ("chest", True),
    ],
)
def test_describing_words_are_not_terms(word: str, expected: bool) -> None:
    assert is_term_word(word) is expected


def test_misspellings_fold_onto_the_word_they_misspell() -> None:
    background = Counter(
        {"the": 800, "teh": 3, "quality": 120, "qualty": 2, "two": 400, "tow": 2, "zipper": 60, "zippre": 1}
    )
    bases = typo_bases(background, ["teh", "qualty", "tow", "zippre", "zipper"], non_terms(), stopwords())
    assert bases == {"teh": "the", "qualty": "quality", "zippre": "zipper"}  # "tow" may be a real word


def test_compounds_fold_onto_their_closed_form() -> None:
    background = Counter({"view finder": 3, "viewfinder": 5, "view-finder": 1, "scroll wheel": 4})
    assert compound_bases(background) == {"view finder": "viewfinder", "view-finder": "viewfinder"}


def test_words_that_only_come_with_another_issue_join_it(scorer: Scorer) -> None:
    items = [
        (1, "The strap hurts my shoulder.", 2.0),
        (2, "The strap digs into my shoulder, awful.", 1.0),
        (3, "Terrible strap, my shoulder aches.", 1.0),
        (4, "The zipper broke.", 1.0),
        (5, "The zipper broke after a week.", 2.0),
        (6, "Love the colour, great bag.", 5.0),
        (7, "Great bag, roomy and light.", 5.0),
    ]
    analysis = IssueAnalyzer(load_taxonomy(), scorer).analyze(items)
    keys = {s.tag.key: s for s in analysis.issues}
    assert "disc:shoulder" not in keys
    assert "shoulder" in keys["disc:strap"].terms and keys["disc:strap"].items == 3


def test_a_named_part_ranks_before_the_kind_of_failure(scorer: Scorer) -> None:
    items = [
        (1, "The zipper broke.", 1.0),
        (2, "Zipper broke on day two.", 1.0),
        (3, "My zipper broke.", 2.0),
        (4, "The handle broke.", 1.0),
        (5, "It is cheaply made.", 2.0),
        (6, "Great bag, love it.", 5.0),
    ]
    issues = IssueAnalyzer(load_taxonomy(), scorer).analyze(items).issues
    order = [s.tag.key for s in issues]
    quality = next(s for s in issues if s.tag.key == "tax:quality")
    assert quality.items == 5  # still counted on every item it tags
    assert order.index("disc:zipper") < order.index("tax:quality")


def test_situation_words_are_context_not_issues(scorer: Scorer) -> None:
    items = [(i, "Already asked for a refund, no answer.", 1.0) for i in range(3)] + [(9, "Lovely.", 5.0)]
    keys = {s.tag.key for s in IssueAnalyzer(load_taxonomy(), scorer).analyze(items).issues}
    assert not any(key.startswith("disc:") for key in keys)


def test_repeated_sentences_give_the_same_result_as_scanning_each(
    scorer: Scorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [
        "Works great. The lid leaks.",
        "The lid leaks. Arrived late.",
        "Works great.",
        "The lid leaks!",
        "Works great. The handle broke after a week.",
        "The handle broke after a week.",
    ]
    items = [(i, texts[i % len(texts)], float(1 + i % 5)) for i in range(30)]
    remembered = IssueAnalyzer(load_taxonomy(), scorer).analyze(items)
    monkeypatch.setattr(analyzer_module, "_MEMO_SIZE", 0)
    scanned = IssueAnalyzer(load_taxonomy(), scorer).analyze(items)
    assert remembered == scanned
