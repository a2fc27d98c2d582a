"""Which literal strings must occur in any match of a regex: the prefilter's knowledge of a pattern.

Python's regex engine tries every alternative at every position, so a few hundred phrases and patterns
cost milliseconds per message. Instead, each pattern's parse tree yields small sets of literal strings of
which every match must contain one ("refund" for "refund(s|ed)?", "@" for an e-mail address). The
analysis is conservative: a pattern it cannot reason about gets no literals and is simply always run.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

# re's own parser (re.parser since 3.11). Only used at compile time; if it is missing or changes shape,
# every pattern is treated as "always run", which is slower but still correct.
try:
    parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other interpreters
    parser = None


@lru_cache(maxsize=4096)
def parsed(pattern: str) -> tuple[tuple[Any, Any], ...]:
    """Return the top-level items of pattern's parse tree (parsed once, shared by the analyses of a pattern).

    Raises whatever re's parser raises for a bad pattern; callers treat that as "nothing known".
    """
    return tuple(parser.parse(pattern))


_MAX_STRINGS = 64  # for exact sets, which multiply out
_MAX_REQUIRED = 256  # for the final set, which only gets looked up
_MAX_CLASS = 10
_DIGITS = frozenset("0123456789")


# Marks a literal that can only occur at the start of a word (the pattern puts \\b or (?<!\\w) before it):
# those are looked for only at word starts, which makes the literal scan much cheaper.
WORD_START = "\x01"


def plain(literal: str) -> str:
    """Return a prefilter literal without its word-start mark."""
    return literal[1:] if literal.startswith(WORD_START) else literal


def required_literals(pattern: str) -> tuple[frozenset[str], ...]:
    """Return up to two sets of lower-case strings such that every match contains one string of each set.

    An empty tuple means nothing is known and the pattern must always run. Two sets come from two different
    parts of the pattern ("change|update|remove" and "review|feedback"), so requiring both is much more
    selective than either alone. Strings starting with WORD_START occur at the start of a word.
    """
    if parser is None:
        return ()
    try:
        candidates = _candidates(list(parsed(pattern)), aligned=False)
    except Exception:  # any surprise in re's internals means "no prefilter", never a wrong answer
        return ()
    # A requirement as common as a single letter filters nothing and only slows the literal scan.
    usable = [c for c in candidates if c and "" not in c and len(c) <= _MAX_REQUIRED and _score(c)[0] >= 2.5]
    # Of two requirements, the one without words that nearly every seller message holds ("review", "you")
    # comes first: the scan indexes the first one, so it decides how often the pattern is looked at.
    usable.sort(key=lambda c: (not _common(c), _score(c)), reverse=True)
    return tuple(frozenset(_normalised(s) for s in c) for c in usable[:2])


# Words in most messages a seller sends: a requirement holding one filters little.
_COMMON_WORDS = frozenset(
    {
        *("review", "reviews", "feedback", "rating", "star", "stars", "order", "item", "product"),
        *("you", "your", "if you", "we", "our", "us", "the", "a", "an", "and", "to", "of", "for", "it"),
        *("this", "that", "please", "thank", "thanks", "1", "2", "3", "4", "5"),
    }
)


def _common(strings: set[str]) -> bool:
    return any(" ".join(plain(s).lower().split()) in _COMMON_WORDS for s in strings)


def minimal_literals(literals: frozenset[str], *, starts: bool = False) -> frozenset[str]:
    """Return the literals of one requirement without those that contain another one of them.

    "One of {refund, refunds, refunded} occurs" says the same as "refund occurs": wherever a longer literal
    occurs the shorter one does too, at a word start if it is marked so. Fewer literals make a smaller scan,
    and the anchors left still lie inside every match, so search windows stay valid. With starts=True a
    literal is dropped only for one it starts with ("a joke" stays beside "joke"), so that literals which
    start every match still do.
    """
    kept: list[str] = []
    for literal in sorted(literals, key=lambda s: (len(plain(s)), s)):
        text = plain(literal)
        marked = literal.startswith(WORD_START)
        if starts:
            if not any(text.startswith(plain(k)) and (marked or not k.startswith(WORD_START)) for k in kept):
                kept.append(literal)
        elif not any(_implies(text, marked, k) for k in kept):
            kept.append(literal)
    return frozenset(kept)


def _implies(text: str, marked: bool, shorter: str) -> bool:
    """Return True when an occurrence of text (at a word start if marked) holds an occurrence of shorter."""
    inner = plain(shorter)
    if not shorter.startswith(WORD_START):
        return inner in text
    if marked and text.startswith(inner):
        return True
    at = text.find(inner, 1)
    while at != -1:
        if not _is_word_char(text[at - 1]):
            return True
        at = text.find(inner, at + 1)
    return False


def _normalised(literal: str) -> str:
    raw = plain(literal)
    text = " ".join(raw.lower().split()) or " "
    # After a space, a word character starts a word; so does one the pattern put a boundary before.
    at_word_start = literal.startswith(WORD_START) or raw[:1].isspace()
    return WORD_START + text if at_word_start and _is_word_char(text[0]) else text


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _mark(strings: set[str], aligned: bool) -> set[str]:
    if not aligned:
        return strings
    return {WORD_START + s if s and _is_word_char(s[0]) else s for s in strings}


def _starts_word(name: str, av: Any) -> bool:
    """Return True for a zero-width item after which a word character must start a word.

    That is \\b, ^, a lookbehind that rules out a word character before ((?<!\\w), (?<![\\w-])), one that
    requires a space or punctuation before ((?<=[.!?] )), or a choice between such items.
    """
    if name == "AT":
        return str(av) in ("AT_BOUNDARY", "AT_BEGINNING", "AT_BEGINNING_STRING", "AT_BEGINNING_LINE")
    if name == "ASSERT_NOT" and av[0] == -1:
        inner = list(av[1])
        if len(inner) == 1 and str(inner[0][0]) == "IN":
            members = [(str(op), str(value)) for op, value in inner[0][1]]
            return ("CATEGORY", "CATEGORY_WORD") in members and all(op != "NEGATE" for op, _ in members)
    if name == "ASSERT" and av[0] == -1:
        return _sequence_ends_nonword(list(av[1]))
    if name == "BRANCH":
        return all(
            len(alt) == 1 and _starts_word(str(alt[0][0]), alt[0][1]) for alt in (list(a) for a in av[1])
        )
    if name == "SUBPATTERN":
        inner = list(av[3])
        return len(inner) == 1 and _starts_word(str(inner[0][0]), inner[0][1])
    return False


def _score(strings: set[str]) -> tuple[float, int]:
    # Past a rarity of 5 (a five-letter word) a literal is rare enough; fewer strings then matter more.
    return (min(5.0, *(_rarity(plain(s)) for s in strings)), -len(strings))


def _candidates(items: list[tuple[Any, Any]], aligned: bool) -> list[set[str]]:
    """Return one requirement per independent part of a sequence (each part must match).

    aligned says the sequence starts where a word character would start a word; the loop keeps that
    knowledge (`at_start`) for the position after each item.
    """
    found: list[set[str]] = []
    run: set[str] = {""}
    run_aligned = False
    at_start = aligned
    for op, av in items:
        name = str(op)
        if _starts_word(name, av):
            at_start = at_start or run == {""} or _all_end_nonword(run)
            continue
        exact = _exact(name, av)
        if exact == {""}:
            continue
        # Extend the run of exactly known text as long as its variants stay few.
        if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
            if run == {""}:
                run_aligned = at_start
            run = {a + b for a in run for b in exact}
            at_start = _all_end_nonword(run) or (at_start and "" in exact and run == exact)
            continue
        if "" not in run:
            found.append(_mark(run, run_aligned))
        run, run_aligned = {""}, False
        if exact is not None:
            if "" not in exact:
                run, run_aligned = exact, at_start
            at_start = _all_end_nonword(exact - {""}) and (at_start or "" not in exact)
            continue
        sub = _item(name, av, at_start)
        if sub is not None:
            found.append(sub)
        # After the item, a word starts if every way through it ends in a space or punctuation (and, if it
        # can match nothing, if a word started before it as well).
        at_start = _ends_nonword(name, av) and (at_start or _min_width(name, av) > 0)
    if "" not in run:
        found.append(_mark(run, run_aligned))
    return found


def _all_end_nonword(strings: set[str]) -> bool:
    return bool(strings) and all(s and not _is_word_char(s[-1]) for s in strings)


def _ends_nonword(name: str, av: Any) -> bool:
    """Return True when every non-empty match of the item ends with a non-word character."""
    if name == "LITERAL":
        return not _is_word_char(chr(av))
    if name == "IN":
        return _class_nonword(av)
    if name == "SUBPATTERN":
        return _sequence_ends_nonword(list(av[3]))
    if name == "BRANCH":
        return all(_sequence_ends_nonword(list(alt)) for alt in av[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return _sequence_ends_nonword(list(av[2]))
    return False


def _sequence_ends_nonword(items: list[tuple[Any, Any]]) -> bool:
    for op, av in reversed(items):
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if not _ends_nonword(name, av):
            return False
        if _min_width(name, av) > 0:
            return True
    return False


def _min_width(name: str, av: Any) -> int:
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return 0
    if name == "SUBPATTERN":
        return sum(_min_width(str(o), a) for o, a in av[3])
    if name == "BRANCH":
        return min(sum(_min_width(str(o), a) for o, a in alt) for alt in av[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return int(av[0]) * sum(_min_width(str(o), a) for o, a in av[2])
    return 1


def _class_nonword(members: list[tuple[Any, Any]]) -> bool:
    for op, av in members:
        name = str(op)
        if name == "LITERAL" and not _is_word_char(chr(av)):
            continue
        if name == "CATEGORY" and str(av) in ("CATEGORY_SPACE", "CATEGORY_NOT_WORD"):
            continue
        return False
    return bool(members)


def _rarity(s: str) -> float:
    # Letters are common, spaces more so, digits less, punctuation and symbols rare: "@" beats "in".
    return sum(2.5 if c.isdigit() else 1.0 if c.isalnum() else 0.3 if c.isspace() else 3.0 for c in s)


def _sequence(items: list[tuple[Any, Any]], aligned: bool) -> set[str] | None:
    found = _candidates(items, aligned)
    return max(found, key=_score) if found else None


def _exact(name: str, av: Any) -> set[str] | None:
    """Return every string this item can match, if that is a small finite set; zero-width items give {""}."""
    if name == "LITERAL":
        return {chr(av)}
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {""}
    if name == "IN":
        return _char_class(av)
    if name == "SUBPATTERN":
        return _exact_sequence(list(av[3]))
    if name in ("MAX_REPEAT", "MIN_REPEAT") and _exact_sequence(list(av[2])) == {" "}:
        # The prefilter reads whitespace-collapsed text, where \s+ is exactly one space.
        return {" "} if av[0] >= 1 else {"", " "}
    if name == "BRANCH":
        union: set[str] = set()
        for alternative in av[1]:
            found = _exact_sequence(list(alternative))
            if found is None:
                return None
            union |= found
        return union if len(union) <= _MAX_STRINGS else None
    if name in ("MAX_REPEAT", "MIN_REPEAT") and av[1] <= 1:
        body = _exact_sequence(list(av[2]))
        if body is None:
            return None
        return body | ({""} if av[0] == 0 else set())
    return None


def _exact_sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    run: set[str] = {""}
    for op, av in items:
        exact = _exact(str(op), av)
        if exact is None or len(run) * len(exact) > _MAX_STRINGS:
            return None
        run = {a + b for a in run for b in exact}
    return run


def _item(name: str, av: Any, aligned: bool) -> set[str] | None:
    if name == "SUBPATTERN":
        return _sequence(list(av[3]), aligned)
    if name == "ATOMIC_GROUP":
        return _sequence(list(av), aligned)
    if name == "BRANCH":
        union: set[str] = set()
        for alternative in av[1]:
            found = _sequence(list(alternative), aligned)
            if found is None:
                return None
            union |= found
        return union
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, body = av
        # The first repetition starts where the repeat does, so it carries the alignment.
        return _sequence(list(body), aligned) if low >= 1 else None
    return None


def _char_class(members: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in members:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            chars.update(_DIGITS)
        elif name == "CATEGORY" and str(av) == "CATEGORY_SPACE":
            chars.add(" ")
        else:
            return None
    chars = {" " if c.isspace() else c for c in chars}
    return chars if 0 < len(chars) <= _MAX_CLASS else None


_MAX_PREFIXES = 4096  # start strings of one pattern; past this nothing is known


def start_strings(pattern: str) -> frozenset[str] | None:
    """Return lower-case strings of which every match of pattern starts with one, or None if unknown.

    Zero-width items (\\b, lookbehinds) are passed over; whitespace reads as one space, as in the text the
    literal scan reads. "\\b(?:update|change)\\s+your" gives {"update your", "change your"}.
    """
    if parser is None:
        return None
    try:
        found = _prefixes(list(parsed(pattern)))
    except Exception:  # any surprise in re's internals means "nothing known", never a wrong answer
        return None
    # Whitespace is looked for as the space it reads as; a literal tab or line break would not be found.
    if not found or "" in found or any(c.isspace() and c != " " for s in found for c in s):
        return None
    return frozenset(found)


def _prefixes(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Return strings every match of the sequence starts with (some may be shorter than others)."""
    run: set[str] = {""}
    for op, av in items:
        name = str(op)
        exact = _exact(name, av)
        if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = {a + b for a in run for b in exact}
            continue
        sub = _item_prefixes(name, av)
        if sub is None or len(run) * len(sub) > _MAX_PREFIXES:
            return run
        return {a + b for a in run for b in sub}
    return run


def _item_prefixes(name: str, av: Any) -> set[str] | None:
    if name == "SUBPATTERN":
        return _prefixes(list(av[3]))
    if name == "ATOMIC_GROUP":
        return _prefixes(list(av))
    if name == "BRANCH":
        union: set[str] = set()
        for alternative in av[1]:
            found = _prefixes(list(alternative))
            if found is None or len(union) + len(found) > _MAX_PREFIXES:
                return None
            union |= found
        return union
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
        return _prefixes(list(av[2]))
    return None


# The "shape" of a text (fastpattern.shape): every digit \\d matches reads as "0" and, for case-sensitive
# patterns, every ASCII capital as "A".
# Literals of that shape ("000", "AAAAAAA") let the checker pass over patterns made of character classes
# (phone numbers, postcodes, words in capitals), which the literal scan cannot index, with a few substring
# tests instead of a regex pass.
_SHAPE_MAX_STRINGS = 16  # per requirement: each is a substring test on every check that looks
_SHAPE_MAX_UNROLL = 8


def shape_literals(pattern: str, *, cased: bool) -> tuple[frozenset[str], ...]:
    """Return up to two sets of strings such that every match, in shape (see fastpattern.shape), contains
    one of each set; only sets that hold a "0" or an "A" (what the ordinary literal scan cannot see)."""
    if parser is None:
        return ()
    try:
        candidates = _candidates(_shaped(list(parsed(pattern)), cased), aligned=False)
    except Exception:  # any surprise in re's internals means "nothing known", never a wrong answer
        return ()
    usable: list[frozenset[str]] = []
    for found in candidates:
        strings = _fewest({" ".join(plain(s).split()) for s in found})
        if len(strings) > _SHAPE_MAX_STRINGS:
            # Too many to test: their ends occur wherever they do and are fewer ("000 0000" for "(000) 000
            # 0000"); the longest ends that come to a handful, else the fewest.
            ends = [_fewest({s[-size:] for s in strings}) for size in range(max(map(len, strings)), 1, -1)]
            handful = [e for e in ends if len(e) <= 4]
            strings = handful[0] if handful else min(ends, key=len)
        if (
            strings
            and len(strings) <= _SHAPE_MAX_STRINGS
            and all(len(s) >= 2 and ("0" in s or "A" in s) for s in strings)
            and strings not in usable
        ):
            usable.append(strings)
    usable.sort(key=lambda c: (min(map(_rarity, c)), -len(c)), reverse=True)
    kept: list[frozenset[str]] = []
    for strings in usable:  # one that every string of a kept set contains adds nothing
        if not any(all(any(s in k for s in strings) for k in known) for known in kept):
            kept.append(strings)
    return tuple(kept[:2])


def _fewest(strings: set[str]) -> frozenset[str]:
    # "A0 0AA" occurs wherever "AA0 0AA" does: only the shortest need be looked for.
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _shape_char(code: int, cased: bool) -> int:
    if chr(code).isdecimal():  # what \\d matches, in any script
        return 48
    if cased and 65 <= code <= 90:
        return 65
    return code


def _shaped(items: list[tuple[Any, Any]], cased: bool) -> list[tuple[Any, Any]]:
    """Return the parse tree read in shape: digits as "0", capitals as "A" when cased; x{2,5} as xx x{0,3}."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append((op, _shape_char(av, cased)))
        elif name == "IN":
            out.append((op, _shaped_class(av, cased)))
        elif name == "SUBPATTERN":
            out.append((op, (av[0], av[1], av[2], _shaped(list(av[3]), cased))))
        elif name == "BRANCH":
            out.append((op, (av[0], [_shaped(list(alt), cased) for alt in av[1]])))
        elif name in ("ASSERT", "ASSERT_NOT"):
            out.append((op, (av[0], _shaped(list(av[1]), cased))))
        elif name == "ATOMIC_GROUP":
            out.append((op, _shaped(list(av), cased)))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = av[0], av[1], _shaped(list(av[2]), cased)
            if 1 <= low <= _SHAPE_MAX_UNROLL and _exact_sequence(body) is not None:
                # The same language, with the compulsory repetitions spelled out so that runs extend.
                for _ in range(low):
                    out.extend(body)
                if high != low:
                    rest = high if high == parser.MAXREPEAT else high - low
                    out.append((op, (0, rest, body)))
            else:
                out.append((op, (low, high, body)))
        elif name in ("AT", "GROUPREF", "GROUPREF_EXISTS", "ANY", "NOT_LITERAL", "CATEGORY"):
            out.append((op, av))
        else:
            raise ValueError(f"unknown regex item {name}")  # caught by the caller: nothing known
    return out


def _shaped_class(members: list[tuple[Any, Any]], cased: bool) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for op, av in members:
        name = str(op)
        if name == "LITERAL":
            out.append((op, _shape_char(av, cased)))
        elif name == "RANGE":
            lo, hi = av
            folded = [(48, 57)] + ([(65, 90)] if cased else [])
            if any(a <= lo and hi <= b for a, b in folded):
                out.append((parser.LITERAL, _shape_char(lo, cased)))
            elif any(lo <= b and a <= hi for a, b in folded) or (
                hi - lo < 64 and any(chr(c).isdecimal() for c in range(lo, hi + 1))
            ):
                raise ValueError("range across folded characters")  # nothing known about the class
            else:
                out.append((op, av))
        elif name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            out.append((parser.LITERAL, 48))
        else:
            out.append((op, av))
    return out
