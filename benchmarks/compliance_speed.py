"""Measure compliance-check speed on one core, in one process.

1. Checks per second on 300-character messages (target: at least 5,000). Messages are glued from the
   development set's texts and cut to 300 characters, in three streams:
     realistic  half compliant (compliant texts only), half with one problem (one non-compliant text
                padded with compliant ones): the headline figure
     compliant  compliant texts only: an editor where most drafts are fine
     dense      texts glued at random: most messages hold several problems (a stress case)
2. Latency of one check of a 2,000-character public reply, as the editor's live check sees it
   (target: p99 within 50 ms).

Figures use CPU time (time.process_time), which is what one core delivers even when the machine is
shared; wall-clock rates are printed alongside.

    .venv/bin/python benchmarks/compliance_speed.py [--checks 20000] [--long-runs 2000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from feedback.domain.compliance import Checker, Kind, load_rules  # noqa: E402
from feedback.domain.compliance.evaluate import read_samples  # noqa: E402

DEV = ROOT / "tests/data/compliance/dev.jsonl"


def glue(first: list[str], filler: list[str], length: int, rng: random.Random) -> str:
    """Return one message of exactly length characters: a text from first, then texts from filler."""
    parts = [rng.choice(first)]
    while sum(len(p) + 1 for p in parts) < length:
        parts.append(rng.choice(filler))
    return " ".join(parts)[:length]


def streams(length: int, count: int, rng: random.Random) -> dict[str, list[str]]:
    """Return the three message streams described in the module docstring."""
    samples = read_samples(DEV)
    good = [s.text for s in samples if not s.expected]
    bad = [s.text for s in samples if s.expected]
    everything = good + bad
    return {
        "realistic": [glue(bad if i % 2 else good, good, length, rng) for i in range(count)],
        "compliant": [glue(good, good, length, rng) for _ in range(count)],
        "dense": [glue(everything, everything, length, rng) for _ in range(count)],
    }


def rate(checker: Checker, messages: list[str], checks: int, rounds: int = 3) -> tuple[float, float, float]:
    """Return (CPU checks/s, wall checks/s, share flagged), best of a few rounds, kinds in rotation."""
    kinds = list(Kind)
    jobs = [(messages[i % len(messages)], kinds[i % len(kinds)]) for i in range(checks)]
    for text, kind in jobs[:300]:  # warm up
        checker.check(text, kind)
    best_cpu = best_wall = 0.0
    flagged = 0
    for _ in range(rounds):
        cpu0, wall0 = time.process_time(), time.perf_counter()
        flagged = sum(not checker.check(text, kind).compliant for text, kind in jobs)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        best_cpu = max(best_cpu, len(jobs) / cpu)
        best_wall = max(best_wall, len(jobs) / wall)
    return best_cpu, best_wall, flagged / len(jobs)


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print the figures next to the targets; exit 1 if a target is missed."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--checks", type=int, default=20_000, help="checks per round for each stream")
    parser.add_argument("--rules-only", action="store_true", help="without the learned sentence model")
    parser.add_argument(
        "--long-runs", type=int, default=2_000, help="single checks of a 2,000-character reply"
    )
    args = parser.parse_args(argv)
    rng = random.Random(465)

    started = time.perf_counter()
    checker = Checker(load_rules(), learned=None) if args.rules_only else Checker(load_rules())
    print(f"rules compiled in {(time.perf_counter() - started) * 1000:.0f} ms (once per process)")

    headline = 0.0
    for name, messages in streams(300, 2_000, rng).items():
        cpu_rate, wall_rate, flagged = rate(checker, messages, args.checks)
        headline = cpu_rate if name == "realistic" else headline
        print(
            f"300-char {name:9}: {cpu_rate:7,.0f} checks/s CPU, {wall_rate:7,.0f} wall"
            f"  ({flagged:.0%} of messages flagged)"
        )

    long_texts = streams(2_000, 50, rng)["realistic"]
    latencies = []
    for i in range(args.long_runs):
        started = time.perf_counter()
        checker.check(long_texts[i % len(long_texts)], Kind.PUBLIC_REPLY)
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]
    print(
        f"2,000-char reply, {len(latencies)} single checks: median {statistics.median(latencies):.2f} ms,"
        f" p99 {p99:.2f} ms, max {latencies[-1]:.2f} ms (wall clock)"
    )
    met = headline >= 5_000 and p99 <= 50
    print(f"targets (realistic >= 5,000 checks/s, p99 <= 50 ms): {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
