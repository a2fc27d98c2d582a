"""Sentiment of imported reviews and seller feedback: VADER's score, corrected for review idioms.

Every item gets a *compound* score for its words, from -1 (most negative) to +1 (most positive), and a
label: negative, neutral or positive.

How the label is chosen
-----------------------
The compound always describes the words only; the star rating, when there is one, can change the label
but never the compound.

* **Words alone** (no star rating): compound of +0.05 or more is positive, -0.05 or less is negative,
  anything in between is neutral. These are VADER's standard thresholds.
* **Seller feedback**: the marketplace's own rule, stars only, whatever the words say:
  1-2 stars negative, 3 stars neutral, 4-5 stars positive.
* **Product review**: the stars decide, unless the words strongly disagree.

  - 1-2 stars: negative; but if the words are strongly positive (compound +0.5 or more) the review is
    *neutral*, meaning mixed: the stars and the words disagree, so read it yourself.
  - 3 stars: the words decide, with the thresholds above.
  - 4-5 stars: positive; but if the words are strongly negative (compound -0.5 or less) it is neutral.

  A disagreement only softens the label to neutral, it never flips it: a 1-star review full of praise is
  more often sarcasm, or praise for one part before the complaint, than a happy customer.
* Ratings with a fraction (an average, say) count as the nearest whole star, halves rounding up.

What we correct in VADER
------------------------
VADER scores words one by one, with a few rules for negation, boosters and "but". Review language has
idioms it reads backwards: "no issues" counts as negative (the word "no" is negative on its own),
"couldn't be happier" as negative ("happier", negated), "I would not hesitate to recommend it" as negative,
"works as advertised" or "does the job" as neutral, while "could not be worse" comes out positive.

Before VADER sees a text we rewrite such idioms into plain words VADER already scores as a person would
("no issues" -> "satisfied", "couldn't be happier" -> "extremely happy", "could not be worse" ->
"horrible"). The idioms are data, a table (``PHRASE_REWRITES``) of patterns compiled once; each row is
tried only near its anchor words, so the correction costs a few percent of VADER's own time, and VADER
still runs once per text. Because the replacements are ordinary words, VADER's own rules still apply to
them: "did not work as expected" becomes "did not good", which VADER negates, so it stays negative.
Curly apostrophes are straightened first; VADER recognises "can't" but not "can’t".

Texts longer than ``MAX_SCORED_CHARS`` are scored on their beginning and end only, because VADER's time grows
with the square of the length; by that length the compound has long saturated near -1 or +1.
"""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Final, Protocol

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .vader_fast import FastVader


class Label(StrEnum):
    """The sentiment label shown to the seller."""

    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    POSITIVE = "positive"


class Kind(StrEnum):
    """What an item is; functions taking ``kind`` accept these or the strings "review" and "feedback"."""

    REVIEW = "review"
    FEEDBACK = "feedback"


@dataclass(frozen=True, slots=True)
class Sentiment:
    """An item's label (words and stars combined) and the compound score of its words alone."""

    label: Label
    compound: float


# VADER's documented thresholds for its compound score.
POSITIVE_THRESHOLD: Final = 0.05
NEGATIVE_THRESHOLD: Final = -0.05
# How far the words must lean against the stars of a product review before the label softens to neutral.
STRONG_TEXT_THRESHOLD: Final = 0.5
# 10,000 characters take VADER about 0.06 s, 30,000 about 0.5 s (quadratic); keep any one text bounded.
MAX_SCORED_CHARS: Final = 20_000

# Words for trouble; "no <trouble>" is praise. They are also the anchors of the table row that uses them.
_DEFECT_WORDS: Final = (
    "problem problems issue issues complaint complaints trouble troubles glitch glitches hiccup hiccups"
    " hassle hassles defect defects fault faults bug bugs error errors headache headaches complication"
    " complications difficulty difficulties concern concerns worries"
)

# Building blocks of the phrase table, written once so the table reads like the phrases it matches.
# Patterns are lower case and match the lower-cased text; a space matches any run of whitespace.
_MACROS: Final[dict[str, str]] = {
    # can't / couldn't in every spelling, including treebank tokenisation ("could n't", "ca n't").
    "{cant}": r"(?:can't|cant|cannot|can not|can n't|ca n't"
    r"|couldn't|couldnt|could not|could n't|could never)",
    "{wont}": r"(?:won't|wont|wo n't|will not|will never|wouldn't|wouldnt|would not|would n't|would never)",
    # A negated auxiliary ("didn't", "did n't", "didnt"), or a bare "not"/"never". Spelled out rather than
    # [a-z]+n't, because alternatives that start with a plain letter are what the regex engine skips fastest.
    "{not}": r"(?:(?:ai|are|ca|could|did|does|do|had|has|have|is|might|must|need|should|was|were|wo|would)"
    r"(?:n't| n't|nt)|cannot|not|never)",
    "{a}": r"(?:a single|one single|even one|even a|a|an|any|one)",
    "{defect}": "(?:" + "|".join(sorted(_DEFECT_WORDS.split(), key=len, reverse=True)) + ")",
    "{adj}": r"(?:real|major|big|serious|significant|noticeable|obvious|other|further|technical|quality)",
    "{seen}": r"(?:had|have|having|get|got|experience|experienced|encounter|encountered|notice|noticed|see"
    r"|seen|find|found|run into|ran into|come across)",
    "{works}": r"(?:works?|worked|working|functions?|functioned|functioning|performs?|performed|performing"
    r"|operates?|operated|runs?|ran)",
}

# The phrase table: (anchor words, pattern, replacement).
# - The replacement is made of words from VADER's lexicon whose valence is close to how people rate the
#   idiom (Hutto & Gilbert's human ratings of such sentences sit between about +1 and +2.5 on VADER's -4..+4
#   scale), so VADER's negation, booster and "but" rules keep working on it.
# - A row is only tried near its anchor words (whole words of the lower-cased text), which keeps the cost
#   low. Every phrase a row matches must contain one of them, so they are its rarest obligatory words.
# - Where two rows match at the same place, the earlier row wins, so longer phrases come first.
PHRASE_REWRITES: Final[tuple[tuple[str, str, str], ...]] = (
    # "couldn't be happier", "could not have been more pleased"
    (
        "happier happy pleased satisfied thrilled delighted",
        r"{cant} (?:be|have been|get) (?:any )?"
        r"(?:happier|more (?:happy|pleased|satisfied|thrilled|delighted))",
        "extremely happy",
    ),
    # "couldn't be better", "couldn't ask for a better ..."
    (
        "better ask",
        r"{cant} (?:be|have been|get) (?:any )?better|{cant} ask for (?:a |anything )?(?:better|more)",
        "excellent",
    ),
    # VADER negates "worse" into a positive.
    ("worse", r"{cant} (?:be|have been|get) (?:any )?worse", "horrible"),
    # "could be better" reads as positive to VADER; people mean a mild complaint.
    ("better", r"could (?:be|have been) (?:(?:a lot|much|a bit|a little|way|far) )?better", "unimpressive"),
    ("wrong", r"(?:{cant}|{wont}|how (?:can|could) (?:you|one|i|anyone)) go wrong", "good"),
    (
        "enough",
        r"{cant} (?:say|speak) enough (?:good|great|nice|positive|wonderful)(?: (?:things|stuff))?",
        "excellent",
    ),
    ("enough", r"{cant} (?:recommend|praise) (?:[a-z]+ ){0,3}(?:highly )?enough", "highly recommend"),
    (
        "complain bad negative",
        r"{cant} complain|nothing to complain about|no reason to complain"
        r"|(?:nothing|not a thing|not one thing) (?:bad|negative) to say",
        "satisfied",
    ),
    # "I would not hesitate to recommend": VADER negates "hesitate" and then also "recommend".
    ("hesitate", r"(?:{wont}|{not}) hesitate(?: (?:to|in))?", "gladly"),
    # Absence of trouble: "no issues", "zero problems", "never had an issue", "not a problem".
    (
        _DEFECT_WORDS,
        r"(?:no|zero|0|without|(?:{not}|never)(?: {seen})?)(?: {a})?(?: {adj})? {defect}"
        r"(?: (?:at all|whatsoever|so far|yet|to date|of any kind))?",
        "satisfied",
    ),
    ("free", r"(?:hassle|trouble|problem|issue|worry|care|headache)(?:-| )free", "easy"),
    (
        "expected advertised described intended promised designed specified stated claimed pictured should"
        " supposed",
        r"{works} (?:(?:exactly|just|precisely) )?as (?:expected|advertised|described|intended|promised"
        r"|designed|specified|stated|claimed|pictured|it should|they should|should"
        r"|it's supposed to|they're supposed to)",
        "good",
    ),
    (
        "described advertised pictured expected promised stated shown listed needed wanted ordered looking",
        r"(?:exactly|just|precisely) (?:as (?:described|advertised|pictured|expected|promised|stated"
        r"|shown|listed)|what (?:i|we) (?:needed|wanted|expected|ordered|was looking for|were looking for))",
        "perfect",
    ),
    # "item as described" is praise; "as described in the manual" is not.
    (
        "described advertised pictured promised",
        r"as (?:described|advertised|pictured|promised)"
        r"(?! (?:in|on|at|below|above|by|earlier|here|there|later|previously)\b)",
        "good",
    ),
    (
        "job trick what",
        r"(?:does|did|do|doing|done|gets|got|get|getting) (?:the|its|it's) (?:job|trick)(?: done)?"
        r"|(?:does|did|do) (?:exactly )?what (?:it|they) (?:says|say|said|should|claims|claimed|promises"
        r"|promised|is supposed to|was supposed to|are supposed to)(?: (?:it|they) (?:does|do|will|would))?"
        r"(?: do)?",
        "good",
    ),
)


def expand_pattern(pattern: str) -> str:
    """Expand a phrase-table pattern into a regular expression: macros filled in, spaces as any whitespace."""
    for name, body in _MACROS.items():
        pattern = pattern.replace(name, body)
    return pattern.replace(" ", r"\s+")


_RULES: Final = tuple(
    (re.compile(r"\b(?:" + expand_pattern(pattern) + r")\b"), replacement)
    for _, pattern, replacement in PHRASE_REWRITES
)


def _index_anchors() -> dict[bytes, tuple[str, tuple[int, ...]]]:
    # Keyed by the UTF-8 bytes of the anchor: finding the words of a text is cheapest on bytes (see below).
    index: dict[bytes, tuple[str, tuple[int, ...]]] = {}
    for row, (anchors, _, _) in enumerate(PHRASE_REWRITES):
        for anchor in anchors.split():
            rows = index.get(anchor.encode(), (anchor, ()))[1]
            index[anchor.encode()] = (anchor, (*rows, row))
    return index


_RULES_BY_ANCHOR: Final = _index_anchors()
_ANCHOR_KEYS: Final = frozenset(_RULES_BY_ANCHOR)
# How far before and after an anchor a phrase may start or end (the longest phrases span about 50 characters).
_REACH_BEFORE: Final = 60
_REACH_AFTER: Final = 30
# Curly and typographic apostrophes, so "can’t" is a negation to VADER as "can't" is.
_APOSTROPHES: Final = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc\u00b4\u0060\u2032", "'"))
# For finding anchor words: one byte table lower-cases ASCII letters and turns all ASCII punctuation but the
# apostrophe into spaces, in a single pass.
_WORD_PUNCTUATION: Final = string.punctuation.replace("'", "").encode()
_WORD_BYTES: Final = bytes.maketrans(
    string.ascii_uppercase.encode() + _WORD_PUNCTUATION,
    string.ascii_lowercase.encode() + b" " * len(_WORD_PUNCTUATION),
)


def _clip(text: str) -> str:
    if len(text) <= MAX_SCORED_CHARS:
        return text
    half = MAX_SCORED_CHARS // 2
    # Long reviews tend to open with the verdict or close with it, so keep both ends.
    return text[:half] + "\n" + text[-half:]


def _phrase_matches(text: str) -> list[tuple[int, int, int]]:
    # Return (start, row, end) of every phrase found. One regular expression of the whole table, tried at
    # every word, costs about as much as VADER itself; looking up the text's words among the anchors and
    # trying only the rows they name, near where they occur, costs a few percent. Splitting bytes into words
    # is faster than splitting text, and anchors are plain ASCII words.
    anchors = _ANCHOR_KEYS.intersection(text.encode("utf-8", "replace").translate(_WORD_BYTES).split())
    if not anchors:
        return []
    lower = text.lower()
    if len(lower) != len(text):
        # A few characters lower-case to two ("İ"); keep those as they are so positions still line up.
        lower = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    found: set[tuple[int, int, int]] = set()
    for key in anchors:
        anchor, rows = _RULES_BY_ANCHOR[key]
        at = lower.find(anchor)
        while at >= 0:
            start = max(0, at - _REACH_BEFORE)
            # End the window at a space so no word is cut in two (a cut word would fake a word boundary).
            end = lower.find(" ", at + len(anchor) + _REACH_AFTER)
            end = len(text) if end < 0 else end
            for row in rows:
                found.update((m.start(), row, m.end()) for m in _RULES[row][0].finditer(lower, start, end))
            at = lower.find(anchor, at + len(anchor))
    return sorted(found)


def prepare_text(text: str) -> str:
    """Return the text as VADER should see it: clipped, apostrophes straightened, idioms rewritten."""
    text = _clip(text)
    if not text.isascii():  # isascii() is a flag check; most texts skip the translation
        text = text.translate(_APOSTROPHES)
    pieces: list[str] = []
    done = 0
    # Leftmost phrase first; at the same place the earlier table row; overlapping later matches are dropped.
    for start, row, end in _phrase_matches(text):
        if start < done:
            continue
        replacement = _RULES[row][1]
        # Keep shouting as shouting: VADER boosts words written in capitals.
        pieces += (text[done:start], replacement.upper() if text[start:end].isupper() else replacement)
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


class Analyzer(Protocol):
    """What the scorer needs of a VADER analyzer."""

    def polarity_scores(self, text: str) -> dict[str, float]:
        """Return VADER's neg, neu, pos and compound scores of ``text``."""
        ...


@cache
def _shared_analyzer() -> Analyzer:
    # FastVader returns exactly vaderSentiment's scores (tests/domain/test_vader_fast.py compares them) at a
    # fraction of the cost. Loading the lexicons takes tens of milliseconds, so one analyzer is shared.
    return FastVader()


def label_for_compound(compound: float) -> Label:
    """Label a compound score with VADER's standard thresholds (+0.05 and -0.05)."""
    if math.isnan(compound):
        raise ValueError("compound score is NaN")
    if compound >= POSITIVE_THRESHOLD:
        return Label.POSITIVE
    if compound <= NEGATIVE_THRESHOLD:
        return Label.NEGATIVE
    return Label.NEUTRAL


# A dict lookup is several times cheaper than Kind(kind), and this runs for every imported item.
_KINDS: Final = {kind.value: kind for kind in Kind}


def _check_kind(kind: str) -> Kind:
    checked = _KINDS.get(kind)
    if checked is None:
        raise ValueError(f"kind must be 'review' or 'feedback', got {kind!r}")
    return checked


def label_for_rating(rating: float, kind: str) -> Label:
    """Label a star rating alone: 1-2 stars negative, 3 neutral, 4-5 positive (fractions round half up)."""
    _check_kind(kind)
    # Both kinds read the stars the same way; they differ in how much the words may add (see score()).
    return _label_for_stars(rating)


def _label_for_stars(rating: float) -> Label:
    if not 1 <= rating <= 5:  # also rejects NaN
        raise ValueError(f"rating must be a number from 1 to 5, got {rating!r}")
    stars = math.floor(rating + 0.5)
    if stars <= 2:
        return Label.NEGATIVE
    if stars == 3:
        return Label.NEUTRAL
    return Label.POSITIVE


class SentimentScorer:
    """Score texts with VADER plus the review-idiom corrections; build one and reuse it."""

    __slots__ = ("_analyzer",)

    def __init__(self, analyzer: Analyzer | SentimentIntensityAnalyzer | None = None) -> None:
        """Use the given VADER analyzer, or one shared by all scorers (building one is slow)."""
        self._analyzer = analyzer if analyzer is not None else _shared_analyzer()

    def text_compound(self, text: str) -> float:
        """Return the compound score of a text's words, -1..+1 to 4 places, after the idiom corrections."""
        compound = float(self._analyzer.polarity_scores(prepare_text(text))["compound"])
        return round(max(-1.0, min(1.0, compound)), 4)

    def score(self, text: str, rating: float | None = None, kind: str = "review") -> Sentiment:
        """Score an item: its words' compound, and a label combining it with the stars (see module docs)."""
        checked_kind = _check_kind(kind)
        compound = self.text_compound(text)
        if rating is None:
            return Sentiment(label_for_compound(compound), compound)
        by_stars = _label_for_stars(rating)
        if checked_kind is Kind.FEEDBACK:
            return Sentiment(by_stars, compound)
        return Sentiment(_combine_review(by_stars, compound), compound)


def _combine_review(by_stars: Label, compound: float) -> Label:
    if by_stars is Label.NEUTRAL:
        return label_for_compound(compound)
    if by_stars is Label.NEGATIVE and compound >= STRONG_TEXT_THRESHOLD:
        return Label.NEUTRAL
    if by_stars is Label.POSITIVE and compound <= -STRONG_TEXT_THRESHOLD:
        return Label.NEUTRAL
    return by_stars
