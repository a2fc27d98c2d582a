"""read_items: stream any supported import file as ParsedItems and RowErrors, in file order."""

from __future__ import annotations

import lzma
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

from .csv_reader import read_csv
from .detection import FORMAT_LABELS, detect_head
from .feedback_report import read_feedback
from .jsonl import read_jsonl
from .model import Format, ImportFileError, ParsedItem, RowError
from .sniff import open_text, read_head
from .tabular import records, sniff_layout

_JSON_FORMATS = (Format.AMAZON_REVIEWS_2023, Format.AMAZON_REVIEWS_2018)


def read_items(
    path: Path,
    fmt: Format | None = None,
    mapping: Mapping[str, str] | None = None,
    *,
    name: str | None = None,
) -> Iterator[ParsedItem | RowError]:
    """Return an iterator over every record of an import file, as a ParsedItem or a RowError, in file order.

    ``fmt`` None means detect it. ``mapping`` (field -> column, plus an optional fixed "kind") is used for
    CSV only; without it the CSV columns are guessed with suggest_mapping. ``name`` is what messages call
    the file (default ``path.name``). The file is read as a stream, never whole.

    Raise ImportFileError now for a whole-file problem (unreadable, unknown format, unusable header or
    mapping). Iterating raises it only when a compressed file turns out truncated or damaged part-way.
    """
    shown_name = name or path.name
    head = read_head(path, shown_name)
    if fmt is None:
        detection = detect_head(head, shown_name)
        if detection.format is None:
            raise ImportFileError(f'"{shown_name}": {detection.reason} Choose its format by hand.')
        fmt = detection.format
    fmt = Format(fmt)  # a stored "csv" string works as well as Format.CSV
    is_json = head.text.lstrip().startswith("{")
    if (fmt in _JSON_FORMATS) != is_json:
        what = "is not JSON Lines (one JSON object per line)" if not is_json else "is JSON Lines, not a table"
        raise ImportFileError(f'"{shown_name}" {what}, so it cannot be read as {FORMAT_LABELS[fmt]}.')
    stream = open_text(path, head)
    try:
        if fmt in _JSON_FORMATS:
            items = read_jsonl(stream, fmt)
        else:
            layout = sniff_layout(head)
            numbered = records(stream, layout)
            if fmt is Format.AMAZON_FEEDBACK:
                items = read_feedback(numbered, layout, shown_name)
            else:
                items = read_csv(numbered, layout, mapping, shown_name)
    except BaseException:
        stream.close()
        raise
    return _guarded(items, stream, shown_name)


def _guarded(
    items: Iterator[ParsedItem | RowError], stream: IO[str], name: str
) -> Iterator[ParsedItem | RowError]:
    line = 0
    try:
        with stream:
            for item in items:
                line = item.line
                yield item
    except (EOFError, OSError, zlib.error, lzma.LZMAError) as error:
        # A truncated download shows up only when the reader reaches the cut; say where, keep what was read.
        raise ImportFileError(
            f'"{name}" is damaged or cut short after line {line} ({error}); the records before it were read. '
            "Download the file again."
        ) from error
