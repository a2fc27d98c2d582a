"""Summarising tagged sentences into per-item issues and per-issue counts with example quotes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from .model import Analysis, IssueSummary, IssueTag, ItemId, Quote, TaggedSentence
from .overrides import OverrideApplier

QUOTES_PER_ISSUE = 3
# Quotes should read on their own: long enough to say something, short enough to scan.
_QUOTE_MIN, _QUOTE_MAX = 20, 200
_BACKUP_QUOTES = 20  # sentences kept per issue where it is not the main issue, in case it seldom is


def summarise(
    ids: Sequence[ItemId],
    sentences: Sequence[TaggedSentence],
    discovered_terms: Mapping[str, tuple[str, ...]],
    applier: OverrideApplier,
    generic: AbstractSet[str] = frozenset(),
) -> Analysis:
    """Build the Analysis: tags per item (main issues first), and per issue item and sentence counts.

    Issues are listed by items, most first. A ``generic`` issue (a kind of failure: "Defective or
    stopped working") ranks by the items where no discovered part names what failed: "zipper broke" is
    counted under it, but the zipper issue is the one to list first.
    """
    main: dict[ItemId, dict[str, IssueTag]] = {}
    rest: dict[ItemId, dict[str, IssueTag]] = {}
    items: dict[str, set[ItemId]] = {}
    counts: Counter[str] = Counter()
    tags: dict[str, IssueTag] = {}
    uncovered: dict[str, set[ItemId]] = {}  # generic issues: items where no part names the failure
    # Quote candidates: sentences where the issue is the main one come first.
    first_choice: dict[str, list[int]] = {}
    second_choice: dict[str, list[int]] = {}
    for index, sentence in enumerate(sentences):
        if not sentence.tags:
            continue
        item = sentence.item_id
        head, *others = sentence.tags
        main.setdefault(item, {}).setdefault(head.key, head)
        first_choice.setdefault(head.key, []).append(index)
        for tag in others:
            rest.setdefault(item, {}).setdefault(tag.key, tag)
            backup = second_choice.setdefault(tag.key, [])
            if len(backup) < _BACKUP_QUOTES:
                backup.append(index)
        for tag in sentence.tags:
            items.setdefault(tag.key, set()).add(item)
            tags[tag.key] = tag
        if generic and not any(t.source == "discovered" for t in sentence.tags):
            for tag in sentence.tags:
                if tag.key in generic:
                    uncovered.setdefault(tag.key, set()).add(item)
        for tag in sentence.tags:
            counts[tag.key] += 1
    terms: dict[str, set[str]] = {}
    for key, words in discovered_terms.items():
        terms.setdefault(applier.final_key(key), set()).update(words)
    summaries = [
        IssueSummary(
            tag=tags[key],
            items=len(items[key]),
            sentences=counts[key],
            quotes=_quotes(sentences, first_choice.get(key, []), second_choice.get(key, [])),
            terms=tuple(sorted(terms.get(key, ()))),
        )
        for key in tags
    ]

    def rank(summary: IssueSummary) -> tuple[int, int, int, str]:
        key = summary.tag.key
        own = len(uncovered.get(key, ())) if key in generic else summary.items
        return (-own, -summary.items, -summary.sentences, key)

    summaries.sort(key=rank)
    per_item: dict[ItemId, tuple[IssueTag, ...]] = dict.fromkeys(ids, ())
    for item, heads in main.items():
        extra = rest.get(item, {})
        per_item[item] = (*heads.values(), *(t for k, t in extra.items() if k not in heads))
    for item, extra in rest.items():
        if item not in main:
            per_item[item] = tuple(extra.values())
    return Analysis(items=per_item, sentences=tuple(sentences), issues=tuple(summaries))


def _quotes(sentences: Sequence[TaggedSentence], first: list[int], second: list[int]) -> tuple[Quote, ...]:
    """Pick a few quotes from different items: readable length, most negative, shortest first."""

    def rank(index: int) -> tuple[int, float, int]:
        size = len(sentences[index].text)
        return (0 if _QUOTE_MIN <= size <= _QUOTE_MAX else 1, sentences[index].compound, size)

    pool = first if len(first) >= QUOTES_PER_ISSUE else first + second
    chosen: list[Quote] = []
    used: set[ItemId] = set()
    for index in sorted(pool, key=rank):
        sentence = sentences[index]
        if sentence.item_id not in used:
            used.add(sentence.item_id)
            chosen.append(Quote(sentence.item_id, sentence.text))
            if len(chosen) == QUOTES_PER_ISSUE:
                break
    return tuple(chosen)
