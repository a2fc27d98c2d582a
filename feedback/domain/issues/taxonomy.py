"""The marketplace taxonomy: loading the built-in rules plus the user's, and matching them in a clause.

Rules are data (``taxonomy.json``): complaint ``patterns`` are regular expressions over normalised text,
``topics`` are plain words matched on plural-stemmed tokens. A match right after a negator ("no smell",
"did not arrive late", "not too small") does not count, because the customer says the problem is absent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from .anchors import anchors
from .model import IssueKind, TaxonomyEntry
from .text import is_negator, singular, tokens

_MACROS = {
    "{neg}": r"(?:n't|nt| not|not)",
    # An optional word, but never a negation: "box was {w}crushed" must not match "box was not crushed".
    "{w}": r"(?:(?!(?:not|no|never|without)\b|[\w-]*n't\b)[\w'-]+ )?",
    "{n}": r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|a couple(?: of)?)",
}
# Only the words just before a match can negate it, and never across a comma ("not happy, it arrived late").
_NEGATION_WINDOW = 2
_PHRASE_BREAK = re.compile(r"[,;:.!?()]")
_NEGATOR_PARTS = ("no", "nt", "n't", "never", "without", "zero", "hardly", "barely")


@dataclass(frozen=True)
class TaxonomyMatch:
    """One taxonomy entry found in a clause; ``spans`` cover the matched complaint text (may be empty)."""

    entry: int
    by_pattern: bool
    spans: tuple[tuple[int, int], ...]


class Taxonomy:
    """Compiled taxonomy rules; ``entries[i]`` is matched by ``match`` as index ``i``."""

    def __init__(self, entries: Sequence[TaxonomyEntry], user_ids: Iterable[str] = ()) -> None:
        """Compile ``entries``; ``user_ids`` name the user's own rules (promoted product parts)."""
        self.entries = tuple(entries)
        users = set(user_ids)
        # A user's rule names a part of their product ("zipper"): it is as specific as a discovered
        # issue, so it is kept next to a failure phrase ("broke") instead of giving way to it.
        self.user_entries = frozenset(i for i, e in enumerate(self.entries) if e.id in users)
        # Running every regular expression on every clause costs more than VADER itself, so a pattern
        # is only tried when the clause has a word starting with one of its literal words.
        self._patterns: list[tuple[int, re.Pattern[str]]] = []
        self._anchors: dict[str, list[tuple[str, int]]] = {}
        self._always: set[int] = set()
        self._word_patterns: dict[str, tuple[int, ...]] = {}  # memo: a word's anchored patterns
        for index, entry in enumerate(self.entries):
            for pattern in entry.patterns:
                expanded = _expand(pattern)
                words = anchors(expanded)
                if words is None:
                    self._always.add(len(self._patterns))
                for anchor in sorted(words or ()):
                    self._anchors.setdefault(anchor[:3], []).append((anchor, len(self._patterns)))
                self._patterns.append((index, re.compile(rf"(?<![\w'])(?:{expanded})(?![\w])")))
        self._topics: dict[str, list[int]] = {}
        for index, entry in enumerate(self.entries):
            for topic in entry.topics:
                self._topics.setdefault(topic_key(topic), []).append(index)
        self._pair_starts = frozenset(k.split(" ")[0] for k in self._topics if " " in k)
        self._topic_words = self._pair_starts | {k for k in self._topics if " " not in k}
        ids = {e.id: i for i, e in enumerate(self.entries)}
        self._suppresses = [frozenset(ids[s] for s in e.suppresses if s in ids) for e in self.entries]

    @property
    def topic_keys(self) -> frozenset[str]:
        """Return the term keys the taxonomy already covers, which discovery must not report again."""
        return frozenset(self._topics)

    def candidates(self, words: Sequence[str]) -> set[int]:
        """Return the patterns that can match a clause with these words (see ``anchors``)."""
        hit = set(self._always)
        memo = self._word_patterns
        for word in words:
            found = memo.get(word)
            if found is None:
                found = memo[word] = tuple(
                    i for a, i in self._anchors.get(word[:3], ()) if word.startswith(a)
                )
            if found:
                hit.update(found)
        return hit

    def match(self, text: str, words: Sequence[str], keys: Sequence[str]) -> list[TaxonomyMatch]:
        """Find the entries in one normalised clause, given its words and their ``singular`` keys."""
        hits = self.candidates(words)
        topical = not self._topic_words.isdisjoint(keys)
        if not hits and not topical:
            return []
        spans: dict[int, list[tuple[int, int]]] = {}
        for number in sorted(hits):
            index, pattern = self._patterns[number]
            for m in pattern.finditer(text):
                if not _negated_before(text, m.start()):
                    spans.setdefault(index, []).append((m.start(), m.end()))
        found = {index: TaxonomyMatch(index, True, tuple(s)) for index, s in spans.items()}
        for position, key in enumerate(keys if topical else ()):
            if key not in self._topic_words:
                continue
            topic_keys = [key]
            if key in self._pair_starts and position + 1 < len(keys):
                topic_keys.append(f"{key} {keys[position + 1]}")
            for topic in topic_keys:
                for index in self._topics.get(topic, ()):
                    if index not in found and not _negated_topic(keys, position):
                        found[index] = TaxonomyMatch(index, False, ())
        if not found:
            return []
        # Topic words are weak evidence: a clause with a complaint phrase is about that complaint.
        has_pattern = any(m.by_pattern for m in found.values())
        suppressed = set().union(*(self._suppresses[i] for i, m in found.items() if m.by_pattern))
        return [
            m
            for i, m in sorted(found.items())
            if i not in suppressed and (m.by_pattern or not has_pattern or i in self.user_entries)
        ]


def topic_key(phrase: str) -> str:
    """Return the key of a topic phrase: its plural-stemmed words joined by a space."""
    return " ".join(singular(t) for t in tokens(phrase.lower()))


def clause_keys(words: Sequence[str]) -> list[str]:
    """Return the lookup keys of a clause's words: each word's singular."""
    return [singular(w) for w in words]


def phrase_keys(keys: Sequence[str]) -> set[str]:
    """Return the keys of a clause's words and of each adjacent pair of words ("customer service")."""
    return {*keys, *(f"{a} {b}" for a, b in pairwise(keys))}


def _negated_topic(keys: Sequence[str], position: int) -> bool:
    """Tell whether the topic word at ``position`` follows a negator ("no smell", "without odor")."""
    return any(is_negator(w) for w in keys[max(0, position - _NEGATION_WINDOW) : position])


def _negated_before(text: str, start: int) -> bool:
    """Tell whether one of the words just before ``start`` negates the match that begins there."""
    before = text[max(0, start - 30) : start]
    # Every negator contains one of these, so most matches are settled without tokenising.
    if not any(part in before for part in _NEGATOR_PARTS):
        return False
    before = _PHRASE_BREAK.split(before)[-1]
    return any(is_negator(w) for w in tokens(before)[-_NEGATION_WINDOW:])


def _expand(pattern: str) -> str:
    """Replace the macros of a pattern by their regular expressions."""
    for macro, expansion in _MACROS.items():
        pattern = pattern.replace(macro, expansion)
    return pattern


def entry_from_json(raw: dict[str, Any]) -> TaxonomyEntry:
    """Build a TaxonomyEntry from its JSON form (the format of ``taxonomy.json``)."""
    return TaxonomyEntry(
        id=str(raw["id"]),
        label=str(raw["label"]),
        kind=IssueKind(raw["kind"]),
        patterns=tuple(raw.get("patterns", ())),
        topics=tuple(raw.get("topics", ())),
        suppresses=tuple(raw.get("suppresses", ())),
        absorbs_terms=bool(raw.get("absorbs_terms", False)),
        why=str(raw.get("why", "")),
        generic=bool(raw.get("generic", False)),
    )


@cache
def builtin_entries() -> tuple[TaxonomyEntry, ...]:
    """Return the built-in marketplace taxonomy, read from the package's ``taxonomy.json``."""
    raw = json.loads(resources.files(__package__).joinpath("taxonomy.json").read_text(encoding="utf-8"))
    return tuple(entry_from_json(e) for e in raw["entries"])


def load_taxonomy(extra: Sequence[TaxonomyEntry] = ()) -> Taxonomy:
    """Return the built-in taxonomy plus ``extra`` user rules; a user rule replaces a built-in with its id."""
    by_id = {e.id: e for e in builtin_entries()}
    for entry in extra:
        by_id[entry.id] = entry
    builtin = {e.id for e in builtin_entries()}
    return Taxonomy(list(by_id.values()), [e.id for e in extra if e.id not in builtin])


def promote(key: str, label: str, terms: Sequence[str], kind: IssueKind = IssueKind.PRODUCT) -> TaxonomyEntry:
    """Turn a discovered issue into a user taxonomy rule that tags negative sentences naming ``terms``.

    The rule's id is the discovered key's term ("disc:zipper" -> "zipper", key "tax:zipper"; "user-<term>"
    if a built-in entry has that id); store it and pass it to ``load_taxonomy(extra=...)``. Its topics
    cover the words, so discovery stops reporting them; merge the old key into the new one in Overrides.
    """
    ident = key.split(":", 1)[-1]
    if ident in {e.id for e in builtin_entries()}:
        ident = f"user-{ident}"
    return TaxonomyEntry(id=ident, label=label, kind=kind, patterns=(), topics=tuple(terms))
