"""Delimited layouts: which delimiter, whether quotes mean anything, and records with their lines."""

from __future__ import annotations

import csv
import io

import pytest

from feedback.domain.importers.sniff import Head
from feedback.domain.importers.tabular import BadRecord, records, sniff_layout


def _head(text: str) -> Head:
    return Head(text=text, encoding="utf-8", compression=None, complete=True)


@pytest.mark.parametrize(
    ("text", "delimiter", "headers"),
    [
        ("a,b,c\n1,2,3\n", ",", ["a", "b", "c"]),
        ("a\tb\tc\n1,5\t2\t3\n", "\t", ["a", "b", "c"]),  # commas inside tab-separated cells
        ("a;b;c\n1,5;2;3\n", ";", ["a", "b", "c"]),  # comma decimals in a semicolon file
        ('"a,1";b\n"x";y\n', ";", ["a,1", "b"]),
        ("text\nhello\n", ",", ["text"]),  # one column
        (" Date \t\ufeffRating\n", "\t", ["Date", "Rating"]),
    ],
)
def test_sniff_delimiter_and_headers(text: str, delimiter: str, headers: list[str]) -> None:
    layout = sniff_layout(_head(text))
    assert (layout.delimiter, layout.headers) == (delimiter, headers)


HEADER = "Date\tRating\tComments\tOrder ID\n"


@pytest.mark.parametrize(
    ("body", "quoting"),
    [
        ("3/5/24\t1\tfine\t1\n", csv.QUOTE_NONE),  # no quotes at all: Amazon's own files never quote
        ('3/5/24\t1\t"broken seller\t1\n3/6/24\t2\tok"\t2\n', csv.QUOTE_NONE),  # stray quote
        ('3/5/24\t1\t"great" seller\t1\n', csv.QUOTE_NONE),
        ('3/5/24\t1\t"great"\t1\n', csv.QUOTE_NONE),  # quotes that need no quoting are the buyer's
        ('3/5/24\t1\t"he said ""fast"""\t1\n', csv.QUOTE_MINIMAL),  # Excel doubles quotes
        ('3/5/24\t1\t"two\nlines"\t1\n', csv.QUOTE_MINIMAL),  # Excel quotes line breaks
    ],
)
def test_tab_files_use_quotes_only_where_a_spreadsheet_wrote_them(body: str, quoting: int) -> None:
    assert sniff_layout(_head(HEADER + body)).quoting == quoting


def test_quoted_header_means_quoted_file() -> None:
    assert sniff_layout(_head('"Date"\t"Rating"\n"3/5/24"\t"1"\n')).quoting == csv.QUOTE_MINIMAL


def test_records_number_physical_lines_and_skip_blank_ones() -> None:
    text = 'a,b\r\n\r\n1,"x\r\ny"\r\n   \r\n2,z\r\n'
    layout = sniff_layout(_head(text))
    numbered = list(records(io.StringIO(text, newline=""), layout))
    assert numbered == [(1, ["a", "b"]), (3, ["1", "x\r\ny"]), (6, ["2", "z"])]


def test_a_record_the_csv_module_rejects_does_not_stop_the_rest() -> None:
    limit = csv.field_size_limit()
    text = 'a,b\n1,"' + "x" * (limit + 10) + '"\n2,ok\n'
    layout = sniff_layout(_head("a,b\n1,2\n"))
    numbered = list(records(io.StringIO(text, newline=""), layout))
    assert numbered[0] == (1, ["a", "b"])
    assert isinstance(numbered[1][1], BadRecord)
    assert numbered[1][0] == 2
    assert numbered[-1] == (3, ["2", "ok"])
