"""The marketplace taxonomy: loading, tagging hits and near misses, anchors, user rules."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from feedback.domain.issues import (
    IssueAnalyzer,
    IssueKind,
    TaxonomyEntry,
    load_taxonomy,
    promote,
    vader_scorer,
)
from feedback.domain.issues.anchors import anchors
from feedback.domain.issues.taxonomy import builtin_entries, clause_keys
from feedback.domain.issues.text import normalise, tokens


@pytest.fixture(scope="module")
def scorer() -> Callable[[str], float]:
    return vader_scorer()


def tags(text: str, scorer: Callable[[str], float], rating: float | None = None) -> set[str]:
    """Return the taxonomy keys one item gets on its own (discovery needs two items, so none)."""
    analysis = IssueAnalyzer(load_taxonomy(), scorer).analyze([(1, text, rating)])
    return {tag.key for tag in analysis.tags_for(1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It arrived two weeks late.", {"tax:late_delivery"}),
        ("Package never arrived.", {"tax:late_delivery"}),
        ("The box was crushed and the glass arrived shattered.", {"tax:damaged_in_transit"}),
        ("They sent me the wrong color.", {"tax:wrong_item"}),
        ("Runs small, order a size up.", {"tax:size_fit"}),
        ("Way too small for my laptop.", {"tax:size_fit"}),
        ("Missing parts, no screws in the box.", {"tax:missing_parts"}),
        ("Stopped working after two weeks.", {"tax:defective"}),
        ("It won't turn on.", {"tax:defective"}),
        ("Cheaply made, the handle fell off.", {"tax:quality"}),
        ("Looks nothing like the picture.", {"tax:not_as_described"}),
        ("The battery dies in two hours.", {"tax:battery_power"}),
        ("It has a strong chemical smell.", {"tax:smell"}),
        ("The fan makes a loud buzzing noise.", {"tax:noise"}),
        ("The instructions are confusing.", {"tax:setup"}),
        ("The seller never responded to my emails.", {"tax:service"}),
        ("Overpriced for what it is.", {"tax:price_value"}),
        ("Poorly packaged, just thrown in a bag.", {"tax:packaging"}),
        ("This is a fake, not genuine.", {"tax:used_counterfeit"}),
        ("Love it, but the battery dies in two hours.", {"tax:battery_power"}),  # inside praise
    ],
)
def test_taxonomy_hits(text: str, expected: set[str], scorer: Callable[[str], float]) -> None:
    assert tags(text, scorer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Arrived on time and undamaged.",
        "No smell at all.",
        "It did not arrive late.",
        "Not too small, fits perfectly.",
        "The box was not damaged.",
        "Great price for what you get.",
        "The battery lasts all week, love it.",
        "Never had a problem with customer service.",
        "It still works after two years.",
        "Easy to set up, clear instructions.",
    ],
)
def test_taxonomy_near_misses(text: str, scorer: Callable[[str], float]) -> None:
    assert tags(text, scorer) == set()


def test_topic_needs_a_complaint_unless_the_rating_is_low(scorer: Callable[[str], float]) -> None:
    # "The battery lasts two hours" is neutral to VADER: a topic word alone is no complaint...
    assert tags("The battery lasts two hours.", scorer) == set()
    # ...but in a 1-star review it is the reason for the star.
    assert tags("The battery lasts two hours.", scorer, rating=1) == {"tax:battery_power"}


def test_kinds_say_where_the_fix_lies() -> None:
    kinds = {e.id: e.kind for e in builtin_entries()}
    assert kinds["late_delivery"] is kinds["damaged_in_transit"] is IssueKind.FULFILMENT
    assert kinds["defective"] is kinds["smell"] is kinds["size_fit"] is IssueKind.PRODUCT
    assert kinds["service"] is kinds["used_counterfeit"] is kinds["wrong_item"] is IssueKind.SELLER
    assert len(kinds) == 16
    assert all(e.why for e in builtin_entries())


SAMPLE = [
    "It arrived two weeks late and the box was crushed.",
    "The zipper broke after a week, cheaply made.",
    "Doesn't work, customer service never answered.",
    "Runs small and the smell won't go away.",
    "Not as pictured; the colour is different from the photo.",
    "Makes a loud grinding noise and the instructions are confusing.",
    "Took forever to arrive, still waiting for a refund.",
    "Battery won't hold a charge, it runs out of power in an hour.",
    "The seal was broken, clearly used, someone else's hair in it.",
    "Paid way too much, cheaper elsewhere.",
    "It stopped working after 3 days and keeps shutting off.",
    "did n't come with the charger , parts were missing .",
]


@pytest.mark.parametrize("text", SAMPLE)
def test_anchor_gating_finds_what_every_pattern_finds(text: str) -> None:
    taxonomy = load_taxonomy()
    clause = normalise(text)
    words = tokens(clause)
    woken = taxonomy.candidates(words)
    for number, (_, pattern) in enumerate(taxonomy._patterns):
        if pattern.search(clause):
            assert number in woken, pattern.pattern


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:arrived|came) (?:\w+ )?late", {"late"}),
        (r"did(?:n't|nt| not) fit", {"fit"}),  # "did" is a function word: "fit" is rarer
        (r"too (?:tiny|snug)", {"tiny", "snug"}),
        (r"batter(?:y|ies) dies?", {"batter"}),
        (r"[\w-]+ed", None),  # only wildcards: always tried
    ],
)
def test_anchors(pattern: str, expected: set[str] | None) -> None:
    found = anchors(pattern)
    assert (None if found is None else set(found)) == expected


def test_user_rules_extend_and_replace_the_builtin_taxonomy(scorer: Callable[[str], float]) -> None:
    rule = promote("disc:zipper", "Zipper", ["zipper", "zip"])
    assert rule.key == "tax:zipper" and rule.kind is IssueKind.PRODUCT
    own_smell = TaxonomyEntry("smell", "Odour", IssueKind.PRODUCT, patterns=(r"stinks?",))
    taxonomy = load_taxonomy([rule, own_smell])
    analysis = IssueAnalyzer(taxonomy, scorer).analyze([(1, "The zipper is terrible. It stinks.", None)])
    assert [(t.key, t.label) for t in analysis.tags_for(1)] == [
        ("tax:zipper", "Zipper"),
        ("tax:smell", "Odour"),
    ]
    # A promoted term whose id clashes with a built-in entry gets its own id.
    assert promote("disc:quality", "Quality", ["quality"]).id == "user-quality"


def test_clause_keys_are_singular() -> None:
    assert clause_keys(["batteries", "died"]) == ["battery", "died"]


def test_builtin_taxonomy_file_is_well_formed() -> None:
    entries = builtin_entries()
    assert len({e.id for e in entries}) == len(entries)
    ids = {e.id for e in entries}
    for entry in entries:
        assert entry.label and entry.patterns
        assert set(entry.suppresses) <= ids
    load_taxonomy()  # every pattern compiles
