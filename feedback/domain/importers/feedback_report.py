"""Read Amazon's seller feedback report (GET_SELLER_FEEDBACK_DATA): one feedback per order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .dates import DateParser
from .model import KIND_FEEDBACK, Format, ImportFileError, ParsedItem, RowError
from .tabular import BadRecord, Layout, Numbered, date_order, fits, normalise_header
from .values import (
    RecordProblem,
    clean_text,
    hash_email,
    make_key,
    optional_text,
    parse_rating,
    shown,
    truncate_raw,
)

REQUIRED = ("Date", "Rating", "Comments", "Order ID")
OPTIONAL = ("Response", "Rater Email")
# Normalised header (lower case, letters and digits only) -> canonical column. Only these exact spellings
# count, so "Order ID", "order-id" and "ORDER_ID" match but "Order Date" never passes for "Date".
_ALIASES = {
    "date": "Date",
    "rating": "Rating",
    "comments": "Comments",
    "comment": "Comments",
    "response": "Response",
    "yourresponse": "Response",
    "orderid": "Order ID",
    "amazonorderid": "Order ID",
    "rateremail": "Rater Email",
    "rateremailaddress": "Rater Email",
}


def feedback_columns(headers: Sequence[str]) -> dict[str, int]:
    """Return canonical column name -> index for the feedback report columns found (first one wins)."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        canonical = _ALIASES.get(normalise_header(header))
        if canonical is not None:
            found.setdefault(canonical, index)
    return found


def looks_like_feedback_report(headers: Sequence[str]) -> bool:
    """Tell whether headers carry every required feedback report column."""
    return all(column in feedback_columns(headers) for column in REQUIRED)


@dataclass(frozen=True, slots=True)
class _Columns:
    date: int
    rating: int
    comments: int
    order_id: int
    response: int | None
    email: int | None
    names: tuple[str, ...]  # the file's own header texts, for messages
    width: int


def _resolve(headers: list[str], name: str) -> _Columns:
    found = feedback_columns(headers)
    missing = [column for column in REQUIRED if column not in found]
    if missing:
        raise ImportFileError(
            f'"{name}" is missing the feedback report column{"s" if len(missing) > 1 else ""} '
            f"{', '.join(missing)}; the columns found are {', '.join(headers) or 'none'}. "
            "Upload the report as downloaded from Seller Central (Feedback Manager), or import it as CSV."
        )
    return _Columns(
        date=found["Date"],
        rating=found["Rating"],
        comments=found["Comments"],
        order_id=found["Order ID"],
        response=found.get("Response"),
        email=found.get("Rater Email"),
        names=tuple(headers),
        width=len(headers),
    )


def _cell(row: list[str], index: int | None) -> str:
    return row[index] if index is not None and index < len(row) else ""


def _item(line: int, row: list[str], cols: _Columns, dates: DateParser) -> ParsedItem:
    """Return the feedback a row holds; raise RecordProblem saying what is wrong with it."""
    names = cols.names
    if not fits(row, cols.width):
        message = (
            f"Record has {len(row)} columns where the header has {cols.width}; "
            "a tab or line break inside a comment may have split it"
        )
        raise RecordProblem("record", message)
    order_id = row[cols.order_id].strip()
    if not order_id:
        raise RecordProblem(
            names[cols.order_id], f"{names[cols.order_id]} is empty; each feedback needs its order id"
        )
    date_text = row[cols.date]
    posted_at = dates(date_text)
    if posted_at is None:
        message = f"{names[cols.date]} {shown(date_text.strip())} is not a date; {dates.hint}"
        raise RecordProblem(names[cols.date], message)
    rating_text = row[cols.rating].strip()
    rating = parse_rating(rating_text)
    if rating is None:
        message = f"{names[cols.rating]} {shown(rating_text)} is not a number from 1 to 5"
        raise RecordProblem(names[cols.rating], message)
    text = clean_text(row[cols.comments])
    if not text:
        raise RecordProblem(
            names[cols.comments], f"{names[cols.comments]} is empty; fill in the buyer's comment"
        )
    return ParsedItem(
        line=line,
        kind=KIND_FEEDBACK,
        source=Format.AMAZON_FEEDBACK.value,
        source_key=make_key(Format.AMAZON_FEEDBACK.value, order_id),
        product=None,
        title=None,
        text=text,
        rating=rating,
        posted_at=posted_at,
        order_id=order_id,
        author_hash=hash_email(_cell(row, cols.email)),
        author_name=None,
        response=optional_text(_cell(row, cols.response)),
        verified=None,
        helpful_votes=None,
    )


def read_feedback(numbered: Numbered, layout: Layout, name: str) -> Iterator[ParsedItem | RowError]:
    """Check the header now (raising ImportFileError) and return an iterator over the report's rows."""
    first = next(numbered, None)
    if first is None or isinstance(first[1], BadRecord):
        raise ImportFileError(f'"{name}" has no header row; the first line must name the columns.')
    return _rows(numbered, _resolve(first[1], name), layout.delimiter)


def _rows(numbered: Numbered, cols: _Columns, delimiter: str) -> Iterator[ParsedItem | RowError]:
    dates, numbered = date_order(numbered, cols.date)
    for line, row in numbered:
        if isinstance(row, BadRecord):
            yield RowError(line, "record", row.message, "")
            continue
        try:
            yield _item(line, row, cols, dates)
        except RecordProblem as problem:
            # Keep the email out of RowError.raw too: it is stored and shown like any other field.
            shown_row = row if cols.email is None or cols.email >= len(row) else _without(row, cols.email)
            yield RowError(line, problem.field, problem.message, truncate_raw(delimiter.join(shown_row)))


def _without(row: list[str], index: int) -> list[str]:
    masked = list(row)
    masked[index] = "(email hidden)" if masked[index].strip() else ""
    return masked
