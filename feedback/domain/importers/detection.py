"""Tell a file's format from its head, with a sentence the user can check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .feedback_report import looks_like_feedback_report
from .jsonl import KEYS_2018, KEYS_2023, KEYS_METADATA
from .mapping import matching_preset
from .model import Detection, Format, ImportFileError
from .sniff import ENCODING_LABELS, Head, read_head
from .tabular import DELIMITER_NAMES, sniff_layout

FORMAT_LABELS = {
    Format.AMAZON_FEEDBACK: "an Amazon seller feedback report",
    Format.AMAZON_REVIEWS_2023: "Amazon Reviews 2023 (McAuley Lab) reviews",
    Format.AMAZON_REVIEWS_2018: "the 2018 Amazon review dump",
    Format.CSV: "a CSV file with a column mapping",
}
_LISTED = 8
_MARKUP = ("<!doctype html", "<html", "<?xml")


def _listing(names: list[str]) -> str:
    shown = ", ".join(name or "(blank)" for name in names[:_LISTED])
    more = len(names) - _LISTED
    return f"{shown} and {more} more" if more > 0 else shown


def _describe(kind: str, head: Head) -> str:
    notes = [f"{head.compression}-compressed"] if head.compression else []
    if head.encoding not in ("utf-8", "utf-8-sig"):
        notes.append(ENCODING_LABELS.get(head.encoding, head.encoding))
    return f"{kind} ({', '.join(notes)})" if notes else kind


def _first_object(head: Head, name: str) -> dict[str, Any]:
    text = head.text.lstrip()
    end = text.find("\n")
    line = text if end < 0 else text[:end]
    try:
        obj = json.loads(line)
    except ValueError as error:
        raise ImportFileError(
            f'"{name}" starts like JSON Lines, but its first line is not valid JSON ({error}); '
            "each line must hold one complete JSON object."
        ) from None
    if not isinstance(obj, dict):
        raise ImportFileError(f'"{name}" starts like JSON Lines, but its first line is not a JSON object.')
    return obj


def _detect_json(head: Head, name: str) -> Detection:
    obj = _first_object(head, name)
    keys = list(obj)
    found = set(keys)
    kind = _describe("JSON Lines", head)
    fmt: Format | None = None
    if {"user_id", "asin"} <= found and found & {"rating", "text", "timestamp"}:
        fmt = Format.AMAZON_REVIEWS_2023
    elif {"reviewerID", "asin"} <= found or found & {"unixReviewTime", "overall"}:
        fmt = Format.AMAZON_REVIEWS_2018
    elif found & KEYS_METADATA:
        raise ImportFileError(
            f'"{name}" holds product metadata ({_listing(keys)}), not reviews; '
            "import the matching review file instead."
        )
    if fmt is None:
        wanted = ", ".join(sorted(KEYS_2023 | KEYS_2018))
        reason = (
            f"{kind} with fields {_listing(keys)}: not a review dump we know (expected fields like {wanted})."
        )
        return Detection(None, head.encoding, head.compression is not None, keys, reason, head.compression)
    reason = f"{kind} with fields {_listing(keys)}: {FORMAT_LABELS[fmt]}."
    return Detection(fmt, head.encoding, head.compression is not None, keys, reason, head.compression)


def detect_head(head: Head, name: str) -> Detection:
    """Return what a file's decoded head says about its format; raise ImportFileError when unusable."""
    start = head.text.lstrip()[:20]
    if start.startswith("{"):
        return _detect_json(head, name)
    if start.startswith("["):
        raise ImportFileError(
            f'"{name}" is a JSON array; save it as JSON Lines (one review object per line) or as CSV.'
        )
    if start.lower().startswith(_MARKUP):
        raise ImportFileError(f'"{name}" is a web page or XML document; download the report as CSV instead.')
    layout = sniff_layout(head)
    headers = layout.headers
    kind = _describe(f"{DELIMITER_NAMES[layout.delimiter]} file", head)
    compressed = head.compression is not None
    columns = f"{kind} with columns {_listing(headers)}"
    if looks_like_feedback_report(headers):
        fmt, preset = Format.AMAZON_FEEDBACK, None
        reason = f"{columns}: {FORMAT_LABELS[fmt]}."
    else:
        fmt, preset = Format.CSV, matching_preset(headers)
        if preset == "amazon_reviews_us":
            reason = f"{columns}: an Amazon Customer Reviews dataset file; its columns are mapped for you."
        elif preset is not None:
            reason = f"{columns}: the 2018 Amazon review dump saved as CSV; its columns are mapped for you."
        else:
            reason = f"{columns}: check which column holds what, then import."
    return Detection(
        fmt, head.encoding, compressed, headers, reason, head.compression, layout.delimiter, preset
    )


def detect(path: Path, *, name: str | None = None) -> Detection:
    """Tell a file's format, encoding and compression from its first 128 KiB.

    ``name`` is what messages call the file (the uploaded file's name; default ``path.name``). Raise
    ImportFileError for an empty, binary or otherwise unusable file, saying what to do instead.
    """
    shown_name = name or path.name
    return detect_head(read_head(path, shown_name), shown_name)
