"""Sentence and clause splitting, by regular expressions: fast, and good enough for review text.

A sentence ends at ``.``, ``!``, ``?``, an ellipsis or a line break, but not after common abbreviations
("e.g.", "Mr.", "approx."), single initials, or inside numbers ("3.5"). Clauses split a sentence at
contrast words ("love it, but the battery dies"), so a complaint inside praise can be found on its own.
"""

from __future__ import annotations

import re

from .model import Span

# A terminator run, optional closing quotes/brackets, then whitespace or the end; or a line break.
_BOUNDARY = re.compile(r"(?:\.{2,}|\u2026|[.!?]+)[\"'\u201d\u2019)\]]*(?=\s|$)|\n")
_ABBREVIATIONS = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "etc", "approx", "appx", "est", "inc"),
        *("ltd", "co", "corp", "no", "nos", "fig", "cf", "ca", "ft", "oz", "lb", "lbs", "pt", "qt", "hr"),
        *("hrs", "min", "mins", "sec", "secs", "mo", "yr", "yrs", "dept", "jan", "feb", "mar", "apr", "jun"),
        *("jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    }
)
_LONGEST = 1 + max(len(a) for a in _ABBREVIATIONS)
_span = Span._make
_NEXT = re.compile(r"\s*(\S)")
_CONTENT = re.compile(r"[A-Za-z0-9]")
# Contrast words start a new clause; the comma or semicolon before them belongs to the earlier clause.
_CLAUSE = re.compile(
    r"\s*;\s*|(?:,\s*|\s+)(?=(?:but|however|although|though|except|unfortunately|sadly|whereas)\b)",
    re.IGNORECASE,
)


def _may_split(lowered: str) -> bool:
    """Tell cheaply (substring tests in C) whether a lower-cased sentence may have several clauses."""
    return (
        ";" in lowered
        or "but" in lowered
        or "however" in lowered
        or "though" in lowered
        or "except" in lowered
        or "unfortunately" in lowered
        or "sadly" in lowered
        or "whereas" in lowered
    )


CONTRAST_WORDS = frozenset({"but", "however", "although", "though", "whereas"})
EXCEPTION_WORDS = frozenset({"except"})


def _is_abbreviation(text: str, dot: int) -> bool:
    """Tell whether the single period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    start = max(text.rfind(" ", 0, dot), text.rfind("\n", 0, dot)) + 1
    word = text[start:dot].lstrip("(\"'")
    if not word.replace(".", "").isalpha():
        return False
    if "." in word:  # "e.g." / "U.S.": single letters between periods
        return all(len(part) == 1 for part in word.split("."))
    if len(word) == 1:  # an initial "J.", but "I." ends a sentence
        return word.lower() != "i"
    if word.lower() not in _ABBREVIATIONS:
        return False
    # "etc." and friends can end a sentence too: trust a following capital letter.
    rest = text[dot + 1 : dot + 3].lstrip()
    return not (rest[:1].isupper() and word.lower() in {"etc", "inc", "ltd", "co", "corp"})


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentences, with offsets into ``text``; whitespace-only pieces are dropped."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        mark = match.group()
        end = match.end()
        if mark == ".":
            dot = end - 1
            # After a word longer than any abbreviation (the usual case) a period ends the sentence.
            if not (dot >= _LONGEST and text[dot - _LONGEST : dot].isalpha()) and _is_abbreviation(text, dot):
                continue
        elif mark[0] == "\u2026" or mark.startswith(".."):
            # An ellipsis followed by a lower-case word usually trails off mid-sentence.
            following = _NEXT.match(text, end)
            if following and following.group(1).islower():
                continue
        piece = text[start:end]
        left = piece.lstrip()
        stripped = left.rstrip()
        if len(stripped) >= 4 or _CONTENT.search(stripped):
            first = start + len(piece) - len(left)
            spans.append(_span((first, first + len(stripped), stripped)))
        start = end
    _append(spans, text, start, len(text))
    return spans


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    """Add the stripped piece ``text[start:end]`` to ``spans`` if it has any letter or digit."""
    piece = text[start:end]
    left = piece.lstrip()
    stripped = left.rstrip()
    if len(stripped) < 4 and not _CONTENT.search(stripped):
        return
    start += len(piece) - len(left)
    spans.append(_span((start, start + len(stripped), stripped)))


def split_clauses(sentence: str) -> list[Span]:
    """Split a sentence at contrast words and semicolons; offsets are relative to ``sentence``."""
    if not _may_split(sentence.lower()):  # the usual case: one clause
        lead = len(sentence) - len(sentence.lstrip())
        stripped = sentence.strip()
        return [Span(lead, lead + len(stripped), stripped)]
    spans: list[Span] = []
    start = 0
    for match in _CLAUSE.finditer(sentence):
        _append(spans, sentence, start, match.start())
        start = match.end()
    _append(spans, sentence, start, len(sentence))
    return spans or [Span(0, len(sentence), sentence)]


def clause_marker(clause: str) -> str:
    """Return the lower-cased contrast word a clause starts with, or "" if it starts with none."""
    head = clause[:12].lower().split(maxsplit=1)
    word = head[0].strip(",") if head else ""
    return word if word in CONTRAST_WORDS or word in EXCEPTION_WORDS else ""
