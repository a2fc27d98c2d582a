"""Cell parsing shared by the readers: ratings, flags, counts, text cleaning, hashes and keys."""

from __future__ import annotations

import pytest

from feedback.domain.importers.values import (
    clean_text,
    hash_email,
    make_key,
    parse_count,
    parse_flag,
    parse_rating,
    sha256_hex,
    truncate_raw,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5, 5.0), (1.0, 1.0), (4.5, 4.5), ("3", 3.0), (" 4.0 ", 4.0), ("4,5", 4.5), ("4 out of 5 stars", 4.0),
        ("4.0 out of 5", 4.0), ("4/5", 4.0), ("2 stars", 2.0), ("FIVE", 5.0), ("one", 1.0),
        ("six", None), ("0", None), (0, None), ("5.5", None), (7, None), ("", None), (None, None),
        (True, None), ("nan", None), ("inf", None), ([5], None), ("-1", None),
    ],
)  # fmt: skip
def test_parse_rating(value: object, expected: float | None) -> None:
    assert parse_rating(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(True, True), (False, False), (None, None), ("Y", True), ("n", False), ("yes", True), ("FALSE", False),
     ("1", True), ("0", False), ("", None), (" ", None), ("Verified Purchase", True)],
)  # fmt: skip
def test_parse_flag(value: object, expected: bool | None) -> None:
    assert parse_flag(value) is expected


@pytest.mark.parametrize("value", ["maybe", "2", 3])
def test_parse_flag_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        parse_flag(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(3, 3), ("3", 3), ("1,234", 1234), ("", None), (None, None), ("2.0", 2), (0, 0)],
)
def test_parse_count(value: object, expected: int | None) -> None:
    assert parse_count(value) == expected


@pytest.mark.parametrize("value", ["lots", "-1", -2, "1.5.2"])
def test_parse_count_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        parse_count(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  plain  ", "plain"),
        ("one<br />two<BR>three<br/>four", "one\ntwo\nthree\nfour"),
        ("&#34;Good&#34; &amp; cheap", '"Good" & cheap'),
        ("line\r\nbreak\rold mac", "line\nbreak\nold mac"),
        ("Tom & Jerry", "Tom & Jerry"),
        ("hello\x00world", "helloworld"),
        (None, ""),
        (42, "42"),
    ],
)
def test_clean_text(value: object, expected: str) -> None:
    assert clean_text(value) == expected


def test_hash_email_normalises_case_and_spaces() -> None:
    assert hash_email(" Jane.Buyer@Example.COM ") == sha256_hex("jane.buyer@example.com")
    assert hash_email("  ") is None


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("112-4534187-9920261",), "amazon_feedback:112-4534187-9920261"),
        (("A" * 300,), "amazon_feedback:sha256:" + sha256_hex("amazon_feedback:" + "A" * 300)),
    ],
)
def test_make_key_stays_within_200_characters(parts: tuple[str, ...], expected: str) -> None:
    key = make_key("amazon_feedback", *parts)
    assert key == expected
    assert len(key) <= 200


def test_truncate_raw() -> None:
    assert truncate_raw("a\tb\r\n") == "a\tb"
    assert len(truncate_raw("x" * 2000)) == 500
