"""Weekly trends: series, new, rising, falling."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from feedback.domain.trends import sparkline_points, week_start, weekly_trend

TODAY = date(2026, 11, 26)  # a Thursday


def days_ago(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=d) for d in offsets]


@pytest.mark.parametrize(
    ("day", "monday"),
    [
        (date(2026, 11, 26), date(2026, 11, 23)),
        (date(2026, 11, 23), date(2026, 11, 23)),
        (date(2026, 11, 22), date(2026, 11, 16)),
    ],
)
def test_week_start(day: date, monday: date) -> None:
    assert week_start(day) == monday


@pytest.mark.parametrize(
    ("mentions", "direction"),
    [
        (days_ago(1, 2, 3), "new"),
        (days_ago(1, 2), "steady"),  # too few to call it new
        (days_ago(1, 2, 3, 4, 5, 6, 40), "rising"),  # 6 recent vs 1 in the 8-week baseline
        (days_ago(1, 40, 45, 50, 55, 60, 65, 70), "falling"),
        (days_ago(1, 8, 15, 22, 29, 36, 43, 50, 57, 64, 71, 78), "steady"),  # once a week throughout
        (days_ago(200, 210, 220), "steady"),  # old history only
        ([], "steady"),
    ],
)
def test_direction(mentions: list[date], direction: str) -> None:
    assert weekly_trend(mentions, TODAY).direction == direction


def test_series_counts_and_windows() -> None:
    trend = weekly_trend([*days_ago(0, 1, 7, 7, 60, 300), TODAY + timedelta(days=3)], TODAY)
    assert len(trend.weeks) == len(trend.counts) == 12
    assert trend.weeks[-1] == week_start(TODAY)
    assert trend.counts[-1] == 2 and trend.counts[-2] == 2 and trend.counts[0] == 0
    assert (trend.recent, trend.baseline) == (4, 1)  # 60 days ago is in the baseline; 300 is earlier


@pytest.mark.parametrize(
    ("counts", "expected"), [((), ""), ((0, 0), "0.0,26.0 120.0,26.0"), ((0, 2), "0.0,26.0 120.0,2.0")]
)
def test_sparkline_points(counts: tuple[int, ...], expected: str) -> None:
    assert sparkline_points(counts) == expected
