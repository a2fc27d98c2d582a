"""Anchor words of a regular expression: a cheap test that lets most clauses skip most patterns.

Trying every taxonomy pattern on every clause costs more than VADER itself. But a phrase pattern such
as ``(?:arrived|came) {w}late`` can only match a clause that has a word starting with "late". This
module reads a pattern's parse tree (Python's own regular expression parser) and finds such a set of
word starts: at every required position of the pattern, the letters from a word start up to the first
unknown character form candidate starts ("days?" gives "day"); alternatives multiply out ("d(?:oes|id)"
gives "does", "did"); optional parts contribute nothing. Of all required sets, the one of rarest-looking
words wins. A pattern with no usable set (too short, or only wildcards) gets None and is always tried.
The claim "every match has a word starting with an anchor" holds by construction; a test also checks it
against ungated matching.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import cache
from typing import Any

from .text import generic_terms, stopwords

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_MIN_ANCHOR = 3
_MAX_ALTERNATIVES = 64
_COMMON_COST = 20  # a function or generic word wakes the pattern for most clauses


def anchors(pattern: str) -> frozenset[str] | None:
    """Return word starts one of which every match of ``pattern`` has, or None if none are known."""
    walker = _Walker()
    walker.sequence(_parser.parse(pattern), {""})
    return walker.best


@cache
def _common_starts() -> frozenset[str]:
    """Return every start (three letters or more) of a function word or generic word."""
    return frozenset(w[:n] for w in stopwords() | generic_terms() for n in range(_MIN_ANCHOR, len(w) + 1))


def _cost(starts: Iterable[str]) -> tuple[int, int]:
    """Rank a candidate set: few and uncommon word starts first, then longer ones."""
    common = _common_starts()
    words = list(starts)
    return sum(_COMMON_COST if w in common else 1 for w in words), -min(len(w) for w in words)


class _Walker:
    """Walks a parse tree, tracking the letters since the last word start, keeping the best set."""

    def __init__(self) -> None:
        """Start with no anchor set found."""
        self.best: frozenset[str] | None = None

    def offer(self, starts: set[str] | None) -> None:
        """Consider ``starts`` (a required set) as the anchor set."""
        if not starts or any(len(s) < _MIN_ANCHOR for s in starts):
            return
        if self.best is None or _cost(starts) < _cost(self.best):
            self.best = frozenset(starts)

    def sequence(self, items: Any, starts: set[str] | None) -> set[str] | None:
        """Walk required items in order; return the open word starts at the end (None: mid-word)."""
        for op, arg in items:
            self.offer(starts)
            if op is _c.LITERAL:
                char = chr(arg)
                if char.isalnum():
                    starts = {s + char for s in starts} if starts is not None else None
                else:
                    starts = {""} if char == " " else None
            elif op is _c.BRANCH:
                starts = self.alternatives(arg[1], starts)
            elif op is _c.SUBPATTERN:
                starts = self.alternatives([arg[3]], starts)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
                starts = self.repeat(arg, starts)
            elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                continue  # zero-width: consumes nothing
            else:
                starts = None  # a class or wildcard: the next character is unknown
        self.offer(starts)
        return starts

    def alternatives(self, branches: Any, starts: set[str] | None) -> set[str] | None:
        """Walk alternatives from the same state; a set found in every alternative is required."""
        outputs: set[str] | None = set()
        found: set[str] = set()
        every = True
        for branch in branches:
            inner = _Walker()
            out = inner.sequence(branch, starts)
            if inner.best is None:
                every = False
            else:
                found |= inner.best
            outputs = None if out is None or outputs is None else outputs | out
        if every:
            self.offer(found)
        if outputs is not None and len(outputs) > _MAX_ALTERNATIVES:
            return None
        return outputs

    def repeat(self, arg: Any, starts: set[str] | None) -> set[str] | None:
        """Walk a repeat: required once if its minimum is at least one, else optional."""
        low, high, items = arg
        inner = _Walker()
        out = inner.sequence(items, starts)
        if low >= 1:
            if inner.best is not None:
                self.offer(set(inner.best))
            return out if high == 1 else None
        if high == 1 and starts is not None and out is not None:
            return starts | out  # "days?": either "day" or "days" continues
        return None
