"""Import format readers: detect a file's format and stream its reviews and feedback as plain values.

Pure domain code: no Flask, no SQLAlchemy. The import service feeds ``read_items`` to scoring and storage.
"""

from .dates import DateParser, parse_date
from .detection import FORMAT_LABELS, detect
from .mapping import PRESETS, suggest_mapping
from .model import (
    KIND_FEEDBACK,
    KIND_REVIEW,
    MAPPABLE_FIELDS,
    Detection,
    Format,
    ImportFileError,
    ParsedItem,
    RowError,
)
from .reader import read_items

__all__ = [
    "FORMAT_LABELS",
    "KIND_FEEDBACK",
    "KIND_REVIEW",
    "MAPPABLE_FIELDS",
    "PRESETS",
    "DateParser",
    "Detection",
    "Format",
    "ImportFileError",
    "ParsedItem",
    "RowError",
    "detect",
    "parse_date",
    "read_items",
    "suggest_mapping",
]
