"""Fast, cached date parsing for the forms the import files use; every result is timezone-aware UTC."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

DATE_FORMS_HINT = "use M/D/YYYY, YYYY-MM-DD or an ISO 8601 date-time"
DAY_FIRST_HINT = "use D/M/YYYY (like the other dates in this file), YYYY-MM-DD or an ISO 8601 date-time"

# Epoch values at or above this are milliseconds: as seconds they would fall after the year 5000.
_MS_THRESHOLD = 100_000_000_000
_CACHE_LIMIT = 100_000

_NUMERIC = re.compile(
    r"(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_FIRST = re.compile(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})")  # March 5, 2024
_DAY_FIRST = re.compile(r"(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})")  # 5 March 2024
_REVIEW_TIME = re.compile(r"(\d{1,2}) (\d{1,2}), (\d{4})")  # 2018 dump reviewTime: "09 3, 2014"


def epoch_to_datetime(value: float) -> datetime:
    """Return the UTC instant of an epoch value, read as milliseconds when it is 1e11 or more.

    Raise ValueError (or OverflowError/OSError from the platform) when it is out of range.
    """
    if value < 0:
        raise ValueError(value)
    if value >= _MS_THRESHOLD:
        value = value / 1000
    return datetime.fromtimestamp(value, tz=UTC)


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:
        # The pivot strptime's %y uses: 69-99 are the 1900s, 00-68 the 2000s.
        year += 1900 if year >= 69 else 2000
    return year


def _numeric(match: re.Match[str], day_first: bool) -> datetime:
    first, sep, second, third, hour, minute, sec, ampm = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    elif len(third) in (2, 4):
        # A dotted date (5.3.2024) is day-first everywhere it is used.
        if day_first or sep == ".":
            day, month = int(first), int(second)
        else:
            month, day = int(first), int(second)
        year = _year(third)
    else:
        raise ValueError(match.string)
    h = int(hour) if hour else 0
    if ampm:
        if not 1 <= h <= 12:
            raise ValueError(match.string)
        h = h % 12 + (12 if ampm.lower() == "pm" else 0)
    return datetime(year, month, day, h, int(minute or 0), int(sec or 0), tzinfo=UTC)


def _named(text: str) -> datetime | None:
    for pattern, month_group, day_group in ((_MONTH_FIRST, 1, 2), (_DAY_FIRST, 2, 1)):
        match = pattern.fullmatch(text)
        if match:
            month = _MONTHS.get(match.group(month_group).lower())
            if month is None:
                return None
            return datetime(int(match.group(3)), month, int(match.group(day_group)), tzinfo=UTC)
    match = _REVIEW_TIME.fullmatch(text)
    if match:
        return datetime(int(match.group(3)), int(match.group(1)), int(match.group(2)), tzinfo=UTC)
    return None


def parse_date(value: str, *, day_first: bool = False) -> datetime | None:
    """Return the UTC datetime a date cell means, or None when it is not a date.

    Read M/D/YY, M/D/YYYY (D/M with ``day_first``; D.M.YYYY always), YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD,
    ISO 8601 with a time and offset, "March 5, 2024", "5 March 2024", "Reviewed in ... on March 5, 2024",
    the 2018 dump's "09 3, 2014", and epoch seconds or milliseconds. Dates without a time are midnight UTC,
    as the Amazon dumps' epoch dates are; naive times are taken as UTC.
    """
    text = value.strip()
    if not text:
        return None
    try:
        if text.isdigit():
            if len(text) == 8 and text[0] in "12":
                return datetime(int(text[:4]), int(text[4:6]), int(text[6:]), tzinfo=UTC)
            return epoch_to_datetime(int(text))
        match = _NUMERIC.fullmatch(text)
        if match:
            return _numeric(match, day_first)
        if text[0].isdigit() and text[:4].isdigit():
            parsed = datetime.fromisoformat(text)
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
        if text[:11].lower() == "reviewed in" and " on " in text:
            text = text.rsplit(" on ", 1)[1]
        return _named(text)
    except (ValueError, OverflowError, OSError):
        return None


def infer_day_first(samples: Iterable[str]) -> bool:
    """Tell from a file's first date cells whether its slashed dates are D/M/Y (UK and EU exports).

    True only when some sample must be day-first (first part over 12) and none must be month-first, so a
    US file, or one whose head is all ambiguous, keeps the M/D/Y order of the Amazon US reports.
    """
    day_first = month_first = False
    for sample in samples:
        match = _NUMERIC.fullmatch(sample.strip())
        if match is None or len(match.group(1)) == 4 or match.group(2) == ".":
            continue
        first, second = int(match.group(1)), int(match.group(3))
        day_first |= first > 12 >= second
        month_first |= second > 12 >= first
    return day_first and not month_first


class DateParser:
    """A parse_date with a per-file order and a cache: many rows of one file share a date string."""

    __slots__ = ("_cache", "day_first")

    def __init__(self, *, day_first: bool = False) -> None:
        self.day_first = day_first
        self._cache: dict[str, datetime | None] = {}

    def __call__(self, value: str) -> datetime | None:
        """Return parse_date(value) for this file's day order, from the cache when seen before."""
        try:
            return self._cache[value]
        except KeyError:
            pass
        parsed = parse_date(value, day_first=self.day_first)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[value] = parsed
        return parsed

    @property
    def hint(self) -> str:
        """Return the advice a bad-date message ends with."""
        return DAY_FIRST_HINT if self.day_first else DATE_FORMS_HINT
