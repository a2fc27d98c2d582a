"""Column guesses, presets and mapping checks for CSV imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedback.domain.importers import MAPPABLE_FIELDS, PRESETS, ImportFileError, read_items, suggest_mapping

US_HEADERS = [
    "marketplace", "customer_id", "review_id", "product_id", "product_parent", "product_title",
    "product_category", "star_rating", "helpful_votes", "total_votes", "vine", "verified_purchase",
    "review_headline", "review_body", "review_date",
]  # fmt: skip
HEADERS_2018 = [
    "reviewerID", "asin", "reviewerName", "vote", "style", "reviewText", "overall", "summary",
    "unixReviewTime", "reviewTime", "verified",
]  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (US_HEADERS, PRESETS["amazon_reviews_us"]),
        (HEADERS_2018, PRESETS["amazon_reviews_2018"]),
        (
            ["Date", "Rating", "Comments", "Response", "Order ID", "Rater Email"],
            {"text": "Comments", "rating": "Rating", "date": "Date", "order_id": "Order ID",
             "email": "Rater Email", "response": "Response"},
        ),
        (
            ["id", "asin", "stars", "body", "date", "author"],
            {"text": "body", "rating": "stars", "date": "date", "product": "asin", "external_id": "id",
             "author": "author"},
        ),
        (
            ["Review ID", "Product", "Stars", "Review Title", "Review", "Date", "Reviewer"],
            {"text": "Review", "title": "Review Title", "rating": "Stars", "date": "Date",
             "product": "Product", "external_id": "Review ID", "author": "Reviewer"},
        ),
        (["comment", "score", "timestamp", "user_id"],
         {"text": "comment", "rating": "score", "date": "timestamp", "author_id": "user_id"}),
        (["product_name", "price"], {}),  # no loose substring matches
        ([], {}),
    ],
)  # fmt: skip
def test_suggest_mapping(headers: list[str], expected: dict[str, str]) -> None:
    assert suggest_mapping(headers) == expected


def test_suggest_mapping_uses_each_column_once() -> None:
    mapping = suggest_mapping(["review", "comments", "title", "summary"])
    assert mapping == {"text": "comments", "title": "summary"}
    assert len(set(mapping.values())) == len(mapping)


def test_presets_only_name_mappable_fields() -> None:
    fields = {field for field, _label, _required in MAPPABLE_FIELDS}
    for preset in PRESETS.values():
        assert set(preset) <= fields
    assert [field for field, _label, required in MAPPABLE_FIELDS if required] == ["text"]


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"rating": "stars"}, r"has no column mapped to the review text; map one of its columns \(id, asin"),
        ({"text": "body"}, r'has no column "body" \(Review or feedback text\); the columns found are id'),
        ({"text": "text", "colour": "x"}, "unknown fields colour"),
        ({"text": "text", "kind": "complaint"}, 'must be "review" or "feedback", not "complaint"'),
    ],
)  # fmt: skip
def test_unusable_mapping_raises_before_reading(mapping: dict[str, str], message: str) -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "import" / "csv_errors.csv"
    with pytest.raises(ImportFileError, match=message):
        read_items(path, mapping=mapping)


def test_mapping_matches_columns_loosely_and_ignores_blanks() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "import" / "csv_errors.csv"
    items = list(read_items(path, mapping={"text": "TEXT", "rating": "", "product": " asin "}))
    first = items[0]
    assert first.text.startswith("First line")  # type: ignore[union-attr]
    assert first.rating is None  # type: ignore[union-attr]
    assert first.product == "B001"  # type: ignore[union-attr]
