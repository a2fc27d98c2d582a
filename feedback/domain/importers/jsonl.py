"""Read the JSON Lines review dumps: McAuley Lab Amazon Reviews 2023 and the older 2018 dump."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import IO, Any

from .dates import DATE_FORMS_HINT, epoch_to_datetime, parse_date
from .model import KIND_REVIEW, Format, ParsedItem, RowError
from .values import (
    RecordProblem,
    clean_text,
    hash_user_id,
    make_key,
    optional_text,
    parse_count,
    parse_flag,
    parse_rating,
    shown,
    truncate_raw,
)

# Keys that name each dump; detection needs only the first object to carry some of them.
KEYS_2023 = frozenset({"rating", "title", "text", "asin", "parent_asin", "user_id", "timestamp"})
KEYS_2018 = frozenset({"reviewerID", "asin", "reviewText", "overall", "summary", "unixReviewTime"})
# McAuley Lab product metadata files sit beside the review files and are easy to pick by mistake.
KEYS_METADATA = frozenset({"main_category", "average_rating", "rating_number", "features", "store"})


def _required_id(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise RecordProblem(key, f"{key} is missing; every review needs it to be told apart from the others")
    return value.strip()


def _epoch(obj: dict[str, Any], key: str) -> tuple[str, datetime]:
    """Return (the value as key text, its datetime) for an epoch seconds/milliseconds field."""
    value = obj.get(key)
    if value is None:
        raise RecordProblem(key, f"{key} is missing; every review needs its date")
    try:
        number = int(float(value.strip())) if isinstance(value, str) else int(value)
        if isinstance(value, bool):
            raise ValueError(value)
        return str(number), epoch_to_datetime(number)
    except (ValueError, TypeError, OverflowError, OSError):
        message = f"{key} {shown(str(value))} is not a time in seconds or milliseconds since 1970"
        raise RecordProblem(key, message) from None


def _rating(obj: dict[str, Any], key: str) -> float:
    rating = parse_rating(obj.get(key))
    if rating is None:
        raise RecordProblem(key, f"{key} {shown(str(obj.get(key)))} is not a number from 1 to 5")
    return rating


def _texts(obj: dict[str, Any], title_key: str, text_key: str) -> tuple[str | None, str]:
    title = optional_text(obj.get(title_key))
    text = clean_text(obj.get(text_key))
    if not text and not title:
        raise RecordProblem(
            text_key, f"{text_key} and {title_key} are both empty; a review needs one of them"
        )
    return title, text


def _flag(obj: dict[str, Any], key: str) -> bool | None:
    try:
        return parse_flag(obj.get(key))
    except ValueError:
        raise RecordProblem(key, f"{key} {shown(str(obj.get(key)))} is not true or false") from None


def _count(obj: dict[str, Any], key: str) -> int | None:
    try:
        return parse_count(obj.get(key))
    except ValueError:
        raise RecordProblem(key, f"{key} {shown(str(obj.get(key)))} is not a whole number of votes") from None


def item_2023(line: int, obj: dict[str, Any]) -> ParsedItem:
    """Return the review one Amazon Reviews 2023 object holds; raise RecordProblem saying what is wrong."""
    user_id = _required_id(obj, "user_id")
    asin = _required_id(obj, "asin")
    stamp, posted_at = _epoch(obj, "timestamp")
    rating = _rating(obj, "rating")
    title, text = _texts(obj, "title", "text")
    parent = obj.get("parent_asin")
    return ParsedItem(
        line=line,
        kind=KIND_REVIEW,
        source=Format.AMAZON_REVIEWS_2023.value,
        source_key=make_key(Format.AMAZON_REVIEWS_2023.value, user_id, asin, stamp),
        product=asin,
        title=title,
        text=text,
        rating=rating,
        posted_at=posted_at,
        order_id=None,
        author_hash=hash_user_id(user_id),
        author_name=None,
        response=None,
        verified=_flag(obj, "verified_purchase"),
        helpful_votes=_count(obj, "helpful_vote"),
        parent_product=(parent.strip() or None) if isinstance(parent, str) else None,
    )


def item_2018(line: int, obj: dict[str, Any]) -> ParsedItem:
    """Return the review one 2018-dump object holds; raise RecordProblem saying what is wrong."""
    reviewer = _required_id(obj, "reviewerID")
    asin = _required_id(obj, "asin")
    review_time = obj.get("reviewTime")
    if obj.get("unixReviewTime") is None and isinstance(review_time, str):
        # Some converted dumps dropped unixReviewTime; reviewTime ("09 3, 2014") names the same day.
        parsed = parse_date(review_time)
        if parsed is None:
            raise RecordProblem(
                "reviewTime", f"reviewTime {shown(review_time)} is not a date; {DATE_FORMS_HINT}"
            )
        stamp, posted_at = str(int(parsed.timestamp())), parsed
    else:
        stamp, posted_at = _epoch(obj, "unixReviewTime")
    rating = _rating(obj, "overall")
    title, text = _texts(obj, "summary", "reviewText")
    return ParsedItem(
        line=line,
        kind=KIND_REVIEW,
        source=Format.AMAZON_REVIEWS_2018.value,
        source_key=make_key(Format.AMAZON_REVIEWS_2018.value, reviewer, asin, stamp),
        product=asin,
        title=title,
        text=text,
        rating=rating,
        posted_at=posted_at,
        order_id=None,
        author_hash=hash_user_id(reviewer),
        author_name=optional_text(obj.get("reviewerName")),
        response=None,
        verified=_flag(obj, "verified"),
        helpful_votes=_count(obj, "vote"),
    )


def _json_problem(line: str) -> str:
    # Parse again without the line break so a cut-off line reads "Unterminated string", not "control
    # character"; errors are rare, so the second parse costs nothing overall.
    advice = "each line must hold one complete JSON object"
    try:
        json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        return f"Line is not valid JSON ({error.msg}, column {error.colno}); {advice}"
    except ValueError as error:
        return f"Line is not valid JSON ({error}); {advice}"
    return f"Line is not valid JSON; {advice}"


def read_jsonl(stream: IO[str], fmt: Format) -> Iterator[ParsedItem | RowError]:
    """Yield one ParsedItem or RowError per non-blank line of a reviews JSON Lines stream."""
    convert: Callable[[int, dict[str, Any]], ParsedItem]
    convert = item_2023 if fmt is Format.AMAZON_REVIEWS_2023 else item_2018
    loads = json.loads
    for number, line in enumerate(stream, 1):
        try:
            obj = loads(line)
        except ValueError:
            if line.isspace():
                continue
            yield RowError(number, "record", _json_problem(line), truncate_raw(line))
            continue
        if not isinstance(obj, dict):
            yield RowError(number, "record", "Line is not a JSON object", truncate_raw(line))
            continue
        try:
            yield convert(number, obj)
        except RecordProblem as problem:
            yield RowError(number, problem.field, problem.message, truncate_raw(line))
