"""Score the compliance checker on a labelled JSON Lines set and print the issue's target figures.

.venv/bin/python benchmarks/compliance_eval.py            # held-out set (the target measurement)
.venv/bin/python benchmarks/compliance_eval.py --set dev  # development set
.venv/bin/python benchmarks/compliance_eval.py --file my.jsonl --mistakes
.venv/bin/python benchmarks/compliance_eval.py --file my.jsonl --rules-only   # without the learned model
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from feedback.domain.compliance import Checker, load_rules  # noqa: E402
from feedback.domain.compliance.evaluate import Report, evaluate, read_samples  # noqa: E402

SETS = {
    "heldout": ROOT / "tests/data/compliance/heldout.jsonl",
    "dev": ROOT / "tests/data/compliance/dev.jsonl",
}
TARGETS = {"message_recall": 0.95, "false_alarm_rate": 0.05, "rule_id_recall": 0.90}


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def print_report(name: str, report: Report) -> None:
    """Print the headline figures against the targets, then precision and recall per rule id."""
    bad, good = report.noncompliant, report.compliant
    print(f"set: {name}  messages: {len(report.outcomes)}  non-compliant: {len(bad)}  compliant: {len(good)}")
    flagged_bad = sum(o.flagged for o in bad)
    flagged_good = sum(o.flagged for o in good)
    pairs = sum(len(o.sample.expected) for o in report.outcomes)
    found_pairs = sum(len(o.sample.expected & o.found) for o in report.outcomes)
    rows = [
        ("non-compliant flagged (recall)", report.message_recall, f"{flagged_bad}/{len(bad)}", ">= 95%"),
        ("compliant flagged (false alarms)", report.false_alarm_rate, f"{flagged_good}/{len(good)}", "<= 5%"),
        ("expected rule ids found", report.rule_id_recall, f"{found_pairs}/{pairs}", ">= 90%"),
    ]
    for label, value, count, target in rows:
        print(f"  {label:34} {_pct(value)}  ({count})  target {target}")
    print(f"\n  {'rule':18} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for rule_id, score in report.per_rule.items():
        print(
            f"  {rule_id:18} {_pct(score.precision):>9} {_pct(score.recall):>7}"
            f" {score.tp:4} {score.fp:4} {score.fn:4}"
        )


def print_mistakes(report: Report) -> None:
    """Print each message whose found rule ids differ from the expected ones."""
    print("\nmistakes (expected -> found):")
    for o in report.outcomes:
        if o.found != o.sample.expected:
            exp = ",".join(sorted(o.sample.expected)) or "-"
            got = ",".join(sorted(o.found)) or "-"
            print(f"  {o.sample.id} [{o.sample.kind.value}/{o.sample.about.value}] {exp} -> {got}")
            print(f"      {o.sample.text}")


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; exit status 1 when a target is missed."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", choices=sorted(SETS), default="heldout", help="which bundled set to score")
    parser.add_argument("--file", type=Path, help="score this JSON Lines file instead")
    parser.add_argument("--mistakes", action="store_true", help="list every message scored wrongly")
    parser.add_argument(
        "--rules-only", action="store_true", help="check with the rules alone, without the learned model"
    )
    args = parser.parse_args(argv)
    path = args.file or SETS[args.set]
    checker = Checker(load_rules(), learned=None) if args.rules_only else Checker(load_rules())
    report = evaluate(checker, read_samples(path))
    print_report(args.file.name if args.file else args.set, report)
    if args.mistakes:
        print_mistakes(report)
    met = (
        report.message_recall >= TARGETS["message_recall"]
        and report.false_alarm_rate <= TARGETS["false_alarm_rate"]
        and report.rule_id_recall >= TARGETS["rule_id_recall"]
    )
    print(f"\ntargets {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
