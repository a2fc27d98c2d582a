"""Candidate issue terms of a clause: the content words that could name what went wrong.

A candidate is a word that is not a function word, a generic review word ("bought", "week"), an opinion
word (VADER's lexicon), a failure verb ("leaks"), a taxonomy topic ("battery") or part of a matched
taxonomy complaint ("arrived late"); or an adjacent pair of such words ("scroll wheel"). Keys are the
plural-stemmed words, so "zippers" and "zipper" count together. For labels each candidate also keeps its
surface form, the failure verb right after it ("lid leaks") and whether it reads like a verb or a noun.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from .text import is_term_word


class Term(NamedTuple):
    """A candidate term in a clause: ``key`` (plural-stemmed, "a b" for pairs), surface words, next verb."""

    key: str
    surface: str
    verb: str
    role: int = 0  # +1 used like a verb ("to figure"), -1 like a noun ("the remote"), 0 unknown


# Without a part-of-speech tagger, the word before a term tells verbs from nouns well enough.
_BEFORE_VERB = frozenset(
    {"to", "i", "you", "we", "they", "he", "she", "can", "could", "will", "would", "should", "must", "might"}
    | {"may", "cannot", "not", "never", "always", "just", "also", "really", "still", "please", "i'll", "i'd"}
    # a subject pronoun or an adverb before a word makes it a verb ("it shuts off", "already asked");
    # after a form of "to be" it describes ("is fixed", "was hazy")
    | {"it", "which", "who", "already", "even", "ever", "finally", "then", "be", "been", "being", "is", "was"}
    | {"are", "were", "am", "get", "gets", "got"}
)
_BEFORE_NOUN = frozenset(
    {"the", "a", "an", "this", "these", "those", "my", "your", "his", "her", "its", "our", "their", "no"}
    | {"any", "some", "each", "every", "another"}
)


class Vocabulary:
    """What candidate extraction needs to know: taxonomy-covered keys and the failure verbs.

    Whether a word can be part of a term is asked for every word of the corpus, so the answer is
    remembered per distinct word.
    """

    def __init__(self, covered: frozenset[str], cues: frozenset[str]) -> None:
        """Keep the covered keys (taxonomy topics) and the failure verbs."""
        self.covered = covered
        self.cues = cues
        self.pair_starts = frozenset(k.split(" ", 1)[0] for k in covered if " " in k)
        self._usable: dict[str, bool] = {}

    def usable(self, word: str, key: str) -> bool:
        """Tell whether ``word`` (with its ``singular`` key) can be part of a term."""
        found = self._usable.get(word)
        if found is None:
            found = self._usable[word] = is_term_word(word) and key not in self.covered
        return found


def _usable(
    words: Sequence[str], keys: Sequence[str], excluded: AbstractSet[str], vocabulary: Vocabulary
) -> list[bool]:
    """Tell for each word whether it can be (part of) a term in this clause."""
    usable = vocabulary.usable
    ok = [usable(w, k) for w, k in zip(words, keys, strict=True)]
    if excluded:
        skip = set(excluded)
        ok = [good and w not in skip for good, w in zip(ok, words, strict=True)]
    # Words of a covered phrase are the taxonomy's ("service" of "customer service").
    starts = vocabulary.pair_starts
    if not starts.isdisjoint(keys):
        for i in range(len(keys) - 1):
            if keys[i] in starts and f"{keys[i]} {keys[i + 1]}" in vocabulary.covered:
                ok[i] = ok[i + 1] = False
    return ok


def background_keys(words: Sequence[str], keys: Sequence[str], vocabulary: Vocabulary) -> list[str]:
    """Return the keys to count for a clause that is not a complaint: all its words, and its term pairs.

    Only the counts of candidate terms are ever read, so counting every word (in C, via Counter.update)
    is cheaper than filtering them; pairs are limited to words that can be terms.
    """
    usable = vocabulary.usable
    found = list(keys)
    previous = False
    for i, (word, key) in enumerate(zip(words, keys, strict=True)):
        good = usable(word, key)
        if good and previous:
            found.append(f"{keys[i - 1]} {key}")
        previous = good
    return found


def clause_terms(
    words: Sequence[str], keys: Sequence[str], excluded: AbstractSet[str], vocabulary: Vocabulary
) -> list[Term]:
    """Return the candidate terms of a complaint clause; ``excluded`` words belong to a taxonomy match."""
    ok = _usable(words, keys, excluded, vocabulary)
    covered = vocabulary.covered
    cues = vocabulary.cues
    terms: dict[str, Term] = {}
    for i, word in enumerate(words):
        if not ok[i]:
            continue
        key = keys[i]
        if key not in terms:
            terms[key] = Term(key, _surface(word), _next_cue(words, i + 1, cues), _role(words, i))
        if i + 1 < len(words) and ok[i + 1]:
            pair = f"{key} {keys[i + 1]}"
            if pair not in terms and pair not in covered:
                surface = f"{_surface(word)} {_surface(words[i + 1])}"
                terms[pair] = Term(pair, surface, _next_cue(words, i + 2, cues))
    return list(terms.values())


def _surface(word: str) -> str:
    """Return the word as a label shows it: without a possessive or tokenised-plural "'s"."""
    return word[:-2] if word.endswith("'s") else word


def _role(words: Sequence[str], index: int) -> int:
    """Guess whether the word at ``index`` is used as a verb (+1) or a noun (-1) from the words before it."""
    before = words[index - 1] if index else ""
    if before in _BEFORE_VERB or before.endswith("n't"):
        return 1
    if before in _BEFORE_NOUN or (index > 1 and words[index - 2] in _BEFORE_NOUN):
        return -1
    return 0


def _next_cue(words: Sequence[str], start: int, cues: frozenset[str]) -> str:
    """Return the failure verb among the two words from ``start`` ("lid leaks", "lid always leaks"), or ""."""
    return next((w for w in words[start : start + 2] if w in cues), "")


def unique_terms(terms: Sequence[Term]) -> list[Term]:
    """Drop terms whose key repeats after folding ("freeze" and "freezing" in one clause)."""
    first: dict[str, Term] = {}
    for term in terms:
        first.setdefault(term.key, term)
    return list(first.values())
