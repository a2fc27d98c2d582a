"""What one check shares between rules: the text in the forms the patterns read it in, and caches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .fastpattern import FastPattern, collapse, shape
from .model import About, Kind, Severity
from .text import Sentences, lower_same_length

Span = tuple[int, int]
# Every character \s matches becomes a plain space (same length), as the literal prefilter assumes.
_SPACES = str.maketrans(
    {
        c: " "
        for c in map(
            chr,
            [
                *range(9, 14),
                *range(28, 32),
                0x85,
                0xA0,
                0x1680,
                *range(0x2000, 0x200B),
                0x2028,
                0x2029,
                0x202F,
                0x205F,
                0x3000,
            ],
        )
    }
)


# The same for ASCII text, as a byte table (several times faster than a str.translate mapping).
_ASCII_SPACES = bytes(32 if b in _SPACES and b < 128 else b for b in range(256))


@dataclass(frozen=True, slots=True)
class Hit:
    """A raw match of one rule, before it becomes a Finding."""

    start: int
    end: int
    severity: Severity
    suggestion: str | None = None
    explanation: str | None = None


class ScanContext:
    """What one check shares between rules: the text as read by each kind of pattern, and caches."""

    __slots__ = (
        "_cased_shape",
        "_collapsed",
        "_low_shape",
        "_max_char",
        "_memo",
        "_occurs",
        "_sentences",
        "about",
        "exhaustive",
        "kind",
        "longest",
        "low",
        "present",
        "selected",
        "spaced",
        "text",
    )

    def __init__(self, text: str, kind: Kind, about: About, *, exhaustive: bool = False) -> None:
        self.text = text
        # Exhaustive: every pattern searches the whole text as written, with no prefilter or windows.
        # Slow; it exists to show that the fast path finds exactly the same.
        self.exhaustive = exhaustive
        self.low = lower_same_length(text)
        self.spaced = (
            self.low.encode().translate(_ASCII_SPACES).decode()
            if self.low.isascii()
            else self.low.translate(_SPACES)
        )
        tokens = self.spaced.split()
        # Longest whitespace-free run: bounds how far \\w+ and the like can reach (see FastPattern).
        self.longest = max(map(len, tokens), default=0)
        # Prefilter literals found in the text (set by the checker), for locating rule alternatives.
        self.present: set[str] | None = None
        # The prefilter's choice (set by the checker): rule index -> alternatives, and for rule r's exceptions
        # the key its CompiledRule.exception_key gives -> the exceptions that can apply. None: no prefilter.
        self.selected: dict[int, set[int]] | None = None
        self.kind = kind
        self.about = about
        # The same tokens give the text as the literal prefilter reads it (what collapse() returns).
        self._collapsed: str | None = f" {' '.join(tokens)} "
        self._max_char: str | None = None
        self._low_shape: str | None = None
        self._cased_shape: str | None = None
        self._sentences: Sentences | None = None
        self._memo: dict[object, list[Span]] = {}
        self._occurs: dict[FastPattern, bool] = {}

    @property
    def collapsed(self) -> str:
        """Return the lower-case text as the literal prefilter reads it."""
        if self._collapsed is None:
            self._collapsed = collapse(self.low)
        return self._collapsed

    def may_match(self, pattern: FastPattern) -> bool:
        """Return False when the text's shape or its highest character shows that the pattern cannot match."""
        if self.exhaustive:
            return True
        if pattern.shapes and not pattern.shaped(self.shape(cased=pattern.cased)):
            return False
        if pattern.floor is None:
            return True
        if pattern.floor > "\x7f" and self.text.isascii():  # isascii() is a flag lookup, max() a pass
            return False
        if self._max_char is None:
            self._max_char = max(self.text, default="\0")
        return self._max_char >= pattern.floor

    def shape(self, *, cased: bool) -> str:
        """Return the text in shape (see fastpattern.shape): as written if cased, else lower-case; cached."""
        if cased:
            if self._cased_shape is None:
                self._cased_shape = shape(collapse(self.text), cased=True)
            return self._cased_shape
        if self._low_shape is None:
            self._low_shape = shape(self.collapsed, cased=False)
        return self._low_shape

    @property
    def sentences(self) -> Sentences:
        """Return the sentence boundaries, computed on first use (most texts never need them)."""
        if self._sentences is None:
            self._sentences = Sentences(self.text)
        return self._sentences

    def spans(self, pattern: FastPattern) -> list[Span]:
        """Return the spans of pattern in the lower-case text, cached for this check."""
        found = self._memo.get(pattern)
        if found is None and self.exhaustive:
            found = self._memo[pattern] = pattern.reference_spans(self.low)
        if found is None:
            present = self.present if pattern.indexed else None
            found = (
                pattern.spans_near(self.low, self.spaced, self.longest, present)
                if not pattern.gated or self.may_match(pattern)
                else []
            )
            self._memo[pattern] = found
        return found

    def union_spans(
        self, key: object, patterns: Sequence[FastPattern], selection: int | None = None
    ) -> list[Span]:
        """Return the spans of the patterns, sorted, cached for this check under ``key``.

        selection is where the prefilter's choice (``selected``) lists the patterns whose literals occur:
        only those are run. Without one (an exhaustive check) every pattern is."""
        found = self._memo.get(key)
        if found is None:
            if selection is not None and self.selected is not None:
                patterns = [patterns[i] for i in self.selected.get(selection, ())]
            found = self._memo[key] = sorted(span for pattern in patterns for span in self.spans(pattern))
        return found

    def occurs(self, pattern: FastPattern) -> bool:
        """Return False when the pattern's literals show it cannot match this text (remembered per check)."""
        found = self._occurs.get(pattern)
        if found is None:
            if self.exhaustive:
                found = True
            elif pattern.indexed and self.present is not None:
                # Its literals are in the scan: the set of those present settles it.
                found = pattern.possible(self.present)
            else:
                found = pattern.occurs_in(self.collapsed)
            self._occurs[pattern] = found
        return found

    def overlaps(self, pattern: FastPattern, start: int, end: int) -> bool:
        """Return True when pattern matches the lower-case text somewhere overlapping [start, end)."""
        if not self.occurs(pattern):
            return False
        if self.exhaustive or pattern.width is None or pattern.ahead is None:
            return any(a < end and start < b for a, b in self.spans(pattern))
        return pattern.overlapping(self.low, self.spaced, self.longest, start, end)

    def search(self, pattern: FastPattern, bounds: Span) -> bool:
        """Return True when pattern occurs in the lower-case text between bounds."""
        if self.exhaustive:
            return pattern.reference_search(self.low, *bounds)
        return self.occurs(pattern) and pattern.search(self.low, *bounds) is not None

    def sentence_bounds(self, pos: int, spread: int = 0) -> Span:
        """Return the offsets of the sentence at pos, widened by spread sentences on each side."""
        i = self.sentences.index(pos)
        return self.sentences.bounds(i - spread, i + spread)
