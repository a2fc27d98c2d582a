"""Throughput of the import readers alone: ``read_items`` over a generated Amazon Reviews 2023 file.

Run from the repository root::

    .venv/bin/python benchmarks/import_parse.py            # 200,000 lines, plain JSON Lines
    .venv/bin/python benchmarks/import_parse.py --rows 1000000 --gzip

It writes N review lines (texts of about 300 characters, some with ``<br />`` and entities, a pool of
products and users, millisecond timestamps) to a temporary file, then times one full pass of
``read_items`` (detection included) and prints rows/s and µs per row. For scale it also times raw VADER
``polarity_scores`` on 5,000 of the same texts: the import as a whole must keep up with 1.5x raw VADER,
so the reader's share of the per-row budget is printed too.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script from anywhere, without installing the package

from feedback.domain.importers import ParsedItem, read_items  # noqa: E402

WORDS = (
    "great", "product", "arrived", "quickly", "works", "as", "described", "the", "battery", "lasts", "all",
    "day", "but", "charger", "broke", "after", "a", "week", "seller", "never", "replied", "to", "my",
    "message", "would", "not", "buy", "again", "love", "it", "perfect", "gift", "for", "daughter", "cheap",
    "plastic", "smells", "strange", "size", "runs", "small", "colour", "exactly", "like", "picture", "five",
)  # fmt: skip
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _text(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."
    if rng.random() < 0.2:
        text += "<br />Update: still &quot;fine&quot; after a month."
    return text


def write_sample(out: IO[str], rows: int, seed: int = 7) -> list[str]:
    """Write ``rows`` Reviews-2023 lines to ``out``; return 5,000 of their texts for the VADER timing."""
    rng = random.Random(seed)
    asins = ["B0" + "".join(rng.choices(ALPHABET[:26] + "0123456789", k=8)) for _ in range(2000)]
    users = ["A" + "".join(rng.choices(ALPHABET, k=27)) for _ in range(50000)]
    texts: list[str] = []
    stamp = 1_500_000_000_000
    for _ in range(rows):
        asin = rng.choice(asins)
        stamp += rng.randrange(1, 600_000)
        text = _text(rng, rng.randrange(20, 90))
        record = {
            "rating": float(rng.choice((1, 2, 3, 4, 5, 5, 5, 4))),
            "title": _text(rng, rng.randrange(2, 7)),
            "text": text,
            "images": [],
            "asin": asin,
            "parent_asin": asin,
            "user_id": rng.choice(users),
            "timestamp": stamp,
            "helpful_vote": rng.choice((0, 0, 0, 1, 2, 14)),
            "verified_purchase": rng.random() < 0.9,
        }
        out.write(json.dumps(record) + "\n")
        if len(texts) < 5000:
            texts.append(text)
    return texts


def vader_rows_per_second(texts: list[str]) -> float:
    """Return raw VADER polarity_scores calls per second over the given texts."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    start = time.perf_counter()
    for text in texts:
        analyzer.polarity_scores(text)
    return len(texts) / (time.perf_counter() - start)


def main() -> int:
    """Generate the file, time read_items over it and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=200_000, help="lines to generate (default 200000)")
    parser.add_argument("--gzip", action="store_true", help="write the file gzip-compressed")
    parser.add_argument("--no-vader", action="store_true", help="skip the raw VADER comparison")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("reviews.jsonl.gz" if args.gzip else "reviews.jsonl")
        if args.gzip:
            with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as out:
                texts = write_sample(out, args.rows)
        else:
            with path.open("w", encoding="utf-8") as out:
                texts = write_sample(out, args.rows)
        size_mb = path.stat().st_size / 1e6

        start = time.perf_counter()
        items = errors = 0
        for record in read_items(path):
            if isinstance(record, ParsedItem):
                items += 1
            else:
                errors += 1
        elapsed = time.perf_counter() - start

    rate = (items + errors) / elapsed
    kind = "gzip JSON Lines" if args.gzip else "JSON Lines"
    print(f"read_items: {items + errors:,} rows of {kind} ({size_mb:.1f} MB) in {elapsed:.2f} s")
    print(f"  {rate:,.0f} rows/s, {1e6 / rate:.1f} µs/row ({errors} row errors)")
    if not args.no_vader:
        vader = vader_rows_per_second(texts)
        print(f"raw VADER polarity_scores: {vader:,.0f} rows/s, {1e6 / vader:.1f} µs/row")
        print(f"  parsing costs {100 * vader / rate:.1f}% of a raw VADER row")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
