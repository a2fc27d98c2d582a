"""Tests for the sample and generated review data (feedback.domain.samples)."""

from __future__ import annotations

import itertools
import json
import random
import re
import statistics
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from feedback.domain.samples import (
    FEEDBACK_HEADER,
    IMPROVING,
    PRODUCTS,
    RECENT_DAYS,
    SPAN_DAYS,
    WORSENING,
    Trend,
    generate_reviews,
    sample_feedback,
    sample_reviews,
    write_reviews_jsonl,
    write_sample_files,
)
from feedback.domain.samples.bank import bank, categories
from feedback.domain.samples.ids import ASIN_RE, DAY_MS, ORDER_ID_RE, USER_ID_RE, day_start_ms, ms_to_date
from feedback.domain.samples.style import misspell, roughen, swap_letters

TODAY = date(2025, 6, 15)
REVIEW_TYPES = {
    "rating": float,
    "title": str,
    "text": str,
    "images": list,
    "asin": str,
    "parent_asin": str,
    "user_id": str,
    "timestamp": int,
    "helpful_vote": int,
    "verified_purchase": bool,
}
EMAIL_RE = re.compile(r"^buyer\d+@example\.com$")


@pytest.fixture(scope="module")
def reviews() -> list[dict[str, object]]:
    return sample_reviews(TODAY)


@pytest.fixture(scope="module")
def bulk() -> list[dict[str, object]]:
    return list(generate_reviews(10_000, seed=3))


def text_of(review: dict[str, object]) -> str:
    return f"{review['title']} {review['text']}".lower()


def assert_review_2023(review: dict[str, object], first_ms: int, end_ms: int) -> None:
    assert list(review) == list(REVIEW_TYPES)
    for key, kind in REVIEW_TYPES.items():
        assert type(review[key]) is kind, key
    assert review["rating"] in (1.0, 2.0, 3.0, 4.0, 5.0)
    assert review["images"] == []
    assert ASIN_RE.match(str(review["asin"])) and ASIN_RE.match(str(review["parent_asin"]))
    assert USER_ID_RE.match(str(review["user_id"]))
    assert first_ms <= int(str(review["timestamp"])) < end_ms
    assert int(str(review["helpful_vote"])) >= 0
    assert 20 <= len(str(review["text"])) <= 1500 and str(review["title"]).strip()
    assert "\n" not in str(review["text"]) and "\t" not in str(review["text"])


@pytest.mark.parametrize(
    ("make", "seed", "other_seed"),
    [
        (lambda seed: sample_reviews(TODAY, seed=seed, n=80), 7, 8),
        (lambda seed: sample_feedback(TODAY, seed=seed, n=60), 7, 8),
        (lambda seed: list(generate_reviews(500, seed=seed)), 0, 1),
    ],
    ids=["sample_reviews", "sample_feedback", "generate_reviews"],
)
def test_same_seed_same_output(make: Callable[[int], list[object]], seed: int, other_seed: int) -> None:
    assert make(seed) == make(seed)
    assert make(seed) != make(other_seed)


@pytest.mark.parametrize("n", [0, 1, 37, 300])
def test_counts(n: int) -> None:
    assert len(sample_reviews(TODAY, n=n)) == n
    assert len(sample_feedback(TODAY, n=n)) == n
    assert sum(1 for _ in generate_reviews(n)) == n


def test_products() -> None:
    assert len(PRODUCTS) == 6
    assert len({product.asin for product in PRODUCTS}) == 6
    assert all(ASIN_RE.match(product.asin) and product.title for product in PRODUCTS)


def test_sample_reviews_are_valid_reviews_2023(reviews: list[dict[str, object]]) -> None:
    first_ms = day_start_ms(TODAY - timedelta(days=SPAN_DAYS))
    for review in reviews:
        assert_review_2023(review, first_ms, day_start_ms(TODAY))
    timestamps = [int(str(review["timestamp"])) for review in reviews]
    assert timestamps == sorted(timestamps)
    assert len({(r["user_id"], r["asin"], r["timestamp"]) for r in reviews}) == len(reviews)
    per_product = Counter(review["asin"] for review in reviews)
    assert set(per_product) == {product.asin for product in PRODUCTS}
    assert min(per_product.values()) >= 15
    months = {ms_to_date(int(str(review["timestamp"]))).month for review in reviews}
    assert len(months) >= 6


def test_sample_sentiment_mix(reviews: list[dict[str, object]]) -> None:
    ratings = Counter(review["rating"] for review in reviews)
    assert 0.5 <= (ratings[4.0] + ratings[5.0]) / len(reviews) <= 0.75
    assert 0.05 <= ratings[3.0] / len(reviews) <= 0.2
    assert 0.15 <= (ratings[1.0] + ratings[2.0]) / len(reviews) <= 0.35
    lengths = [len(str(review["text"])) for review in reviews]
    assert min(lengths) < 60 and max(lengths) > 600


@pytest.mark.parametrize(
    ("category", "keyword", "at_least"),
    [
        ("backpack", "zip", 5),
        ("backpack", "strap", 3),
        ("earbuds", "battery", 5),
        ("earbuds", "left earbud", 2),
        ("earbuds", "fit", 2),
        ("bottle", "leak", 5),
        ("bottle", "dent", 2),
        (None, "late", 5),
        (None, "wrong", 3),
        (None, "customer service", 2),
    ],
)
def test_recurring_issues_appear(
    reviews: list[dict[str, object]], category: str | None, keyword: str, at_least: int
) -> None:
    asin = {"backpack": PRODUCTS[0].asin, "earbuds": PRODUCTS[1].asin, "bottle": PRODUCTS[2].asin}.get(
        category or ""
    )
    hits = [r for r in reviews if (asin is None or r["asin"] == asin) and keyword in text_of(r)]
    assert len(hits) >= at_least


def test_mixed_four_star_reviews_name_a_problem(reviews: list[dict[str, object]]) -> None:
    earbuds = [r for r in reviews if r["asin"] == PRODUCTS[1].asin and r["rating"] == 4.0]
    assert any(word in text_of(r) for r in earbuds for word in ("battery", "disconnect", "fit"))


@pytest.mark.parametrize(("trend", "worse"), [(WORSENING, True), (IMPROVING, False)])
def test_trends_are_visible(reviews: list[dict[str, object]], trend: Trend, worse: bool) -> None:
    cut = TODAY - timedelta(days=RECENT_DAYS)
    mine = [r for r in reviews if r["asin"] == trend.asin]
    recent = [r for r in mine if ms_to_date(int(str(r["timestamp"]))) >= cut]
    earlier = [r for r in mine if ms_to_date(int(str(r["timestamp"]))) < cut]
    assert len(recent) >= 10 and len(earlier) >= 20

    def share(group: list[dict[str, object]]) -> float:
        return sum(trend.keyword in text_of(r) for r in group) / len(group)

    assert (share(recent) > 2 * share(earlier)) if worse else (share(earlier) > 2 * share(recent))


def test_trend_issue_sentences_all_carry_the_keyword() -> None:
    for trend, category in ((WORSENING, "backpack"), (IMPROVING, "bottle")):
        issue = bank(category).issue(trend.issue)
        for variants in issue.sentences + issue.titles:
            assert all(trend.keyword in variant.lower() for variant in variants)


def test_sample_feedback_rows() -> None:
    rows = sample_feedback(TODAY)
    earliest = TODAY - timedelta(days=SPAN_DAYS)
    for row in rows:
        assert tuple(row) == FEEDBACK_HEADER
        assert re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2}", row["Date"])
        assert earliest <= datetime.strptime(row["Date"], "%m/%d/%y").date() <= TODAY
        assert row["Rating"] in {"1", "2", "3", "4", "5"}
        assert ORDER_ID_RE.match(row["Order ID"])
        assert EMAIL_RE.match(row["Rater Email"])
        assert row["Comments"].strip()
        assert not any("\t" in cell or "\n" in cell for cell in row.values())
    assert len({row["Order ID"] for row in rows}) == len(rows)
    ratings = Counter(row["Rating"] for row in rows)
    assert ratings["5"] > len(rows) / 2 and ratings["1"] + ratings["2"] >= 8
    assert 5 <= sum(bool(row["Response"]) for row in rows) < len(rows) / 2
    dates = [datetime.strptime(row["Date"], "%m/%d/%y").date() for row in rows]
    assert dates == sorted(dates, reverse=True)


def test_write_sample_files(tmp_path: Path) -> None:
    reviews_path, feedback_path = write_sample_files(tmp_path / "new", TODAY)
    assert (reviews_path.name, feedback_path.name) == ("sample-reviews.jsonl", "sample-feedback.txt")
    lines = reviews_path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == sample_reviews(TODAY)
    report = feedback_path.read_text(encoding="utf-8").splitlines()
    assert report[0] == "Date\tRating\tComments\tResponse\tOrder ID\tRater Email"
    assert [dict(zip(FEEDBACK_HEADER, line.split("\t"), strict=True)) for line in report[1:]] == (
        sample_feedback(TODAY)
    )


def test_generated_reviews_are_valid_and_unique(bulk: list[dict[str, object]]) -> None:
    start_ms = day_start_ms(date(2025, 1, 1))
    for review in bulk:
        assert_review_2023(review, start_ms, start_ms + 365 * DAY_MS)
    assert len({(r["user_id"], r["asin"], r["timestamp"]) for r in bulk}) == len(bulk)
    asins = Counter(r["asin"] for r in bulk)
    assert 20 <= len(asins) <= 10_000 // 200 + 6
    assert asins.most_common(1)[0][1] > 5 * statistics.median(asins.values())
    assert len({r["user_id"] for r in bulk}) > 0.9 * len(bulk)


def test_generated_texts_are_varied_and_realistically_long(bulk: list[dict[str, object]]) -> None:
    texts = [str(review["text"]) for review in bulk]
    assert len(set(texts)) >= 0.95 * len(texts)
    lengths = [len(text) for text in texts]
    assert 250 <= statistics.mean(lengths) <= 300
    assert min(lengths) >= 20 and max(lengths) <= 1500
    assert sum(length < 80 for length in lengths) > 0.1 * len(lengths)
    assert sum(length > 800 for length in lengths) > 0.01 * len(lengths)
    ratings = Counter(review["rating"] for review in bulk)
    assert ratings[5.0] > ratings[1.0] > ratings[2.0]


def test_generate_reviews_streams_and_honours_start() -> None:
    first = list(itertools.islice(generate_reviews(1_000_000, start=date(2024, 3, 1)), 5))
    assert all(ms_to_date(int(str(r["timestamp"]))) == date(2024, 3, 1) for r in first)


def test_write_reviews_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "bench.jsonl"
    assert write_reviews_jsonl(path, 2_345, seed=5) == 2_345
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2_345
    assert json.loads(lines[-1]) == list(generate_reviews(2_345, seed=5))[-1]


@pytest.mark.parametrize("category", categories())
def test_every_category_builds(category: str) -> None:
    phrases = bank(category)
    assert phrases.praise and phrases.product_issues and phrases.marketplace_issues
    assert all(variants for pool in phrases.pools.values() for variants in pool)
    assert all("{" not in v for pool in phrases.pools.values() for variants in pool for v in variants)


@pytest.mark.parametrize(
    ("roughener", "text", "expected"),
    [
        (misspell, "I definitely like it.", "I definately like it."),
        (misspell, "Xyz qq.", None),
        (swap_letters, "abc", "abc"),
    ],
)
def test_style_helpers(
    roughener: Callable[[str, Callable[[], float]], str], text: str, expected: str | None
) -> None:
    result = roughener(text, lambda: 0.0)
    if expected is None:
        assert result != text and sorted(result) == sorted(text)
    else:
        assert result == expected


def test_roughen_touches_a_minority() -> None:
    text = "I really like it. It's good and I'd recommend it."
    r = random.Random(1).random
    changed = sum(roughen(text, r) != text for _ in range(2_000))
    assert 0.1 * 2_000 < changed < 0.25 * 2_000
