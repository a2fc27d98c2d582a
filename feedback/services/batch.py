"""The batch contract: analyse JSON Lines without touching the database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..domain.batch import BatchInputError, parse_batch
from ..domain.issues import analyze_lines as issues_of
from ..domain.sentiment import SentimentScorer

__all__ = ["BatchInputError", "analyze_lines"]


def analyze_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Yield one result object per input record, in input order; BatchInputError names a bad line.

    Each result: ``{"id", "sentiment": {"label", "compound"}, "issues": [{"label", "kind"}, ...]}``.
    Issue discovery runs across the whole input, so one issue has one label on every line.
    """
    records = parse_batch(lines)
    scorer = SentimentScorer()
    issues = issues_of(records, scorer=scorer.text_compound)
    for record, found in zip(records, issues, strict=True):
        result = scorer.score(record.text, record.rating, "review")
        yield {
            "id": record.id,
            "sentiment": {"label": result.label.value, "compound": result.compound},
            "issues": found,
        }
