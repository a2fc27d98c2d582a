"""Measure a Checker against labelled messages: message-level recall, false alarms, per-rule precision."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .checker import Checker
from .model import RULE_IDS, About, Kind, Severity


@dataclass(frozen=True, slots=True)
class Sample:
    """One labelled message: the rule ids a correct checker must block on ([] means compliant)."""

    id: str
    kind: Kind
    about: About
    text: str
    expected: frozenset[str]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the checker said about one sample: the rule ids it blocked on."""

    sample: Sample
    found: frozenset[str]

    @property
    def flagged(self) -> bool:
        """Return True when the checker would stop this message being sent."""
        return bool(self.found)


@dataclass(frozen=True)
class RuleScore:
    """Message-level counts for one rule id."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """Return tp / (tp + fp), or None when the rule never fired."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """Return tp / (tp + fn), or None when the rule was never expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass(frozen=True)
class Report:
    """The figures the issue's targets are stated in, plus per-rule scores and the mistakes."""

    outcomes: tuple[Outcome, ...]
    per_rule: dict[str, RuleScore] = field(default_factory=dict)

    @property
    def noncompliant(self) -> list[Outcome]:
        """Return outcomes for messages labelled non-compliant."""
        return [o for o in self.outcomes if o.sample.expected]

    @property
    def compliant(self) -> list[Outcome]:
        """Return outcomes for messages labelled compliant."""
        return [o for o in self.outcomes if not o.sample.expected]

    @property
    def message_recall(self) -> float:
        """Return the share of non-compliant messages that were flagged, in [0, 1]."""
        bad = self.noncompliant
        return sum(o.flagged for o in bad) / len(bad) if bad else 1.0

    @property
    def false_alarm_rate(self) -> float:
        """Return the share of compliant messages that were flagged, in [0, 1]."""
        good = self.compliant
        return sum(o.flagged for o in good) / len(good) if good else 0.0

    @property
    def rule_id_recall(self) -> float:
        """Return the share of expected (message, rule id) pairs whose rule id was found, in [0, 1]."""
        pairs = [(o, r) for o in self.outcomes for r in o.sample.expected]
        return sum(r in o.found for o, r in pairs) / len(pairs) if pairs else 1.0


def read_samples(path: str | Path) -> list[Sample]:
    """Read a JSON Lines file of {"id","kind","about","text","expected"} records."""
    samples = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            samples.append(
                Sample(
                    raw["id"], Kind(raw["kind"]), About(raw["about"]), raw["text"], frozenset(raw["expected"])
                )
            )
    return samples


def evaluate(checker: Checker, samples: Iterable[Sample], rule_ids: Sequence[str] = RULE_IDS) -> Report:
    """Check every sample and score the results; only block findings count as flagged."""
    outcomes = []
    for sample in samples:
        result = checker.check(sample.text, sample.kind, about=sample.about)
        found = frozenset(f.rule for f in result.findings if f.severity is Severity.BLOCK)
        outcomes.append(Outcome(sample, found))
    per_rule = {}
    for rule_id in rule_ids:
        tp = sum(1 for o in outcomes if rule_id in o.found and rule_id in o.sample.expected)
        fp = sum(1 for o in outcomes if rule_id in o.found and rule_id not in o.sample.expected)
        fn = sum(1 for o in outcomes if rule_id not in o.found and rule_id in o.sample.expected)
        per_rule[rule_id] = RuleScore(tp, fp, fn)
    return Report(tuple(outcomes), per_rule)
