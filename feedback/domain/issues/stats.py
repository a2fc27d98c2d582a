"""Corpus counts for discovery: every clause's words as background, complaint clauses as evidence.

Counting runs for every clause of the corpus, so it is done with ``Counter.update`` (a C loop) once
per item on buffered keys.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .candidates import Term


@dataclass
class TermStats:
    """Counts over the corpus: every clause's terms (background) and complaint clauses' terms.

    Clauses of one item are buffered in lists and counted when the next item starts (``close`` ends
    the last one): one ``Counter.update`` per item instead of several per clause, and item-level counts
    (support, spread) come from one set per item. Item numbers must not decrease.
    """

    clauses: int = 0
    negative: int = 0
    praise_clauses: int = 0
    items: int = 0
    negative_items: int = 0
    background: Counter[str] = field(default_factory=Counter)
    praise: Counter[str] = field(default_factory=Counter)
    spread: Counter[str] = field(default_factory=Counter)  # items naming the term anywhere
    in_negative: Counter[str] = field(default_factory=Counter)
    absorbed: Counter[str] = field(default_factory=Counter)
    support: Counter[str] = field(default_factory=Counter)
    clear_support: Counter[str] = field(default_factory=Counter)  # items with an unmistakable complaint
    roles: Counter[str] = field(default_factory=Counter)  # verb-like uses minus noun-like uses
    # (key, surface form) and (key, following failure verb) pairs, grouped by key only for labels.
    surfaces: Counter[tuple[str, str]] = field(default_factory=Counter)
    verbs: Counter[tuple[str, str]] = field(default_factory=Counter)
    _item: int = -1
    _negative_item: int = -1
    _seen: list[str] = field(default_factory=list)
    _praised: list[str] = field(default_factory=list)
    _blamed: list[str] = field(default_factory=list)
    _clear: list[str] = field(default_factory=list)
    _absorbed: list[str] = field(default_factory=list)
    _forms: list[tuple[str, str]] = field(default_factory=list)
    _verbs: list[tuple[str, str]] = field(default_factory=list)

    def add_background(self, item: int, keys: Sequence[str], praise: bool) -> None:
        """Count one clause of item number ``item`` with its term keys; ``praise``: it is positive."""
        if item != self._item:
            self._flush_background()
            self._item = item
            self.items += 1
        self.clauses += 1
        self._seen.extend(keys)
        if praise:
            self.praise_clauses += 1
            self._praised.extend(keys)

    def add_negative(self, item: int, terms: Sequence[Term], absorbed: bool, clear: bool = True) -> None:
        """Count one complaint clause of item number ``item`` (count it with ``add_background`` too).

        ``clear``: the clause is an unmistakable complaint (see ``negativity.CLEAR_AT_OR_BELOW``).
        """
        if item != self._negative_item:
            self._flush_negative()
            self._negative_item = item
            self.negative_items += 1
        self.negative += 1
        keys = [term.key for term in terms]
        self._blamed.extend(keys)
        if clear:
            self._clear.extend(keys)
        if absorbed:
            self._absorbed.extend(keys)
        self._forms.extend([(term.key, term.surface) for term in terms])
        self._verbs.extend([(term.key, term.verb) for term in terms if term.verb])
        for term in terms:
            if term.role:
                self.roles[term.key] += term.role

    def close(self) -> None:
        """Count the buffered clauses of the current item; call once all clauses have been added."""
        self._flush_background()
        self._flush_negative()

    def _flush_background(self) -> None:
        """Count the buffered background keys of one item."""
        if self._seen:
            self.background.update(self._seen)
            self.spread.update(set(self._seen))
            self._seen = []
        if self._praised:
            self.praise.update(self._praised)
            self._praised = []

    def _flush_negative(self) -> None:
        """Count the buffered complaint terms of one item."""
        if self._blamed or self._clear:
            self.in_negative.update(self._blamed)
            self.support.update(set(self._blamed))
            self.clear_support.update(set(self._clear))
            self.absorbed.update(self._absorbed)
            self.surfaces.update(self._forms)
            self.verbs.update(self._verbs)
            self._blamed, self._clear, self._absorbed, self._forms, self._verbs = [], [], [], [], []

    def forms(self, counts: Counter[tuple[str, str]], keys: Iterable[str]) -> dict[str, Counter[str]]:
        """Group (key, form) counts by key, for the given keys only."""
        wanted = set(keys)
        grouped: dict[str, Counter[str]] = {}
        for (key, form), count in counts.items():
            if key in wanted:
                grouped.setdefault(key, Counter())[form] += count
        return grouped


def variant_bases(background: Counter[str]) -> dict[str, str]:
    """Map -ing/-ed forms to a base form that occurs in the corpus ("freezing" -> "freeze")."""
    bases: dict[str, str] = {}
    for word in background:
        if " " in word or len(word) < 5:
            continue
        if word.endswith("ing"):
            stem = word[:-3]
        elif word.endswith("ed"):
            stem = word[:-2]
        else:
            continue
        for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if len(base) >= 3 and background.get(base, 0) > 0:
                bases[word] = base
                break
    return bases


def fold(key: str, bases: dict[str, str]) -> str:
    """Return ``key`` with each word replaced by its base form."""
    if " " not in key:
        return bases.get(key, key)
    return " ".join(bases.get(w, w) for w in key.split(" "))


def folded(counts: Counter[str], bases: dict[str, str]) -> Counter[str]:
    """Return ``counts`` with keys folded onto their base forms (see ``variant_bases``)."""
    folded: Counter[str] = Counter()
    for key, count in counts.items():
        folded[fold(key, bases)] += count
    return folded
