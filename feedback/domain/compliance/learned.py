"""A learned sentence model beside the rules: it catches the policy breaches that word lists miss.

Phrase and pattern rules find what they list ("5-star", "gift card", a URL) and say exactly where; they
do not generalise to the many ways a seller can be condescending, gate reviews or hint at a lawsuit. This
model reads every sentence as a bag of words, word beginnings and word pairs, with the words of the
sentences before and after it, and gives each policy rule a score: a linear model (logistic regression,
one per rule) trained on labelled messages by ``tools/train_compliance_model.py`` and stored as
``learned_model.json`` beside this file. A sentence whose score passes the rule's threshold becomes a
finding for that rule when no rule pattern already found it there. The model is plain data (a weight per
feature and rule); a message's sentences are scored together: a lookup per word, stem, word beginning,
word pair and neighbour word, and a sum of the weights found. ``_scorer.c`` does that in compiled code
when the package was built with it; the Python scorer here is the reference and the fallback.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain, pairwise
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from ._scorer import Scorer

_CompiledScorer: type[Scorer] | None
try:
    from ._scorer import Scorer as _CompiledScorer
except ImportError:  # not built (no C compiler at install time): the Python scorer gives the same scores
    _CompiledScorer = None

MODEL_FILE = "learned_model.json"
FORMAT = 1
# The compiled scorer reads tokens of up to 255 UTF-8 bytes; a model with a longer feature uses Python.
_COMPILED_KEY_LIMIT = 255
MAX_PREFIX_CHARS = 32  # the longest word beginning a model may use (the compiled scorer's MAX_PREFIX)

# Tokens by a one-for-one byte translation, several times faster than a regex: ASCII punctuation (apostrophes
# too: "we're" gives "we" and "re") and ! ? become spaces, every digit reads as "0"; $ and % stay on their
# number ("$0", "00%"). Bytes above 127 (the rest of UTF-8) pass through unchanged. Typographic quotes and
# dashes are already ASCII: the checker normalises the text first.
_TOKENS = bytes(
    32 if chr(b) in string.punctuation and chr(b) not in "$%" else 48 if chr(b) in string.digits else b
    for b in range(256)
)


def sentence_words(low: str) -> list[str]:
    """Return the tokens of one lower-cased sentence ("get 20% off!" -> get, 00%, off)."""
    return low.encode().translate(_TOKENS).decode().split()


_SUFFIXES = ("ies", "ing", "ed", "es", "s", "ly", "er", "est")
_STEM_CACHE = 100_000  # words remembered per model; the cache starts again when full


def stem(word: str) -> str:
    """Return a crude stem feature of a word ("~refund" for "refunds"), or the word itself if it has none."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return "~" + word[: -len(suffix)]
    return word


def prefix(word: str, chars: int) -> str | None:
    """Return the word-beginning feature of a word ("^rembou" for "remboursement" at 6 characters), or None
    when the word is not longer than ``chars`` (or ``chars`` is 0: the model has no such features).

    The crude stems know English endings only; a word's first characters group the forms of a French or
    Spanish word too ("remboursé", "rembourser"; "devolución", "devolver")."""
    return "^" + word[:chars] if 0 < chars < len(word) else None


def sentence_features(low: str, prefix_chars: int = 0) -> set[str]:
    """Return the features of one lower-cased sentence: its words, their stems, adjacent word pairs and,
    with ``prefix_chars``, the beginnings of its longer words."""
    words = sentence_words(low)
    features = set(words)
    features.update(map(stem, words))
    features.update(map(" ".join, pairwise(words)))
    if prefix_chars:
        features.update(f for f in (prefix(w, prefix_chars) for w in words) if f is not None)
    return features


def message_features(
    low: str, bounds: Sequence[tuple[int, int]], prefix_chars: int = 0, context: bool = False
) -> list[set[str]]:
    """Return the features of each sentence (start, end offsets into the lower-cased ``low``) of a message:
    ``sentence_features`` and, with ``context``, each word of the previous sentence as "<" + word and each
    word of the next one as ">" + word.

    Neighbours are the nearest sentences that hold a word: the scorer skips the others. They give their
    words only, not their stems, beginnings or pairs; that is enough to tell "No need to oil it." after "Do
    I have to oil it?" (an answer) from the same sentence after "As we already told you," (a put-down)."""
    features = [sentence_features(low[s:e], prefix_chars) for s, e in bounds]
    if context:
        words = [sentence_words(low[s:e]) for s, e in bounds]
        wordy = [n for n, w in enumerate(words) if w]
        for before, after in pairwise(wordy):
            features[after].update("<" + w for w in words[before])
            features[before].update(">" + w for w in words[after])
    return features


class _WordRows(dict[str, tuple[int, ...]]):
    """Word -> rows of the word's feature, its stem's and its beginning's (those the model has), worked out
    on first sight: stemming in Python costs more than the rest of the scoring, and words recur."""

    __slots__ = ("_prefix", "_rows")

    def __init__(self, rows: Mapping[str, int], prefix_chars: int = 0) -> None:
        super().__init__()
        self._rows = dict(rows)
        self._prefix = prefix_chars

    def __missing__(self, word: str) -> tuple[int, ...]:
        if len(self) >= _STEM_CACHE:
            self.clear()
        rows = self._rows
        keys = {word, stem(word), prefix(word, self._prefix)}
        found = tuple(row for row in {rows.get(k) for k in keys if k is not None} if row is not None)
        self[word] = found
        return found


@dataclass(frozen=True)
class LearnedHit:
    """A rule the model finds in one sentence: rule id, sentence offsets and the model's score."""

    rule: str
    start: int
    end: int
    score: float


class LearnedModel:
    """Per-rule linear scores of sentences, with the threshold each rule must pass."""

    __slots__ = (
        "_after",
        "_before",
        "_compiled",
        "_gates",
        "_matrix",
        "_pairs",
        "_thresholds",
        "_word_rows",
        "bias",
        "context",
        "info",
        "prefix_chars",
        "requires",
        "rules",
        "skip",
        "thresholds",
        "weights",
    )

    def __init__(
        self,
        rules: Sequence[str],
        bias: Sequence[float],
        thresholds: Sequence[float],
        weights: Mapping[str, Sequence[tuple[int, float]]],
        skip: Iterable[tuple[str, str, str]] = (),
        info: Mapping[str, Any] | None = None,
        requires: Mapping[str, str] | None = None,
        prefix_chars: int = 0,
        context: bool = False,
    ) -> None:
        """Build a model; ``weights`` maps a feature to (rule index, weight) pairs, ``skip`` lists
        (rule, kind, about) where the model is not used ("*" matches any kind or about), ``requires``
        maps a rule to a lower-case regex the message must contain for the model to judge it there
        (a request to change a review needs a review, rating or feedback to be mentioned), and
        ``prefix_chars`` how many first characters of a longer word make its beginning feature (0: none),
        ``context`` whether the words of the neighbour sentences count ("<" + word: a word of the previous
        sentence, ">" + word: of the next; see ``message_features``)."""
        if not len(rules) == len(bias) == len(thresholds):
            raise ValueError("rules, bias and thresholds must have the same length")
        if not 0 <= prefix_chars <= MAX_PREFIX_CHARS:
            raise ValueError(f"prefix_chars must be from 0 to {MAX_PREFIX_CHARS}")
        self.prefix_chars = prefix_chars
        self.context = context
        self.rules = tuple(rules)
        self.bias = tuple(bias)
        self.thresholds = tuple(thresholds)
        self.weights = {f: tuple(ws) for f, ws in weights.items()}
        self.skip = frozenset(skip)
        self.info = dict(info or {})
        self.requires = dict(requires or {})
        self._gates = {r: re.compile(p) for r, p in self.requires.items()}
        # For scoring a whole message at once: one row of weights per feature after a first row that every
        # sentence includes once, holding the bias less the threshold (a sentence passes a rule where its
        # sum is at least 0).
        index = {f: i for i, f in enumerate(self.weights, start=1)}
        # Looked up by a sentence's words (with their stems and beginnings) and adjacent word pairs (tuples:
        # no join).
        self._word_rows = _WordRows(
            {f: i for f, i in index.items() if " " not in f and f[:1] not in ("<", ">")}, prefix_chars
        )
        # A word's rows as a word of the previous sentence ("<" + word) and of the next one (">" + word).
        self._before = {f[1:]: i for f, i in index.items() if f[:1] == "<"} if context else {}
        self._after = {f[1:]: i for f, i in index.items() if f[:1] == ">"} if context else {}
        self._pairs: dict[tuple[str, str], int] = {
            (first, second): i for f, i in index.items() if " " in f for first, second in [f.split(" ")]
        }
        # A last row of zeros: every sentence's neighbour sums include it once, so that none is empty.
        matrix = np.zeros((len(self.weights) + 2, len(self.rules)), dtype=np.float64)
        matrix[0] = np.array(self.bias, dtype=np.float64) - np.array(self.thresholds, dtype=np.float64)
        for i, pairs in enumerate(self.weights.values(), start=1):
            for rule, weight in pairs:
                matrix[i, rule] = weight
        self._matrix = matrix
        self._thresholds = np.array(self.thresholds, dtype=np.float64)
        keys = [f.encode() for f in self.weights]
        self._compiled = (
            _CompiledScorer(keys, list(self.weights.values()), matrix[0].tolist(), prefix_chars, context)
            if _CompiledScorer is not None and all(len(k) <= _COMPILED_KEY_LIMIT for k in keys)
            else None
        )

    @property
    def compiled(self) -> bool:
        """Tell whether this model scores with the compiled scorer (``_scorer.c``) rather than in Python."""
        return self._compiled is not None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LearnedModel:
        """Read a model from its JSON form (see ``to_dict``); raises ValueError on another format."""
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown learned model format {data.get('format')!r}")
        return cls(
            data["rules"],
            data["bias"],
            data["thresholds"],
            {f: [(int(i), float(w)) for i, w in ws] for f, ws in data["weights"].items()},
            [(str(r), str(k), str(a)) for r, k, a in data.get("skip", [])],
            data.get("info"),
            data.get("requires"),
            int(data.get("prefix_chars", 0)),
            bool(data.get("context", False)),
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of the model."""
        return {
            "format": FORMAT,
            "info": self.info,
            "rules": list(self.rules),
            "bias": [round(b, 5) for b in self.bias],
            "thresholds": [round(t, 5) for t in self.thresholds],
            "skip": [list(s) for s in sorted(self.skip)],
            "requires": dict(sorted(self.requires.items())),
            "prefix_chars": self.prefix_chars,
            "context": self.context,
            "weights": {f: [[i, round(w, 5)] for i, w in ws] for f, ws in sorted(self.weights.items())},
        }

    def applies(self, rule: str, kind: str, about: str) -> bool:
        """Tell whether the model judges ``rule`` in a message of this kind and topic."""
        skip = self.skip
        return not skip or not (
            (rule, kind, about) in skip
            or (rule, kind, "*") in skip
            or (rule, "*", about) in skip
            or (rule, "*", "*") in skip
        )

    def _margins(
        self, low: str, sentences: Iterable[tuple[int, int]], *, compiled: bool = True
    ) -> tuple[list[tuple[int, int]], npt.NDArray[np.float64]]:
        """Return the non-blank sentences and a (sentences x rules) array of score minus threshold.

        compiled=False uses the Python scorer even when the compiled one is there (tests compare them)."""
        if compiled and self._compiled is not None:
            compiled_spans, flat = self._compiled.margins(low, list(sentences))
            shape = (len(compiled_spans), len(self.rules))
            return compiled_spans, np.array(flat, dtype=np.float64).reshape(shape)
        word_rows, pair_row = self._word_rows.__getitem__, self._pairs.get
        # An ASCII text is tokenised in one go (its bytes line up with its characters), others by sentence.
        tokens = low.encode().translate(_TOKENS).decode() if low.isascii() else None
        rows: list[int] = []
        starts: list[int] = []
        spans: list[tuple[int, int]] = []
        neighbours: list[list[str]] = []  # each sentence's words, with context
        for start, end in sentences:
            words = tokens[start:end].split() if tokens is not None else sentence_words(low[start:end])
            if not words:
                continue
            # Each feature counts once per sentence: a set of the rows of its words, their stems and its
            # word pairs, and row 0 (the bias less the threshold) exactly once.
            found: set[int | None] = set(chain.from_iterable(map(word_rows, words)))
            found.update(map(pair_row, pairwise(words)))
            found.discard(None)
            found.add(0)
            starts.append(len(rows))
            spans.append((start, end))
            rows.extend(found)  # type: ignore[arg-type]  # None was discarded
            if self.context:
                neighbours.append(words)
        if not spans:
            return spans, np.zeros((0, len(self.rules)))
        totals = self._sums(rows, starts)
        if self.context and len(spans) > 1:
            # The previous sentence's words as "<" features, then the next one's as ">" features.
            totals[1:] += self._neighbour_sums(self._before, neighbours[:-1])
            totals[:-1] += self._neighbour_sums(self._after, neighbours[1:])
        return spans, totals

    def _sums(self, rows: list[int], starts: list[int]) -> npt.NDArray[np.float64]:
        """Return the sums of the weight rows of each group of ``rows`` (a group starts at each of
        ``starts`` and holds at least one row)."""
        picked = self._matrix.take(np.fromiter(rows, dtype=np.intp, count=len(rows)), axis=0)
        return np.add.reduceat(picked, starts, axis=0)

    def _neighbour_sums(self, keys: Mapping[str, int], sentences: list[list[str]]) -> npt.NDArray[np.float64]:
        """Return per sentence the sum of the rows its distinct words have in ``keys`` (``_before`` or
        ``_after``), each group padded with the zero row so that none is empty."""
        zero = len(self._matrix) - 1
        rows: list[int] = []
        starts: list[int] = []
        for words in sentences:
            starts.append(len(rows))
            rows.append(zero)
            rows.extend(row for row in {keys.get(w) for w in words} if row is not None)
        return self._sums(rows, starts)

    def sentence_scores(
        self, low: str, sentences: Iterable[tuple[int, int]], *, compiled: bool = True
    ) -> tuple[list[tuple[int, int]], npt.NDArray[np.float64]]:
        """Return the non-blank sentences and a (sentences x rules) array of their scores (compiled=False:
        from the Python scorer)."""
        spans, margins = self._margins(low, sentences, compiled=compiled)
        return spans, margins + self._thresholds

    def judged(self, low: str, kind: str, about: str) -> list[int]:
        """Return the indexes of the rules the model judges in this message."""
        gates = self._gates
        return [
            i
            for i, rule in enumerate(self.rules)
            if self.applies(rule, kind, about) and (rule not in gates or gates[rule].search(low))
        ]

    def scored(
        self, low: str, sentences: Iterable[tuple[int, int]], kind: str, about: str
    ) -> Iterator[tuple[int, int, int, float]]:
        """Yield (start, end, rule index, score) for each sentence and each rule the model judges here."""
        judged = self.judged(low, kind, about)
        if not judged:
            return
        spans, totals = self.sentence_scores(low, sentences)
        for row, (start, end) in enumerate(spans):
            for index in judged:
                yield start, end, index, float(totals[row, index])

    def hits(self, low: str, sentences: Iterable[tuple[int, int]], kind: str, about: str) -> list[LearnedHit]:
        """Return the rules each sentence (start, end offsets into ``low``) passes, in text order."""
        found: list[LearnedHit] = []
        passing: Iterable[tuple[int, int, float]]
        if self._compiled is not None:
            spans, passing = self._compiled.margins(low, list(sentences), True)
        else:
            spans, margins = self._margins(low, sentences)
            rows, indexes = np.nonzero(margins >= 0.0)
            passing = [(int(r), int(i), float(margins[r, i])) for r, i in zip(rows, indexes, strict=True)]
        verdicts: dict[int, bool] = {}  # rule index -> judged here (gates are looked at only on a pass)
        for row, index, margin in passing:
            judged = verdicts.get(index)
            if judged is None:
                rule = self.rules[index]
                gate = self._gates.get(rule)
                judged = verdicts[index] = self.applies(rule, kind, about) and (
                    gate is None or gate.search(low) is not None
                )
            if judged:
                start, end = spans[row]
                score = margin + self.thresholds[index]
                found.append(LearnedHit(self.rules[index], start, end, score))
        return found


def load_model(text: str | None = None) -> LearnedModel:
    """Load the builtin model, or one from JSON text."""
    if text is None:
        text = resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return LearnedModel.from_dict(json.loads(text))


@lru_cache(maxsize=1)
def builtin_model() -> LearnedModel | None:
    """Return the builtin model, or None when the package has none (the rules then work alone)."""
    try:
        return load_model()
    except FileNotFoundError:
        return None
