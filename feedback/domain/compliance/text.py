"""Text helpers that keep character offsets intact: normalising, lowering, sentences, phrase patterns."""

from __future__ import annotations

import re
from bisect import bisect_right

# Curly quotes and dashes become their ASCII forms one character for one character, so a span found in the
# normalised text is a valid span of the original.
_NORMALISE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)

_ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "vs", "no", "approx", "inc", "ltd")
# A sentence ends at ., ! or ? before a space, or at a line break; not at the period of "Mr." or "e.g.".
# The leading character class lets the regex engine skip straight to candidates (about twice as fast as
# the same alternatives written as \n|[!?]...|\....); lookbehinds then tell which alternative applies.
_SENTENCE_END = re.compile(
    r"[\n!?.](?:(?<=\n)|(?<=[!?])[.!?]*(?=\s|$)|(?<=\.)"
    + "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS)
    + r"[.!?]*(?=\s|$))",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    """Return text with typographic quotes and dashes replaced; same length as the input."""
    if text.isascii():  # nothing to replace (a flag lookup, where translate() is a pass)
        return text
    return text.translate(_NORMALISE)


def lower_same_length(text: str) -> str:
    """Return text lower-cased without changing any offset.

    Matching on lower-case text with case-sensitive patterns is several times faster than re.IGNORECASE,
    which defeats the regex engine's first-character scan. A few characters ("İ") lower to two characters;
    those are kept as they are so that offsets still line up.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class Sentences:
    """Sentence boundaries of a text, for rules that look at a hit's sentence or its neighbours."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, text: str) -> None:
        """Split text into sentences at ., ! and ? followed by space, and at line breaks."""
        # A loop of searches rather than finditer, whose set-up costs several searches; every match is at
        # least one character long, so the two find the same ends.
        ends: list[int] = []
        m = _SENTENCE_END.search(text)
        while m is not None:
            ends.append(m.end())
            m = _SENTENCE_END.search(text, m.end())
        self._starts = [0, *ends]
        self._ends = [*ends, len(text)]

    def index(self, pos: int) -> int:
        """Return the index of the sentence containing character offset pos."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def spans(self) -> list[tuple[int, int]]:
        """Return (start, end) of every sentence, in order; an empty text has one empty sentence."""
        return list(zip(self._starts, self._ends, strict=True))

    def bounds(self, first: int, last: int | None = None) -> tuple[int, int]:
        """Return (start, end) offsets covering sentences first..last, clamped to the text."""
        last = first if last is None else last
        first = max(0, first)
        last = min(len(self._starts) - 1, last)
        return self._starts[first], self._ends[last]


def phrase_body(phrase: str) -> str:
    """Return a regex for phrase, lower-case, any run of spaces inside; the caller adds word boundaries."""
    words = normalise(phrase).lower().split()
    return r"\s+".join(re.escape(w) for w in words)


def flexible_spaces(pattern: str) -> str:
    """Return a regex whose literal spaces match any run of whitespace: " " -> \\s+, " ?" or " *" -> \\s*.

    Rules are written with single spaces; messages have double spaces and line breaks. Spaces inside
    character classes and lookbehinds (which must keep a fixed width) are left alone.
    """
    out: list[str] = []
    i, in_class = 0, False
    groups: list[bool] = []  # for each open group: is it a lookbehind?
    while i < len(pattern):
        c = pattern[i]
        fixed = in_class or any(groups)
        if c == "\\" and not (pattern[i + 1 : i + 2] == " " and not fixed):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "(" and not in_class:
            groups.append(pattern.startswith(("(?<=", "(?<!"), i))
        elif c == ")" and not in_class and groups:
            groups.pop()
        if fixed and not in_class:
            out.append(c)
            i += 1
        elif in_class:
            in_class = c != "]"
            out.append(c)
            i += 1
        elif c == "[":
            in_class = True
            head = 3 if pattern[i + 1 : i + 3] == "^]" else 2 if pattern[i + 1 : i + 2] == "]" else 1
            out.append(pattern[i : i + head])
            i += head
        elif c in " \\":
            i += 2 if c == "\\" else 1
            quantifier = pattern[i : i + 1]
            if quantifier in ("?", "*"):
                out.append(r"\s*")
                i += 1
            else:
                out.append(r"\s+")
                i += 1 if quantifier == "+" else 0
        else:
            out.append(c)
            i += 1
    return "".join(out)


_ESCAPE_OR_UPPER = re.compile(r"\\N\{[^}]*\}|\\.|[A-Z]")


def lower_pattern(pattern: str) -> str:
    """Return a regex with its literal letters lower-cased; escapes (\\S, \\U0001F600) keep their meaning."""
    return _ESCAPE_OR_UPPER.sub(
        lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), pattern
    )


def top_level_parts(pattern: str) -> list[str]:
    """Split regex text at each "|" that is outside groups and character classes."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            # A "]" right after "[" or "[^" is a literal member, not the end of the class.
            i += 2 if pattern[i + 1 : i + 2] == "]" else 3 if pattern[i + 1 : i + 3] == "^]" else 1
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def split_alternatives(pattern: str) -> list[str]:
    """Split a regex into its top-level alternatives; return [pattern] if a part is not a regex by itself."""
    parts = top_level_parts(pattern)
    if len(parts) == 1 or not all(parts):
        return [pattern]
    try:
        for part in parts:
            re.compile(part)
    except re.error:
        return [pattern]
    return parts


# A group holding only plain words, e.g. (?:refunds?|money back|fed ?ex): a "?" may follow any letter.
_LITERAL_GROUP = re.compile(r"\(\?:((?:(?:[\w' -]|\\s\+)\??)+(?:\|(?:(?:[\w' -]|\\s\+)\??)+)+)\)")
_GAP = "\x00"  # stands for \s+ while a word group is turned into a trie
Trie = dict[str, "Trie"]
_OPTIONAL = re.compile(r"([\w' -])\?")


def trie_groups(pattern: str) -> str:
    """Rewrite each group of plain alternative words as a trie: (?:men|women|woman) -> (?:men|wom(?:an|en)).

    Python's regex engine tries alternatives one by one at every position, so a long word list costs time
    in proportion to its length; as a trie it costs about one step per character.
    """

    def sub(m: re.Match[str]) -> str:
        words: list[str] = []
        for item in m.group(1).replace(r"\s+", _GAP).split("|"):
            pieces = _OPTIONAL.split(item)
            # split() alternates fixed text and optional characters: "favou?rable" -> ["favo", "u", "rable"].
            variants = [""]
            for i, piece in enumerate(pieces):
                variants = [v + piece for v in variants] + ([v for v in variants] if i % 2 else [])
            if len(variants) > 8:
                return m.group()
            words += variants
        if "" in words:
            return m.group()
        return f"(?:{trie_regex(words)})"

    return _LITERAL_GROUP.sub(sub, pattern)


def trie_regex(words: list[str]) -> str:
    """Return a regex matching exactly the given words, arranged as a trie (longest match first)."""
    root: Trie = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _emit(node: Trie) -> str:
    alternatives = [
        (r"\s+" if ch == _GAP else re.escape(ch)) + _emit(child) for ch, child in sorted(node.items()) if ch
    ]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body
