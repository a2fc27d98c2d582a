"""The newcomer sample set: seller feedback rows as in Amazon's tab-separated feedback report, and
``write_sample_files``, which writes the whole set as the two files Amazon produces.

Most feedback is short praise for delivery and packaging; the rest complains about late delivery, damage,
wrong or incomplete orders, unanswered messages, or the product itself (feedback a seller may ask Amazon
to remove). Late deliveries spike between 60 and 90 days ago, when "the carrier had trouble".
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from feedback.domain.samples.bank import Pool, expand, load_json
from feedback.domain.samples.bulk import write_jsonl
from feedback.domain.samples.compose import pick
from feedback.domain.samples.ids import make_order_id, report_date
from feedback.domain.samples.reviews import SPAN_DAYS, sample_reviews
from feedback.domain.samples.style import roughen

FEEDBACK_HEADER = ("Date", "Rating", "Comments", "Response", "Order ID", "Rater Email")
LATE_SPIKE_DAYS = range(60, 90)
REVIEWS_FILE = "sample-reviews.jsonl"
FEEDBACK_FILE = "sample-feedback.txt"

_NEGATIVE_WEIGHTS = {
    "late_delivery": 3.0,
    "damaged": 2.0,
    "wrong_item": 1.5,
    "missing_parts": 1.0,
    "no_response": 1.0,
    "product": 2.0,
}
_RESPONSE_SHARE = {"positive": 0.08, "neutral": 0.25, "negative": 0.5}


@dataclass(frozen=True)
class _FeedbackBank:
    positive: Pool
    neutral: Pool
    negative: dict[str, Pool]
    responses: dict[str, tuple[str, ...]]


@cache
def _feedback_bank() -> _FeedbackBank:
    data = load_json("feedback.json")
    slots: dict[str, list[str]] = data["slots"]
    rng = random.Random("feedback")

    def pool(templates: list[str]) -> Pool:
        return tuple(expand(template, slots, rng) for template in templates)

    return _FeedbackBank(
        positive=pool(data["positive"]),
        neutral=pool(data["neutral"]),
        negative={kind: pool(templates) for kind, templates in data["negative"].items()},
        responses={kind: tuple(texts) for kind, texts in data["responses"].items()},
    )


def _comment(kind: str, rng: random.Random) -> tuple[str, str]:
    """Return ``(rating, comment)`` for a ``positive``/``neutral`` row or a negative ``kind``."""
    fb, r = _feedback_bank(), rng.random
    if kind == "positive":
        rating = "5" if r() < 0.85 else "4"
        parts = {pick(fb.positive, r) for _ in range(1 if r() < 0.7 else 2)}
    elif kind == "neutral":
        rating = rng.choices(("4", "3", "2"), weights=(3, 6, 1))[0]
        parts = {pick(fb.neutral, r)}
    else:
        rating = "1" if r() < 0.65 else "2"
        parts = {pick(fb.negative[kind], r) for _ in range(1 if r() < 0.65 else 2)}
    return rating, roughen(" ".join(sorted(parts, key=len, reverse=True)), r)


def _buyer(rng: random.Random, buyers: list[str]) -> str:
    if buyers and rng.random() < 0.05:
        return rng.choice(buyers)
    email = f"buyer{rng.randint(100, 99_999)}@example.com"
    while email in buyers:
        email = f"buyer{rng.randint(100, 99_999)}@example.com"
    buyers.append(email)
    return email


def sample_feedback(today: date, seed: int = 7, n: int = 120) -> list[dict[str, str]]:
    """Return ``n`` seller feedback rows keyed by ``FEEDBACK_HEADER``, newest first, dated up to ``today``."""
    rng = random.Random(seed)
    fb = _feedback_bank()
    buyers: list[str] = []
    order_ids: set[str] = set()
    rows: list[tuple[int, str, dict[str, str]]] = []
    for _ in range(n):
        days_ago = rng.randrange(SPAN_DAYS)
        spike = days_ago in LATE_SPIKE_DAYS
        x = rng.random()
        negative_share = 0.3 if spike else 0.15
        if x < negative_share:
            weights = dict(_NEGATIVE_WEIGHTS)
            if spike:
                weights["late_delivery"] *= 4
            kind = rng.choices(list(weights), weights=list(weights.values()))[0]
            group = "negative"
        else:
            kind = group = "neutral" if x < negative_share + 0.08 else "positive"
        rating, comment = _comment(kind, rng)
        responses = fb.responses[kind]
        response = rng.choice(responses) if rng.random() < _RESPONSE_SHARE[group] else ""
        order_id = make_order_id(rng)
        while order_id in order_ids:
            order_id = make_order_id(rng)
        order_ids.add(order_id)
        row = {
            "Date": report_date(today - timedelta(days=days_ago)),
            "Rating": rating,
            "Comments": comment,
            "Response": response,
            "Order ID": order_id,
            "Rater Email": _buyer(rng, buyers),
        }
        rows.append((days_ago, order_id, row))
    rows.sort(key=lambda item: (item[0], item[1]))
    return [row for _, _, row in rows]


def feedback_report(rows: list[dict[str, str]]) -> str:
    """Render feedback rows as the tab-separated seller feedback report, header line first."""
    lines = ["\t".join(FEEDBACK_HEADER)]
    for row in rows:
        cells = [row[name] for name in FEEDBACK_HEADER]
        if any("\t" in cell or "\n" in cell for cell in cells):
            raise ValueError(f"feedback row {row['Order ID']} holds a tab or a line break")
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def write_sample_files(directory: Path, today: date, seed: int = 7) -> tuple[Path, Path]:
    """Write ``sample-reviews.jsonl`` and ``sample-feedback.txt`` into ``directory``; return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    reviews_path = directory / REVIEWS_FILE
    feedback_path = directory / FEEDBACK_FILE
    write_jsonl(reviews_path, iter(sample_reviews(today, seed)))
    feedback_path.write_text(feedback_report(sample_feedback(today, seed)), encoding="utf-8", newline="\n")
    return reviews_path, feedback_path
