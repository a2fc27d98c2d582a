"""Column mappings for CSV imports: guesses from header names, presets for the Amazon dumps, validation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .model import KIND_FEEDBACK, KIND_REVIEW, MAPPABLE_FIELDS, ImportFileError
from .tabular import normalise_header

FIELD_NAMES = tuple(field for field, _label, _required in MAPPABLE_FIELDS)
_LABELS = {field: label for field, label, _required in MAPPABLE_FIELDS}

# Field -> normalised header names, best first. Exact names only: "reviewer_name" is an author, but a header
# merely containing "name" (product_name) is not.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "text": (
        "reviewbody", "reviewtext", "text", "body", "comment", "comments", "review", "content",
        "reviewcontent", "feedback", "feedbacktext", "commenttext", "message",
    ),
    "title": ("reviewheadline", "summary", "title", "headline", "reviewtitle", "subject"),
    "rating": (
        "starrating", "overall", "rating", "stars", "score", "reviewrating", "reviewstars", "starcount",
    ),
    "date": (
        "reviewdate", "unixreviewtime", "date", "timestamp", "reviewtime", "createtime", "createdat",
        "created", "dateposted", "posteddate", "submissiondate", "publishedat", "datetime", "time",
    ),
    "product": ("productid", "asin", "product", "productasin", "sku", "itemid"),
    "parent_product": ("productparent", "parentasin"),
    "external_id": ("reviewid", "id", "reviewuuid"),
    "order_id": ("orderid", "amazonorderid", "ordernumber", "order"),
    "author": (
        "author", "reviewername", "authorname", "reviewer", "username", "customername", "displayname",
        "profilename", "name",
    ),
    "author_id": ("reviewerid", "customerid", "userid", "authorid", "raterid", "buyerid"),
    "email": ("rateremail", "email", "buyeremail", "customeremail", "revieweremail", "emailaddress"),
    "response": ("response", "sellerresponse", "yourresponse", "reply", "reviewreply", "ownerresponse"),
    "verified": ("verifiedpurchase", "verified"),
    "helpful_votes": ("helpfulvotes", "helpfulvote", "vote", "votes", "helpful", "helpfulcount"),
}  # fmt: skip

PRESETS: dict[str, dict[str, str]] = {
    # The tab-separated amazon_reviews_us_*_v1_00.tsv files of the Amazon Customer Reviews dataset.
    "amazon_reviews_us": {
        "text": "review_body",
        "title": "review_headline",
        "rating": "star_rating",
        "date": "review_date",
        "product": "product_id",
        "parent_product": "product_parent",
        "external_id": "review_id",
        "author_id": "customer_id",
        "verified": "verified_purchase",
        "helpful_votes": "helpful_votes",
    },
    # The 2018 dump after a JSON-to-CSV conversion (the JSON file itself is Format.AMAZON_REVIEWS_2018).
    "amazon_reviews_2018": {
        "text": "reviewText",
        "title": "summary",
        "rating": "overall",
        "date": "unixReviewTime",
        "product": "asin",
        "author": "reviewerName",
        "author_id": "reviewerID",
        "verified": "verified",
        "helpful_votes": "vote",
    },
}


def suggest_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Guess field -> column from a file's header names; each column is used at most once."""
    by_norm: dict[str, str] = {}
    for header in headers:
        by_norm.setdefault(normalise_header(header), header)
    used: set[str] = set()
    mapping: dict[str, str] = {}
    for field in FIELD_NAMES:
        for synonym in _SYNONYMS[field]:
            column = by_norm.get(synonym)
            if column is not None and column not in used:
                mapping[field] = column
                used.add(column)
                break
    return mapping


def matching_preset(headers: Sequence[str]) -> str | None:
    """Return the name of the preset whose columns all appear in headers, if any."""
    present = set(headers)
    for name, mapping in PRESETS.items():
        if set(mapping.values()) <= present:
            return name
    return None


@dataclass(frozen=True, slots=True)
class Plan:
    """A mapping checked against a header: column index (or None) and file column name for each field."""

    columns: dict[str, int | None]
    names: dict[str, str]
    text: int  # the one column every row reads
    kind: str
    width: int


def _find(column: str, headers: Sequence[str]) -> int | None:
    for index, header in enumerate(headers):
        if header == column:
            return index
    wanted = normalise_header(column)
    # Fall back to loose matching for mappings typed by hand or saved from a file with other spacing.
    for index, header in enumerate(headers):
        if normalise_header(header) == wanted:
            return index
    return None


def plan_mapping(mapping: Mapping[str, str], headers: Sequence[str], name: str) -> Plan:
    """Check a mapping against a header; raise ImportFileError naming what to fix."""
    found = ", ".join(headers) or "none"
    unknown = sorted(set(mapping) - set(FIELD_NAMES) - {"kind"})
    if unknown:
        raise ImportFileError(f'The column mapping for "{name}" has unknown fields {", ".join(unknown)}.')
    kind = (mapping.get("kind") or KIND_REVIEW).strip().lower()
    if kind not in (KIND_REVIEW, KIND_FEEDBACK):
        raise ImportFileError(f'The kind for "{name}" must be "review" or "feedback", not "{kind}".')
    columns: dict[str, int | None] = dict.fromkeys(FIELD_NAMES)
    names: dict[str, str] = {}
    missing: list[str] = []
    for field in FIELD_NAMES:
        column = (mapping.get(field) or "").strip()
        if not column:
            continue
        index = _find(column, headers)
        if index is None:
            missing.append(f'"{column}" ({_LABELS[field]})')
        else:
            columns[field], names[field] = index, headers[index]
    if missing:
        raise ImportFileError(
            f'"{name}" has no column {", ".join(missing)}; the columns found are {found}. Fix the mapping.'
        )
    text = columns["text"]
    if text is None:
        raise ImportFileError(
            f'"{name}" has no column mapped to the review text; map one of its columns ({found}) to '
            f'"{_LABELS["text"]}".'
        )
    return Plan(columns=columns, names=names, text=text, kind=kind, width=len(headers))
