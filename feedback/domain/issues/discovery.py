"""Discovering product-specific issues from the complaint clauses themselves, by counting and hashing.

The candidates are a clause's content words and adjacent pairs (``candidates.py``); ``stats.py``
counts them over the corpus. A candidate becomes an issue when:

- at least ``min_support`` items complain about it (2 by default: small sellers count too), at least
  two of them unmistakably (complaint phrasing, or a compound of -0.25 or lower), so a single
  sentiment word read out of context ("shoot" in camera reviews) does not make issues;
- it is not mostly used as a verb ("figure out", "hear"), and its complaints are not mostly about a
  situation issue such as delivery or service, or a specific taxonomy complaint such as a battery
  that dies (then it is context for that issue: "email", "box", "dead by lunch"); a generic failure
  ("broke", "defective") does not count, since the part that broke is the more specific issue;
- it is not mostly a word of the taxonomy's own complaint phrases ("looks nothing like the pictures");
- it is concentrated in complaints (``concentration``): a term blamed as often as the average word,
  like the product's own name ("camera" is praised and blamed alike), is not an issue. Terms that few
  items mention need clear concentration (``_MIN_ODDS_RATIO``); a term that many items blame is an issue
  by its volume as long as it is blamed at least as much as the average term ("software", complained
  about in a third of one player's reviews, yet also often praised). Words nearly every item names, and
  the caller's ``context`` (the product title), are the product itself. With no contrast at all (almost
  every clause negative, as in three one-star reviews) only support counts, and a word every item names
  is an issue only when it is what fails ("lid leaks"), not the product being blamed ("kettle is junk").

Variants fold together: plurals by the key, and before counting (``stats``) -ing/-ed forms onto a base
form seen in the corpus ("freezing" -> "freeze"), misspellings onto the word they misspell ("qualty"),
spelled-apart compounds onto the closed form ("view finder" -> "viewfinder"). A word that mostly occurs
inside one selected pair joins the pair's other word ("cf" in "cf card"), and an issue most of whose
complaint sentences name another issue joins it ("thin" and "miles" in "the straps are thin, it hurts
after a few miles"): one complaint, one issue. A discovered issue's key is "disc:" plus its strongest
word, so re-analysis with new data gives the same key for the same word. Labels are the commonest
surface form, the commonest pair when most mentions use it ("scroll wheel"), plus the failure verb most
often right after it when that verb dominates ("lid leaks"). Everything is linear in the number of
clauses, except sorting the vocabulary and the pairs of issues named together.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .stats import TermStats
from .text import full_form, is_term_word

_PRIOR = 4.0
_MIN_ODDS_RATIO = 1.5
# Complaints from many items are evidence by their volume: such terms only need to be blamed no less
# than the average term ("software" in a third of all complaints, yet also often praised).
_MIN_ODDS_RATIO_FREQUENT = 1.0
_VOLUME_ITEMS = 5
_VOLUME_SHARE = 0.05
# A term nearly every item names is the product itself ("camera" in a camera's reviews).
_UBIQUITOUS = 0.75
_ODDS_CAP = 6.0
_NO_CONTRAST = 0.8  # above this share of negative clauses, concentration says nothing
_ABSORBED_SHARE = 0.5
_PAIR_LABEL_SHARE = 0.5
_VERB_USES = 0.25
_CLEAR_ITEMS = 2
_MODIFIER_SHARE = 0.5
_VERB_SHARE = 0.4
_SHARED_SENTENCES = 0.6  # an issue most of whose sentences name another issue joins it


@dataclass(frozen=True)
class Discovered:
    """The discovered issues: ``issue_of`` maps a term key to an issue key, ``score`` ranks issues."""

    issue_of: dict[str, str]
    labels: dict[str, str]
    score: dict[str, float]
    terms: dict[str, tuple[str, ...]]

    def issues_in(self, keys: Iterable[str]) -> list[str]:
        """Return the issues named by a clause's term keys, strongest first."""
        found = {self.issue_of[k] for k in keys if k in self.issue_of}
        return sorted(found, key=lambda issue: (-self.score[issue], issue))


def discover(
    stats: TermStats,
    min_support: int,
    context: frozenset[str] = frozenset(),
    sentences: Iterable[Iterable[str]] = (),
) -> Discovered:
    """Select the issue terms from the counts, join pairs to their words, and label each issue.

    ``context`` holds term keys that name the product itself (its title, its category): never issues.
    Terms that nearly every item names are treated as such names unless clearly concentrated.
    ``sentences`` are the term keys of each complaint sentence; issues that share most of their
    sentences are joined (see ``_join_cooccurring``).
    """
    contrast = 0.0 < stats.negative < _NO_CONTRAST * stats.clauses
    volume = max(_VOLUME_ITEMS, _VOLUME_SHARE * stats.negative_items)
    failing: Counter[str] = Counter()
    if not contrast:
        for (key, _verb), uses in stats.verbs.items():
            failing[key] += uses
    score: dict[str, float] = {}
    for key, count in stats.in_negative.items():
        support = stats.support[key]
        if support < min_support or stats.absorbed[key] > _ABSORBED_SHARE * count:
            continue
        if stats.owned[key] >= count:
            continue  # mostly a word of taxonomy phrases ("looks nothing like the pictures")
        if stats.clear_support[key] < min(min_support, _CLEAR_ITEMS):
            continue  # only faint complaints: often one sentiment word read out of context
        if key in context or not all(is_term_word(w) for w in key.split(" ")):
            continue  # the product's own name, or a verb form folded onto a generic word ("saying")
        if stats.roles[key] > _VERB_USES * count:
            continue  # mostly used as a verb ("figure out", "hear"): the complaint is about something else
        ubiquitous = stats.spread[key] >= _UBIQUITOUS * stats.items
        if contrast:
            ratio = concentration(stats, key)
            if ratio < (_MIN_ODDS_RATIO if support < volume or ubiquitous else _MIN_ODDS_RATIO_FREQUENT):
                continue
        else:
            # Only complaints: nothing to contrast with, so support decides. A word every item names is
            # the product itself, unless it is what fails ("lid leaks" in three one-star reviews).
            ratio = 1.0
            if ubiquitous and failing[key] < _VERB_SHARE * count:
                continue
        score[key] = support * min(ratio, _ODDS_CAP)
    issue_of = _join_cooccurring(_join_words(stats, score), score, sentences, min_support)
    members: dict[str, list[str]] = {}
    for term, issue in issue_of.items():
        members.setdefault(issue, []).append(term)
    surfaces = stats.forms(stats.surfaces, issue_of)
    verbs = stats.forms(stats.verbs, issue_of)
    return Discovered(
        issue_of={t: f"disc:{i.replace(' ', '-')}" for t, i in issue_of.items()},
        labels={
            f"disc:{i.replace(' ', '-')}": _label(stats, i, m, surfaces, verbs) for i, m in members.items()
        },
        score={f"disc:{i.replace(' ', '-')}": score[i] for i in members},
        terms={f"disc:{i.replace(' ', '-')}": tuple(sorted(m)) for i, m in members.items()},
    )


def _join_words(stats: TermStats, score: dict[str, float]) -> dict[str, str]:
    """Map every selected term to its issue's head term.

    A word that mostly occurs inside one selected pair is a modifier of the pair's other word, so both
    words form one issue ("cf" in "cf card" joins "card"); the head is the strongest word of the group.
    Any other pair joins the stronger of its words that is an issue, or is an issue of its own.
    """
    parent = {key: key for key in score if " " not in key}

    def root(word: str) -> str:
        while parent[word] != word:
            word = parent[word]
        return word

    pairs = sorted((k for k in score if " " in k), key=lambda p: (-stats.in_negative[p], p))
    for pair in pairs:
        first, second = pair.split(" ", 1)
        if first in parent and second in parent:
            rarer = min(stats.in_negative[first], stats.in_negative[second])
            if stats.in_negative[pair] >= _MODIFIER_SHARE * rarer:
                a, b = root(first), root(second)
                if a != b:
                    weak, strong = sorted((a, b), key=lambda w: (score[w], w))
                    parent[weak] = strong
    issue_of = {word: root(word) for word in parent}
    for pair in pairs:
        words = [w for w in pair.split(" ") if w in issue_of]
        issue_of[pair] = max((issue_of[w] for w in words), key=lambda w: (score[w], w)) if words else pair
    return issue_of


def _join_cooccurring(
    issue_of: dict[str, str], score: dict[str, float], sentences: Iterable[Iterable[str]], min_support: int
) -> dict[str, str]:
    """Join an issue into another when most of its complaint sentences name the other too.

    Words that only ever come with another issue are its details ("thin" and "miles" in "the straps
    are thin, it hurts after a few miles") or variants the counts cannot tell apart: one complaint,
    one issue, named by the stronger (the more concentrated, or more often blamed) of the two.
    """
    counts: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for keys in sentences:
        found = {issue_of[k] for k in keys if k in issue_of}
        if found:
            counts.update(found)
            if len(found) > 1:
                pairs.update(itertools.combinations(sorted(found), 2))
    if not pairs:
        return issue_of
    parent: dict[str, str] = {}

    def root(issue: str) -> str:
        while issue in parent:
            issue = parent[issue]
        return issue

    for (a, b), shared in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        if shared < max(min_support, _SHARED_SENTENCES * min(counts[a], counts[b])):
            continue
        weak, strong = sorted((root(a), root(b)), key=lambda i: (score[i], i))
        if weak != strong:
            parent[weak] = strong
    return {term: root(issue) for term, issue in issue_of.items()}


def concentration(stats: TermStats, key: str) -> float:
    """Return how much more a term is blamed than the average term, as an odds ratio (1 = average).

    Two contrasts, combined by their geometric mean: complaints among all clauses naming the term (most
    mentions are neutral description), and complaints against praise (a much-discussed aspect such as
    "software" can be neutral in most clauses yet blamed more than praised, while the product's name,
    "player", is praised more than blamed). Both rates are shrunk towards their base rates by a prior
    of ``_PRIOR`` clauses, so two mentions are not yet proof.
    """
    count = stats.in_negative[key]
    ratios = []
    for others, base_others in (
        (max(stats.background[key], count) - count, stats.clauses - stats.negative),
        (stats.praise[key], stats.praise_clauses),
    ):
        base = stats.negative / max(1, stats.negative + base_others)
        if not 0.0 < base < 1.0:
            continue
        rate = (count + _PRIOR * base) / (count + others + _PRIOR)
        ratios.append(_odds(rate) / _odds(base))
    return math.prod(ratios) ** (1 / len(ratios)) if ratios else 1.0


def _odds(rate: float) -> float:
    """Return the odds of a rate, capped so that a rate of 1 stays finite."""
    return rate / max(1.0 - rate, 1e-6)


def _label(
    stats: TermStats,
    head: str,
    members: Sequence[str],
    surfaces: dict[str, Counter[str]],
    verbs_of: dict[str, Counter[str]],
) -> str:
    """Return a short label: the commonest form of the head, or of a dominant pair, plus a dominant verb."""
    best = head
    pairs = [m for m in members if " " in m]
    if pairs:
        top = max(pairs, key=lambda p: (stats.in_negative[p], p))
        if stats.in_negative[top] >= _PAIR_LABEL_SHARE * stats.in_negative[head]:
            best = top
    surface = full_form(_commonest(surfaces.get(best, Counter({best: 1}))))
    verbs = verbs_of.get(best, Counter())
    if verbs:
        verb = _commonest(verbs)
        if verbs[verb] >= 2 and verbs[verb] >= _VERB_SHARE * stats.in_negative[best]:
            return f"{surface} {verb}"
    return surface


def _commonest(counts: Counter[str]) -> str:
    """Return the most frequent string, ties broken by the shorter and then the alphabetically first."""
    return min(counts, key=lambda s: (-counts[s], len(s), s))
