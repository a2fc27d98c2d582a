"""IssueAnalyzer: complaint detection, discovery, stable keys, overrides, the batch contract."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from feedback.domain.issues import (
    IssueAnalyzer,
    IssueKind,
    Overrides,
    analyze_lines,
    load_taxonomy,
    promote,
    vader_scorer,
)

Scorer = Callable[[str], float]

BACKPACK = [
    (1, "Love this backpack, but the zipper broke after a week.", 4),
    (2, "The zipper is flimsy and got stuck on day two. Otherwise a great backpack.", 3),
    (3, "Great backpack! The zipper split open after a month.", 2),
    (4, "Nice backpack. The zippers keep breaking.", 3),
    (5, "The zipper broke the first time I used it.", 1),
    (6, "This backpack is great, I love the backpack.", 5),
    (7, "Best backpack ever, the backpack is roomy and comfortable.", 5),
    (8, "Perfect backpack for school, my son loves this backpack.", 5),
    (9, "The colour is great and the backpack is sturdy.", 5),
    (10, "The straps are awful and the strap ripped.", 1),
    (11, "One strap came loose, the strap is cheap.", 2),
]


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return vader_scorer()


def analyze(
    scorer: Scorer, items: list[tuple[int, str, float | None]], **options: object
) -> dict[int, list[str]]:
    """Return each item's issue keys."""
    analysis = IssueAnalyzer(load_taxonomy(options.pop("rules", ())), scorer, **options).analyze(items)  # type: ignore[arg-type]
    return {item: [t.key for t in analysis.tags_for(item)] for item, _, _ in items}


@pytest.mark.parametrize(
    ("text", "rating", "negative"),
    [
        ("Love it, but the battery dies in two hours.", 5, ["Love it, but the battery dies in two hours."]),
        ("Works great. The lid leaks though.", 4, ["The lid leaks though."]),
        ("Everything is fine except the remote.", 4, ["Everything is fine except the remote."]),
        ("Stopped working after two weeks.", None, ["Stopped working after two weeks."]),
        ("Great product, works as described.", 5, []),
        ("I bought this for my son.", None, []),
        ("No smell at all, arrived on time.", 5, ["No smell at all, arrived on time."]),  # VADER: "no" < 0
    ],
)
def test_finds_complaint_sentences_also_in_good_reviews(
    text: str, rating: float | None, negative: list[str], scorer: Scorer
) -> None:
    analysis = IssueAnalyzer(load_taxonomy(), scorer).analyze([(1, text, rating)])
    assert [s.text for s in analysis.sentences] == negative
    assert all(text[s.start : s.end] == s.text for s in analysis.sentences)
    # A negative sentence is not necessarily an issue: nothing recurring or known is named here.
    if text.startswith("No smell"):
        assert analysis.tags_for(1) == ()


def test_discovers_a_product_specific_issue_but_not_the_product(scorer: Scorer) -> None:
    analysis = IssueAnalyzer(load_taxonomy(), scorer).analyze(BACKPACK)
    keys = {s.tag.key: s for s in analysis.issues}
    assert "disc:zipper" in keys
    zipper = keys["disc:zipper"]
    assert zipper.tag.source == "discovered" and zipper.tag.kind is IssueKind.PRODUCT
    assert zipper.items == 5 and "zipper" in zipper.tag.label
    assert len(zipper.quotes) == 3 and len({q.item_id for q in zipper.quotes}) == 3
    assert "disc:backpack" not in keys  # the product is praised as often as it is blamed
    assert "disc:strap" in keys  # two items complain, none praise it: enough for a small seller
    assert "disc:zipper" in [t.key for t in analysis.tags_for(4)]
    assert analysis.tags_for(6) == ()


def test_small_sellers_get_issues_from_two_items_taxonomy_from_one(scorer: Scorer) -> None:
    items = [
        (1, "The lid leaks everywhere.", 1),
        (2, "My lid leaks too.", 2),
        (3, "It arrived late.", 2),
        (4, "Lovely mug, I love it.", 5),
    ]
    keys = analyze(scorer, items)
    assert keys == {1: ["disc:lid"], 2: ["disc:lid"], 3: ["tax:late_delivery"], 4: []}
    labels = {t.key: t.label for t in IssueAnalyzer(load_taxonomy(), scorer).analyze(items).tags_for(1)}
    assert labels == {"disc:lid": "lid leaks"}
    assert analyze(scorer, items, min_support=3)[1] == []
    analysis = IssueAnalyzer(load_taxonomy(), scorer).analyze(items)
    assert [s.tag.key for s in analysis.issues] == ["disc:lid", "tax:late_delivery"]
    assert [s.tag.key for s in analysis.recurring] == ["disc:lid"]  # one late parcel is not a pattern yet


def test_keys_are_stable_across_runs_and_new_data(scorer: Scorer) -> None:
    first = analyze(scorer, BACKPACK)
    more = [*BACKPACK, (12, "Zippers broke again, both of them.", 1), (13, "Lovely colour.", 5)]
    second = analyze(scorer, more)
    assert {k: v for k, v in second.items() if k in first} == first
    assert "disc:zipper" in second[12]


def test_overrides_rename_merge_split_and_kind(scorer: Scorer) -> None:
    overrides = Overrides(
        renames={"disc:zipper": "Zip pulls break", "disc:strap~strap-rip": "Strap rips"},
        merges={"tax:quality": "disc:zipper"},
        splits={"disc:strap": {"Strap rip": ["ripped", "rip"], "Strap loose": ["loose"]}},
        kinds={"disc:zipper": IssueKind.SELLER},
    )
    analysis = IssueAnalyzer(load_taxonomy(), scorer, overrides=overrides).analyze(BACKPACK)
    labels = {s.tag.key: (s.tag.label, s.tag.kind, s.items) for s in analysis.issues}
    assert labels["disc:zipper"][:2] == ("Zip pulls break", IssueKind.SELLER)
    assert "tax:quality" not in labels  # merged into the zipper issue
    assert labels["disc:strap~strap-rip"][0] == "Strap rips"
    assert labels["disc:strap~strap-loose"][0] == "Strap loose"
    # "ripped" is also "Poor quality or materials", which the user merged into the zipper issue.
    assert [t.key for t in analysis.tags_for(10)] == ["disc:strap~strap-rip", "disc:zipper"]
    # The same edits give the same result on re-analysis.
    again = IssueAnalyzer(load_taxonomy(), scorer, overrides=overrides).analyze(BACKPACK)
    assert again.items == analysis.items


def test_merge_cycles_stop(scorer: Scorer) -> None:
    # The app should refuse cyclic merges; if one slips through, each chain stops before repeating.
    overrides = Overrides(merges={"disc:zipper": "disc:strap", "disc:strap": "disc:zipper"})
    keys = analyze(scorer, BACKPACK, overrides=overrides)
    assert keys[5] == ["disc:strap", "tax:quality"] and keys[10] == ["disc:zipper", "tax:quality"]


def test_promoted_issue_becomes_a_rule_that_survives_new_imports(scorer: Scorer) -> None:
    rule = promote("disc:zipper", "Zipper breaks", ["zipper"])
    overrides = Overrides(merges={"disc:zipper": rule.key})
    items = [*BACKPACK[:1], (20, "Terrible zipper.", 1)]  # one complaint each: too few to discover
    keys = analyze(scorer, items, rules=[rule], overrides=overrides)
    assert keys[1][0] == "tax:zipper" and keys[20] == ["tax:zipper"]


def test_context_terms_are_never_issues(scorer: Scorer) -> None:
    items = [
        (1, "The kettle leaks.", 1),
        (2, "This kettle leaks from the bottom.", 1),
        (3, "My kettle leaks.", 2),
        (4, "Lovely, boils fast.", 5),
        (5, "Great value, love the colour.", 5),
    ]
    assert analyze(scorer, items)[1] == ["disc:kettle"]  # only ever named in complaints here
    assert analyze(scorer, items, context_terms=["Electric kettle 1.7l"])[1] == []


def test_item_scores_can_be_reused(scorer: Scorer) -> None:
    calls: list[str] = []

    def counting(text: str) -> float:
        calls.append(text)
        return scorer(text)

    items = [(1, "Arrived late.", 1), (2, "Terrible. Arrived broken.", 1)]
    analyzer = IssueAnalyzer(load_taxonomy(), counting)
    analysis = analyzer.analyze(items, compounds={1: -0.4, 2: -0.8})
    assert "Arrived late." not in calls  # a single clause: the item's own compound was used
    assert [t.key for t in analysis.tags_for(1)] == ["tax:late_delivery"]


def test_group_tags_known_complaints_against_a_background(scorer: Scorer) -> None:
    negatives = ["the remote is useless", "remote buttons are tiny", "it stopped working"]
    background = [*negatives, "great picture", "the picture is sharp", "the sound is fine"]
    keys = IssueAnalyzer(load_taxonomy(), scorer).group(negatives, background)
    assert keys == [("disc:remote",), ("disc:remote",), ("tax:defective",)]


@dataclass
class Record:
    id: object
    text: str
    rating: float | None


def test_analyze_lines_is_the_batch_contract(scorer: Scorer) -> None:
    records = [Record(i, text, rating) for i, text, rating in BACKPACK] + [Record(1, "Arrived late.", None)]
    lines = analyze_lines(records, scorer=scorer)
    assert len(lines) == len(records)
    assert lines[0] == [
        {"label": "zipper broke", "kind": "product"},
        {"label": "Poor quality or materials", "kind": "product"},
    ]
    assert lines[5] == []  # no recurring issue
    assert lines[-1] == [{"label": "Late delivery", "kind": "fulfilment"}]  # repeated id: by position
    labels = {d["label"] for line in lines[:5] for d in line if d["label"].startswith("zipper")}
    assert len(labels) == 1  # the same label on every line


def test_empty_input(scorer: Scorer) -> None:
    analysis = IssueAnalyzer(load_taxonomy(), scorer).analyze([])
    assert analysis.issues == () and analysis.sentences == () and dict(analysis.items) == {}
    assert analyze_lines([], scorer=scorer) == []
