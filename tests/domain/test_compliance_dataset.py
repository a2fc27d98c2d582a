"""The labelled message sets: well-formed, and the checker's accuracy on the development set.

dev.jsonl is the development set (rules were tuned on it), so each message is also a regression case.
heldout.jsonl was written before the rules and is only measured (benchmarks/compliance_eval.py); here it
is checked for shape alone, so that no test invites tuning the rules to it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from feedback.domain.compliance import RULE_IDS, About, Checker, Kind, default_checker
from feedback.domain.compliance.evaluate import Sample, evaluate, read_samples

DATA = Path(__file__).parents[1] / "data" / "compliance"
DEV = read_samples(DATA / "dev.jsonl")


BLIND = sorted((Path(__file__).parents[2] / "benchmarks" / "data").glob("compliance_*.jsonl"))


@pytest.mark.parametrize(
    ("path", "minimum"),
    [(DATA / "dev.jsonl", 400), (DATA / "heldout.jsonl", 200), *((path, 200) for path in BLIND)],
    ids=lambda value: value.name if isinstance(value, Path) else str(value),
)
def test_data_set_is_well_formed(path: Path, minimum: int) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) >= minimum
    assert all(set(r) == {"id", "kind", "about", "text", "expected"} for r in records)
    assert len({r["id"] for r in records}) == len(records)
    assert {r["kind"] for r in records} == {k.value for k in Kind}
    assert {r["about"] for r in records} <= {a.value for a in About}
    assert all(set(r["expected"]) <= set(RULE_IDS) for r in records)
    compliant = sum(not r["expected"] for r in records)
    assert 0.4 <= compliant / len(records) <= 0.6
    covered = Counter(rule for r in records for rule in r["expected"])
    assert set(covered) == set(RULE_IDS)


@pytest.mark.parametrize("sample", DEV, ids=[s.id for s in DEV])
def test_dev_message(sample: Sample, rules_only: Checker) -> None:
    """The rule patterns alone get every development message exactly right (the learned model is
    measured on the whole set below, and on unseen sets by benchmarks/compliance_eval.py)."""
    result = rules_only.check(sample.text, sample.kind, about=sample.about)
    assert {f.rule for f in result.blocking} == set(sample.expected)


def test_dev_set_accuracy_meets_the_targets() -> None:
    report = evaluate(default_checker(), DEV)
    assert report.message_recall >= 0.95
    assert report.false_alarm_rate <= 0.05
    assert report.rule_id_recall >= 0.90


def test_report_counts_per_rule() -> None:
    samples = [
        Sample(
            "a",
            Kind.REVIEW_REQUEST,
            About.NONE,
            "Please leave a 5-star review.",
            frozenset({"positive_bias"}),
        ),
        Sample("b", Kind.REVIEW_REQUEST, About.NONE, "Thanks! Please leave an honest review.", frozenset()),
        Sample("c", Kind.BUYER_MESSAGE, About.NONE, "Email me at a@b.co", frozenset({"external_link"})),
    ]
    report = evaluate(default_checker(), samples)
    assert report.message_recall == 1.0
    assert report.false_alarm_rate == 0.0
    assert report.rule_id_recall == 0.5
    assert report.per_rule["positive_bias"].precision == 1.0
    assert report.per_rule["external_link"].recall == 0.0
    assert report.per_rule["contact_info"].precision == 0.0
    assert report.per_rule["threat"].precision is None


def test_measurement_sets_are_never_named_as_development_sets() -> None:
    """The trainer picks up every benchmarks/data/compliance_dev_c*.jsonl: a set the data README marks as
    measurement only must be named compliance_heldout_*, and every development set must be listed there."""
    readme = (Path(__file__).parents[2] / "benchmarks" / "data" / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if line.startswith("| `compliance_")]
    named = {row.split("`")[1]: row for row in rows}
    measured = {name for name, row in named.items() if "measurement only" in row}
    assert measured, "the README lists no measurement sets"
    assert all(name.startswith("compliance_heldout_") for name in measured)
    assert {p.name for p in BLIND if p.name.startswith("compliance_dev_")} <= set(named) - measured
