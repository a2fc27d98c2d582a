"""An exact, faster re-implementation of VADER's ``SentimentIntensityAnalyzer.polarity_scores``.

``FastVader().polarity_scores(text)`` returns the same dict, with the same float values (equal with ``==``),
as ``vaderSentiment`` 3.3.2 for every string. It reads the lexicon and the emoji lexicon from the installed
``vaderSentiment`` package, parsed exactly as the original parses them, and re-implements the scoring
rules, quirks included; none of the original's code runs at scoring time.

Where the time goes in the original, and what we do instead
-----------------------------------------------------------
* For every lexicon word the original lower-cases the whole text's word list up to four times (once per
  negation check and once for the idiom check), so its cost grows with the square of the word count.
  Here every word is lower-cased once.
* Facts about a token (its punctuation-stripped form, lower case, ALL CAPS or not, lexicon valence,
  booster value, negation) only depend on the token itself, so they are computed once per distinct token
  and kept in a bounded cache shared by all texts.
* Emojis are looked for (one set operation) only in texts that are not pure ASCII: no key of the emoji
  lexicon that the original can match is ASCII.
* Idioms are looked up as word tuples, and only when a word that starts one is nearby.

Quirks of 3.3.2 reproduced on purpose (see ``tests/domain/test_vader_fast.py``)
--------------------------------------------------------------------------------
* Emojis: only single-character keys of the emoji lexicon can match (the original tests one character at
  a time), so multi-character emojis (flags, skin tones, ZWJ sequences) score through their parts, if at
  all. A description is preceded by a space unless the emoji starts the text or follows an ASCII space,
  and it is glued to what follows ("😀good" becomes "grinning facegood"). Descriptions may contain "!"
  and "?", which then count as punctuation emphasis.
* Tokens are split on whitespace and stripped of ASCII punctuation, unless that leaves two characters or
  fewer, in which case the token is kept whole (":)" but also "ok!" and "no," stay as written, so "no,"
  is not the lexicon word "no"). Lexicon entries with capitals (":D") or spaces ("fed up") never match.
* "no": a lexicon word one or two words after "no" (or three, with "or"/"nor" in between) gets its plain
  valence times -0.74, even if it is itself "no" followed by a lexicon word (that rule set it to 0.0 first).
* ALL CAPS: applies only when some, but not all, words are in capitals; a capitalised word whose valence is
  exactly 0.0 gets -0.733 (the original only adds for valence > 0).
* Negation and boosters look back up to three words, but a preceding word that is itself in the lexicon
  stops nothing: it is simply skipped, and the rules are applied for farther words anyway.
* "so"/"this" directly before a lexicon word multiply its valence by 1.25 whenever the word has three words
  before it and the third is not a lexicon word (a missing bracket in the "never so" rule): "a b so good"
  scores as "never so good". This comes on top of "so" as a booster.
* The idiom rule (SPECIAL_CASES: "the shit", "kiss of death", "yeah right", ...) only runs for a lexicon
  word with at least three words before it, the third of which is not a lexicon word; "bad ass" at the
  start of a text stays "bad" plus "ass". "kind of"/"sort of"/"just enough" add their booster value there
  too. The sentiment-laden idioms ("cut the mustard", "hand to mouth", ...) are dead code in 3.3.2 and
  never change a score.
* "but": every sentiment is re-weighted (x0.5 before the first "but", x1.5 after it), but the original
  finds each one with ``list.index``, i.e. the first equal value, so repeated values can be re-weighted
  twice or not at all. That is reproduced exactly.
* Summation order is kept: ``sum()`` for the compound (as the original), left-to-right additions for the
  positive and negative sums.
"""

from __future__ import annotations

import math
import string
from importlib import resources
from typing import Final

__all__ = ["FastVader", "load_emoji_lexicon", "load_lexicon"]

# Constants of vaderSentiment 3.3.2.
_B_INCR: Final = 0.293
_B_DECR: Final = -0.293
_C_INCR: Final = 0.733
_N_SCALAR: Final = -0.74

# The original's NEGATE list.
_NEGATE_WORDS: Final = (
    "aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't didn't"
    " doesn't dont hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't haven't isn't"
    " mightn't mustn't neednt needn't never none nope nor not nothing nowhere oughtnt shant shouldnt"
    " uhuh wasnt werent oughtn't shan't shouldn't uh-uh wasn't weren't without wont wouldnt won't"
    " wouldn't rarely seldom despite"
)
_NEGATE: Final = frozenset(_NEGATE_WORDS.split())

_BOOSTER_WORDS: Final = (
    "absolutely amazingly awfully completely considerable considerably decidedly deeply effing enormous"
    " enormously entirely especially exceptional exceptionally extreme extremely fabulously flipping flippin"
    " frackin fracking fricking frickin frigging friggin fully fuckin fucking fuggin fugging greatly hella"
    " highly hugely incredible incredibly intensely major majorly more most particularly purely quite really"
    " remarkably so substantially thoroughly total totally tremendous tremendously uber unbelievably"
    " unusually utter utterly very"
)
_DAMPENER_WORDS: Final = (
    "almost barely hardly kinda kindof kind-of less little marginal marginally occasional occasionally partly"
    " scarce scarcely slight slightly somewhat sorta sortof sort-of"
)
# The original's BOOSTER_DICT, split into one-word keys (a token never contains a space) and the
# two-word keys, which only the idiom check can match, as word pairs.
_BOOSTERS: Final[dict[str, float]] = {
    **dict.fromkeys(_BOOSTER_WORDS.split(), _B_INCR),
    **dict.fromkeys(_DAMPENER_WORDS.split(), _B_DECR),
}
_BOOSTER_PAIRS: Final[dict[tuple[str, str], float]] = {
    ("just", "enough"): _B_DECR,
    ("kind", "of"): _B_DECR,
    ("sort", "of"): _B_DECR,
}

# The original's SPECIAL_CASES as word tuples ("badass" has one word and can never match a word sequence).
_SPECIAL_PAIRS: Final[dict[tuple[str, str], float]] = {
    ("the", "shit"): 3,
    ("the", "bomb"): 3,
    ("bad", "ass"): 1.5,
    ("bus", "stop"): 0.0,
    ("yeah", "right"): -2,
    ("beating", "heart"): 3.5,
}
_SPECIAL_TRIPLES: Final[dict[tuple[str, str, str], float]] = {
    ("kiss", "of", "death"): -1.5,
    ("to", "die", "for"): 3,
}
# First words of all of the above: the idiom check is skipped unless one of them is near.
_IDIOM_STARTS: Final = frozenset(
    [key[0] for key in _SPECIAL_PAIRS]
    + [key[0] for key in _SPECIAL_TRIPLES]
    + [key[0] for key in _BOOSTER_PAIRS]
)
_SO_THIS: Final = ("so", "this")
_OR_NOR: Final = ("or", "nor")
_AT_VERY: Final = ("at", "very")
_PUNCTUATION: Final = string.punctuation
_CACHE_LIMIT: Final = 50_000

# What the scorer needs to know about one token: (lower-cased word after stripping punctuation,
# word.isupper(), lexicon valence or None, booster value or None, negation word).
_TokenInfo = tuple[str, bool, float | None, float | None, bool]


def _read_package_text(name: str) -> str:
    # The original opens its files with codecs.open, i.e. in binary mode: no newline translation.
    return resources.files("vaderSentiment").joinpath(name).read_bytes().decode("utf-8")


def load_lexicon(name: str = "vader_lexicon.txt") -> dict[str, float]:
    """Read the installed vaderSentiment lexicon exactly as ``make_lex_dict`` does: word -> valence."""
    lexicon: dict[str, float] = {}
    for line in _read_package_text(name).rstrip("\n").split("\n"):
        if not line:
            continue
        word, measure = line.strip().split("\t")[0:2]
        lexicon[word] = float(measure)
    return lexicon


def load_emoji_lexicon(name: str = "emoji_utf8_lexicon.txt") -> dict[str, str]:
    """Read the installed emoji lexicon exactly as ``make_emoji_dict`` does: emoji -> description."""
    emojis: dict[str, str] = {}
    for line in _read_package_text(name).rstrip("\n").split("\n"):
        emoji, description = line.strip().split("\t")[0:2]
        emojis[emoji] = description
    return emojis


def _normalize(score: float, alpha: float = 15) -> float:
    norm_score = score / math.sqrt((score * score) + alpha)
    if norm_score < -1.0:
        return -1.0
    if norm_score > 1.0:
        return 1.0
    return norm_score


class FastVader:
    """Drop-in replacement for ``SentimentIntensityAnalyzer`` with exactly the same ``polarity_scores``.

    Build one and reuse it: loading the lexicons takes tens of milliseconds. It holds no per-text state
    apart from a bounded cache of facts about tokens, so one instance can serve every text.
    """

    __slots__ = ("_cache", "_emoji_chars", "_emoji_descriptions", "_lexicon")

    def __init__(self) -> None:
        """Load the lexicon and the emoji lexicon from the installed vaderSentiment package."""
        self._lexicon: dict[str, float] = load_lexicon()
        emojis = load_emoji_lexicon()
        # The original looks up one character at a time, so only one-character keys can ever match.
        self._emoji_descriptions: dict[str, str] = {
            key: value for key, value in emojis.items() if len(key) == 1
        }
        if any(key.isascii() for key in self._emoji_descriptions):  # pragma: no cover - not in 3.3.2
            raise ValueError("the fast path assumes no ASCII character is an emoji")
        # A set, not a regular expression: a character class of 1,200 emojis is slow to search.
        self._emoji_chars: frozenset[str] = frozenset(self._emoji_descriptions)
        self._cache: dict[str, _TokenInfo] = {}

    def _token_info(self, token: str) -> _TokenInfo:
        stripped = token.strip(_PUNCTUATION)
        word = token if len(stripped) <= 2 else stripped
        lower = word.lower()
        info = (
            lower,
            word.isupper(),
            self._lexicon.get(lower),
            _BOOSTERS.get(lower),
            lower in _NEGATE or "n't" in lower,
        )
        cache = self._cache
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        cache[token] = info
        return info

    def _replace_emojis(self, text: str) -> str:
        descriptions = self._emoji_descriptions
        positions: list[int] = []
        for emoji in self._emoji_chars.intersection(text):
            at = text.find(emoji)
            while at >= 0:
                positions.append(at)
                at = text.find(emoji, at + 1)
        positions.sort()
        pieces: list[str] = []
        done = 0
        for at in positions:
            pieces.append(text[done:at])
            # The original adds a space unless the previous character it wrote was a space; after an emoji
            # it wrote a description, which never ends in a space.
            if at > 0 and text[at - 1] != " ":
                pieces.append(" ")
            pieces.append(descriptions[text[at]])
            done = at + 1
        pieces.append(text[done:])
        return "".join(pieces)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """Return VADER's scores for ``text``: ``neg``, ``neu``, ``pos`` (3 places) and ``compound`` (4)."""
        if not text.isascii() and not self._emoji_chars.isdisjoint(text):
            text = self._replace_emojis(text)
        tokens = text.split()
        n = len(tokens)
        if not n:
            return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
        get = self._cache.get
        infos = [get(token) or self._token_info(token) for token in tokens]
        last = n - 1
        cap_diff: bool | None = None  # whether some but not all words are ALL CAPS; computed when needed
        but_index = -1
        positions: list[int] = []  # where the non-zero sentiments are, in order
        values: list[float] = []  # and their values

        for i, (lower, upper, valence0, booster, _) in enumerate(infos):
            if valence0 is None or booster is not None:
                if lower == "but" and but_index < 0:
                    but_index = i
                continue
            if lower == "but" and but_index < 0:
                but_index = i
            if lower == "kind" and i < last and infos[i + 1][0] == "of":
                continue
            valence: float = valence0
            # "no" before a lexicon word negates that word instead of counting itself.
            if lower == "no" and i != last and infos[i + 1][2] is not None:
                valence = 0.0
            if i > 0:
                w1 = infos[i - 1]
                l1 = w1[0]
                l2 = infos[i - 2][0] if i > 1 else ""
                if (
                    l1 == "no"
                    or (i > 1 and l2 == "no")
                    or (i > 2 and infos[i - 3][0] == "no" and l1 in _OR_NOR)
                ):
                    valence = valence0 * _N_SCALAR
            if upper:
                if cap_diff is None:
                    caps = sum(1 for info in infos if info[1])
                    cap_diff = 0 < n - caps < n
                if cap_diff:
                    if valence > 0:
                        valence += _C_INCR
                    else:
                        valence -= _C_INCR

            if i > 0:
                # One word back.
                if w1[2] is None:
                    scalar = w1[3]
                    if scalar is not None:
                        if valence < 0:
                            scalar *= -1
                        if w1[1]:
                            if cap_diff is None:
                                caps = sum(1 for info in infos if info[1])
                                cap_diff = 0 < n - caps < n
                            if cap_diff:
                                if valence > 0:
                                    scalar += _C_INCR
                                else:
                                    scalar -= _C_INCR
                        valence = valence + scalar
                    if w1[4]:
                        valence = valence * _N_SCALAR
                if i > 1:
                    # Two words back.
                    w2 = infos[i - 2]
                    if w2[2] is None:
                        scalar = w2[3]
                        if scalar is not None:
                            if valence < 0:
                                scalar *= -1
                            if w2[1]:
                                if cap_diff is None:
                                    caps = sum(1 for info in infos if info[1])
                                    cap_diff = 0 < n - caps < n
                                if cap_diff:
                                    if valence > 0:
                                        scalar += _C_INCR
                                    else:
                                        scalar -= _C_INCR
                            if scalar != 0:
                                scalar = scalar * 0.95
                            valence = valence + scalar
                        if l2 == "never" and l1 in _SO_THIS:
                            valence = valence * 1.25
                        elif l2 == "without" and l1 == "doubt":
                            pass
                        elif w2[4]:
                            valence = valence * _N_SCALAR
                    if i > 2:
                        # Three words back.
                        w3 = infos[i - 3]
                        if w3[2] is None:
                            scalar = w3[3]
                            if scalar is not None:
                                if valence < 0:
                                    scalar *= -1
                                if w3[1]:
                                    if cap_diff is None:
                                        caps = sum(1 for info in infos if info[1])
                                        cap_diff = 0 < n - caps < n
                                    if cap_diff:
                                        if valence > 0:
                                            scalar += _C_INCR
                                        else:
                                            scalar -= _C_INCR
                                if scalar != 0:
                                    scalar = scalar * 0.9
                                valence = valence + scalar
                            l3 = w3[0]
                            # The original's "never so/this" test lacks brackets: any "so"/"this" just
                            # before the word counts.
                            if (l3 == "never" and l2 in _SO_THIS) or l1 in _SO_THIS:
                                valence = valence * 1.25
                            elif l3 == "without" and (l2 == "doubt" or l1 == "doubt"):
                                pass
                            elif w3[4]:
                                valence = valence * _N_SCALAR
                            valence = self._idioms(valence, infos, i, lower, l1, l2, l3)

                # "least" negates the next word, except in "at least" and "very least".
                if l1 == "least" and w1[2] is None and (i == 1 or l2 not in _AT_VERY):
                    valence = valence * _N_SCALAR

            if valence != 0:
                positions.append(i)
                values.append(valence)

        if but_index >= 0 and values:
            values = _but_weights(positions, values, but_index)
        return _scores(values, n - len(values), text)

    @staticmethod
    def _idioms(valence: float, infos: list[_TokenInfo], i: int, l0: str, l1: str, l2: str, l3: str) -> float:
        # The original's _special_idioms_check, run for the word at i (i > 2) after its three-back step.
        n = len(infos)
        starts = _IDIOM_STARTS
        near = l1 in starts or l2 in starts or l3 in starts or l0 in starts
        if not near:
            return valence
        found: float | None = _SPECIAL_PAIRS.get((l1, l0))
        if found is None:
            found = _SPECIAL_TRIPLES.get((l2, l1, l0))
        if found is None:
            found = _SPECIAL_PAIRS.get((l2, l1))
        if found is None:
            found = _SPECIAL_TRIPLES.get((l3, l2, l1))
        if found is None:
            found = _SPECIAL_PAIRS.get((l3, l2))
        if found is not None:
            valence = found
        if n - 1 > i:
            l_next = infos[i + 1][0]
            found = _SPECIAL_PAIRS.get((l0, l_next))
            if found is not None:
                valence = found
            if n - 1 > i + 1:
                found = _SPECIAL_TRIPLES.get((l0, l_next, infos[i + 2][0]))
                if found is not None:
                    valence = found
        # Booster bigrams ("kind of", "sort of", "just enough") among the three words before.
        found = _BOOSTER_PAIRS.get((l3, l2))
        if found is not None:
            valence = valence + found
        found = _BOOSTER_PAIRS.get((l2, l1))
        if found is not None:
            valence = valence + found
        return valence


def _but_weights(positions: list[int], values: list[float], but_index: int) -> list[float]:
    """Re-weight sentiments around the first "but" as 3.3.2's ``_but_check`` does, quirk included.

    The original walks the full sentiment list and, for each value, re-weights the *first* entry equal to
    it. Zeros stay zero whatever happens to them, so only the non-zero entries (``values`` at
    ``positions``) are walked; the entry found for a value is never after the current one, so the current
    one is still unchanged when its turn comes.
    """
    current = list(values)
    for value in values:
        found = current.index(value)
        at = positions[found]
        if at < but_index:
            current[found] = value * 0.5
        elif at > but_index:
            current[found] = value * 1.5
    return current


def _scores(values: list[float], neutral: int, text: str) -> dict[str, float]:
    """Turn the non-zero sentiments (in order) and the count of zero ones into 3.3.2's score dict."""
    # sum() as the original: zeros left out change nothing, in plain or compensated summation.
    sum_s = float(sum(values))
    ep_count = text.count("!")
    if ep_count > 4:
        ep_count = 4
    ep_amplifier = ep_count * 0.292
    qm_count = text.count("?")
    qm_amplifier: float = 0
    if qm_count > 1:
        qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
    punct_emph_amplifier = ep_amplifier + qm_amplifier
    if sum_s > 0:
        sum_s += punct_emph_amplifier
    elif sum_s < 0:
        sum_s -= punct_emph_amplifier
    compound = _normalize(sum_s)

    pos_sum = 0.0
    neg_sum = 0.0
    for value in values:
        if value > 0:
            pos_sum += value + 1
        elif value < 0:
            neg_sum += value - 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += punct_emph_amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= punct_emph_amplifier
    total = pos_sum + math.fabs(neg_sum) + neutral
    return {
        "neg": round(math.fabs(neg_sum / total), 3),
        "neu": round(math.fabs(neutral / total), 3),
        "pos": round(math.fabs(pos_sum / total), 3),
        "compound": round(compound, 4),
    }
