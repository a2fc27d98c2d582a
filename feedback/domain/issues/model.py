"""Value types of issue tagging: what an issue is, where it was found, and the user's edits to issues."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, NamedTuple

ItemId = Hashable
IssueSource = Literal["taxonomy", "discovered"]


class IssueKind(StrEnum):
    """Where the fix for an issue lies."""

    FULFILMENT = "fulfilment"  # carrier or Amazon fulfilment: Amazon strikes such seller feedback through
    PRODUCT = "product"  # design, materials, manufacturing
    SELLER = "seller"  # listing, stock, packing, pricing, communication


class Span(NamedTuple):
    """A piece of a text: ``text == source[start:end].strip()`` and start/end index the original text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TaxonomyEntry:
    """One marketplace-wide issue and the phrasings that recognise it.

    ``patterns`` are regular expressions phrased as complaints ("arrived {w}late"); a match marks the
    sentence as a complaint even when the sentiment scorer calls it neutral. ``topics`` are plain words or
    two-word phrases ("battery", "customer service") that tag a sentence only if it is already negative.
    """

    id: str
    label: str
    kind: IssueKind
    patterns: tuple[str, ...]
    topics: tuple[str, ...] = ()
    suppresses: tuple[str, ...] = ()
    # A situation issue (delivery, service) absorbs the product words of its sentences as context.
    absorbs_terms: bool = False
    why: str = ""
    # A kind of failure rather than a thing that failed ("Defective or stopped working"): a part named in
    # the same sentence is more specific, so it keeps its words and ranks before this issue.
    generic: bool = False

    @property
    def key(self) -> str:
        """Return the stable issue key of this entry."""
        return f"tax:{self.id}"


@dataclass(frozen=True)
class IssueTag:
    """A recurring issue as attached to a sentence or an item; ``key`` is stable across re-analysis."""

    label: str
    kind: IssueKind
    key: str
    source: IssueSource


@dataclass(frozen=True)
class TaggedSentence:
    """A negative sentence of an item; ``tags[0]`` is its main issue, ``compound`` its most negative part."""

    item_id: ItemId
    start: int
    end: int
    text: str
    compound: float
    tags: tuple[IssueTag, ...]


@dataclass(frozen=True)
class Quote:
    """A short negative sentence that shows an issue in a customer's words."""

    item_id: ItemId
    text: str


@dataclass(frozen=True)
class IssueSummary:
    """One issue over the whole analysed set: how many items and sentences, and example quotes."""

    tag: IssueTag
    items: int
    sentences: int
    quotes: tuple[Quote, ...]
    terms: tuple[str, ...] = ()  # discovered issues: the words that were grouped under it


RECURRING_MIN_ITEMS = 2  # items that must name an issue before it counts as recurring


@dataclass(frozen=True)
class Analysis:
    """The result of analysing a set of items: issues per item, negative sentences, issue summaries."""

    items: Mapping[ItemId, tuple[IssueTag, ...]]
    sentences: tuple[TaggedSentence, ...]
    issues: tuple[IssueSummary, ...]  # most items first

    @property
    def recurring(self) -> tuple[IssueSummary, ...]:
        """Return the issues that recur: named by at least ``RECURRING_MIN_ITEMS`` items, most first.

        One customer's complaint is not yet a pattern; such issues stay in ``issues`` (and on the
        pages, listed apart as "mentioned once"), but the top issues a seller acts on are these.
        """
        return tuple(s for s in self.issues if s.items >= RECURRING_MIN_ITEMS)

    def tags_for(self, item_id: ItemId) -> tuple[IssueTag, ...]:
        """Return the deduplicated issues of one item, main issues first; () for unknown items."""
        return self.items.get(item_id, ())

    def summary(self, key: str) -> IssueSummary | None:
        """Return the summary of the issue with ``key``, or None if no item has it."""
        return next((s for s in self.issues if s.tag.key == key), None)


@dataclass(frozen=True)
class Overrides:
    """The user's edits to issues, kept as data so every re-analysis applies them the same way.

    Applied in this order to each sentence's issue keys: ``splits`` (a key becomes ``<key>~<slug>`` for
    the first listed part whose terms occur in the sentence; sentences matching no part keep the key),
    then ``merges`` (followed to the end of the chain), then ``renames`` and ``kinds`` of the final key.
    Promoting a discovered issue to a rule is not an override: it is an extra ``TaxonomyEntry``.
    """

    renames: Mapping[str, str] = field(default_factory=dict)
    merges: Mapping[str, str] = field(default_factory=dict)
    splits: Mapping[str, Mapping[str, Sequence[str]]] = field(default_factory=dict)
    kinds: Mapping[str, IssueKind] = field(default_factory=dict)
