"""Fake identifiers in Amazon's formats: ASINs, reviewer ids, order ids, plus date helpers."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime

ASIN_RE = re.compile(r"^B0[0-9A-Z]{8}$")
USER_ID_RE = re.compile(r"^A[E-H][A-Z2-7]{26}$")
ORDER_ID_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")

_ASIN_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
_USER_PREFIXES = ("AE", "AF", "AG", "AH")
_BASE32 = bytes.maketrans(bytes(range(256)), b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" * 8)
DAY_MS = 86_400_000


def make_asin(rng: random.Random) -> str:
    """Return a random ASIN such as ``B0C7K2M4QX``."""
    return "B0" + "".join(rng.choice(_ASIN_ALPHABET) for _ in range(8))


def make_user_id(rng: random.Random) -> str:
    """Return a random reviewer id in the Reviews 2023 style (28 upper-case characters starting ``A``)."""
    tail = rng.randbytes(26).translate(_BASE32).decode("ascii")
    return _USER_PREFIXES[int(rng.random() * 4)] + tail


def make_order_id(rng: random.Random) -> str:
    """Return a random order id in Amazon's 3-7-7 digit format, e.g. ``112-1234567-1234567``."""
    return f"11{rng.randint(1, 4)}-{rng.randint(0, 9_999_999):07d}-{rng.randint(0, 9_999_999):07d}"


def day_start_ms(day: date) -> int:
    """Return the Unix time in milliseconds of midnight UTC at the start of ``day``."""
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()) * 1000


def ms_to_date(ms: int) -> date:
    """Return the UTC calendar date of a Unix time in milliseconds."""
    return datetime.fromtimestamp(ms / 1000, tz=UTC).date()


def report_date(day: date) -> str:
    """Format ``day`` the way the seller feedback report does: ``M/D/YY`` without zero padding."""
    return f"{day.month}/{day.day}/{day.year % 100:02d}"
