"""Read any delimited file with a header through a column mapping."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime

from .dates import DateParser
from .mapping import Plan, plan_mapping, suggest_mapping
from .model import KIND_FEEDBACK, Format, ImportFileError, ParsedItem, RowError
from .tabular import BadRecord, Layout, Numbered, date_order, fits
from .values import (
    RecordProblem,
    clean_text,
    hash_email,
    hash_user_id,
    make_key,
    optional_text,
    parse_count,
    parse_flag,
    parse_rating,
    sha256_hex,
    shown,
    truncate_raw,
)

_SOURCE = Format.CSV.value


def _optional(row: list[str], index: int | None) -> str | None:
    if index is None:
        return None
    return row[index].strip() or None


def _rating(row: list[str], plan: Plan) -> float | None:
    cell = _optional(row, plan.columns["rating"])
    if cell is None:
        return None
    rating = parse_rating(cell)
    if rating is None:
        column = plan.names["rating"]
        raise RecordProblem(column, f"{column} {shown(cell)} is not a number from 1 to 5")
    return rating


def _date(row: list[str], plan: Plan, dates: DateParser) -> datetime | None:
    cell = _optional(row, plan.columns["date"])
    if cell is None:
        return None
    posted_at = dates(cell)
    if posted_at is None:
        column = plan.names["date"]
        raise RecordProblem(column, f"{column} {shown(cell)} is not a date; {dates.hint}")
    return posted_at


def _extras(row: list[str], plan: Plan) -> tuple[bool | None, int | None]:
    verified = votes = None
    cell = _optional(row, plan.columns["verified"])
    if cell is not None:
        try:
            verified = parse_flag(cell)
        except ValueError:
            column = plan.names["verified"]
            raise RecordProblem(
                column, f"{column} {shown(cell)} is not yes or no (Y/N, true/false)"
            ) from None
    cell = _optional(row, plan.columns["helpful_votes"])
    if cell is not None:
        try:
            votes = parse_count(cell)
        except ValueError:
            column = plan.names["helpful_votes"]
            raise RecordProblem(column, f"{column} {shown(cell)} is not a whole number of votes") from None
    return verified, votes


def _item(line: int, row: list[str], plan: Plan, dates: DateParser) -> ParsedItem:
    """Return the review or feedback a row holds; raise RecordProblem saying what is wrong with it."""
    if not fits(row, plan.width):
        message = (
            f"Record has {len(row)} columns where the header has {plan.width}; "
            "a delimiter or quote inside a cell may have split it"
        )
        raise RecordProblem("record", message)
    cols = plan.columns
    text = clean_text(row[plan.text])
    title_index = cols["title"]
    title = optional_text(row[title_index]) if title_index is not None else None
    if not text and not title:
        column = plan.names["text"]
        raise RecordProblem(column, f"{column} is empty; each row needs the review text (or a title)")
    rating = _rating(row, plan)
    posted_at = _date(row, plan, dates)
    verified, votes = _extras(row, plan)
    product = _optional(row, cols["product"])
    order_id = _optional(row, cols["order_id"])
    author = optional_text(row[cols["author"]]) if cols["author"] is not None else None
    email = _optional(row, cols["email"])
    author_id = _optional(row, cols["author_id"])
    author_hash = hash_email(email) if email else hash_user_id(author_id) if author_id else None
    external_id = _optional(row, cols["external_id"])
    if external_id:
        key = make_key(_SOURCE, external_id)
    elif plan.kind == KIND_FEEDBACK and order_id:
        # One feedback per order whatever file it came in: a report re-saved as CSV dedups with the original.
        key = make_key(Format.AMAZON_FEEDBACK.value, order_id)
    else:
        stamp = posted_at.isoformat() if posted_at else ""
        parts = (product or "", stamp, author or "", author_hash or "", title or "", text, repr(rating))
        key = f"{_SOURCE}:sha256:{sha256_hex(chr(31).join(parts))}"
    return ParsedItem(
        line=line,
        kind=plan.kind,
        source=_SOURCE,
        source_key=key,
        product=product,
        title=title,
        text=text,
        rating=rating,
        posted_at=posted_at,
        order_id=order_id,
        author_hash=author_hash,
        author_name=author,
        response=optional_text(row[cols["response"]]) if cols["response"] is not None else None,
        verified=verified,
        helpful_votes=votes,
        parent_product=_optional(row, cols["parent_product"]),
    )


def read_csv(
    numbered: Numbered, layout: Layout, mapping: Mapping[str, str] | None, name: str
) -> Iterator[ParsedItem | RowError]:
    """Check the header and mapping now (raising ImportFileError); return an iterator over the rows.

    Without a mapping, use suggest_mapping's guess.
    """
    first = next(numbered, None)
    if first is None or isinstance(first[1], BadRecord):
        raise ImportFileError(f'"{name}" has no header row; the first line must name the columns.')
    headers = [cell.strip().lstrip("\ufeff") for cell in first[1]]
    plan = plan_mapping(suggest_mapping(headers) if mapping is None else mapping, headers, name)
    return _rows(numbered, plan, layout.delimiter)


def _rows(numbered: Numbered, plan: Plan, delimiter: str) -> Iterator[ParsedItem | RowError]:
    dates, numbered = date_order(numbered, plan.columns["date"])
    email = plan.columns["email"]
    for line, row in numbered:
        if isinstance(row, BadRecord):
            yield RowError(line, "record", row.message, "")
            continue
        try:
            yield _item(line, row, plan, dates)
        except RecordProblem as problem:
            if email is not None and email < len(row) and row[email].strip():
                row = [*row[:email], "(email hidden)", *row[email + 1 :]]
            yield RowError(line, problem.field, problem.message, truncate_raw(delimiter.join(row)))
