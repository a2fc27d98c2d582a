"""The batch contract's input: JSON Lines ``{"id": ..., "text": ..., "rating": <optional 1-5>}``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


class BatchInputError(ValueError):
    """A line of the batch input is malformed; the message names the line and what to fix."""


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """One validated input line."""

    id: Any
    text: str
    rating: float | None


def parse_batch_line(number: int, line: str) -> BatchRecord | None:
    """Validate line ``number`` (1-based); return None for a blank line, raise BatchInputError if bad."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BatchInputError(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise BatchInputError(f'line {number}: expected a JSON object like {{"id": 1, "text": "..."}}')
    if "id" not in obj:
        raise BatchInputError(f'line {number}: the field "id" is missing')
    text = obj.get("text")
    if not isinstance(text, str):
        raise BatchInputError(f'line {number}: the field "text" must be a string')
    rating = obj.get("rating")
    if rating is not None:
        if isinstance(rating, bool) or not isinstance(rating, int | float) or not 1 <= rating <= 5:
            raise BatchInputError(f'line {number}: "rating" must be a number from 1 to 5, got {rating!r}')
        rating = float(rating)
    return BatchRecord(obj["id"], text, rating)


def parse_batch(lines: Iterable[str]) -> list[BatchRecord]:
    """Validate every line of the input, in order; the first bad line raises BatchInputError."""
    records = []
    for number, line in enumerate(lines, start=1):
        record = parse_batch_line(number, line)
        if record is not None:
            records.append(record)
    return records
