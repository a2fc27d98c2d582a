"""Date cells of every form the import files use, always read as timezone-aware UTC."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from feedback.domain.importers import DateParser, parse_date
from feedback.domain.importers.dates import epoch_to_datetime, infer_day_first

MARCH_5 = datetime(2024, 3, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/5/24", MARCH_5),  # M/D/YY, the US feedback report
        ("3/5/2024", MARCH_5),  # M/D/YYYY
        ("03/05/2024", MARCH_5),
        ("2024-03-05", MARCH_5),  # YYYY-MM-DD
        ("2024/03/05", MARCH_5),  # YYYY/MM/DD, also seen in the feedback report
        ("2024-3-5", MARCH_5),
        ("20240305", MARCH_5),
        ("  3/5/2024 ", MARCH_5),
        ("5.3.2024", MARCH_5),  # dotted dates are day-first
        ("3/5/99", datetime(1999, 3, 5, tzinfo=UTC)),  # strptime's %y pivot
        ("3/5/68", datetime(2068, 3, 5, tzinfo=UTC)),
        ("3/5/2024 14:30", datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),
        ("3/5/2024 2:30:15 PM", datetime(2024, 3, 5, 14, 30, 15, tzinfo=UTC)),
        ("3/5/2024 12:05 AM", datetime(2024, 3, 5, 0, 5, tzinfo=UTC)),
        ("2024-03-05 14:30:00", datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),  # naive: taken as UTC
        ("2024-03-05T14:30:00Z", datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),
        ("2024-03-05T14:30:00.250+01:00", datetime(2024, 3, 5, 13, 30, 0, 250000, tzinfo=UTC)),
        ("2024-03-05T23:30:00-08:00", datetime(2024, 3, 6, 7, 30, tzinfo=UTC)),
        ("March 5, 2024", MARCH_5),
        ("Mar 5 2024", MARCH_5),
        ("Sept. 5, 2024", datetime(2024, 9, 5, tzinfo=UTC)),
        ("5 March 2024", MARCH_5),
        ("Reviewed in the United States on March 5, 2024", MARCH_5),
        ("03 5, 2024", MARCH_5),  # the 2018 dump's reviewTime
        ("1709596800", MARCH_5),  # epoch seconds
        ("1709596800000", MARCH_5),  # epoch milliseconds
    ],
)
def test_parse_date_reads_each_form(text: str, expected: datetime) -> None:
    parsed = parse_date(text)
    assert parsed == expected
    assert parsed is not None and parsed.tzinfo is UTC


@pytest.mark.parametrize(
    "text",
    ["", "   ", "tomorrow", "13/5/2024", "2/30/2024", "2024-13-01", "3/5", "3/5/202", "Marchember 5, 2024",
     "13:00", "3/5/2024 13:00 PM", "99999999999999999999", "-5"],
)  # fmt: skip
def test_parse_date_rejects_non_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("5/3/2024", True, MARCH_5),
        ("25/3/2024", True, datetime(2024, 3, 25, tzinfo=UTC)),
        ("3/25/2024", True, None),
        ("2024/03/05", True, MARCH_5),  # year-first never swaps
        ("3/5/2024", False, MARCH_5),
    ],
)
def test_day_first_order(text: str, day_first: bool, expected: datetime | None) -> None:
    assert parse_date(text, day_first=day_first) == expected


@pytest.mark.parametrize(
    ("samples", "expected"),
    [
        (["5/3/2024", "25/3/2024"], True),  # one cell must be day-first
        (["5/3/2024", "3/25/2024"], False),  # one cell must be month-first
        (["5/3/2024", "6/3/2024"], False),  # ambiguous: keep the US order
        (["25/3/2024", "3/25/2024"], False),  # contradictory: keep the US order, rows will say what is wrong
        (["2024-03-25", "25.3.2024"], False),  # unambiguous forms say nothing
        ([], False),
    ],
)
def test_infer_day_first(samples: list[str], expected: bool) -> None:
    assert infer_day_first(samples) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1709596800, MARCH_5),
        (1709596800000, MARCH_5),
        (1588687728923, datetime(2020, 5, 5, 14, 8, 48, 923000, tzinfo=UTC)),
        (0, datetime(1970, 1, 1, tzinfo=UTC)),
    ],
)
def test_epoch_seconds_or_milliseconds(value: int, expected: datetime) -> None:
    assert epoch_to_datetime(value) == expected


def test_date_parser_caches_and_keeps_its_order() -> None:
    parser = DateParser(day_first=True)
    first = parser("5/3/2024")
    assert first == MARCH_5
    assert parser("5/3/2024") is first
    assert parser("nonsense") is None
    assert "D/M/YYYY" in parser.hint
    assert "M/D/YYYY" in DateParser().hint
