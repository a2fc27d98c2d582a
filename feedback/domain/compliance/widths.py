"""Bounds on how long a regex match (and its lookaheads) can be, so searches can be confined to windows."""

from __future__ import annotations

from typing import Any

from .literals import parsed, parser


def first_char_floor(pattern: str) -> str | None:
    """Return the lowest character a match of pattern can start with, if it is above ASCII; else None."""
    if parser is None:
        return None
    try:
        items = list(parsed(pattern))
        op, av = items[0]
        if str(op) in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
            op, av = next(iter(av[2]))
        if str(op) != "IN":
            return None
        lows = []
        for member, value in av:
            if str(member) == "LITERAL":
                lows.append(value)
            elif str(member) == "RANGE":
                lows.append(value[0])
            else:
                return None
    except Exception:  # unknown shapes just mean "no gate"
        return None
    return chr(min(lows)) if lows and min(lows) > 0x7F else None


Width = tuple[int, int]  # (a, b): at most a + b * T characters, T being the text's longest token


def match_widths(pattern: str) -> tuple[Width | None, Width | None]:
    """Return bounds on pattern's match length and on its lookahead, each as (a, b) or None if unbounded.

    The bounds hold for text whose whitespace runs are single spaces (the only text they are used on):
    there \\s+ matches one character, and a repeat that cannot match whitespace stays inside one token,
    so it matches at most T characters, T being the longest whitespace-free run of the text.
    """
    if parser is None:
        return None, None
    try:
        items = list(parsed(pattern))
        width = _width(items)
        ahead = _ahead(items)
    except Exception:  # unknown shapes just mean "search everything"
        return None, None
    return (width[:2] if width else None), ahead


_NONSPACE, _SPACE, _MIXED = "nonspace", "space", "mixed"


def _join(kinds: list[str]) -> str:
    return kinds[0] if kinds and all(k == kinds[0] for k in kinds) else (_MIXED if kinds else _NONSPACE)


def _width(items: list[tuple[Any, Any]]) -> tuple[int, int, str] | None:
    a = b = 0
    kinds: list[str] = []
    for op, av in items:
        found = _item_width(str(op), av)
        if found is None:
            return None
        a, b = a + found[0], b + found[1]
        if found[2]:
            kinds.append(found[2])
    return a, b, _join(kinds)


def _item_width(name: str, av: Any) -> tuple[int, int, str] | None:
    # The third value says what the item consumes: only non-space, only space, or either ("" for nothing).
    if name == "LITERAL":
        return 1, 0, _SPACE if chr(av).isspace() else _NONSPACE
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return 0, 0, ""
    if name == "IN":
        return 1, 0, _class_kind(av)
    if name == "SUBPATTERN":
        return _width(list(av[3]))
    if name == "ATOMIC_GROUP":
        return _width(list(av))
    if name == "BRANCH":
        widths = [_width(list(alt)) for alt in av[1]]
        if any(w is None for w in widths):
            return None
        known = [w for w in widths if w is not None]
        return max(w[0] for w in known), max(w[1] for w in known), _join([w[2] for w in known])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        _low, high, body = av
        inner = _width(list(body))
        if inner is None:
            return None
        if high < parser.MAXREPEAT:
            return high * inner[0], high * inner[1], inner[2]
        if inner[2] == _NONSPACE:
            return 0, 1, _NONSPACE
        if inner[2] == _SPACE and inner[:2] == (1, 0):
            return 1, 0, _SPACE
    return None


def _class_kind(members: list[tuple[Any, Any]]) -> str:
    negate = any(str(op) == "NEGATE" for op, _ in members)
    categories = {str(av) for op, av in members if str(op) == "CATEGORY"}
    if negate:
        return _NONSPACE if "CATEGORY_SPACE" in categories else _MIXED
    can_space = bool(categories & {"CATEGORY_SPACE", "CATEGORY_NOT_DIGIT", "CATEGORY_NOT_WORD"})
    can_other = bool(categories - {"CATEGORY_SPACE"})
    for op, av in members:
        if str(op) == "LITERAL":
            can_space |= chr(av).isspace()
            can_other |= not chr(av).isspace()
        elif str(op) == "RANGE":
            can_space |= any(chr(c).isspace() for c in range(av[0], min(av[1], 0x3000) + 1))
            can_other = True
    return _SPACE if can_space and not can_other else _MIXED if can_space else _NONSPACE


def _ahead(items: list[tuple[Any, Any]]) -> Width | None:
    """Return a bound on how far past a match its lookaheads may look, or None."""
    a = b = 0
    for op, av in items:
        name = str(op)
        inner: list[list[tuple[Any, Any]]] = []
        if name in ("ASSERT", "ASSERT_NOT"):
            if av[0] == 1:
                width = _width(list(av[1]))
                if width is None:
                    return None
                a, b = max(a, width[0]), max(b, width[1])
            inner = [list(av[1])]
        elif name == "SUBPATTERN":
            inner = [list(av[3])]
        elif name == "BRANCH":
            inner = [list(alt) for alt in av[1]]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner = [list(av[2])]
        elif name == "ATOMIC_GROUP":
            inner = [list(av)]
        elif name in ("GROUPREF", "GROUPREF_EXISTS"):
            return None
        for sub in inner:
            found = _ahead(sub)
            if found is None:
                return None
            a, b = max(a, found[0]), max(b, found[1])
    return a, b
