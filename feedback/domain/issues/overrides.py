"""Applying the user's issue edits (rename, merge, split, kind) to the raw issue keys of a sentence.

Edits refer to issue keys, which are stable: "tax:<entry id>" for taxonomy issues, "disc:<term>" for
discovered ones (the plural-stemmed word, so new data keeps the key), and "<key>~<slug>" for the parts of
a split. Applying them is a pure function of the keys and the sentence, so every re-analysis and every
new import gives the same result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .model import IssueKind, IssueSource, IssueTag, Overrides
from .taxonomy import clause_keys, phrase_keys, topic_key
from .text import normalise, tokens

_SLUG = re.compile(r"[^a-z0-9]+")

# Returns (label, kind, source) of a raw key as analysis found it, or None for keys it did not produce.
BaseTag = Callable[[str], tuple[str, IssueKind, IssueSource] | None]


def slug(label: str) -> str:
    """Return a key-safe form of a label ("Remote battery" -> "remote-battery")."""
    return _SLUG.sub("-", label.lower()).strip("-") or "part"


def split_key(key: str, label: str) -> str:
    """Return the key of the part ``label`` of the split issue ``key``."""
    return f"{key}~{slug(label)}"


class OverrideApplier:
    """Applies one Overrides value; builds the split lookups once, then maps keys per sentence."""

    def __init__(self, overrides: Overrides | None, base: BaseTag) -> None:
        """Prepare ``overrides`` (None means no edits); ``base`` describes the keys analysis produces."""
        self._o = overrides or Overrides()
        self._base = base
        self._tags: dict[str, IssueTag] = {}
        self._parts: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
        self._part_labels: dict[str, tuple[str, str]] = {}
        for key, parts in self._o.splits.items():
            for label, terms in parts.items():
                new_key = split_key(key, label)
                self._parts.setdefault(key, []).append((new_key, label, frozenset(map(topic_key, terms))))
                self._part_labels[new_key] = (label, key)

    def apply(self, keys: Sequence[str], sentence: str) -> tuple[IssueTag, ...]:
        """Map a sentence's raw issue keys to final tags: split, merge, then rename; duplicates dropped."""
        if not keys:
            return ()
        if len(keys) == 1 and keys[0] not in self._parts:
            return (self.tag(self._merge(keys[0])),)
        sentence_keys: frozenset[str] | None = None
        seen: dict[str, IssueTag] = {}
        for key in keys:
            if key in self._parts:
                if sentence_keys is None:
                    sentence_keys = frozenset(phrase_keys(clause_keys(tokens(normalise(sentence)))))
                key = next((k for k, _, terms in self._parts[key] if terms & sentence_keys), key)
            final = self._merge(key)
            if final not in seen:
                seen[final] = self.tag(final)
        return tuple(seen.values())

    def final_key(self, key: str) -> str:
        """Return where ``key`` ends up after merges (splits need the sentence, so they are not applied)."""
        return self._merge(key)

    def _merge(self, key: str) -> str:
        """Follow the merge chain from ``key``; a cycle stops at the first key seen twice."""
        if key not in self._o.merges:
            return key
        visited = {key}
        while key in self._o.merges and self._o.merges[key] not in visited:
            key = self._o.merges[key]
            visited.add(key)
        return key

    def tag(self, key: str) -> IssueTag:
        """Return the tag of a final key: base label, kind and source, then the user's rename and kind."""
        tag = self._tags.get(key)
        if tag is None:
            label, kind, source = self._describe(key)
            tag = IssueTag(
                label=self._o.renames.get(key, label),
                kind=self._o.kinds.get(key, kind),
                key=key,
                source=source,
            )
            self._tags[key] = tag
        return tag

    def _describe(self, key: str) -> tuple[str, IssueKind, IssueSource]:
        """Return label, kind and source of ``key`` before renames, also for split parts and absent keys."""
        if key in self._part_labels:
            label, parent = self._part_labels[key]
            _, kind, source = self._describe(parent)
            return label, self._o.kinds.get(parent, kind), source
        found = self._base(key)
        if found is not None:
            return found
        # A merge target that this data set did not produce: fall back to its term.
        origin: IssueSource = "taxonomy" if key.startswith("tax:") else "discovered"
        return key.split(":", 1)[-1].replace("-", " "), IssueKind.PRODUCT, origin
