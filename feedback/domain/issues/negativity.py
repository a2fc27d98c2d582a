"""Deciding which clauses are complaints, and which clauses are worth sending to the sentiment scorer.

A clause is negative when the scorer says so (compound <= -0.05, VADER's own cut-off), or when it is
phrased as a complaint the lexicon cannot see ("stopped working after two weeks", "arrived late", "too
small", "the lid leaks": VADER scores all of these 0.0) unless the clause is clearly positive overall.
After praise, a neutral clause introduced by "but"/"however"/"except" is the complaint ("works well, but
the remote is tiny"). In a 1-2 star review, a neutral clause naming a taxonomy topic counts as well.

A taxonomy *topic* word ("price", "battery") in a negative clause only tags it when the clause is about
it: a failure verb, a clearly negative clause without praise, or a low rating ("a great price with
terrible software" blames the software). A complaint is *clear* when it has complaint phrasing or a
compound of -0.25 or lower; discovery wants clear complaints, because a faint one is often a single
lexicon word out of context. Clauses that are not complaints but praise something count as praise for
discovery's contrast between what is blamed and what is praised.

Scoring every clause with VADER would cost as much as scoring every review again, so a gate first asks
whether VADER *could* return a negative compound: that needs a negative lexicon word, a negation, "least"
or an emoji; clauses without any of these score >= 0 and are not scored. The gate follows VADER's own
tokenisation (whitespace split, punctuation stripped unless the rest is an emoticon); plain-word text is
answered by one set test. A test compares it with VADER on sample text.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from functools import cache

from .text import is_negator, stopwords, vader_lexicon

NEGATIVE_AT_OR_BELOW = -0.05
# A complaint phrase inside a clause the scorer finds clearly positive is usually praise
# ("no more dead batteries, love it"); VADER gives "strong chemical smell" +0.51, so not lower.
COMPLAINT_POSITIVE_CEILING = 0.6
NEUTRAL_BAND = 0.05
LOW_RATING = 2.0
PRAISE_VALENCE = 1.0
TOPIC_AT_OR_BELOW = -0.25
# A complaint clause with complaint phrasing or at least this negative is unmistakable; fainter ones
# are often one lexicon word read out of context ("shoot" in camera reviews).
CLEAR_AT_OR_BELOW = -0.25

_VADER_NEGATIONS = frozenset(
    {
        *("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "dont", "hadnt"),
        *("hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "neednt", "never", "none", "nope"),
        *("nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent"),
        *("without", "wont", "wouldnt", "rarely", "seldom", "despite", "least", "yeah"),
    }
)


@cache
def _gate_words() -> frozenset[str]:
    """Return the words whose presence lets VADER's compound go negative."""
    negative = frozenset(w for w, v in vader_lexicon().items() if v < 0)
    return negative | _VADER_NEGATIONS


_PLAIN_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")
# Characters of VADER's emoticons (":(", ">:[", "d:"): texts with them take VADER's own word loop.
_EMOTICON_CHARS = frozenset(":;=()[]{}<>/\\|^*~@#$%&+_")


def vader_gate(text: str) -> bool:
    """Tell whether VADER could score ``text`` below zero; if not, it scores >= 0 and needs no scoring."""
    if not text.isascii():
        return True  # emoji are translated to words before scoring
    lowered = text.lower()
    if "n't" in lowered:
        return True
    if _EMOTICON_CHARS.isdisjoint(lowered):
        # Plain words only: one set test in C instead of VADER's word loop below.
        return not _gate_words().isdisjoint(_PLAIN_WORD.findall(lowered))
    words = _gate_words()
    for raw in lowered.split():
        word = raw.strip(string.punctuation)
        if len(word) <= 2:
            word = raw
        if word in words or "n't" in word:
            return True
    return False


def has_cue(words: Sequence[str], cues: frozenset[str]) -> bool:
    """Tell whether the clause uses a failure verb ("leaks") or "too <adjective>", not negated."""
    if cues.isdisjoint(words) and "too" not in words:
        return False
    for index, word in enumerate(words):
        too_much = word == "too" and index + 1 < len(words) and words[index + 1] not in stopwords()
        if (word in cues or too_much) and not any(is_negator(w) for w in words[max(0, index - 2) : index]):
            return True
    return False


@cache
def _praise_words() -> frozenset[str]:
    """Return the clearly positive words of VADER's lexicon."""
    return frozenset(w for w, v in vader_lexicon().items() if v >= PRAISE_VALENCE)


def has_praise(words: Sequence[str]) -> bool:
    """Tell whether a clause uses a clearly positive word that is not negated ("great", not "not great")."""
    praise = _praise_words()
    if praise.isdisjoint(words):
        return False
    return any(
        word in praise and not any(is_negator(w) for w in words[max(0, i - 2) : i])
        for i, word in enumerate(words)
    )


def is_negative(
    compound: float,
    *,
    complaint: bool,
    topic: bool,
    marker: str,
    previous: float | None,
    rating: float | None,
) -> bool:
    """Decide whether one clause is a complaint, given its compound and the evidence found in it.

    ``complaint``: a taxonomy pattern or a failure verb matched; ``topic``: a taxonomy topic word occurs;
    ``marker``: the contrast word the clause starts with; ``previous``: the compound of the clause before.
    """
    if compound <= NEGATIVE_AT_OR_BELOW:
        return True
    if complaint and compound < COMPLAINT_POSITIVE_CEILING:
        return True
    neutral = compound < NEUTRAL_BAND
    if neutral and marker == "except":
        return True
    if neutral and marker and previous is not None and previous >= NEUTRAL_BAND:
        return True
    return neutral and topic and rating is not None and rating <= LOW_RATING


def topic_evidence(compound: float, words: Sequence[str], *, cue: bool, low_rating: bool) -> bool:
    """Tell whether a clause that names a taxonomy topic ("price", "battery") complains about that topic.

    A topic word in a negative clause is weak evidence: "a great price with terrible software" blames
    the software, "charged my battery" is negative only to VADER. So the clause must use a failure verb,
    or be clearly negative without praising anything, or come from a 1-2 star review and not be positive.
    """
    if cue:
        return True
    if low_rating and compound < NEUTRAL_BAND:
        return True
    return compound <= TOPIC_AT_OR_BELOW and not has_praise(words)


def needs_score(gate: Callable[[str], bool] | None, text: str, *, rule_needs_it: bool) -> bool:
    """Tell whether the scorer must run on a clause: the gate says it may be negative, or a rule needs it.

    The rules above need the real compound when the clause has complaint evidence, a contrast word, or a
    topic in a low-rated review; elsewhere a gated-out clause is known to score >= 0, which is enough.
    """
    return gate is None or rule_needs_it or gate(text)
