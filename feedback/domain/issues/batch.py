"""The batch contract: ``"issues": [{"label": ..., "kind": ...}, ...]`` for each line of an input file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .analyzer import IssueAnalyzer
from .model import Overrides, TaxonomyEntry
from .negativity import vader_gate
from .taxonomy import load_taxonomy


class Record(Protocol):
    """What analyze_lines needs of an input line (``feedback.domain.batch.BatchRecord`` fits)."""

    @property
    def text(self) -> str:
        """The item's text."""

    @property
    def rating(self) -> float | None:
        """The star rating, if the line has one."""


def vader_scorer() -> Callable[[str], float]:
    """Return plain VADER's compound as a scorer, for callers without the app's adjusted scorer."""
    analyzer = SentimentIntensityAnalyzer()

    def score(text: str) -> float:
        return float(analyzer.polarity_scores(text)["compound"])

    return score


def analyze_lines(
    records: Iterable[Record],
    *,
    scorer: Callable[[str], float] | None = None,
    rules: Iterable[TaxonomyEntry] = (),
    overrides: Overrides | None = None,
    gate: Callable[[str], bool] | None = vader_gate,
) -> list[list[dict[str, str]]]:
    """Return, for each record in order, its issues as ``{"label", "kind"}`` dicts ([] when none).

    Discovery runs across all records, so the same issue has the same label on every line. Records are
    told apart by position, so repeated ids in the input are harmless. With the app's adjusted scorer,
    pass ``gate=lambda t: vader_gate(prepare_text(t))`` so the gate sees the text VADER will see.
    """
    analyzer = IssueAnalyzer(
        load_taxonomy(tuple(rules)), scorer or vader_scorer(), overrides=overrides, gate=gate
    )
    records = list(records)
    analysis = analyzer.analyze((index, r.text, r.rating) for index, r in enumerate(records))
    return [
        [{"label": tag.label, "kind": tag.kind.value} for tag in analysis.tags_for(index)]
        for index in range(len(records))
    ]
