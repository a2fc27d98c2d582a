"""Word-level helpers shared by tagging and discovery: normalising, tokenising, plural stemming, word lists.

The word lists are package data (``stopwords.txt``, ``generic_terms.txt``, ``descriptive_words.txt``,
``complaint_cues.txt``) so they can be read and reviewed without reading code. Opinion words come from
VADER's own lexicon, which ships with the vaderSentiment package: a word the sentiment lexicon scores is
an opinion ("great", "terrible"), not the thing the opinion is about, so it never becomes an issue term.
Graded forms of descriptive and opinion words ("biggest", "sturdier") and adjective endings ("-ous",
"-ible") are not terms either.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# Tokens are runs of letters/digits, keeping inner apostrophes and hyphens ("doesn't", "usb-c", "id3").
_TOKEN = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*|n't|'[a-z]{1,2}\b")
# Pre-tokenised corpora write "does n't" and "can 't"; gluing them back lets one pattern match both styles.
_DETACHED_CLITIC = re.compile(r"\s+(n't|'t|'s|'re|'ve|'ll|'d|'m)\b")
_IRREGULAR_PLURALS = {
    "lenses": "lens",
    "knives": "knife",
    "wives": "wife",
    "shelves": "shelf",
    "leaves": "leaf",
    "feet": "foot",
    "teeth": "tooth",
    "men": "man",
    "women": "woman",
    "children": "child",
    "mice": "mouse",
}
# Clipped words reviewers write for a longer one: the key is the full word, so "pics" and "pictures"
# are one issue, and the full word is what the label shows (see ``full_form``).
_CLIPPED = {  # clipped word -> (full word, whether the clipped word is a plural)
    "pic": ("picture", False),
    "pics": ("picture", True),
    "pix": ("picture", True),
    "vid": ("video", False),
    "vids": ("video", True),
    "mic": ("microphone", False),
    "mics": ("microphone", True),
}
_SINGULAR_IN_S = frozenset(
    {"lens", "series", "species", "news", "means", "gps", "physics", "electronics", "bus"}
)
# Words ending in -ly that are nouns; every other -ly word is treated as an adverb.
_LY_NOUNS = frozenset({"assembly", "supply", "family", "reply", "jelly", "belly", "fly", "butterfly", "poly"})
# Function words that reverse what follows ("no smell", "never arrived late", "wasn't damaged").
NEGATORS = frozenset(
    {"no", "not", "never", "without", "zero", "none", "nothing", "n't", "nor", "hardly", "barely"}
)
_OPINION_MIN_VALENCE = 0.5


def glue_clitics(text: str) -> str:
    """Return ``text`` with detached clitics glued back ("can 't" -> "can't"), case kept, for the scorer."""
    return _DETACHED_CLITIC.sub(r"\1", text) if " '" in text or " n'" in text else text


def normalise(text: str) -> str:
    """Lower-case ``text``, unify apostrophes, glue detached clitics and collapse whitespace."""
    lowered = text.lower()
    if "\u2019" in lowered or "`" in lowered:
        lowered = lowered.replace("\u2019", "'").replace("`", "'")
    if "'" in lowered:
        lowered = _DETACHED_CLITIC.sub(r"\1", lowered)
    return " ".join(lowered.split())


def tokens(normalised: str) -> list[str]:
    """Split already normalised text into word tokens."""
    return _TOKEN.findall(normalised)


def is_negator(token: str) -> bool:
    """Tell whether ``token`` negates the words after it."""
    return token in NEGATORS or token.endswith("n't") or token in _NEGATED_SPELLINGS


_NEGATED_SPELLINGS = frozenset(
    {"dont", "doesnt", "didnt", "isnt", "wasnt", "wont", "cant", "couldnt", "arent"}
)


@cache
def full_form(surface: str) -> str:
    """Return a label with its clipped words written out ("pics" -> "pictures", "mic" -> "microphone")."""
    words = surface.split(" ")
    for i, word in enumerate(words):
        clipped = _CLIPPED.get(word.lower())
        if clipped is not None:
            full, plural = clipped
            words[i] = full + "s" if plural else full
    return " ".join(words)


def singular(word: str) -> str:
    """Return the plural-stemmed ``word``: the stable, readable key of a term ("batteries" -> "battery")."""
    if word.endswith("'s"):
        word = word[:-2]
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word in _CLIPPED:
        return _CLIPPED[word][0]
    if word in _SINGULAR_IN_S:
        return word
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    return word[:-1]


def is_adverb(word: str) -> bool:
    """Tell whether ``word`` looks like an -ly adverb ("constantly"), which never names an issue."""
    return len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


def _read_words(name: str) -> frozenset[str]:
    """Read a package word list: whitespace-separated words, ``#`` starts a comment."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        words.update(line.split("#", 1)[0].split())
    return frozenset(words)


@cache
def stopwords() -> frozenset[str]:
    """Return the English function words."""
    return _read_words("stopwords.txt")


@cache
def generic_terms() -> frozenset[str]:
    """Return the words that occur in every kind of review but never name what went wrong."""
    return _read_words("generic_terms.txt") | frozenset(singular(w) for w in _read_words("generic_terms.txt"))


@cache
def descriptive_words() -> frozenset[str]:
    """Return the words that describe, measure or judge ("thin", "miles", "flaw"), never naming a thing."""
    return _read_words("descriptive_words.txt")


@cache
def complaint_cues() -> frozenset[str]:
    """Return the failure verbs that mark a complaint the sentiment lexicon misses ("leaks", "crashed")."""
    return _read_words("complaint_cues.txt")


@cache
def vader_lexicon() -> dict[str, float]:
    """Return VADER's word valences, read from the file the vaderSentiment package ships."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    lexicon: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2:
            lexicon[fields[0]] = float(fields[1])
    return lexicon


@cache
def opinion_words() -> frozenset[str]:
    """Return words whose sentiment valence is clear enough that they express an opinion, not an aspect."""
    return frozenset(w for w, v in vader_lexicon().items() if abs(v) >= _OPINION_MIN_VALENCE)


@cache
def non_terms() -> frozenset[str]:
    """Return every word that can never be an issue term: stopwords, generic and descriptive words,
    opinions, cues."""
    return stopwords() | generic_terms() | descriptive_words() | opinion_words() | complaint_cues()


_ADJECTIVE_ENDINGS = ("ous", "ible")


def _is_graded(word: str) -> bool:
    """Tell whether ``word`` is a superlative or an -ier comparative of a known adjective ("sturdier")."""
    if word.endswith("iest"):
        bases = [word[:-4] + "y"]
    elif word.endswith("ier"):
        bases = [word[:-3] + "y"]
    elif word.endswith("est") and len(word) > 5:
        stem = word[:-3]
        bases = [stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else ""]
    elif word.endswith("er") and len(word) > 5 and word[-3] == word[-4]:
        bases = [word[:-3]]  # "thinner", "bigger"
    else:
        return False
    known = _descriptive()
    return any(base in known for base in bases)


@cache
def _descriptive() -> frozenset[str]:
    """Return the words whose graded forms describe: generic adjectives and opinion words."""
    return generic_terms() | descriptive_words() | opinion_words() | complaint_cues()


@cache
def is_term_word(word: str) -> bool:
    """Tell whether ``word`` may be (part of) an issue term: a content word naming a thing or function."""
    if word in non_terms() or is_adverb(word) or len(word) < 2 or "'" in word:
        return False
    # Past participles ("included", "answered") describe what happened, not what it happened to.
    if len(word) >= 6 and word.endswith("ed"):
        return False
    # Words ending like adjectives ("numerous", "terrible") and graded forms of descriptive or opinion
    # words ("biggest", "flimsier") describe a thing rather than name it.
    if (len(word) >= 6 and word.endswith(_ADJECTIVE_ENDINGS)) or _is_graded(word):
        return False
    # Numbers and measures ("2x", "128mb", "3rd") are not issues; "mp3" and "id3" stay.
    return not word[0].isdigit()
