"""Corpus counts for discovery: every clause's words as background, complaint clauses as evidence.

Counting runs for every clause of the corpus, so it is done with ``Counter.update`` (a C loop) once
per item on buffered keys.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from .candidates import Term

# A misspelling: a word one slip away from a word used this many times as often, and at least so often.
_TYPO_RATIO = 20
_TYPO_MIN = 20
_TYPO_DROP_MIN = 6  # only longer words are recognised with a letter left out ("qualty")
_SHORT_WORD = 4
_SHORT_TYPO_FACTOR = 2
_BUFFER = 200_000  # keys buffered before counting


@dataclass
class TermStats:
    """Counts over the corpus: every clause's terms (background) and complaint clauses' terms.

    Keys are buffered in lists and counted with one ``Counter.update`` per buffer of many items (``close``
    counts the rest): a Python call per clause would cost more than the counting. Item-level counts
    (support, spread) take one set of keys per item, when the next item starts. Item numbers must not
    decrease.
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
    owned: Counter[str] = field(default_factory=Counter)  # uses inside a taxonomy complaint phrase
    support: Counter[str] = field(default_factory=Counter)
    clear_support: Counter[str] = field(default_factory=Counter)  # items with an unmistakable complaint
    roles: Counter[str] = field(default_factory=Counter)  # verb-like uses minus noun-like uses
    # (key, surface form) and (key, following failure verb) pairs, grouped by key only for labels.
    surfaces: Counter[tuple[str, str]] = field(default_factory=Counter)
    verbs: Counter[tuple[str, str]] = field(default_factory=Counter)
    terms: Counter[Term] = field(default_factory=Counter)  # complaint terms as found, with their forms
    _item: int = -1
    _negative_item: int = -1
    _seen: list[str] = field(default_factory=list)
    _seen_from: int = 0  # where the current item's keys start in _seen
    _spread: list[str] = field(default_factory=list)
    _praised: list[str] = field(default_factory=list)
    _blamed: list[str] = field(default_factory=list)
    _blamed_from: int = 0
    _support: list[str] = field(default_factory=list)
    _clear: list[str] = field(default_factory=list)
    _clear_from: int = 0
    _clear_support: list[str] = field(default_factory=list)
    _absorbed: list[str] = field(default_factory=list)
    _terms: list[Term] = field(default_factory=list)

    def add_clauses(
        self, item: int, keys: Sequence[str], praised: Sequence[str], clauses: int, praise_clauses: int
    ) -> None:
        """Count several clauses of item ``item`` at once: all their keys, and the keys of those praising."""
        if item != self._item:
            self._end_item()
            self._item = item
            self.items += 1
        self.clauses += clauses
        self._seen.extend(keys)
        if praise_clauses:
            self.praise_clauses += praise_clauses
            self._praised.extend(praised)

    def add_negative(
        self,
        item: int,
        terms: Sequence[Term],
        absorbed: bool,
        clear: bool = True,
        keys: Sequence[str] | None = None,
    ) -> None:
        """Count one complaint clause of item number ``item`` (count it with ``add_clauses`` too).

        ``clear``: the clause is an unmistakable complaint (see ``negativity.CLEAR_AT_OR_BELOW``);
        ``keys``: the terms' keys, if the caller has them already.
        """
        if item != self._negative_item:
            self._end_negative_item()
            self._negative_item = item
            self.negative_items += 1
        self.negative += 1
        if keys is None:
            keys = [term.key for term in terms]
        self._blamed.extend(keys)
        if clear:
            self._clear.extend(keys)
        if absorbed:
            self._absorbed.extend(keys)
        self._terms.extend(terms)

    def close(self) -> None:
        """Count everything buffered; call once all clauses have been added (more may follow)."""
        self._end_item()
        self._end_negative_item()
        self._flush()
        self._item = self._negative_item = -1
        self.surfaces, self.verbs, self.roles = Counter(), Counter(), Counter()
        for term, count in self.terms.items():
            self.surfaces[(term.key, term.surface)] += count
            if term.verb:
                self.verbs[(term.key, term.verb)] += count
            if term.role:
                self.roles[term.key] += term.role * count

    def _end_item(self) -> None:
        """Take the distinct keys of the item that ends; count the buffers once they are large."""
        if len(self._seen) > self._seen_from:
            self._spread.extend(set(self._seen[self._seen_from :]))
        self._seen_from = len(self._seen)
        if self._seen_from >= _BUFFER:
            self._flush_background()

    def _end_negative_item(self) -> None:
        """Take the distinct complaint keys of the item that ends; count the buffers once they are large."""
        if len(self._blamed) > self._blamed_from:
            self._support.extend(set(self._blamed[self._blamed_from :]))
        if len(self._clear) > self._clear_from:
            self._clear_support.extend(set(self._clear[self._clear_from :]))
        self._blamed_from, self._clear_from = len(self._blamed), len(self._clear)
        if self._blamed_from >= _BUFFER:
            self._flush_negative()

    def _flush(self) -> None:
        """Count and empty every buffer (at an item boundary)."""
        self._flush_background()
        self._flush_negative()

    def _flush_background(self) -> None:
        """Count and empty the background buffers (at an item boundary)."""
        for counter, buffer in (
            (self.background, self._seen),
            (self.spread, self._spread),
            (self.praise, self._praised),
        ):
            if buffer:
                counter.update(buffer)
                buffer.clear()
        self._seen_from = 0

    def _flush_negative(self) -> None:
        """Count and empty the complaint buffers (at an item boundary)."""
        for counter, buffer in (
            (self.in_negative, self._blamed),
            (self.support, self._support),
            (self.clear_support, self._clear_support),
            (self.absorbed, self._absorbed),
        ):
            if buffer:
                counter.update(buffer)
                buffer.clear()
        if self._terms:
            self.terms.update(self._terms)
            self._terms.clear()
        self._blamed_from = self._clear_from = 0

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


def typo_bases(
    background: Counter[str], words: Iterable[str], known: AbstractSet[str], function_words: AbstractSet[str]
) -> dict[str, str]:
    """Map misspellings among ``words`` to the word they misspell ("teh" -> "the", "qualty" -> "quality").

    A misspelling is one slip away from a word the corpus uses at least ``_TYPO_RATIO`` times as often:
    two adjacent letters swapped, a letter doubled, or (in longer words) an inner letter left out. Words
    of the package's lists (``known``) are real words and never misspellings. Short words are often
    real words one swap apart ("tow", "two"), so they are only taken for slips of a function word.
    """
    frequent = [w for w, n in background.items() if n >= _TYPO_MIN and " " not in w]
    dropped: dict[str, str] = {}  # a frequent long word with one inner letter left out -> the word
    for word in frequent:
        if len(word) >= _TYPO_DROP_MIN:
            for i in range(1, len(word) - 1):
                dropped.setdefault(word[:i] + word[i + 1 :], word)
    bases: dict[str, str] = {}
    for word in words:
        if len(word) < 3 or word in known or " " in word:
            continue
        count = background.get(word, 0) or 1
        options = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
        options += [word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1]]
        if word in dropped:
            options.append(dropped[word])
        best = max(options, key=lambda w: (background.get(w, 0), w))
        short = len(word) <= _SHORT_WORD
        if short and best not in function_words:
            continue
        ratio = _TYPO_RATIO * (_SHORT_TYPO_FACTOR if short else 1)
        if best != word and background.get(best, 0) >= max(_TYPO_MIN, ratio * count):
            bases[word] = best
    return bases


def compound_bases(background: Counter[str]) -> dict[str, str]:
    """Map spelled-apart and hyphenated compounds to the closed form the corpus also uses.

    "view finder" and "view-finder" -> "viewfinder"; a pair whose words are also written hyphenated,
    but never closed, maps to the hyphenated form ("scroll wheel" -> "scroll-wheel").
    """
    bases: dict[str, str] = {}
    for key in background:
        if " " in key:
            first, _, second = key.partition(" ")
            if " " in second:
                continue
            for form in (first + second, f"{first}-{second}"):
                if form in background:
                    bases[key] = form
                    break
        elif "-" in key:
            closed = key.replace("-", "")
            if closed in background and closed != key:
                bases[key] = closed
    for key, form in bases.items():  # "view finder" -> "view-finder" -> "viewfinder"
        if form in bases:
            bases[key] = bases[form]
    return bases


def fold(key: str, bases: dict[str, str]) -> str:
    """Return ``key`` with each word replaced by its base form, and a pair by its compound form."""
    if " " not in key:
        return bases.get(key, key)
    pair = " ".join(bases.get(w, w) for w in key.split(" "))
    return bases.get(pair, pair)


def folded(counts: Counter[str], bases: dict[str, str]) -> Counter[str]:
    """Return ``counts`` with keys folded onto their base forms (see ``variant_bases``)."""
    folded: Counter[str] = Counter()
    for key, count in counts.items():
        folded[fold(key, bases)] += count
    return folded
