"""Make composed text look typed by a person: the odd typo, a lower-cased rant, missing punctuation.

About one text in six gets one roughening; the rest pass through untouched.
"""

from __future__ import annotations

from collections.abc import Callable

_MISSPELLINGS: tuple[tuple[str, str], ...] = (
    ("definitely", "definately"),
    ("received", "recieved"),
    ("really", "realy"),
    ("it's", "its"),
    ("don't", "dont"),
    ("doesn't", "doesnt"),
    ("because", "becuase"),
    ("quality", "qualty"),
    ("disappointed", "dissapointed"),
    ("recommend", "reccomend"),
    ("comfortable", "confortable"),
    ("I'm", "Im"),
    ("would", "woud"),
    ("though", "tho"),
    ("their", "there"),
    ("won't", "wont"),
    ("separated", "seperated"),
    ("until", "untill"),
    ("the ", "teh "),
    ("and ", "adn "),
)


def misspell(text: str, r: Callable[[], float]) -> str:
    """Misspell one common word in ``text`` (the first one found from a random starting point)."""
    start = int(r() * len(_MISSPELLINGS))
    for i in range(len(_MISSPELLINGS)):
        right, wrong = _MISSPELLINGS[(start + i) % len(_MISSPELLINGS)]
        position = text.find(right)
        if position >= 0:
            return text[:position] + wrong + text[position + len(right) :]
    return swap_letters(text, r)


def swap_letters(text: str, r: Callable[[], float]) -> str:
    """Swap two adjacent letters inside a word, as a fast typist does."""
    if len(text) < 4:
        return text
    start = int(r() * (len(text) - 2))
    for i in range(start, len(text) - 1):
        if text[i].isalpha() and text[i + 1].isalpha() and text[i] != text[i + 1]:
            return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


def roughen(text: str, r: Callable[[], float]) -> str:
    """Apply at most one human imperfection to ``text``."""
    x = r()
    if x >= 0.17:
        return text
    if x < 0.06:
        return misspell(text, r)
    if x < 0.1:
        return swap_letters(text, r)
    if x < 0.12:
        return text.lower()
    if x < 0.14:
        return text.rstrip(".").replace(". ", ".  ", 1)
    if x < 0.155:
        return text.replace(". ", " ").rstrip(".")
    return text[:-1] + "!!" if text.endswith(".") else text + "!"
