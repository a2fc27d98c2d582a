"""read_items: every record becomes one item or one error, with the right line, fields and keys."""

from __future__ import annotations

import dataclasses
import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from feedback.domain.importers import Format, ImportFileError, ParsedItem, RowError, read_items
from feedback.domain.importers.values import sha256_hex

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def _read(path: Path, fmt: Format | None = None, mapping: dict[str, str] | None = None) -> list[ParsedItem]:
    records = list(read_items(path, fmt, mapping))
    assert all(isinstance(record, ParsedItem) for record in records), records
    return [record for record in records if isinstance(record, ParsedItem)]


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("feedback_report.txt", [2, 3, 4]),
        ("feedback_report_utf16.txt", [2, 3]),
        ("feedback_report_uk.txt", [2, 3]),
        ("reviews_2023.jsonl", [1, 2, 3]),
        ("reviews_2023.jsonl.gz", [1, 2, 3]),
        ("reviews_2023_download", [1, 2, 3]),
        ("reviews_2018.json", [1, 2]),
        ("amazon_reviews_us_sample.tsv", [2, 3, 4]),  # a stray quote in line 3 swallows nothing
        ("excel_cp1252.csv", [2, 3, 5]),  # line 3's quoted cell runs onto line 4
        ("semicolon_utf8_bom.csv", [2, 3]),
    ],
)
def test_each_record_of_a_good_file_becomes_an_item(name: str, lines: list[int]) -> None:
    assert [item.line for item in _read(DATA / name)] == lines


@pytest.mark.parametrize(
    ("name", "index", "expected"),
    [
        ("feedback_report.txt", 0, {
            "kind": "feedback", "source": "amazon_feedback",
            "source_key": "amazon_feedback:112-4534187-9920261",
            "text": "Item never arrived and no reply to my messages.", "rating": 1.0,
            "posted_at": datetime(2024, 3, 5, tzinfo=UTC), "order_id": "112-4534187-9920261",
            "response": None, "product": None, "title": None, "author_name": None}),
        ("feedback_report.txt", 1, {
            "text": 'Box was crushed, "like new" it was not.', "posted_at": datetime(2024, 3, 6, tzinfo=UTC),
            "response": "We are sorry, a replacement is on its way."}),
        ("feedback_report.txt", 2, {"author_hash": None, "posted_at": datetime(2024, 3, 7, tzinfo=UTC)}),
        ("feedback_report_utf16.txt", 0, {
            "text": "Déçu : produit cassé", "posted_at": datetime(2024, 2, 29, tzinfo=UTC)}),
        ("feedback_report_utf16.txt", 1, {"text": 'Schnell geliefert, aber "neu" war es nicht'}),
        # 05/03/2024 is read day-first because a later row has 25/03/2024
        ("feedback_report_uk.txt", 0, {"posted_at": datetime(2024, 3, 5, tzinfo=UTC)}),
        ("reviews_2023.jsonl", 0, {
            "kind": "review", "source": "amazon_reviews_2023",
            "source_key": "amazon_reviews_2023:AGKHLEW2SOWHNMFQIJGBECAF7INQ:B00YQ6X8EO:1588687728923",
            "product": "B00YQ6X8EO", "parent_product": "B00YQ6X8EO", "rating": 5.0,
            "title": "Such a lovely scent but not overpowering",
            "text": "This spray is really nice. It smells really good.\nI love it!",
            "posted_at": datetime(2020, 5, 5, 14, 8, 48, 923000, tzinfo=UTC), "verified": True,
            "helpful_votes": 0, "author_name": None, "order_id": None}),
        ("reviews_2023.jsonl", 1, {
            "text": "The hinge snapped & the seller never replied.", "parent_product": "B08BBQ29N5",
            "verified": False, "helpful_votes": 12}),
        ("reviews_2023.jsonl", 2, {"text": "", "title": "Meh"}),
        ("reviews_2018.json", 0, {
            "source": "amazon_reviews_2018",
            "source_key": "amazon_reviews_2018:A1HP7NVNPFMA4N:0700026657:1409702400",
            "author_name": "Ambrose75", "helpful_votes": 1234, "verified": True, "rating": 5.0,
            "title": "but when you do it's great.", "posted_at": datetime(2014, 9, 3, tzinfo=UTC)}),
        ("reviews_2018.json", 1, {"text": "", "title": "Not worth it", "helpful_votes": None}),
        ("amazon_reviews_us_sample.tsv", 0, {
            "source": "csv", "source_key": "csv:RDIJS7QYB6XNR", "product": "B00EDBY7X8",
            "parent_product": "122952789", "text": "Excellent!!!\nKids love it", "title": "Five Stars",
            "posted_at": datetime(2015, 8, 31, tzinfo=UTC), "verified": True, "helpful_votes": 0}),
        ("amazon_reviews_us_sample.tsv", 1, {
            "title": '"Good" quality? No', "text": '"Broke on day one, and the rest fell apart soon after'}),
        ("excel_cp1252.csv", 0, {
            "text": "\u201cPerfect for my caf\u00e9\u201d \u2013 would buy again",
            "author_name": "Ren\u00e9e",
            "source_key": "csv:R100", "rating": 5.0}),
        ("excel_cp1252.csv", 1, {"text": "It\u2019s OK\nbut the lid leaks", "title": "Not great"}),
        ("excel_cp1252.csv", 2, {"title": None, "author_name": None}),
        ("semicolon_utf8_bom.csv", 0, {"rating": 4.5, "author_name": "Jürgen", "product": "B0C1234567"}),
        ("semicolon_utf8_bom.csv", 1, {"posted_at": datetime(2024, 3, 6, 13, 30, tzinfo=UTC)}),
    ],
)  # fmt: skip
def test_item_fields(name: str, index: int, expected: dict[str, object]) -> None:
    item = _read(DATA / name)[index]
    assert {field: getattr(item, field) for field in expected} == expected


@pytest.mark.parametrize(
    ("name", "errors"),
    [
        ("feedback_report_errors.txt", [
            (2, "Rating", 'Rating "six" is not a number from 1 to 5'),
            (3, "Date", 'Date "tomorrow" is not a date; use M/D/YYYY'),
            (4, "Order ID", "Order ID is empty"),
            (5, "record", "Record has 3 columns where the header has 6"),
            (7, "Rating", 'Rating "0" is not a number from 1 to 5'),
            (8, "Comments", "Comments is empty"),
            (9, "Date", 'Date "13/13/2024" is not a date'),
        ]),
        ("reviews_2023_errors.jsonl", [
            (2, "record", "Line is not valid JSON (Unterminated string"),
            (3, "rating", 'rating "six" is not a number from 1 to 5'),
            (4, "rating", 'rating "7" is not a number from 1 to 5'),
            (5, "user_id", "user_id is missing"),
            (7, "record", "Line is not a JSON object"),
            (8, "text", "text and title are both empty"),
            (9, "timestamp", 'timestamp "yesterday" is not a time in seconds or milliseconds'),
            (10, "helpful_vote", 'helpful_vote "many" is not a whole number'),
        ]),
        ("csv_errors.csv", [  # the first record spans lines 2-4
            (5, "stars", 'stars "six" is not a number from 1 to 5'),
            (6, "date", 'date "31/31/2024" is not a date'),
            (7, "text", "text is empty"),
            (8, "record", "Record has 4 columns where the header has 7"),
            (9, "verified", 'verified "maybe" is not yes or no'),
            (10, "helpful", 'helpful "lots" is not a whole number of votes'),
        ]),
    ],
)  # fmt: skip
def test_bad_records_become_row_errors(name: str, errors: list[tuple[int, str, str]]) -> None:
    records = list(read_items(DATA / name))
    found = [record for record in records if isinstance(record, RowError)]
    assert [(error.line, error.field) for error in found] == [(line, field) for line, field, _ in errors]
    for error, (_line, _field, message) in zip(found, errors, strict=True):
        assert error.message.startswith(message)
        assert 0 < len(error.raw) <= 500
    lines = [record.line for record in records]
    assert lines == sorted(lines)  # file order; every non-blank record accounted for
    assert len(records) == len(set(lines))


def test_row_error_raw_is_the_record_text() -> None:
    error = next(r for r in read_items(DATA / "csv_errors.csv") if isinstance(r, RowError))
    assert error.raw == "2,B001,six,Bad rating,2024-03-05,yes,0"


def test_the_email_is_never_kept() -> None:
    emails = ("jane.buyer@example.com", "mark.t@example.org", "claude@example.fr", "six@example.com")
    records = [
        *read_items(DATA / "feedback_report.txt"),
        *read_items(DATA / "feedback_report_utf16.txt"),
        *read_items(DATA / "feedback_report_errors.txt"),
    ]
    for record in records:
        for value in dataclasses.astuple(record):
            assert not any(email in str(value).lower() for email in emails), record
    hashes = [r.author_hash for r in records if isinstance(r, ParsedItem)]
    assert hashes[0] == sha256_hex("jane.buyer@example.com")


@pytest.mark.parametrize(
    "name",
    ["feedback_report.txt", "reviews_2023.jsonl", "reviews_2018.json", "amazon_reviews_us_sample.tsv",
     "excel_cp1252.csv", "semicolon_utf8_bom.csv"],
)  # fmt: skip
def test_keys_are_stable_unique_and_short(name: str) -> None:
    first = [item.source_key for item in _read(DATA / name)]
    assert first == [item.source_key for item in _read(DATA / name)]
    assert len(set(first)) == len(first)
    assert all(len(key) <= 200 for key in first)


def test_compressed_and_plain_copies_give_the_same_keys() -> None:
    plain = _read(DATA / "reviews_2023.jsonl")
    assert _read(DATA / "reviews_2023.jsonl.gz") == plain


def test_csv_without_ids_dedups_an_overlapping_export(tmp_path: Path) -> None:
    header = "asin,rating,text,date,author\n"
    rows = ["B01,5,Great,2024-03-05,Ann\n", "B01,1,Awful,2024-03-06,Bob\n", "B02,3,Fine,3/7/2024,Cy\n"]
    first, second = tmp_path / "march.csv", tmp_path / "march-again.csv"
    first.write_text(header + "".join(rows[:2]))
    # A later export of the same reviews: another order, CRLF line ends, another date spelling, one new row.
    second.write_bytes((header + rows[2] + rows[1] + rows[0].replace("2024-03-05", "3/5/2024")).encode())
    second.write_bytes(second.read_bytes().replace(b"\n", b"\r\n"))
    keys_first = {item.source_key for item in _read(first)}
    keys_second = {item.source_key for item in _read(second)}
    assert keys_first < keys_second
    assert all(key.startswith("csv:sha256:") for key in keys_second)


def test_csv_feedback_kind_uses_the_order_key() -> None:
    mapping = {"text": "Comments", "rating": "Rating", "order_id": "Order ID", "kind": "feedback"}
    csv_items = _read(DATA / "feedback_report.txt", Format.CSV, mapping)
    native = _read(DATA / "feedback_report.txt")
    assert [i.source_key for i in csv_items] == [i.source_key for i in native]
    assert {i.kind for i in csv_items} == {"feedback"}


def test_a_forced_format_reads_the_file_that_way() -> None:
    items = _read(DATA / "feedback_report.txt", Format("csv"))  # guessed mapping, kind review
    assert [i.source for i in items] == ["csv"] * 3
    assert items[0].order_id == "112-4534187-9920261"


@pytest.mark.parametrize(
    ("name", "fmt", "message"),
    [
        ("semicolon_utf8_bom.csv", Format.AMAZON_FEEDBACK,
         "missing the feedback report columns Comments, Order ID; the columns found are asin, rating, title"),
        ("feedback_report.txt", Format.AMAZON_REVIEWS_2023, "is not JSON Lines"),
        ("reviews_2023.jsonl", Format.AMAZON_FEEDBACK, "is JSON Lines, not a table"),
        ("reviews_2018.json", Format.CSV, "is JSON Lines, not a table, so it cannot be read as a CSV file"),
    ],
)  # fmt: skip
def test_unusable_header_raises_before_reading(name: str, fmt: Format, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        read_items(DATA / name, fmt)


def test_a_header_only_file_has_no_records(tmp_path: Path) -> None:
    path = tmp_path / "header.txt"
    path.write_text("Date\tRating\tComments\tResponse\tOrder ID\tRater Email\n")
    assert list(read_items(path)) == []


def test_truncated_gzip_raises_after_the_records_it_could_read(tmp_path: Path) -> None:
    line = (DATA / "reviews_2023.jsonl").read_bytes().splitlines(keepends=True)[0]
    data = gzip.compress(line * 5000)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    read = 0
    with pytest.raises(ImportFileError, match="is damaged or cut short after line"):
        for _record in read_items(path):
            read += 1
    assert read > 0


def test_a_utf8_file_with_a_stray_windows_byte_past_the_head(tmp_path: Path) -> None:
    filler = "".join(f"R{n},Fine product number {n}\n" for n in range(6000))  # about 150 KB of UTF-8
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"id,text\n" + filler.encode() + "R-last,caf\u00e9 \u201cok\u201d\n".encode("cp1252"))
    items = _read(path)
    assert items[-1].text == "caf\u00e9 \u201cok\u201d"
    assert len(items) == 6001


def test_long_ids_are_hashed_into_short_keys(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("review_id,text\n" + "X" * 300 + ",fine\n")
    [item] = _read(path)
    assert item.source_key.startswith("csv:sha256:")
    assert len(item.source_key) <= 200
