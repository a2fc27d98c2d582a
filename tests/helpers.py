"""Builders for test files and rows."""

from __future__ import annotations

import json
from pathlib import Path

FEEDBACK_HEADER = "Date\tRating\tComments\tResponse\tOrder ID\tRater Email"


def write_feedback(path: Path, rows: list[tuple[str, str, str, str, str, str]]) -> Path:
    """Write a seller feedback report with ``rows`` of (date, rating, comments, response, order, email)."""
    lines = [FEEDBACK_HEADER] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def review(
    i: int, rating: float = 5.0, text: str = "Works great, love it.", asin: str = "B000TEST01"
) -> dict:
    """Return one Amazon Reviews 2023 record."""
    return {
        "rating": rating,
        "title": f"Review {i}",
        "text": text,
        "images": [],
        "asin": asin,
        "parent_asin": asin,
        "user_id": f"USER{i:05d}",
        "timestamp": 1_700_000_000_000 + i * 86_400_000,
        "helpful_vote": i % 3,
        "verified_purchase": True,
    }


def write_reviews(path: Path, records: list[dict]) -> Path:
    """Write Amazon Reviews 2023 JSON Lines."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
