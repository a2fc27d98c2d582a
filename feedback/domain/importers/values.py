"""Cell-level parsing shared by every reader: ratings, flags, counts, text, hashes and keys."""

from __future__ import annotations

import hashlib
import html
import re

from .model import MAX_KEY_LENGTH

RAW_LIMIT = 500
_SHOWN_LIMIT = 60

_WORD_RATINGS = {"one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0}
# "4 out of 5 stars", "4/5", "4 stars": how scraped exports and Google's star words spell ratings.
_RATING_TEXT = re.compile(r"([0-9]+(?:[.,][0-9]+)?)\s*(?:/\s*5|out of 5(?: stars)?|stars?)?", re.IGNORECASE)
_TRUE = frozenset({"y", "yes", "true", "t", "1", "verified", "verified purchase"})
_FALSE = frozenset({"n", "no", "false", "f", "0", ""})
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def shown(value: str) -> str:
    """Return a value quoted for a message, cut so a runaway cell cannot flood the error list."""
    if len(value) > _SHOWN_LIMIT:
        value = value[: _SHOWN_LIMIT - 1] + "…"
    return f'"{value}"'


def truncate_raw(raw: str) -> str:
    """Return the record text as stored in a RowError: without its line break, at most 500 characters."""
    raw = raw.rstrip("\r\n")
    return raw if len(raw) <= RAW_LIMIT else raw[: RAW_LIMIT - 1] + "…"


def parse_rating(value: object) -> float | None:
    """Return a star rating in [1, 5] from a number or text such as "4", "4.0", "4,5", "4 out of 5", "FIVE".

    Return None when the value is not a number from 1 to 5; the caller words the error.
    """
    if isinstance(value, bool):  # JSON true is an int to Python, never a rating
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            text = value.strip()
            word = _WORD_RATINGS.get(text.lower())
            if word is not None:
                return word
            match = _RATING_TEXT.fullmatch(text)
            if match is None:
                return None
            number = float(match.group(1).replace(",", "."))
    else:
        return None
    # `not <=` also rejects NaN, which float("nan") would let through.
    if not 1.0 <= number <= 5.0:
        return None
    return number


def parse_flag(value: object) -> bool | None:
    """Return a flag from a JSON bool or Y/N, yes/no, true/false, 1/0 (None if empty); raise ValueError."""
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return None if text == "" else False
    raise ValueError(text)


def parse_count(value: object) -> int | None:
    """Return a non-negative vote count from 3, "3" or "1,234"; None for empty; raise ValueError otherwise."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        count = value
    else:
        text = str(value).strip().replace(",", "")
        if not text:
            return None
        count = int(float(text)) if "." in text else int(text)
    if count < 0:
        raise ValueError(value)
    return count


def clean_text(value: object) -> str:
    """Return review text stripped, with HTML line breaks as newlines and HTML entities decoded.

    The Amazon dumps carry ``<br />`` and ``&#34;`` in their text; decoding here keeps them out of sentiment
    scoring and the reply screen. Checks come first because almost no row needs either rewrite.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = _BR.sub("\n", text)
    if "&" in text:
        text = html.unescape(text)
    if "\x00" in text:
        text = text.replace("\x00", "")  # PostgreSQL text columns refuse NUL
    return text.strip()


def optional_text(value: object) -> str | None:
    """Return cleaned text, or None when it is empty."""
    return clean_text(value) or None


def sha256_hex(value: str) -> str:
    """Return the sha256 hex digest of a string's UTF-8 bytes."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def hash_email(email: str) -> str | None:
    """Return sha256 hex of the lower-cased, stripped email, or None for an empty one."""
    normal = email.strip().lower()
    return sha256_hex(normal) if normal else None


def hash_user_id(user_id: str) -> str | None:
    """Return sha256 hex of a stripped user id (case kept: marketplace ids are case-sensitive)."""
    normal = user_id.strip()
    return sha256_hex(normal) if normal else None


def make_key(prefix: str, *parts: str) -> str:
    """Return ``prefix:part1:part2...``, or ``prefix:sha256:<hex>`` when that would exceed 200 characters."""
    key = prefix + ":" + ":".join(parts)
    if len(key) <= MAX_KEY_LENGTH:
        return key
    return prefix + ":sha256:" + sha256_hex(key)


class RecordProblem(Exception):
    """Raised inside a reader for one bad record; the reader turns it into a RowError."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
