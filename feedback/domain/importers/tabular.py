"""Delimited text shared by the feedback-report and CSV readers: layout sniffing and numbered records."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import IO, Literal

from .dates import DateParser, infer_day_first
from .sniff import Head

Quoting = Literal[0, 1, 2, 3]  # csv.QUOTE_* values
DELIMITER_NAMES = {",": "Comma-separated", "\t": "Tab-separated", ";": "Semicolon-separated"}
_SAMPLE_RECORDS = 50
_DATE_SAMPLE_ROWS = 200
# A one-line quoted cell, as a spreadsheet writes one that holds quotes: "he said ""fast""".
_EXCEL_QUOTED = re.compile(r'(?:^|\t)"((?:[^"\t\r\n]|"")*)"(?=\t|\r|\n|$)', re.MULTILINE)
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def normalise_header(header: str) -> str:
    """Return a header as lower-case letters and digits only, for lenient but exact name matching."""
    return _NOT_ALNUM.sub("", header.lower())


@dataclass(frozen=True, slots=True)
class Layout:
    """How a delimited file splits into records, and its header."""

    delimiter: str
    quoting: Quoting
    headers: list[str]


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record the csv module could not split (a runaway quote, an oversized field)."""

    message: str


def _complete_sample(head: Head) -> str:
    if head.complete:
        return head.text
    # The last line of a cut head is partial; drop it so it cannot look like a short row.
    cut = max(head.text.rfind("\n"), head.text.rfind("\r"))
    return head.text[: cut + 1] if cut > 0 else head.text


def _rows(sample: str, delimiter: str, quoting: Quoting) -> list[list[str]]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, quoting=quoting)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if row and (len(row) > 1 or row[0].strip()):
                rows.append(row)
                if len(rows) > _SAMPLE_RECORDS:
                    break
    except csv.Error:
        pass
    return rows


def fits(row: list[str], width: int) -> bool:
    """Tell whether a record has the header's column count (trailing empty extras are tolerated)."""
    return len(row) == width or (len(row) > width and not any(cell.strip() for cell in row[width:]))


def _consistency(rows: list[list[str]]) -> float:
    if len(rows) < 2:
        return 1.0
    width = len(rows[0])
    return sum(fits(row, width) for row in rows[1:]) / (len(rows) - 1)


def _tab_quoting(sample: str) -> Quoting:
    # Amazon's flat files never quote, and a comment may start with a stray quote that would swallow the
    # lines after it; so quotes count only where the head shows a spreadsheet wrote them on purpose: quoted
    # headers, a cell with doubled quotes, or records that split wrongly unless quotes are honoured.
    if sample.startswith('"'):
        return csv.QUOTE_MINIMAL
    minimal = _consistency(_rows(sample, "\t", csv.QUOTE_MINIMAL))
    plain = _consistency(_rows(sample, "\t", csv.QUOTE_NONE))
    doubled = any('""' in match.group(1) for match in _EXCEL_QUOTED.finditer(sample))
    if minimal > plain or (doubled and minimal >= plain):
        return csv.QUOTE_MINIMAL
    return csv.QUOTE_NONE


def sniff_layout(head: Head) -> Layout:
    """Return the delimiter (comma, tab or semicolon), quoting and header of a delimited file's head."""
    sample = _complete_sample(head)
    best: tuple[bool, float, int] | None = None
    chosen = ","
    for delimiter in (",", "\t", ";"):
        rows = _rows(sample, delimiter, csv.QUOTE_MINIMAL)
        if not rows:
            continue
        # Prefer a split that makes columns at all, then one the data rows agree with, then more columns.
        score = (len(rows[0]) > 1, _consistency(rows) >= 0.9, len(rows[0]))
        if best is None or score > best:
            best, chosen = score, delimiter
    quoting = _tab_quoting(sample) if chosen == "\t" else csv.QUOTE_MINIMAL
    rows = _rows(sample, chosen, quoting)
    headers = [cell.strip().lstrip("\ufeff").strip() for cell in rows[0]] if rows else []
    return Layout(delimiter=chosen, quoting=quoting, headers=headers)


def records(stream: IO[str], layout: Layout) -> Iterator[tuple[int, list[str] | BadRecord]]:
    """Yield (first physical line, cells) for each non-blank record, header included.

    A record the csv module rejects yields a BadRecord and reading goes on with the next line.
    """
    reader = csv.reader(stream, delimiter=layout.delimiter, quoting=layout.quoting)
    end = 0
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            end = reader.line_num
            message = f"Record cannot be split into columns ({error}); check the quotes in this record"
            yield start, BadRecord(message=message)
            continue
        end = reader.line_num
        if row and (len(row) > 1 or row[0].strip()):
            yield start, row


Numbered = Iterator[tuple[int, list[str] | BadRecord]]


def date_order(numbered: Numbered, index: int | None) -> tuple[DateParser, Numbered]:
    """Return a DateParser set to the file's day order, judged from its first rows, and the same rows.

    Exports follow the seller's locale (5/3/2024 is May 3 in the US, 5 March in the UK); the first rows settle
    the order for the whole file so one file is never read two ways.
    """
    head = list(islice(numbered, _DATE_SAMPLE_ROWS))
    samples = (
        row[index]
        for _, row in head
        if index is not None and not isinstance(row, BadRecord) and index < len(row)
    )
    return DateParser(day_first=infer_day_first(samples)), chain(head, numbered)
