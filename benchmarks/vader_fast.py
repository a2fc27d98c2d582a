"""FastVader against vaderSentiment 3.3.2: the scores must be equal, and FastVader faster.

Scores the same texts with ``SentimentIntensityAnalyzer().polarity_scores`` and with
``FastVader().polarity_scores`` and prints, per corpus, how many results differ (must be 0), the time of
each and the speedup. Corpora:

1. every sentence of Hutto & Gilbert's four ground-truth files (tweets, movie reviews, Amazon reviews,
   NYT editorials) in ``../shared/data/vader-hutto-icwsm2014/`` beside the checkout (or
   ``$FEEDBACK_SHARED_DATA/vader-hutto-icwsm2014``); skipped with a message when absent;
2. N generated review texts (``feedback.domain.samples.generate_reviews``; N = 50,000 by default).

Each scorer is built once, outside the timing (loading the lexicons takes tens of milliseconds); FastVader
starts with an empty token cache, so its warm-up is inside the timing. Run from anywhere::

    .venv/bin/python benchmarks/vader_fast.py            # N = 50,000
    .venv/bin/python benchmarks/vader_fast.py -n 200000

The exit status is 1 if any result differs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere, without installing the package

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from feedback.domain.samples import generate_reviews  # noqa: E402
from feedback.domain.vader_fast import FastVader  # noqa: E402

Scorer = Callable[[str], dict[str, float]]


def shared_data() -> Path:
    """Return the shared data folder: $FEEDBACK_SHARED_DATA, else ../shared/data beside the checkout."""
    override = os.environ.get("FEEDBACK_SHARED_DATA")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "shared" / "data"


def hutto_sentences(folder: Path) -> dict[str, list[str]]:
    """Return the sentences of each ``*GroundTruth.txt`` file (tab-separated id, mean rating, text)."""
    corpora: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*GroundTruth.txt")):
        texts = []
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                parts = line.rstrip("\r\n").split("\t", 2)
                if len(parts) == 3:
                    texts.append(parts[2])
        corpora[path.name.removesuffix("_GroundTruth.txt")] = texts
    return corpora


def timed(score: Scorer, texts: Sequence[str]) -> tuple[float, list[dict[str, float]]]:
    """Score every text; return the seconds taken and the results."""
    start = time.perf_counter()
    results = [score(text) for text in texts]
    return time.perf_counter() - start, results


def compare(name: str, texts: Sequence[str]) -> int:
    """Time both implementations on ``texts``, print a line, and return the number of differing results."""
    original = SentimentIntensityAnalyzer()
    fast = FastVader()
    original_s, expected = timed(original.polarity_scores, texts)
    fast_s, got = timed(fast.polarity_scores, texts)
    mismatches = [text for text, want, have in zip(texts, expected, got, strict=True) if want != have]
    chars = sum(map(len, texts)) / max(len(texts), 1)
    print(
        f"{name:<24} {len(texts):>7,} texts ({chars:>5.0f} chars avg)  mismatches {len(mismatches)}  "
        f"original {original_s:7.3f} s ({original_s / len(texts) * 1e6:6.1f} us/text)  "
        f"fast {fast_s:6.3f} s ({fast_s / len(texts) * 1e6:5.1f} us/text)  "
        f"speedup {original_s / fast_s:5.2f}x"
    )
    for text in mismatches[:5]:
        print(f"    differs: {text!r}")
    return len(mismatches)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the comparison; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=50_000, help="generated reviews (default 50,000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated reviews")
    args = parser.parse_args(argv)

    mismatches = 0
    folder = shared_data() / "vader-hutto-icwsm2014"
    corpora = hutto_sentences(folder) if folder.is_dir() else {}
    if corpora:
        every: list[str] = []
        for name, texts in corpora.items():
            mismatches += compare(name, texts)
            every += texts
        compare("all Hutto & Gilbert", every)
    else:
        print(f"Skipping Hutto & Gilbert's sentences: no *GroundTruth.txt in {folder}.")

    reviews = [str(review["text"]) for review in generate_reviews(args.n, seed=args.seed)]
    mismatches += compare("generated reviews", reviews)
    print(f"total mismatches: {mismatches}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
