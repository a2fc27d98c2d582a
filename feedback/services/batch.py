"""The batch contract: analyse JSON Lines without touching the database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..domain.batch import BatchInputError, parse_batch
from ..domain.sentiment import SentimentScorer

__all__ = ["BatchInputError", "analyze_lines"]


def analyze_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Yield one result object per input record, in input order; BatchInputError names a bad line."""
    records = parse_batch(lines)
    scorer = SentimentScorer()
    for record in records:
        result = scorer.score(record.text, record.rating, "review")
        yield {"id": record.id, "sentiment": {"label": result.label.value, "compound": result.compound}}
