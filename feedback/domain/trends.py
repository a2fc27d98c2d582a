"""Weekly trends of an issue: the series a sparkline shows, and whether the issue is new or rising.

Weeks start on Monday (UTC). "Recent" is the last ``recent_weeks`` whole or partial weeks up to ``today``;
the baseline is the ``baseline_weeks`` before them. Rates are compared per week, so a short baseline is
not penalised. Thresholds are parameters (the app passes its defaults) rather than constants read here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta


def week_start(day: date) -> date:
    """Return the Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Trend:
    """An issue's recent history: weekly counts (oldest first) and what stands out."""

    weeks: tuple[date, ...]
    counts: tuple[int, ...]
    recent: int
    baseline: int
    new: bool
    rising: bool
    falling: bool

    @property
    def direction(self) -> str:
        """Return "new", "rising", "falling" or "steady", for a badge."""
        if self.new:
            return "new"
        if self.rising:
            return "rising"
        if self.falling:
            return "falling"
        return "steady"


def weekly_trend(
    days: Iterable[date],
    today: date,
    *,
    weeks: int = 12,
    recent_weeks: int = 4,
    baseline_weeks: int = 8,
    rise_factor: float = 1.5,
    min_recent: int = 3,
) -> Trend:
    """Summarise the dates on which an issue was mentioned, as of ``today``.

    ``new``: mentioned at least ``min_recent`` times recently and never before the recent window.
    ``rising``: the recent weekly rate is at least ``rise_factor`` times the baseline rate (and at least
    ``min_recent`` mentions). ``falling``: the baseline had at least ``min_recent`` mentions and the recent
    rate is below the baseline rate divided by ``rise_factor``.
    """
    this_week = week_start(today)
    series = tuple(this_week - timedelta(weeks=weeks - 1 - i) for i in range(weeks))
    recent_from = this_week - timedelta(weeks=recent_weeks - 1)
    baseline_from = recent_from - timedelta(weeks=baseline_weeks)
    index = {w: i for i, w in enumerate(series)}
    counts = [0] * weeks
    recent = baseline = earlier = 0
    for day in days:
        if day > today:
            continue
        w = week_start(day)
        if w in index:
            counts[index[w]] += 1
        if w >= recent_from:
            recent += 1
        elif w >= baseline_from:
            baseline += 1
        else:
            earlier += 1
    recent_rate = recent / recent_weeks
    baseline_rate = baseline / baseline_weeks
    new = recent >= min_recent and baseline == 0 and earlier == 0
    rising = not new and recent >= min_recent and recent_rate >= rise_factor * max(baseline_rate, 1e-9)
    falling = baseline >= min_recent and recent_rate < baseline_rate / rise_factor
    return Trend(series, tuple(counts), recent, baseline, new, rising, falling)


def sparkline_points(counts: tuple[int, ...], width: int = 120, height: int = 28) -> str:
    """Return SVG polyline points for ``counts`` scaled into a ``width`` x ``height`` box."""
    if not counts:
        return ""
    top = max(counts) or 1
    step = width / max(len(counts) - 1, 1)
    return " ".join(
        f"{i * step:.1f},{height - 2 - (c / top) * (height - 4):.1f}" for i, c in enumerate(counts)
    )
