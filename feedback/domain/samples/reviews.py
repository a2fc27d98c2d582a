"""The newcomer sample set: product reviews for a small seller's six products over the last six months.

Two trends are built in so the app's "is it getting better?" views have something to find:
the backpack's zipper failures get much more frequent in the last six weeks (``WORSENING``), while the
water bottle's leaking lid, common at first, nearly disappears after the seller's fix (``IMPROVING``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from feedback.domain.samples.bank import Issue, bank
from feedback.domain.samples.compose import (
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    compose,
    rating_for,
    sentence_count,
)
from feedback.domain.samples.ids import DAY_MS, day_start_ms, make_user_id

SPAN_DAYS = 182
RECENT_DAYS = 42


@dataclass(frozen=True)
class SampleProduct:
    """A product of the sample seller."""

    asin: str
    title: str


@dataclass(frozen=True)
class Trend:
    """An issue of one product whose frequency changes in the last ``RECENT_DAYS`` days."""

    asin: str
    issue: str
    keyword: str


@dataclass(frozen=True)
class _Profile:
    product: SampleProduct
    category: str
    weight: int
    issue_weights: dict[str, int]


_PROFILES = (
    _Profile(
        SampleProduct(
            "B0C7K2M4QX",
            "Northvale 40L Hiking Backpack, Water-Resistant Daypack with Rain Cover",
        ),
        "backpack",
        20,
        {"zipper": 5, "straps": 4},
    ),
    _Profile(
        SampleProduct(
            "B0CJ8R5TLW",
            "Northvale Wireless Earbuds, Bluetooth 5.3 with Charging Case, 30H Playtime",
        ),
        "earbuds",
        24,
        {"battery": 5, "disconnect": 4, "fit": 3},
    ),
    _Profile(
        SampleProduct(
            "B0B9XW3N6P",
            "Northvale Stainless Steel Water Bottle 32 oz, Vacuum Insulated, Leak-Proof Lid",
        ),
        "bottle",
        20,
        {"lid_leak": 5, "dents": 4, "smell": 2},
    ),
    _Profile(
        SampleProduct(
            "B0D2F6H8JV",
            "Northvale Slim Phone Case for iPhone 15, Shockproof Clear Cover",
        ),
        "phone_case",
        14,
        {"yellowing": 5, "cracking": 3, "buttons": 3},
    ),
    _Profile(
        SampleProduct(
            "B0BT4Y7Q9R",
            "Northvale Non-Slip Yoga Mat 6mm, TPE Exercise Mat with Carry Strap",
        ),
        "yoga_mat",
        11,
        {"slippery": 5, "smell": 3, "peeling": 2},
    ),
    _Profile(
        SampleProduct(
            "B0CZ5E1G3M",
            "Northvale LED Desk Lamp with USB Charging Port, 5 Colour Modes, Dimmable",
        ),
        "desk_lamp",
        11,
        {"flicker": 4, "touch_controls": 4, "arm_droops": 2},
    ),
)

PRODUCTS: tuple[SampleProduct, ...] = tuple(profile.product for profile in _PROFILES)
WORSENING = Trend("B0C7K2M4QX", "zipper", "zip")
IMPROVING = Trend("B0B9XW3N6P", "lid_leak", "leak")

_MARKETPLACE_WEIGHTS = {
    "late_delivery": 4,
    "damaged_box": 3,
    "wrong_item": 2,
    "missing_parts": 2,
    "customer_service": 3,
    "used_item": 1,
}
# Sentiment mix (positive, mixed, neutral, negative) in percent.
_MIX_NORMAL = (60, 10, 5, 25)
_MIX_WORSE_RECENT = (38, 12, 4, 46)
_MIX_BETTER_BEFORE = (48, 12, 5, 35)
_MIX_BETTER_RECENT = (74, 10, 5, 11)


def _weighted(options: dict[str, float], rng: random.Random) -> str:
    return rng.choices(list(options), weights=list(options.values()))[0]


def _sentiment(asin: str, recent: bool, rng: random.Random) -> str:
    mix = _MIX_NORMAL
    if asin == WORSENING.asin and recent:
        mix = _MIX_WORSE_RECENT
    elif asin == IMPROVING.asin:
        mix = _MIX_BETTER_RECENT if recent else _MIX_BETTER_BEFORE
    return rng.choices((POSITIVE, MIXED, NEUTRAL, NEGATIVE), weights=mix)[0]


def _issue(profile: _Profile, recent: bool, rng: random.Random) -> Issue:
    category_bank = bank(profile.category)
    if rng.random() < 0.28:
        return category_bank.issue(_weighted(dict(_MARKETPLACE_WEIGHTS), rng))
    weights: dict[str, float] = dict(profile.issue_weights)
    for trend, factor in ((WORSENING, 5.0 if recent else 0.45), (IMPROVING, 0.1 if recent else 3.0)):
        if profile.product.asin == trend.asin:
            weights[trend.issue] *= factor
    return category_bank.issue(_weighted(weights, rng))


def sample_reviews(today: date, seed: int = 7, n: int = 300) -> list[dict[str, object]]:
    """Return ``n`` Reviews-2023 records for ``PRODUCTS`` dated over the ``SPAN_DAYS`` days before ``today``.

    The records are sorted oldest first and are the same for the same ``today``, ``seed`` and ``n``.
    """
    rng = random.Random(seed)
    r = rng.random
    weights = [profile.weight for profile in _PROFILES]
    reviewers: list[tuple[str, str]] = []
    rows: list[tuple[int, str, dict[str, object]]] = []
    for _ in range(n):
        profile = rng.choices(_PROFILES, weights=weights)[0]
        asin = profile.product.asin
        days_ago = 1 + int((SPAN_DAYS - 1) * r() ** 1.5)  # up to yesterday: never in the future
        recent = days_ago <= RECENT_DAYS
        sentiment = _sentiment(asin, recent, rng)
        issue = None
        if sentiment in (MIXED, NEGATIVE) or (sentiment == NEUTRAL and r() < 0.5):
            issue = _issue(profile, recent, rng)
        title, text = compose(bank(profile.category), r, sentiment, issue, sentence_count(r))
        repeat = [user for user, reviewed in reviewers if reviewed != asin]
        user_id = repeat[int(r() * len(repeat))] if repeat and r() < 0.05 else make_user_id(rng)
        reviewers.append((user_id, asin))
        age_factor = 1 + days_ago / 30 + (3 if sentiment == NEGATIVE else 0)
        timestamp = day_start_ms(today - timedelta(days=days_ago)) + int(r() * DAY_MS)
        record: dict[str, object] = {
            "rating": rating_for(sentiment, r),
            "title": title,
            "text": text,
            "images": [],
            "asin": asin,
            "parent_asin": asin,
            "user_id": user_id,
            "timestamp": timestamp,
            "helpful_vote": 0 if r() < 0.6 else int(r() * r() * 4 * age_factor),
            "verified_purchase": r() < 0.92,
        }
        rows.append((timestamp, user_id, record))
    rows.sort(key=lambda row: (row[0], row[1]))
    return [record for _, _, record in rows]
