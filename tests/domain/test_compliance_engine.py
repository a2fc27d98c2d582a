"""The matching engine under the rules: literal prefilter, fast patterns, windows, tries, sentences."""

from __future__ import annotations

import random
import re

import pytest

from feedback.domain.compliance.fastpattern import FastPattern, LiteralScanner, collapse, shape
from feedback.domain.compliance.literals import (
    WORD_START,
    minimal_literals,
    required_literals,
    shape_literals,
    start_strings,
)
from feedback.domain.compliance.text import (
    Sentences,
    flexible_spaces,
    lower_pattern,
    lower_same_length,
    normalise,
    split_alternatives,
    top_level_parts,
    trie_groups,
    trie_regex,
)
from feedback.domain.compliance.widths import match_widths

W = WORD_START


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<!\w)refund(?:s|ed)?", ({W + "refund", W + "refunds", W + "refunded"},)),
        (r"\bfree\b", ({W + "free"},)),
        (r"[a-z0-9.]+@[a-z0-9.]+", ({"@"},)),
        (r"\brave\s+review", ({W + "rave review"},)),
        (r"rave\s+review", ({"rave review"},)),
        (r"a\s+b", ()),  # too common to be worth looking for
        (r"(?:x|y)?z*", ()),
        (r"\w+", ()),
    ],
)
def test_required_literals(pattern: str, expected: tuple[set[str], ...]) -> None:
    assert [set(s) for s in required_literals(pattern)] == [set(s) for s in expected]


def test_two_requirements_come_from_two_parts_of_the_pattern() -> None:
    found = required_literals(r"\b(?:remove|delete) [a-z ]{0,20}\b(?:review|feedback)\b")
    assert len(found) == 2
    assert {W + "remove", W + "delete"} in [set(s) for s in found]


def test_scanner_finds_overlapping_literals_and_respects_word_starts() -> None:
    scanner = LiteralScanner({W + "free gift", W + "gift card", "gift", W + "ree", "@", "ft c"})
    present = scanner.present(collapse("A free gift card, e-mail me@x.org"))
    assert present == {W + "free gift", W + "gift card", "gift", "@", "ft c"}


@pytest.mark.parametrize(
    ("literals", "expected"),
    [
        ({W + "refund", W + "refunds", W + "refunded"}, {W + "refund"}),
        ({"review", W + "reviews", W + "preview"}, {"review"}),  # anywhere covers a word start
        ({W + "you", W + "can you"}, {W + "you"}),  # "you" starts a word inside "can you"
        ({W + "you", "thank you"}, {W + "you"}),  # the space inside puts "you" at a word start
        ({W + "ab", W + "cab"}, {W + "ab", W + "cab"}),  # "ab" inside "cab" does not start a word
        ({"ab", W + "cab"}, {"ab"}),
    ],
)
def test_minimal_literals_drop_only_those_another_literal_implies(
    literals: set[str], expected: set[str]
) -> None:
    assert minimal_literals(frozenset(literals)) == expected


@pytest.mark.parametrize(
    ("literals", "expected"),
    [
        ({W + "refund", W + "refunds"}, {W + "refund"}),  # "refunds" starts with "refund"
        ({W + "joke", W + "a joke"}, {W + "joke", W + "a joke"}),  # "a joke" holds "joke", not at its start
        ({W + "ab", "abc"}, {W + "ab", "abc"}),  # "abc" anywhere does not put "ab" at a word start
        ({"ab", W + "abc"}, {"ab"}),
    ],
)
def test_minimal_literals_for_match_starts_drop_only_longer_starts(
    literals: set[str], expected: set[str]
) -> None:
    assert minimal_literals(frozenset(literals), starts=True) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bfree\b", {"free"}),
        (r"\b(?:update|change)\s+your", {"update your", "change your"}),
        (r"(?<!\w)(?:5|five)\*", {"5*", "five*"}),
        (r"(?:a|b)?c", {"ac", "bc", "c"}),
        (r"\b(?:ab+|c)d", {"ab", "c"}),  # a group that is not one of a few strings ends what is known
        (r"(?:ab)+", {"ab"}),
        (r"\w+ing", None),  # a word character could be anything
        (r"(?:ab)?\w", None),  # one way through starts with no known text
        (r"a|", None),
        ("\nab", None),  # a literal line break: the text is searched with its whitespace read as spaces
    ],
)
def test_start_strings(pattern: str, expected: set[str] | None) -> None:
    found = start_strings(pattern)
    assert (None if found is None else set(found)) == expected


@pytest.mark.parametrize(
    ("pattern", "anchored", "first"),
    [
        (r"\bfree\b", True, {W + "free"}),
        # Both parts are required; the one every match starts with goes first, unreduced to "joke".
        (r"\b(?:a joke|joke)\b[^.]{0,9}\bxyzzy", True, {W + "a joke", W + "joke"}),
        (r"\b\w+ing\s+xyzzy", False, {"ing xyzzy"}),
    ],
)
def test_patterns_are_anchored_where_every_match_starts_with_a_literal(
    pattern: str, anchored: bool, first: set[str]
) -> None:
    fast = FastPattern(pattern)
    assert fast.anchored is anchored
    assert set(fast.requires[0]) == first


@pytest.mark.parametrize(
    ("pattern", "cased", "expected"),
    [
        (r"\b[A-Z]{7,}\b", True, [{"AAAAAAA"}]),
        (r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b", True, [{"AA 00000"}]),
        # Only the shortest strings are kept ("A0 0AA" occurs wherever "AA0 0AA" does).
        (r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b", True, [{"A0 0AA", "A00 0AA", "A0A 0AA"}]),
        # A second requirement that the first implies ("000" inside "000 0000") is left out.
        (r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}", False, [{"000 0000", "000-0000", "000.0000"}]),
        (r"\bno\.?\s*1\b", False, [{"no0", "no 0", "no.0", "no. 0"}]),
        (r"\b[A-Z]{7,}\b", False, []),  # not case-sensitive: capitals are not folded (nor in the text)
        (r"\bfree\b", False, []),  # nothing the ordinary literal scan misses
        (r"[0-9a-f]{4}", False, []),  # a class across digits and letters: nothing known
        (r"[\u0660-\u0669]{3}", False, []),  # Arabic-Indic digits, which read as "0" too: nothing known
        (r"\d", False, []),  # too short to be worth a test
    ],
)
def test_shape_literals(pattern: str, cased: bool, expected: list[set[str]]) -> None:
    assert [set(s) for s in shape_literals(pattern, cased=cased)] == expected


def test_shape_reads_every_digit_as_zero_and_capitals_as_a() -> None:
    assert shape(" Call 555-0100 UPS ", cased=True) == " Aall 000-0000 AAA "
    assert shape(" call 555-0100 ups ", cased=False) == " call 000-0000 ups "
    # \\d matches the digits of other scripts too; only ASCII capitals are folded.
    assert shape(" \u0663\u0663\u0663 \u00c9t\u00c9 ", cased=True) == " 000 \u00c9t\u00c9 "


@pytest.mark.parametrize(
    ("pattern", "cased"),
    [
        (r"\b[A-Z]{7,}\b", True),
        (r"\b[A-Z][A-Z']+(?:[ ,.!?-]+[A-Z][A-Z']+){2,}\b", True),
        (r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b", True),
        (r"(?<![\w-])(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?![\w-])", False),
    ],
)
def test_a_pattern_the_shape_rules_out_never_matches(pattern: str, cased: bool) -> None:
    rng = random.Random(pattern)
    fast = FastPattern(pattern, cased=cased)
    assert fast.shapes
    plain_rx = re.compile(pattern)
    ruled_out = 0
    for _ in range(3000):
        text = _random_text(rng, "ABCAB19 a-.'\u0663\n", rng.randint(0, 40))
        if not fast.shaped(shape(collapse(text), cased=cased)):
            ruled_out += 1
            assert plain_rx.search(text) is None, text
    assert 0 < ruled_out < 3000


def test_scanner_finds_literals_that_may_start_inside_words() -> None:
    scanner = LiteralScanner({"view", "ft c", W + "free", "5*"})
    assert scanner.present(collapse("Previews of a gift card, 5* free")) == {"view", "ft c", W + "free", "5*"}
    assert scanner.present(collapse("nothing here")) == set()


def _random_text(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


PATTERNS = [
    r"\bab\b",
    r"(?<!\w)ab(?!\w)",
    r"\bb\w*",
    r"\ba+ b\b",
    r"\b(?:ab|ba) ?c\b",
    r"(?<![\w-])a-b(?![\w-])",
    r"\bab[^.]{0,5}c\b",
    # Anchored at their first literals (every match starts with one), some unbounded or overlapping.
    r"\b(?:abab|aba) c",
    r"(?<!\w)(?:aab|aba)+c",
    r"\bbab(?:b|\s)*",
    r"abb(?=c)",
    r"bab(?:ab)*a",
    # Patterns that can match empty text: spans() must still skip exactly as finditer does.
    r"a*",
    r"\b|ab",
    r"(?:ab)?c?",
    r"\bb*",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_fast_pattern_matches_like_the_plain_regex(pattern: str) -> None:
    rng = random.Random(pattern)
    fast = FastPattern(pattern)
    plain = re.compile(pattern)
    for _ in range(400):
        text = _random_text(rng, "ab c-.", rng.randint(0, 40))
        spaced = " ".join(text.split(" "))  # text is already its own spaced form (no tabs or newlines)
        longest = max(map(len, spaced.split()), default=0)
        expected = [m.span() for m in plain.finditer(text) if m.end() > m.start()]
        assert fast.spans(text) == expected, text
        near = fast.spans_near(text, spaced, longest)
        assert sorted(set(near)) == sorted(set(expected)) or "  " in text, text
        if fast.anchored and "  " not in text:
            assert near == expected, text


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"bab(?:ab)*a", "bababa babab a"),  # a literal occurs again inside a match: no second match there
        (r"\bbab\w*", "abab bab babbab"),  # the boundary fails at some occurrences
        (r"(?<!\w)(?:aab|aba)+c", "abaabc aabc xaabc"),
        (r"abb(?=c)", "abbc abb abbabbc"),  # the lookahead reads past the occurrence
    ],
)
def test_anchored_spans_are_the_plain_regex_matches(pattern: str, text: str) -> None:
    fast = FastPattern(pattern)
    assert fast.anchored
    expected = [m.span() for m in re.finditer(pattern, text)]
    assert fast.spans_near(text, text, max(map(len, text.split()))) == expected


def test_boundary_is_cut_off_only_when_equivalent() -> None:
    assert FastPattern(r"\bfree\b").boundary == "word"
    assert FastPattern(r"(?<!\w)free").boundary == "not_after_word"
    assert FastPattern(r"\ba|b").boundary is None  # the \b belongs to the first alternative only


@pytest.mark.parametrize(
    ("pattern", "width", "ahead"),
    [
        ("abc", (3, 0), (0, 0)),
        (r"\w+@\w+", (1, 2), (0, 0)),
        (r"a\s+b", (3, 0), (0, 0)),
        (r"a(?!\w)", (1, 0), (1, 0)),
        (r"a[^.]*", None, (0, 0)),
        (r"a(?![^.]*b)", (1, 0), None),
    ],
)
def test_match_widths(pattern: str, width: tuple[int, int] | None, ahead: tuple[int, int] | None) -> None:
    assert match_widths(pattern) == (width, ahead)


@pytest.mark.parametrize(
    "words",
    [
        ["men", "women", "woman"],
        ["free", "free gift", "freebie"],
        ["a", "ab", "abc", "b"],
        ["x y", "x-y", "x'y"],
    ],
)
def test_trie_regex_matches_exactly_the_words(words: list[str]) -> None:
    rx = re.compile(trie_regex(words))
    for word in words:
        assert rx.fullmatch(word)
    for other in ["", "wo", "frees", "abcd", "x  y", "xy"]:
        assert bool(rx.fullmatch(other)) == (other in words)


def test_trie_groups_keeps_the_language_of_a_pattern() -> None:
    pattern = r"\b(?:favou?rable|good|great|take\s+down) (?:reviews?|feedback)\b"
    rewritten = trie_groups(pattern)
    assert rewritten != pattern
    for text in [
        "a favourable review",
        "favorable feedback",
        "take  down reviews",
        "great reviewer",
        "goods review",
    ]:
        assert bool(re.search(pattern, text)) == bool(re.search(rewritten, text)), text


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("a b", r"a\s+b"),
        ("a ?b", r"a\s*b"),
        ("[- ]x y", r"[- ]x\s+y"),
        (r"(?<=[.!?] )x y", r"(?<=[.!?] )x\s+y"),
        (r"a\ b", r"a\s+b"),
    ],
)
def test_flexible_spaces(pattern: str, expected: str) -> None:
    assert flexible_spaces(pattern) == expected


def test_lower_pattern_keeps_escapes() -> None:
    lowered = lower_pattern(r"\bFDA\S+\U0001F600[A-Z]")
    assert lowered.lower() == r"\bfda\s+\u0001f600[a-z]".lower() and r"\S" in lowered and r"\U" in lowered
    assert re.fullmatch(lowered, "fda!!\U0001f600q")


def test_split_alternatives_only_at_the_top_level() -> None:
    assert top_level_parts(r"a|(b|c)|[|]|\|d") == ["a", "(b|c)", "[|]", r"\|d"]
    assert split_alternatives(r"a|b") == ["a", "b"]
    assert split_alternatives(r"(?P<x>a)|(?P=x)") == [r"(?P<x>a)|(?P=x)"]  # parts would not compile alone


def test_normalise_and_lower_keep_the_length() -> None:
    text = "We\u2019re \u201cok\u201d \u2014 5\u2011star İstanbul"
    assert len(normalise(text)) == len(text)
    assert len(lower_same_length(text)) == len(text)
    assert normalise(text).startswith('We\'re "ok" - 5-star')


def test_sentences_skip_abbreviations() -> None:
    text = "Hello Mr. Patel, e.g. the XR-2200 is fine. Really?! Yes.\nNext line"
    sentences = Sentences(text)
    parts = [text[slice(*sentences.bounds(i))].strip() for i in range(5)]
    assert parts == ["Hello Mr. Patel, e.g. the XR-2200 is fine.", "Really?!", "Yes.", "", "Next line"]
    assert sentences.index(text.index("Patel")) == 0
    assert sentences.bounds(0, 1) == (0, text.index(" Yes."))


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("One. Two", [4]),
        ("Wait... what?! Fine.", [7, 14, 20]),
        ("DR. Who and ETC. stay; MRS. X too. End", [34]),  # abbreviations in any case
        ("A file.txt and 3.5 mm.\nNext", [22, 23]),  # no end inside words or numbers; a line break ends
        ("Sorry!\tThanks?", [6, 14]),
        ("Mr.Smith. Hm.", [9, 13]),
    ],
)
def test_sentence_ends(text: str, ends: list[int]) -> None:
    assert Sentences(text).spans() == list(zip([0, *ends], [*ends, len(text)], strict=True))


@pytest.mark.parametrize(
    ("pattern", "requires"),
    [
        (r"\b[A-Z]{2}\s+\d{5}\b", [set(W + d for d in "0123456789")]),  # digits read the same lower-cased
        (r"\bUSA\b", [{W + "usa"}]),
        (r"\bİZMİR\b", []),  # "İ" lowers to two characters: the scan could not vouch for it
    ],
)
def test_case_sensitive_patterns_keep_only_ascii_requirements(pattern: str, requires: list[set[str]]) -> None:
    assert [set(r) for r in FastPattern(pattern, cased=True).requires] == requires


def test_occurs_in_tests_the_requirements_as_substrings() -> None:
    pattern = FastPattern(r"\bfree (?:gift|sample)s?\b")
    assert pattern.occurs_in(collapse("A  FREE gift!".lower()))
    assert not pattern.occurs_in(collapse("a gift, free of charge"))
