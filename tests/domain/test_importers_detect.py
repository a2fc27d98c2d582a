"""Format, encoding and compression detection from the head of a file."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from feedback.domain.importers import Format, ImportFileError, detect, read_items

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.mark.parametrize(
    ("name", "fmt", "encoding", "compression", "delimiter", "preset", "reason"),
    [
        ("feedback_report.txt", Format.AMAZON_FEEDBACK, "utf-8", None, "\t", None,
         "Tab-separated file with columns Date, Rating, Comments, Response, Order ID, Rater Email: "
         "an Amazon seller feedback report."),
        ("feedback_report_utf16.txt", Format.AMAZON_FEEDBACK, "utf-16", None, "\t", None,
         "Tab-separated file (UTF-16) with columns date, rating, comments, Arrived on Time"),
        ("reviews_2023.jsonl", Format.AMAZON_REVIEWS_2023, "utf-8", None, None, None,
         "Amazon Reviews 2023 (McAuley Lab) reviews."),
        ("reviews_2023.jsonl.gz", Format.AMAZON_REVIEWS_2023, "utf-8", "gzip", None, None,
         "JSON Lines (gzip-compressed) with fields rating, title, text"),
        ("reviews_2023_download", Format.AMAZON_REVIEWS_2023, "utf-8", "gzip", None, None, "gzip-compressed"),
        ("reviews_2018.json", Format.AMAZON_REVIEWS_2018, "utf-8", None, None, None,
         "the 2018 Amazon review dump."),
        ("amazon_reviews_us_sample.tsv", Format.CSV, "utf-8", None, "\t", "amazon_reviews_us",
         "an Amazon Customer Reviews dataset file; its columns are mapped for you."),
        ("excel_cp1252.csv", Format.CSV, "cp1252", None, ",", None,
         "Comma-separated file (Windows-1252) with columns Review ID, Product, Stars"),
        ("semicolon_utf8_bom.csv", Format.CSV, "utf-8-sig", None, ";", None,
         "Semicolon-separated file with columns asin, rating, title, text, date, author"),
        ("csv_errors.csv", Format.CSV, "utf-8", None, ",", None, "check which column holds what"),
    ],
)  # fmt: skip
def test_detects_format_encoding_and_compression(
    name: str, fmt: Format, encoding: str, compression: str | None, delimiter: str | None, preset: str | None,
    reason: str,
) -> None:  # fmt: skip
    detection = detect(DATA / name)
    assert detection.format is fmt
    assert detection.encoding == encoding
    assert detection.compressed is (compression is not None)
    assert detection.compression == compression
    assert detection.delimiter == delimiter
    assert detection.preset == preset
    assert reason in detection.reason


def test_headers_are_the_file_columns_without_bom() -> None:
    headers = ["asin", "rating", "title", "text", "date", "author"]
    assert detect(DATA / "semicolon_utf8_bom.csv").headers == headers
    assert detect(DATA / "reviews_2023.jsonl").headers[:3] == ["rating", "title", "text"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", '"empty.csv" is empty'),
        ("image.png", '"image.png" is a PNG image'),
        ("workbook.xlsx", "this looks like an Excel workbook"),
        ("metadata_2023.jsonl", "holds product metadata"),
    ],
)
def test_unusable_fixture_files_raise(name: str, message: str) -> None:
    with pytest.raises(ImportFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        detect(DATA / name)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\xef\xbb\xbf \r\n\r\n", "is empty"),
        (b'[{"rating": 5}]\n', "is a JSON array"),
        (b"<!DOCTYPE html><html><body>Sign in</body></html>", "is a web page"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "Excel 97-2003 workbook"),
        (b"PK\x03\x04" + bytes(26) + b"data.csv", "a ZIP archive; extract"),
        (b"%PDF-1.7\n", "a PDF document"),
        (bytes(range(256)) * 20, "is not a text file"),
        (b'{"rating": 5, "text": "cut\n', "first line is not valid JSON"),
        (b"\x1f\x8b\x08\x00garbage", "cannot be read as a gzip-compressed file"),
    ],
)
def test_unusable_content_raises_with_advice(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "upload.bin"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message) as caught:
        detect(path)
    assert str(caught.value).startswith('"upload.bin"')


def test_messages_use_the_given_display_name(tmp_path: Path) -> None:
    path = tmp_path / "tmp8x1f3"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError, match=r'^"My Feedback\.txt" is empty'):
        detect(path, name="My Feedback.txt")


def test_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="was not found"):
        detect(tmp_path / "gone.csv")


def test_unknown_json_lines_have_no_format(tmp_path: Path) -> None:
    path = tmp_path / "other.jsonl"
    path.write_text('{"id": 1, "stars": 4, "body": "fine"}\n')
    detection = detect(path)
    assert detection.format is None
    assert detection.headers == ["id", "stars", "body"]
    assert "not a review dump we know" in detection.reason
    with pytest.raises(ImportFileError, match="Choose its format by hand"):
        read_items(path)


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("utf-16-le", b"", "utf-16-le"),
        ("utf-16-be", b"", "utf-16-be"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-8", b"", "utf-8"),
        ("cp1252", b"", "cp1252"),
    ],
)
def test_detects_text_encodings(tmp_path: Path, encoding: str, bom: bytes, expected: str) -> None:
    path = tmp_path / "export.csv"
    text = "Review,Stars\r\n\u201cCaf\u00e9 au lait\u201d \u2013 superb,5\r\n"
    path.write_bytes(bom + text.encode(encoding))
    detection = detect(path)
    assert detection.encoding == expected
    assert detection.headers == ["Review", "Stars"]
    [item] = read_items(path)
    assert item.text == "\u201cCaf\u00e9 au lait\u201d \u2013 superb"  # type: ignore[union-attr]


def test_gzip_with_a_feedback_report_inside(tmp_path: Path) -> None:
    path = tmp_path / "report.txt.gz"
    path.write_bytes(gzip.compress((DATA / "feedback_report.txt").read_bytes()))
    detection = detect(path)
    assert (detection.format, detection.compression) == (Format.AMAZON_FEEDBACK, "gzip")
    assert "(gzip-compressed)" in detection.reason
