"""Stream large numbers of realistic Amazon Reviews 2023 records for import benchmarks.

``generate_reviews`` holds only the product catalogue (``n // 200 + 6`` products) and a small ring of
recent reviewers in memory, whatever ``n`` is. Texts are composed sentence by sentence from the phrase
bank, so nearly all of them are distinct and their length follows a realistic long-tailed spread.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from feedback.domain.samples.bank import Bank, Issue, bank, categories
from feedback.domain.samples.compose import (
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    compose,
    rating_for,
    sentence_count,
)
from feedback.domain.samples.ids import DAY_MS, day_start_ms, make_asin, make_user_id

SPAN_DAYS = 365
_SENTIMENTS = (POSITIVE,) * 60 + (MIXED,) * 10 + (NEUTRAL,) * 5 + (NEGATIVE,) * 25
_REPEAT_RING = 512
_BATCH = 2000


@dataclass(frozen=True, slots=True)
class BulkProduct:
    """A generated product: its ASIN, the parent it is a variation of, and how its reviews complain."""

    asin: str
    parent_asin: str
    bank: Bank
    issues: tuple[Issue, ...]


def catalogue(rng: random.Random, count: int) -> list[BulkProduct]:
    """Make ``count`` products spread over every category; about one in five is a variation of another."""
    names = categories()
    seen: set[str] = set()
    products: list[BulkProduct] = []
    for j in range(count):
        category_bank = bank(names[j % len(names)])
        asin = make_asin(rng)
        while asin in seen:
            asin = make_asin(rng)
        seen.add(asin)
        sibling = j - len(names)
        parent = products[sibling].parent_asin if sibling >= 0 and rng.random() < 0.2 else asin
        own = list(category_bank.product_issues)
        dominant = own.pop(rng.randrange(len(own)))
        issues = (dominant,) * 5 + tuple(own) * 2 + category_bank.marketplace_issues
        products.append(BulkProduct(asin, parent, category_bank, issues))
    return products


def generate_reviews(n: int, seed: int = 0, start: date = date(2025, 1, 1)) -> Iterator[dict[str, object]]:
    """Yield ``n`` Reviews-2023 records over the year from ``start``, deterministic for ``seed``.

    Timestamps strictly increase, so ``(user_id, asin, timestamp)`` is unique even though some reviewers
    write several reviews. Product popularity is skewed: a few products collect most reviews.
    """
    rng = random.Random(seed)
    r = rng.random
    products = catalogue(rng, n // 200 + 6)
    n_products = len(products)
    step = max(1, SPAN_DAYS * DAY_MS // max(n, 1))
    clock = day_start_ms(start)
    recent: list[str] = []
    for i in range(n):
        product = products[int(n_products * r() * r())]
        sentiment = _SENTIMENTS[int(r() * 100)]
        issue = None
        if sentiment != POSITIVE and (sentiment != NEUTRAL or r() < 0.5):
            issue = product.issues[int(r() * len(product.issues))]
        title, text = compose(product.bank, r, sentiment, issue, sentence_count(r))
        if recent and r() < 0.06:
            user_id = recent[int(r() * len(recent))]
        else:
            user_id = make_user_id(rng)
            if len(recent) < _REPEAT_RING:
                recent.append(user_id)
            else:
                recent[i % _REPEAT_RING] = user_id
        yield {
            "rating": rating_for(sentiment, r),
            "title": title,
            "text": text,
            "images": [],
            "asin": product.asin,
            "parent_asin": product.parent_asin,
            "user_id": user_id,
            "timestamp": clock + i * step + int(r() * step),
            "helpful_vote": 0 if r() < 0.7 else int(0.5 / (1.0 - 0.99 * r())),
            "verified_purchase": r() < 0.9,
        }


def write_jsonl(path: Path, records: Iterator[dict[str, object]]) -> int:
    """Write ``records`` to ``path`` as UTF-8 JSON Lines and return how many were written."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        batch: list[str] = []
        for record in records:
            batch.append(encode(record) + "\n")
            if len(batch) >= _BATCH:
                handle.writelines(batch)
                count += len(batch)
                batch.clear()
        handle.writelines(batch)
        count += len(batch)
    return count


def write_reviews_jsonl(path: Path, n: int, seed: int = 0) -> int:
    """Write ``n`` generated reviews to ``path`` as Reviews-2023 JSON Lines; return the number written."""
    return write_jsonl(path, generate_reviews(n, seed))
