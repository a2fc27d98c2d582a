"""Compose review titles, texts and star ratings from the phrase bank.

Everything takes the bound ``random`` method of a seeded ``random.Random`` so the same seed always gives
the same review, and so the hot loop avoids attribute look-ups.
"""

from __future__ import annotations

from collections.abc import Callable

from feedback.domain.samples.bank import Bank, Issue, Pool
from feedback.domain.samples.style import roughen

Rand = Callable[[], float]

POSITIVE = "positive"
MIXED = "mixed"
NEUTRAL = "neutral"
NEGATIVE = "negative"

MAX_CHARS = 1500
MIN_CHARS = 20

# Sentence-count distribution: many short reviews, a long tail of essays (mean text ~280 characters).
_COUNT_WEIGHTS = {1: 6, 2: 11, 3: 13, 4: 12, 5: 11, 6: 9, 7: 8, 8: 7, 9: 5, 10: 5}
_COUNT_WEIGHTS |= {12: 4, 14: 3, 17: 3, 21: 2, 26: 1, 34: 1}
_COUNTS: tuple[int, ...] = tuple(k for k, weight in _COUNT_WEIGHTS.items() for _ in range(weight))

# Star ratings per sentiment, as lookup tables of 20 entries.
_RATINGS: dict[str, tuple[float, ...]] = {
    POSITIVE: (5.0,) * 16 + (4.0,) * 4,
    MIXED: (4.0,) * 10 + (3.0,) * 9 + (2.0,) * 1,
    NEUTRAL: (4.0,) * 4 + (3.0,) * 14 + (2.0,) * 2,
    NEGATIVE: (1.0,) * 12 + (2.0,) * 6 + (3.0,) * 2,
}

_GROUP = {POSITIVE: "pos", MIXED: "mixed", NEUTRAL: "mixed", NEGATIVE: "neg"}


def sentence_count(r: Rand) -> int:
    """Draw how many sentences a review gets."""
    return _COUNTS[int(r() * len(_COUNTS))]


def rating_for(sentiment: str, r: Rand) -> float:
    """Draw a star rating that fits ``sentiment`` (mostly; real reviewers are not perfectly consistent)."""
    table = _RATINGS[sentiment]
    return table[int(r() * len(table))]


def pick(pool: Pool, r: Rand) -> str:
    """Pick a template from ``pool`` and then one of its variants."""
    variants = pool[int(r() * len(pool))]
    return variants[int(r() * len(variants))]


def _lower_first(sentence: str) -> str:
    if sentence[:2] in ("I ", "I'") or sentence[1:2].isupper():
        return sentence
    return sentence[:1].lower() + sentence[1:]


class _Writer:
    """Collect the sentences of one review, avoiding the same template twice."""

    __slots__ = ("out", "r", "used")

    def __init__(self, r: Rand) -> None:
        self.r = r
        self.out: list[str] = []
        self.used: set[int] = set()

    def take(self, pool: Pool, fallback: Pool) -> str:
        r, used = self.r, self.used
        variants = pool[int(r() * len(pool))]
        if id(variants) in used:
            for candidates in (pool, pool, fallback, fallback, fallback):
                variants = candidates[int(r() * len(candidates))]
                if id(variants) not in used:
                    break
        used.add(id(variants))
        return variants[int(r() * len(variants))]


def _issue_sentence(bank: Bank, issue: Issue, w: _Writer, r: Rand) -> str:
    sentence = w.take(issue.sentences, bank.pools["neutral"])
    x = r()
    if x < 0.7:
        connector = bank.connectors[int(r() * len(bank.connectors))]
        return f"{connector} {_lower_first(sentence)}"
    if x < 0.85:
        return f"{pick(bank.pools['updates'], r)} {sentence}"
    return sentence


def _body(bank: Bank, sentiment: str, issue: Issue | None, k: int, w: _Writer) -> Pool:
    """Write the sentences of a review into ``w`` and return the title pool to use."""
    r, pools, take, append = w.r, bank.pools, w.take, w.out.append
    if k == 1 and r() < 0.7:
        group = _GROUP[sentiment]
        w.out.append(pick(pools[f"short_{group}"], r))
        return pools[f"titles_{group}"]
    closer = k >= 2 and r() < 0.45
    if sentiment == NEGATIVE:
        if k >= 3 and r() < 0.3:
            append(take(pools["openers_neg"], pools["negative"]))
        rest = k - len(w.out) - closer
        for i in range(max(rest, 1)):
            if issue is not None and (i == 0 or (issue.repeatable and r() < 0.35)):
                append(take(issue.sentences, pools["negative"]))
            else:
                append(take(pools["negative"], pools["neutral"]))
        if closer:
            append(take(pools["closers_neg"], pools["closers_neg"]))
        return issue.titles if issue is not None and r() < 0.55 else pools["titles_neg"]
    if k >= 3 and r() < 0.3:
        append(take(pools["openers"], pools["praise"]))
    if sentiment == POSITIVE:
        for _ in range(max(k - len(w.out) - closer, 1)):
            append(take(bank.praise if r() < 0.55 else pools["praise"], pools["praise"]))
        if closer:
            append(take(pools["closers_pos"], pools["closers_pos"]))
        return pools["titles_pos"]
    n_issue = 0 if issue is None else max(1, k // 3)
    n_other = max(k - len(w.out) - closer - n_issue, 1)
    for _ in range(n_other):
        if sentiment == NEUTRAL and r() < 0.6:
            append(take(pools["neutral"], pools["praise"]))
        else:
            append(take(bank.praise if r() < 0.6 else pools["praise"], pools["neutral"]))
    if issue is not None:
        w.out.append(_issue_sentence(bank, issue, w, r))
        for _ in range(n_issue - 1):
            repeat = issue.repeatable and r() < 0.6
            append(take(issue.sentences if repeat else pools["neutral"], pools["neutral"]))
    if closer:
        append(take(pools["closers_mixed"], pools["closers_mixed"]))
    return issue.titles if issue is not None and r() < 0.3 else pools["titles_mixed"]


def compose(bank: Bank, r: Rand, sentiment: str, issue: Issue | None, k: int) -> tuple[str, str]:
    """Write a review of ``k`` sentences with the given sentiment and issue; return ``(title, text)``."""
    w = _Writer(r)
    titles = _body(bank, sentiment, issue, k, w)
    out = w.out
    text = " ".join(out)
    while len(text) > MAX_CHARS - 10 and len(out) > 1:  # leave room for a typo that adds a letter
        del out[-2 if len(out) > 2 else -1]
        text = " ".join(out)
    text = roughen(text, r)
    while len(text) < MIN_CHARS:
        text = f"{text} {w.take(bank.pools['praise' if sentiment == POSITIVE else 'neutral'], bank.praise)}"
    return pick(titles, r), text
