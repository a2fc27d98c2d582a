"""Import speed and memory: the full CLI import against a plain single-process VADER loop.

Generates N realistic reviews (Amazon Reviews 2023 JSON Lines, by ``feedback.domain.samples``), imports
them with ``flask --app app import`` into a fresh SQLite database, and in the same run times
``SentimentIntensityAnalyzer().polarity_scores`` over the same texts in one process. Prints both
throughputs, their ratio (target: >= 1.5), and the import's peak memory (target: <= 300 MB for 1M; the
process tree's sum, main process plus scoring workers, is printed beside the main process alone).

    .venv/bin/python benchmarks/import_speed.py              # N = 100,000
    .venv/bin/python benchmarks/import_speed.py -n 1000000
Needs no shared data.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._proc import run_measured  # noqa: E402
from feedback.domain.samples import write_reviews_jsonl  # noqa: E402


def raw_vader_seconds(path: Path) -> tuple[float, int]:
    """Time a plain polarity_scores loop over the texts of ``path`` (texts read before timing)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    analyzer = SentimentIntensityAnalyzer()
    start = time.perf_counter()
    for text in texts:
        analyzer.polarity_scores(text)
    return time.perf_counter() - start, len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=100_000, help="number of reviews")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="feedback-bench-"))
    data = work / "reviews.jsonl"
    t0 = time.perf_counter()
    write_reviews_jsonl(data, args.n, seed=args.seed)
    mean_len = data.stat().st_size / args.n
    print(
        f"generated {args.n:,} reviews ({data.stat().st_size / 1e6:.0f} MB, {mean_len:.0f} bytes/line) "
        f"in {time.perf_counter() - t0:.1f}s"
    )

    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
    env.update(FEEDBACK_INSTANCE_PATH=str(work / "instance"), FEEDBACK_HUEY_DB=str(work / "huey.sqlite"))
    flask = [str(ROOT / ".venv" / "bin" / "flask"), "--app", "app"]
    run_measured([*flask, "db", "upgrade"], env, ROOT)
    seconds, peak_main, peak_tree, tail = run_measured([*flask, "import", str(data)], env, ROOT)
    print(tail.strip().splitlines()[-1])
    vader_s, count = raw_vader_seconds(data)

    import_rate, vader_rate = args.n / seconds, count / vader_s
    print(f"cores available:        {len(os.sched_getaffinity(0))}")
    print(f"full import (CLI):      {seconds:8.1f} s  {import_rate:9,.0f} reviews/s")
    print(f"raw VADER, 1 process:   {vader_s:8.1f} s  {vader_rate:9,.0f} reviews/s")
    print(f"ratio import/VADER:     {import_rate / vader_rate:8.2f}   (target >= 1.5)")
    print(f"peak RSS, main process: {peak_main / 1024:8.0f} MB")
    print(f"peak RSS, process tree: {peak_tree / 1024:8.0f} MB   (target <= 300 MB at N = 1M)")
    if not args.keep:
        for p in sorted(work.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        work.rmdir()


if __name__ == "__main__":
    main()
