"""Browse page speed: the first page of the list with 1k items against 1M items (target: within 2x).

Builds two fresh SQLite databases through the migrations, fills them with synthetic items (bulk SQL, no
scoring: this measures the page, not the import), keeps the running sentiment totals as an import would,
and times the signed-in first page, unfiltered and with a few common filters, median of repeated requests.

    .venv/bin/python benchmarks/browse_speed.py [--big 1000000]
Needs no shared data.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = [
    "/",
    "/?sentiment=negative",
    "/?kind=feedback",
    "/?product=B0BENCH0007",
    "/?rating=1",
    "/?sort=oldest",
    "/?sort=rating_low",
    "/?sort=rating_high",
    "/?sort=most_negative",
]


def build(n: int, folder: Path) -> object:
    """Create a migrated database of ``n`` synthetic items and return an app on it."""
    os.environ["FEEDBACK_INSTANCE_PATH"] = str(folder)
    from flask_migrate import upgrade

    from feedback import create_app
    from feedback.db import db
    from feedback.services.importing import recount_sentiment
    from feedback.services.users import create_user

    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'b.sqlite'}", "SECRET_KEY": "bench"})
    rng = random.Random(1)
    start = datetime(2024, 1, 1)
    with app.app_context():
        upgrade()
        create_user(db.session, "bench", "benchmark-pass", is_admin=True)
        db.session.commit()
        raw = db.engine.raw_connection()
        cur = raw.cursor()
        labels = ("negative", "neutral", "positive")
        sql = (
            "INSERT INTO item (kind, source, source_key, product, title, text, rating, stars, posted_at,"
            " sentiment_compound, sentiment_label, status, imported_at)"
            " VALUES (?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?)"
        )
        for lo in range(0, n, 50_000):
            rows = []
            for i in range(lo, min(n, lo + 50_000)):
                rating = rng.randint(1, 5)
                when = (start + timedelta(seconds=rng.randint(0, 60_000_000))).isoformat(" ")
                rows.append(
                    (
                        "review" if i % 5 else "feedback",
                        f"bench:{i}",
                        f"B0BENCH{rng.randint(0, 999):04d}",
                        f"Title {i}",
                        f"Synthetic review text number {i}, with some words to show.",
                        rating,
                        rating,
                        when,
                        rng.uniform(-1, 1),
                        labels[min(2, (rating - 1) // 2 + (rating == 3))],
                        when,
                    )
                )
            cur.executemany(sql, rows)
            raw.commit()
        cur.execute("INSERT OR IGNORE INTO product (code) SELECT DISTINCT product FROM item")
        raw.commit()
        raw.close()
        recount_sentiment(db.session)
        db.session.commit()
        cur = None
        db.engine.dispose()
    return app


def time_page(app: object, path: str, repeat: int) -> float:
    """Return the median seconds to serve ``path`` to a signed-in user."""
    client = app.test_client()  # type: ignore[attr-defined]
    client.post("/login", data={"username": "bench", "password": "benchmark-pass"})
    assert client.get(path).status_code == 200
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - t)
        assert response.status_code == 200
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--big", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    results = {}
    for n in (args.small, args.big):
        folder = Path(tempfile.mkdtemp(prefix="feedback-browse-"))
        t = time.perf_counter()
        app = build(n, folder)
        print(f"built {n:,} items in {time.perf_counter() - t:.1f}s")
        app.config["WTF_CSRF_ENABLED"] = False  # type: ignore[attr-defined]
        results[n] = {q: time_page(app, q, args.repeat) for q in QUERIES}
    print(f"{'page':32} {args.small:>10,} {args.big:>12,}   ratio (target <= 2.0 for '/')")
    for q in QUERIES:
        small, big = results[args.small][q], results[args.big][q]
        print(f"{q:32} {small * 1000:8.1f}ms {big * 1000:10.1f}ms   {big / small:5.2f}")


if __name__ == "__main__":
    main()
