"""The reviews and feedback list: filters, counts, pagination, escaping, empty states."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient

from feedback.db import db
from feedback.models import Item, SentimentCount
from feedback.services.importing import recount_sentiment


def make_item(i: int, **fields: object) -> Item:
    """Build an item with sensible defaults."""
    values: dict[str, object] = {
        "kind": "review",
        "source": "test",
        "source_key": f"test:{i}",
        "product": "B000TEST01",
        "text": f"Item number {i}",
        "rating": 5.0,
        "stars": 5,
        "posted_at": datetime(2025, 1, 1 + i % 28, tzinfo=UTC),
        "sentiment_compound": 0.5,
        "sentiment_label": "positive",
    }
    values.update(fields)
    values["stars"] = int(values["rating"])  # type: ignore[call-overload]
    return Item(**values)


@pytest.fixture
def items(app: Flask) -> list[Item]:
    rows = [
        make_item(
            1, text="Zipper broke on day two", rating=1, sentiment_label="negative", sentiment_compound=-0.6
        ),
        make_item(2, text="Fine, does the job", rating=3, sentiment_label="neutral", sentiment_compound=0.0),
        make_item(3, kind="feedback", product=None, text="Fast shipping, thanks", rating=5),
        make_item(4, text="<script>alert(1)</script> nice", product="B000TEST02"),
    ]
    db.session.add_all(rows)
    db.session.flush()
    recount_sentiment(db.session)
    db.session.commit()
    return rows


def _tiles(html: str) -> dict[str, str]:
    """Read the count tiles: label -> number shown."""
    pairs = re.findall(r'<span class="tile-n">([^<]*)</span>\s*<span class="tile-label">([^<]*)</span>', html)
    return {label: n for n, label in pairs}


def test_empty_state_offers_import_and_sample_data(auth_client: FlaskClient) -> None:
    html = auth_client.get("/").get_data(as_text=True)
    assert "No reviews or feedback yet" in html
    assert "Load the sample data" in html


def test_counts_per_sentiment_come_from_the_totals(auth_client: FlaskClient, items: list[Item]) -> None:
    html = auth_client.get("/").get_data(as_text=True)
    assert _tiles(html) == {"Negative": "1", "Neutral": "1", "Positive": "2", "All": "4"}


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("?sentiment=negative", ["Zipper broke"], ["Fast shipping", "does the job"]),
        ("?kind=feedback", ["Fast shipping"], ["Zipper broke"]),
        ("?product=B000TEST02", ["nice"], ["Zipper broke"]),
        ("?rating=3", ["does the job"], ["Zipper broke"]),
        ("?q=zipper", ["Zipper broke"], ["does the job"]),
        ("?q=50%25", [], ["Zipper broke"]),
        ("?date_from=2025-01-04&date_to=2025-01-05", ["Fast shipping", "nice"], ["Zipper broke"]),
    ],
)
def test_filters(
    auth_client: FlaskClient, items: list[Item], query: str, shown: list[str], hidden: list[str]
) -> None:
    html = auth_client.get("/" + query).get_data(as_text=True)
    for text in shown:
        assert text in html
    for text in hidden:
        assert text not in html


def test_filtered_counts_are_counted(auth_client: FlaskClient, items: list[Item]) -> None:
    html = auth_client.get("/?q=zipper").get_data(as_text=True)
    assert _tiles(html) == {"Negative": "1", "Neutral": "0", "Positive": "0", "Matching": "1"}


def test_bad_date_is_explained_not_a_500(auth_client: FlaskClient, items: list[Item]) -> None:
    response = auth_client.get("/?date_from=yesterday")
    assert response.status_code == 200
    assert "is not a date; use YYYY-MM-DD." in response.get_data(as_text=True)


def test_sorting_by_most_negative(auth_client: FlaskClient, items: list[Item]) -> None:
    html = auth_client.get("/?sort=most_negative").get_data(as_text=True)
    assert html.index("Zipper broke") < html.index("does the job")


def test_review_text_is_escaped(auth_client: FlaskClient, items: list[Item]) -> None:
    html = auth_client.get("/").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    detail = auth_client.get(f"/items/{items[3].id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in detail


def test_pagination(app: Flask, auth_client: FlaskClient) -> None:
    app.config["PER_PAGE"] = 2
    db.session.add_all([make_item(i) for i in range(5)])
    db.session.commit()
    first = auth_client.get("/").get_data(as_text=True)
    assert "Next →" in first and "← Previous" not in first
    last = auth_client.get("/?page=3").get_data(as_text=True)
    assert "Next →" not in last and "← Previous" in last
    assert auth_client.get("/?page=abc").status_code == 200


def test_detail_and_missing_item(auth_client: FlaskClient, items: list[Item]) -> None:
    response = auth_client.get(f"/items/{items[0].id}")
    assert response.status_code == 200
    assert "Zipper broke on day two" in response.get_data(as_text=True)
    assert auth_client.get("/items/999999").status_code == 404


def test_totals_table_is_used_unfiltered(auth_client: FlaskClient, items: list[Item]) -> None:
    # The unfiltered page trusts the running totals rather than counting rows.
    db.session.query(SentimentCount).filter_by(kind="review", label="negative").update({"n": 41})
    db.session.commit()
    assert _tiles(auth_client.get("/").get_data(as_text=True))["Negative"] == "41"
