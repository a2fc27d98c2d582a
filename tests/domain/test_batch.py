"""The batch contract's input parsing."""

from __future__ import annotations

import pytest

from feedback.domain.batch import BatchInputError, BatchRecord, parse_batch, parse_batch_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"id": 1, "text": "great"}', BatchRecord(1, "great", None)),
        ('{"id": "a", "text": "meh", "rating": 3}', BatchRecord("a", "meh", 3.0)),
        ('{"id": null, "text": "", "rating": 4.5}', BatchRecord(None, "", 4.5)),
        ("   ", None),
    ],
)
def test_valid_lines(line: str, expected: BatchRecord | None) -> None:
    assert parse_batch_line(1, line) == expected


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": 1, "text": "x"', "line 7: not valid JSON"),
        ("[1, 2]", "line 7: expected a JSON object"),
        ('{"text": "x"}', 'line 7: the field "id" is missing'),
        ('{"id": 1}', 'line 7: the field "text" must be a string'),
        ('{"id": 1, "text": 5}', 'line 7: the field "text" must be a string'),
        ('{"id": 1, "text": "x", "rating": 6}', 'line 7: "rating" must be a number from 1 to 5'),
        ('{"id": 1, "text": "x", "rating": "5"}', 'line 7: "rating" must be a number from 1 to 5'),
        ('{"id": 1, "text": "x", "rating": true}', 'line 7: "rating" must be a number from 1 to 5'),
    ],
)
def test_bad_lines_name_the_line(line: str, message: str) -> None:
    with pytest.raises(BatchInputError) as err:
        parse_batch_line(7, line)
    assert str(err.value).startswith(message)


def test_parse_batch_counts_physical_lines_and_skips_blanks() -> None:
    lines = ['{"id": 1, "text": "a"}', "", '{"id": 2, "text": "b"}', "oops"]
    with pytest.raises(BatchInputError, match=r"^line 4:"):
        parse_batch(lines)
    assert [r.id for r in parse_batch(lines[:3])] == [1, 2]
