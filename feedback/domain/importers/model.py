"""Plain values shared by the import readers: formats, detections, parsed items and errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

__all__ = [
    "KIND_FEEDBACK",
    "KIND_REVIEW",
    "MAPPABLE_FIELDS",
    "MAX_KEY_LENGTH",
    "Detection",
    "Format",
    "ImportFileError",
    "ParsedItem",
    "RowError",
]

KIND_REVIEW = "review"
KIND_FEEDBACK = "feedback"
MAX_KEY_LENGTH = 200


class Format(StrEnum):
    """The file formats the importer reads."""

    AMAZON_FEEDBACK = "amazon_feedback"
    AMAZON_REVIEWS_2023 = "amazon_reviews_2023"
    AMAZON_REVIEWS_2018 = "amazon_reviews_2018"
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class Detection:
    """What the head of a file says about it.

    ``format`` is None when the file is readable text of a shape we cannot name (the user may still pick a
    format by hand). ``encoding`` is a Python codec name; ``reason`` is a sentence for the user.
    """

    format: Format | None
    encoding: str
    compressed: bool
    headers: list[str]
    reason: str
    # Additions: how the file was read, so the UI can say "gzip" or "semicolon-separated".
    compression: str | None = None  # "gzip", "bzip2", "xz" or None
    delimiter: str | None = None  # for CSV-like formats: ",", "\t" or ";"
    preset: str | None = None  # name of a PRESETS mapping that fits the headers exactly


@dataclass(frozen=True, slots=True)
class ParsedItem:
    """One review or feedback read from a file, normalised and free of personal data."""

    line: int  # 1-based physical line of the record in the (decompressed) file
    kind: str  # KIND_REVIEW | KIND_FEEDBACK
    source: str  # the Format value
    source_key: str  # stable dedup key, at most MAX_KEY_LENGTH characters
    product: str | None  # ASIN / product id
    title: str | None
    text: str  # "" only when title is non-empty
    rating: float | None  # 1..5
    posted_at: datetime | None  # timezone-aware UTC
    order_id: str | None
    author_hash: str | None  # sha256 hex of an email or user id; never the raw email
    author_name: str | None  # a display name where the format has one
    response: str | None  # the seller's existing public response
    verified: bool | None
    helpful_votes: int | None
    # Addition: the parent ASIN (2023 parent_asin, amazon_reviews_us product_parent); variants share it.
    parent_product: str | None = None


@dataclass(frozen=True, slots=True)
class RowError:
    """One record that could not be read; ``field`` is the file's column or key name, or "record"."""

    line: int
    field: str
    message: str
    raw: str  # the offending record text, at most 500 characters


class ImportFileError(Exception):
    """A problem with the whole file; str() names the file and says what to fix."""


# (field name, label for the mapping screen, required). "kind" is not a column: a mapping may set it to a
# fixed "review" or "feedback" (default "review").
MAPPABLE_FIELDS: tuple[tuple[str, str, bool], ...] = (
    ("text", "Review or feedback text", True),
    ("title", "Title / headline", False),
    ("rating", "Star rating (1-5)", False),
    ("date", "Date posted", False),
    ("product", "Product (ASIN / product id)", False),
    ("parent_product", "Parent product (parent ASIN)", False),
    ("external_id", "Review id (unique per review)", False),
    ("order_id", "Order id", False),
    ("author", "Author name", False),
    ("author_id", "Author id (stored only as a hash)", False),
    ("email", "Author email (stored only as a hash)", False),
    ("response", "Seller's public response", False),
    ("verified", "Verified purchase (yes/no)", False),
    ("helpful_votes", "Helpful votes", False),
)
