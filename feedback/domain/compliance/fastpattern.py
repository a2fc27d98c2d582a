"""Fast matching: a literal scan that says which patterns can match, and patterns that search near them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .literals import WORD_START, minimal_literals, plain, required_literals
from .text import top_level_parts, trie_groups, trie_regex
from .widths import first_char_floor, match_widths


def collapse(text: str) -> str:
    """Return text as the literal scan reads it: single spaces, and a space at each end."""
    return f" {' '.join(text.split())} "


class LiteralScanner:
    """Find which of a fixed set of literals occur in a text: one pass over word starts, one over the rest."""

    def __init__(self, literals: Iterable[str]) -> None:
        words = sorted({plain(w) for w in literals if w.startswith(WORD_START)})
        others = sorted({w for w in literals if not w.startswith(WORD_START)})
        # A literal that may start inside a word and begins with a letter would make the scan stop at nearly
        # every character; the few such literals are looked for one by one instead (a C-speed substring test).
        self._inside = tuple(w for w in others if w[0].isalpha())
        others = [w for w in others if not w[0].isalpha()]
        # A match is the longest literal starting at a position; the shorter literals starting there are
        # its prefixes, so each literal maps to itself plus every literal that is a prefix of it.
        self._word_closure = _closure(words, WORD_START)
        self._other_closure = _closure(others, "")
        # Each regex consumes one possible first character (a leading class lets the engine skip the rest
        # quickly) and then looks back to read the longest literal starting there, so literals may overlap.
        self._word_rx = _scanner_regex(words, r"\b")
        self._other_rx = _scanner_regex(others, "")

    def present(self, text: str) -> set[str]:
        """Return the literals (word-start ones marked) that occur in text, as returned by collapse()."""
        found: set[str] = {literal for literal in self._inside if literal in text}
        for rx, closure in ((self._word_rx, self._word_closure), (self._other_rx, self._other_closure)):
            if rx is not None:
                for literal in set(rx.findall(text)):
                    found |= closure[literal]
        return found


def _scanner_regex(words: list[str], boundary: str) -> re.Pattern[str] | None:
    if not words:
        return None
    first = "[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "]"
    return re.compile(f"{first}(?<={boundary}(?=({trie_regex(words)})).)", re.DOTALL)


def _closure(words: list[str], mark: str) -> dict[str, frozenset[str]]:
    wordset = set(words)
    return {w: frozenset(mark + w[:i] for i in range(1, len(w) + 1) if w[:i] in wordset) for w in words}


_WORD = re.compile(r"\w")


def _is_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _WORD.match(text, i) is not None


class FastPattern:
    """A compiled regex with a prefilter and a fast start.

    A leading \\b or (?<!\\w) stops the regex engine from finding candidates by their first characters,
    which costs several times more per text; such a boundary is cut off and checked in Python on the
    (few) matches instead, with exactly the same meaning.
    """

    __slots__ = (
        "_anchors",
        "_reference",
        "ahead",
        "boundary",
        "floor",
        "indexed",
        "pattern",
        "requires",
        "rx",
        "width",
    )

    def __init__(self, pattern: str, *, prefilter: bool = True) -> None:
        """Compile pattern; raises re.error if it is invalid."""
        self.pattern = pattern
        found = required_literals(pattern) if prefilter else ()
        self.requires = tuple(minimal_literals(required) for required in found)
        # Set by the checker when the literal scan reports this pattern's first literals.
        self.indexed = False
        # Longest match and longest lookahead, when bounded: they let a search be confined to a window.
        self.width, self.ahead = match_widths(pattern)
        # First requirement: literal as the prefilter reports it -> text to look for.
        self._anchors = {lit: plain(lit) for lit in self.requires[0]} if self.requires else {}
        # Lowest character a match can start with, when that is outside ASCII (emoji): texts whose
        # largest character is lower cannot match, and max(text) is far cheaper than a regex pass.
        self.floor = first_char_floor(pattern)
        self.boundary: str | None = None
        # The pattern exactly as written, compiled on first use by the exhaustive (reference) path only.
        self._reference: re.Pattern[str] | None = None
        pattern = trie_groups(pattern)
        self.rx = re.compile(pattern)
        for head, kind in ((r"\b", "word"), (r"(?<!\w)", "not_after_word")):
            body = pattern[len(head) :]
            if pattern.startswith(head) and body and not body.startswith(("?", "*", "+", "{")):
                try:
                    if len(top_level_parts(body)) == 1:
                        self.rx, self.boundary = re.compile(body), kind
                except re.error:
                    pass
                break

    def possible(self, present: set[str]) -> bool:
        """Return False when the prefilter proves the pattern cannot match, given the literals present."""
        return all(not required.isdisjoint(present) for required in self.requires)

    def _boundary_ok(self, text: str, start: int) -> bool:
        before = _is_word(text, start - 1)
        if self.boundary == "not_after_word":
            return not before
        return before != _is_word(text, start)

    def spans(self, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
        """Return the (start, end) of each non-empty match in text[pos:endpos], left to right."""
        end = len(text) if endpos is None else endpos
        found: list[tuple[int, int]] = []
        for m in self.rx.finditer(text, pos, end):
            a, b = m.span()
            if a == b:
                continue
            if self.boundary is None or self._boundary_ok(text, a):
                found.append((a, b))
            else:
                # A match that fails the cut-off boundary may hide one starting inside it: from here on,
                # step one character at a time as the original pattern would.
                found += self._search_from(text, a + 1, end)
                break
        return found

    def _search_from(self, text: str, pos: int, end: int) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        while True:
            m = self.rx.search(text, pos, end)
            if m is None:
                return found
            if m.end() > m.start() and self._boundary_ok(text, m.start()):
                found.append(m.span())
                pos = m.end()
            else:
                pos = m.start() + 1

    def spans_near(
        self, text: str, spaced: str, longest: int, present: set[str] | None = None
    ) -> list[tuple[int, int]]:
        """Return the same spans as spans(text), searching only around occurrences of the required literals.

        spaced is text with every whitespace character turned into a space (same length) and longest its
        longest token. Every match contains one of the first required literals, so a window of the pattern's
        width around each occurrence holds them all; the window's end is stretched by the lookahead width so
        that assertions see the real text, and matches ending beyond the window are left to their own window.
        present, when given, holds the literals known to occur (the rest are not looked for).
        """
        if self.width is None or self.ahead is None or not self._anchors or "  " in spaced:
            # Unbounded patterns, and text with runs of spaces (literals assume single spaces): search it all.
            return self.spans(text)
        width = self.width[0] + self.width[1] * longest
        ahead = self.ahead[0] + self.ahead[1] * longest
        size = len(text)
        if 3 * width >= size:
            # Windows would cover most of a short text: one search is cheaper than finding them.
            return self.spans(text)
        windows: list[list[int]] = []
        anchors = self._anchors
        for literal in (
            anchors.values() if present is None else map(anchors.__getitem__, anchors.keys() & present)
        ):
            i = spaced.find(literal)
            while i != -1:
                windows.append([max(0, i - width), min(size, i + len(literal) + width)])
                i = spaced.find(literal, i + 1)
        if not windows:
            return []
        if len(windows) > 1:
            windows.sort()
            merged = [windows[0]]
            for lo, hi in windows[1:]:
                if lo <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], hi)
                else:
                    merged.append([lo, hi])
            windows = merged
        found: list[tuple[int, int]] = []
        for lo, hi in windows:
            found += [span for span in self.spans(text, lo, min(size, hi + ahead)) if span[1] <= hi]
        return found

    def overlapping(self, text: str, spaced: str, longest: int, start: int, end: int) -> bool:
        """Return True when some match overlaps text[start:end]; other arguments as for spans_near."""
        lo, hi = 0, len(text)
        if self.width is not None and self.ahead is not None and "  " not in spaced:
            width = self.width[0] + self.width[1] * longest
            ahead = self.ahead[0] + self.ahead[1] * longest
            lo, hi = max(0, start - width), min(len(text), end + width + ahead)
        return any(a < end and start < b for a, b in self.spans(text, lo, hi))

    def _as_written(self) -> re.Pattern[str]:
        # Kept per pattern: there are more patterns than re's own cache holds.
        if self._reference is None:
            self._reference = re.compile(self.pattern)
        return self._reference

    def reference_spans(self, text: str) -> list[tuple[int, int]]:
        """Return the non-empty matches of the pattern exactly as written, searched plainly (for tests)."""
        return [m.span() for m in self._as_written().finditer(text) if m.end() > m.start()]

    def reference_search(self, text: str, pos: int, endpos: int) -> bool:
        """Return True when the pattern as written matches non-empty text in text[pos:endpos] (for tests)."""
        return any(m.end() > m.start() for m in self._as_written().finditer(text, pos, endpos))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
        """Return the span of the first match in text[pos:endpos], or None."""
        found = self.spans(text, pos, endpos)
        return found[0] if found else None
