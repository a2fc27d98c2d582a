"""Fast matching: a literal scan that says which patterns can match, and patterns that search near them."""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick_rs

from .literals import WORD_START, minimal_literals, plain, required_literals, shape_literals, start_strings
from .text import top_level_parts, trie_groups
from .widths import first_char_floor, match_widths


def collapse(text: str) -> str:
    """Return text as the literal scan reads it: single spaces, and a space at each end."""
    return f" {' '.join(text.split())} "


# Text in shape (see literals.shape_literals): every digit \\d matches reads as "0", and for case-sensitive
# patterns every ASCII capital as "A". Byte tables for ASCII text; other text also has digits of other
# scripts, which \\d matches too.
_SHAPE_LOW = bytes(48 if 48 <= b <= 57 else b for b in range(256))
_SHAPE_CASED = bytes(65 if 65 <= b <= 90 else b for b in _SHAPE_LOW)
_CAPITALS = {c: 65 for c in range(65, 91)}
_DIGIT = re.compile(r"\d")


def shape(collapsed: str, *, cased: bool) -> str:
    """Return text (as collapse() returns it) in shape: digits as "0", and capitals as "A" when cased."""
    if collapsed.isascii():
        return collapsed.encode().translate(_SHAPE_CASED if cased else _SHAPE_LOW).decode()
    digits = _DIGIT.sub("0", collapsed)
    return digits.translate(_CAPITALS) if cased else digits


class LiteralScanner:
    """Find which of a fixed set of literals occur in a text: an Aho-Corasick pass, then word-start checks."""

    def __init__(self, literals: Iterable[str]) -> None:
        """Index the literals; those marked WORD_START count only where they start a word."""
        # One automaton entry per plain string; it may stand for a marked literal, an unmarked one, or both.
        forms: dict[str, tuple[str | None, str | None]] = {}
        for literal in literals:
            text = plain(literal)
            at_word, anywhere = forms.get(text, (None, None))
            if literal.startswith(WORD_START):
                at_word = literal
            else:
                anywhere = literal
            forms[text] = (at_word, anywhere)
        keys = sorted(forms)
        # By automaton index: the word-start literal and the plain literal it stands for (None: neither).
        self.at_word = tuple(forms[k][0] for k in keys)
        self.anywhere = tuple(forms[k][1] for k in keys)
        # Overlapping matches: every occurrence of every literal, in C; Python only looks at the hits.
        self._automaton = ahocorasick_rs.AhoCorasick(keys) if keys else None

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """Return (automaton index, start, end) of every occurrence of every literal in text."""
        if self._automaton is None:
            return []
        return self._automaton.find_matches_as_indexes(text, overlapping=True)

    def present(self, text: str) -> set[str]:
        """Return the literals (word-start ones marked) that occur in text, as returned by collapse()."""
        found: set[str] = set()
        at_word, anywhere, add = self.at_word, self.anywhere, found.add
        for index, start, _end in self.matches(text):
            literal = anywhere[index]
            if literal is not None:
                add(literal)
            literal = at_word[index]
            if literal is not None:
                # Inline \w test (a call per match costs more than the scan): most words follow a space.
                before = text[start - 1] if start else " "
                if before == " " or not (before.isalnum() or before == "_"):
                    add(literal)
        return found


def _leads(starts: frozenset[str], required: frozenset[str]) -> bool:
    """Return True when every string in starts begins with (the plain text of) a literal of required."""
    plains = [plain(literal) for literal in required]
    return all(any(start.startswith(literal) for literal in plains) for start in starts)


def _word_char(c: str) -> bool:
    # What \\w matches in a str pattern: alphanumerics and the underscore.
    return c.isalnum() or c == "_"


def _is_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _word_char(text[i])


class FastPattern:
    """A compiled regex with a prefilter and a fast start.

    A leading \\b or (?<!\\w) stops the regex engine from finding candidates by their first characters,
    which costs several times more per text; such a boundary is cut off and checked in Python on the
    (few) matches instead, with exactly the same meaning.
    """

    __slots__ = (
        "_anchors",
        "_match",
        "_plains",
        "_reference",
        "ahead",
        "boundary",
        "cased",
        "floor",
        "gated",
        "indexed",
        "pattern",
        "requires",
        "rx",
        "shapes",
        "width",
    )

    def __init__(self, pattern: str, *, cased: bool = False) -> None:
        """Compile pattern; raises re.error if it is invalid.

        cased says the pattern reads the text as written while the literal scan reads it lower-cased: only
        requirements of plain ASCII literals carry over (the text holds "USA" only if its lower case holds
        "usa"; a character that lowers to two is kept as it is in the scanned text).
        """
        self.pattern = pattern
        found = required_literals(pattern)
        if cased:
            found = tuple(required for required in found if all(map(str.isascii, required)))
        # When every match starts with a literal of one requirement, that one goes first: matches are then
        # tried only where its literals occur (see spans_near), the whole pattern anchored there. Which
        # requirement comes first changes nothing else: a pattern is run only when both are met.
        starts = start_strings(pattern) if found and not cased else None
        leading = [i for i, required in enumerate(found) if starts and _leads(starts, required)]
        requires = [minimal_literals(required) for required in found]
        if leading:
            requires.pop(leading[0])
            requires.insert(0, minimal_literals(found[leading[0]], starts=True))
        self.requires = tuple(requires)
        self._plains = tuple(tuple(sorted({plain(lit) for lit in required})) for required in self.requires)
        # Literals of the text's shape (digits as "0", capitals as "A" when cased): see shape().
        self.cased = cased
        self.shapes = shape_literals(pattern, cased=cased)
        # Set by the checker when the literal scan reports this pattern's first literals.
        self.indexed = False
        # Longest match and longest lookahead, when bounded: they let a search be confined to a window.
        self.width, self.ahead = match_widths(pattern)
        # First requirement: literal as the prefilter reports it -> text to look for.
        self._anchors = {lit: plain(lit) for lit in self.requires[0]} if self.requires else {}
        # Lowest character a match can start with, when that is outside ASCII (emoji): texts whose
        # largest character is lower cannot match, and max(text) is far cheaper than a regex pass.
        self.floor = first_char_floor(pattern)
        # Whether ScanContext.may_match has anything to test (most patterns: no).
        self.gated = self.floor is not None or bool(self.shapes)
        self.boundary: str | None = None
        # The pattern exactly as written, compiled on first use by the exhaustive (reference) path only.
        self._reference: re.Pattern[str] | None = None
        pattern = trie_groups(pattern)
        self.rx = re.compile(pattern)
        # Boundary included: an anchored match is tried as the pattern was written.
        self._match = self.rx.match if leading else None
        for head, kind in ((r"\b", "word"), (r"(?<!\w)", "not_after_word")):
            body = pattern[len(head) :]
            if pattern.startswith(head) and body and not body.startswith(("?", "*", "+", "{")):
                try:
                    if len(top_level_parts(body)) == 1:
                        self.rx, self.boundary = re.compile(body), kind
                except re.error:
                    pass
                break

    @property
    def anchored(self) -> bool:
        """Tell whether every match starts with a literal of the first requirement (tried only there)."""
        return self._match is not None

    def occurs_in(self, collapsed: str) -> bool:
        """Return False when the text (as collapse() returns it) lacks every literal of a requirement.

        Substring tests, word starts ignored: cheaper than a regex pass, for patterns the literal scan
        does not index (exceptions, which are looked up only around hits).
        """
        for plains in self._plains:  # plain loops: generator expressions cost more than the tests
            for literal in plains:
                if literal in collapsed:
                    break
            else:
                return False
        return True

    def shaped(self, text: str) -> bool:
        """Return False when text, in shape (see shape(); as written if cased, else lower-case), lacks every
        shape literal of a requirement."""
        for required in self.shapes:  # plain loops: generators cost more than the tests
            for literal in required:
                if literal in text:
                    break
            else:
                return False
        return True

    def possible(self, present: set[str]) -> bool:
        """Return False when the prefilter proves the pattern cannot match, given the literals present."""
        for required in self.requires:  # noqa: SIM110 - a loop: a generator costs more than the tests
            if required.isdisjoint(present):
                return False
        return True

    def _boundary_ok(self, text: str, start: int) -> bool:
        before = _is_word(text, start - 1)
        if self.boundary == "not_after_word":
            return not before
        return before != _is_word(text, start)

    def spans(self, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
        """Return the (start, end) of each non-empty match in text[pos:endpos], left to right."""
        end = len(text) if endpos is None else endpos
        found: list[tuple[int, int]] = []
        # Searches, not finditer: re's iterator costs several searches to set up, and most calls find
        # nothing. After a non-empty match both go on from its end. An empty match (rules should have none)
        # hands the rest to finditer, whose rule for what may follow an empty match then applies.
        search = self.rx.search
        m = search(text, pos, end)
        while m is not None:
            a, b = m.span()
            if a == b:
                return found + self._iterated_spans(text, a, end)
            if self.boundary is None or self._boundary_ok(text, a):
                found.append((a, b))
                m = search(text, b, end)
            else:
                # A match that fails the cut-off boundary may hide one starting inside it: from here on,
                # step one character at a time as the original pattern would.
                return found + self._search_from(text, a + 1, end)
        return found

    def _iterated_spans(self, text: str, pos: int, end: int) -> list[tuple[int, int]]:
        # What spans() returns, by finditer.
        found: list[tuple[int, int]] = []
        for m in self.rx.finditer(text, pos, end):
            a, b = m.span()
            if a == b:
                continue
            if self.boundary is None or self._boundary_ok(text, a):
                found.append((a, b))
            else:
                found += self._search_from(text, a + 1, end)
                break
        return found

    def _search_from(self, text: str, pos: int, end: int) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        while pos <= end:  # past the end, an empty match would be found again and again
            m = self.rx.search(text, pos, end)
            if m is None:
                return found
            if m.end() > m.start() and self._boundary_ok(text, m.start()):
                found.append(m.span())
                pos = m.end()
            else:
                pos = m.start() + 1
        return found

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
        if self._match is not None and "  " not in spaced:
            # Every match starts with an anchor literal: the leftmost match at or after a position starts at
            # the first occurrence of one where the whole pattern matches (what spans(text) finds).
            # The same occurrences as the window path below looks for, inlined: this is the hot path, and a
            # shared helper (a call and a tuple per occurrence) cost 3% of a check in callgrind.
            anchors = self._anchors
            if len(anchors) == 1:  # the usual case, without set operations
                [(literal, find)] = anchors.items()
                literals = [find] if present is None or literal in present else []
            else:
                literals = (
                    list(anchors.values())
                    if present is None
                    else list(map(anchors.__getitem__, anchors.keys() & present))
                )
            starts: list[int] = []
            for find in literals:
                i = spaced.find(find)
                while i != -1:
                    starts.append(i)
                    i = spaced.find(find, i + 1)
            if not starts:
                return []
            if len(starts) > 1:
                starts.sort()
            match = self._match
            found: list[tuple[int, int]] = []
            after = 0
            for i in starts:
                if i >= after:
                    m = match(text, i)
                    if m is not None:
                        a, b = m.span()
                        if a == b:  # an empty match (rules have none): the general path knows what follows
                            return self.spans(text)
                        found.append((a, b))
                        after = b
            return found
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
        found = []
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
