"""The sentiment layer: VADER's blind spots on review idioms, star-rating rules, thresholds, edge texts."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from feedback.domain.sentiment import (
    MAX_SCORED_CHARS,
    PHRASE_REWRITES,
    Kind,
    Label,
    Sentiment,
    SentimentScorer,
    expand_pattern,
    label_for_compound,
    label_for_rating,
    prepare_text,
)

NEG, NEU, POS = Label.NEGATIVE, Label.NEUTRAL, Label.POSITIVE


@pytest.fixture(scope="module")
def scorer() -> SentimentScorer:
    return SentimentScorer()


class FixedAnalyzer:
    """Stands in for VADER: always the same compound, and remembers what it was asked to score."""

    def __init__(self, compound: float) -> None:
        self.compound = compound
        self.seen: list[str] = []

    def polarity_scores(self, text: str) -> dict[str, float]:
        self.seen.append(text)
        return {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": self.compound}


# Review idioms VADER reads as negative or neutral; each must come out positive.
BLIND_SPOTS = [
    "No problems at all.",
    "no problem",
    "I have had no problems at all with this kettle.",
    "Not bad.",
    "not too bad",
    "Not bad at all for the price.",
    "Could not be happier",
    "couldn't be happier",
    "Couldn’t be happier!",
    "i could n't be happier with it",
    "I couldnt be happier",
    "Couldn't be more pleased.",
    "Couldn't be better.",
    "Works as expected.",
    "works as advertised",
    "It worked exactly as described.",
    "No complaints.",
    "no complaints at all",
    "I have no major complaints.",
    "Can't complain.",
    "can’t complain",
    "I cannot complain.",
    "can n't complain",
    "Nothing to complain about.",
    "Never had an issue.",
    "never had a problem with it",
    "I haven't had a single issue.",
    "haven’t had any issues",
    "No issues.",
    "no issues whatsoever",
    "NO ISSUES AT ALL",
    "Zero issues.",
    "zero problems so far",
    "Not an issue.",
    "It does the job.",
    "does exactly what it says it does",
    "Gets the job done.",
    "Exactly as described.",
    "Item as described, fast shipping.",
    "exactly what I needed",
    "You can't go wrong with this.",
    "can’t go wrong",
    "You cannot go wrong.",
    "How can you go wrong?",
    "Not disappointed.",
    "I was not disappointed.",
    "Didn't disappoint.",
    "didn’t disappoint",
    "did n't disappoint",
    "You won't be disappointed.",
    "I would not hesitate to recommend it.",
    "Wouldn't hesitate to buy again.",
    "I can't say enough good things about this seller.",
    "Can't recommend it enough!",
    "Hassle-free return.",
    "Trouble free for a year now.",
    "No worries.",
]

# Genuinely negative texts, some close to the idioms above; each must stay negative.
CONTROLS = [
    "not good",
    "No, it broke.",
    "could not be worse",
    "It couldn’t be worse.",
    "It can't get any worse.",
    "problems all the time",
    "I had problems with it.",
    "It did not work as expected.",
    "Doesn't work as advertised.",
    "Not as described.",
    "It did not do the job.",
    "Not exactly what I wanted.",
    "Could be better.",
    "It could have been a lot better.",
    "no good",
    "Not a good product.",
    "It no longer works.",
    "Great seller but the item arrived broken and useless.",
    "Terrible, broke after a day, awful and useless.",
]


@pytest.mark.parametrize("text", BLIND_SPOTS)
def test_blind_spot_idioms_are_positive(scorer: SentimentScorer, text: str) -> None:
    assert label_for_compound(scorer.text_compound(text)) is POS


@pytest.mark.parametrize("text", CONTROLS)
def test_negative_texts_stay_negative(scorer: SentimentScorer, text: str) -> None:
    assert label_for_compound(scorer.text_compound(text)) is NEG


# One example per table row, in table order: proves every row (and its anchor words) fires.
ROW_EXAMPLES = [
    ("could not have been more pleased", "extremely happy"),
    ("couldn't ask for a better", "excellent"),
    ("could n't be worse", "horrible"),
    ("could be much better", "unimpressive"),
    ("won't go wrong", "good"),
    ("cannot say enough nice things", "excellent"),
    ("can't recommend this seller highly enough", "highly recommend"),
    ("nothing bad to say", "satisfied"),
    ("don't hesitate to", "gladly"),
    ("haven't experienced any real glitches so far", "satisfied"),
    ("worry-free", "easy"),
    ("functions just as it should", "good"),
    ("precisely as pictured", "perfect"),
    ("as advertised", "good"),
    ("did what they promised", "good"),
]


def test_every_table_row_has_an_example() -> None:
    assert len(ROW_EXAMPLES) == len(PHRASE_REWRITES)


@pytest.mark.parametrize(("row", "example"), list(enumerate(ROW_EXAMPLES)), ids=[e for e, _ in ROW_EXAMPLES])
def test_each_row_rewrites_its_example(row: int, example: tuple[str, str]) -> None:
    text, replacement = example
    assert replacement == PHRASE_REWRITES[row][2]
    assert prepare_text(text) == replacement


@pytest.mark.parametrize(("anchors", "pattern", "replacement"), PHRASE_REWRITES, ids=lambda v: str(v)[:30])
def test_table_rows_are_consistent(anchors: str, pattern: str, replacement: str) -> None:
    lexicon = SentimentIntensityAnalyzer().lexicon
    # Replacements must be words VADER scores, or they would just erase the idiom.
    assert any(word in lexicon for word in replacement.split())
    # A row is only tried near its anchors, so an anchor it cannot contain would be a typo.
    assert all(anchor == anchor.lower() and anchor in expand_pattern(pattern) for anchor in anchors.split())
    # Patterns run on the lower-cased text.
    assert pattern == pattern.lower()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NO ISSUES AT ALL", "SATISFIED"),
        ("Couldn’t be happier!", "extremely happy!"),
        ("Item as described, fast shipping", "Item good, fast shipping"),
        ("As described in the manual, press reset.", "As described in the manual, press reset."),
        ("no problems\n  at all", "satisfied"),
        ("Would not hesitate to buy again.", "gladly buy again."),
        ("It isn’t great.", "It isn't great."),
        ("No, problems.", "No, problems."),
        ("Works as expected, no complaints.", "good, satisfied."),
        ("no issues, no issues, no issues", "satisfied, satisfied, satisfied"),
        # "İ" lower-cases to two characters; the rewrite must still land in the right place.
        ("İİİ seller, no issues.", "İİİ seller, satisfied."),
        ("CAFÉ GRINDER, NO PROBLEMS", "CAFÉ GRINDER, SATISFIED"),
        ("", ""),
    ],
)
def test_prepare_text_rewrites(text: str, expected: str) -> None:
    assert prepare_text(text) == expected


@pytest.mark.parametrize(
    ("compound", "label"),
    [
        (1.0, POS),
        (0.05, POS),
        (0.0499, NEU),
        (0.0, NEU),
        (-0.0499, NEU),
        (-0.05, NEG),
        (-1.0, NEG),
    ],
)
def test_label_for_compound_uses_vader_thresholds(compound: float, label: Label) -> None:
    assert label_for_compound(compound) is label


def test_label_for_compound_rejects_nan() -> None:
    with pytest.raises(ValueError, match="NaN"):
        label_for_compound(math.nan)


@pytest.mark.parametrize("kind", ["review", "feedback", Kind.REVIEW, Kind.FEEDBACK])
@pytest.mark.parametrize(
    ("rating", "label"),
    [(1, NEG), (2, NEG), (2.49, NEG), (2.5, NEU), (3, NEU), (3.49, NEU), (3.5, POS), (4, POS), (5, POS)],
)
def test_label_for_rating(rating: float, kind: str, label: Label) -> None:
    assert label_for_rating(rating, kind) is label


@pytest.mark.parametrize("rating", [0, 0.99, 5.01, 6, -1, math.nan, math.inf])
def test_label_for_rating_rejects_out_of_range(rating: float) -> None:
    with pytest.raises(ValueError, match="rating"):
        label_for_rating(rating, "review")


@pytest.mark.parametrize("kind", ["product", "Review", ""])
def test_unknown_kind_is_refused(kind: str) -> None:
    with pytest.raises(ValueError, match="kind"):
        label_for_rating(4, kind)
    with pytest.raises(ValueError, match="kind"):
        SentimentScorer(FixedAnalyzer(0.0)).score("fine", kind=kind)


STRONG_POS, MILD_POS, NEUTRAL_TEXT, MILD_NEG, STRONG_NEG = 0.9, 0.3, 0.0, -0.3, -0.9

# (kind, rating, compound of the words, label)
RATING_RULES = [
    # Seller feedback: the stars alone, whatever the words.
    *[("feedback", r, c, NEG) for r in (1, 2) for c in (STRONG_POS, NEUTRAL_TEXT, STRONG_NEG)],
    *[("feedback", 3, c, NEU) for c in (STRONG_POS, MILD_POS, NEUTRAL_TEXT, MILD_NEG, STRONG_NEG)],
    *[("feedback", r, c, POS) for r in (4, 5) for c in (STRONG_POS, NEUTRAL_TEXT, STRONG_NEG)],
    # Product review, 1-2 stars: negative unless the words are strongly positive, then neutral (mixed).
    ("review", 1, STRONG_NEG, NEG),
    ("review", 1, NEUTRAL_TEXT, NEG),
    ("review", 1, MILD_POS, NEG),
    ("review", 2, 0.4999, NEG),
    ("review", 2, 0.5, NEU),
    ("review", 1, STRONG_POS, NEU),
    # 3 stars: the words decide.
    ("review", 3, STRONG_POS, POS),
    ("review", 3, MILD_POS, POS),
    ("review", 3, 0.05, POS),
    ("review", 3, 0.0499, NEU),
    ("review", 3, NEUTRAL_TEXT, NEU),
    ("review", 3, -0.05, NEG),
    ("review", 3, STRONG_NEG, NEG),
    # 4-5 stars: positive unless the words are strongly negative, then neutral (mixed).
    ("review", 5, STRONG_POS, POS),
    ("review", 5, NEUTRAL_TEXT, POS),
    ("review", 4, MILD_NEG, POS),
    ("review", 4, -0.4999, POS),
    ("review", 4, -0.5, NEU),
    ("review", 5, STRONG_NEG, NEU),
    # Fractional ratings round to the nearest star, halves up.
    ("review", 2.5, MILD_NEG, NEG),
    ("review", 3.5, MILD_NEG, POS),
    ("feedback", 2.5, STRONG_POS, NEU),
]


@pytest.mark.parametrize(("kind", "rating", "compound", "label"), RATING_RULES)
def test_score_combines_stars_and_words(kind: str, rating: float, compound: float, label: Label) -> None:
    result = SentimentScorer(FixedAnalyzer(compound)).score("some words", rating=rating, kind=kind)
    # The compound stays the words' own score; only the label combines.
    assert result == Sentiment(label, compound)


@pytest.mark.parametrize("kind", ["review", "feedback"])
@pytest.mark.parametrize(
    ("compound", "label"),
    [(STRONG_POS, POS), (MILD_POS, POS), (0.0, NEU), (MILD_NEG, NEG), (STRONG_NEG, NEG)],
)
def test_score_without_rating_uses_the_words(kind: str, compound: float, label: Label) -> None:
    assert SentimentScorer(FixedAnalyzer(compound)).score("some words", kind=kind) == Sentiment(
        label, compound
    )


def test_score_calls_vader_once_on_the_prepared_text() -> None:
    analyzer = FixedAnalyzer(0.5)
    SentimentScorer(analyzer).score("No issues, works as advertised.", rating=5)
    assert analyzer.seen == ["satisfied, good."]


@pytest.mark.parametrize(
    ("text", "rating", "kind", "label"),
    [
        ("", None, "review", NEU),
        ("   \n\t ", None, "feedback", NEU),
        ("", 5, "review", POS),
        ("", 1, "review", NEG),
        ("", 3, "review", NEU),
        ("", 3, "feedback", NEU),
    ],
)
def test_empty_text(
    scorer: SentimentScorer, text: str, rating: float | None, kind: str, label: Label
) -> None:
    assert scorer.score(text, rating, kind) == Sentiment(label, 0.0)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Great kettle, no problems at all. " * 5_000, POS),
        ("Awful, broke twice, useless. " * 5_000, NEG),
        # Only the start and the end of a very long text are scored; both must still count.
        ("Terrible product. " + "It is a kettle. " * 10_000, NEG),
        ("It is a kettle. " * 10_000 + " Terrible product.", NEG),
    ],
    ids=["long-positive", "long-negative", "verdict-first", "verdict-last"],
)
def test_very_long_text(scorer: SentimentScorer, text: str, label: Label) -> None:
    assert len(text) > MAX_SCORED_CHARS
    assert len(prepare_text(text)) <= MAX_SCORED_CHARS + 1
    result = scorer.score(text)
    assert result.label is label
    assert -1.0 <= result.compound <= 1.0


@pytest.mark.parametrize("text", ["I love it!!!", "It broke.", "It's fine, I guess, nothing special.", "meh"])
def test_compound_is_in_range_and_rounded(scorer: SentimentScorer, text: str) -> None:
    compound = scorer.text_compound(text)
    assert -1.0 <= compound <= 1.0
    assert round(compound, 4) == compound


def test_public_types() -> None:
    result = Sentiment(Label.POSITIVE, 0.5)
    assert [str(label) for label in Label] == ["negative", "neutral", "positive"]
    assert Label("negative") is NEG
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.compound = 0.1  # type: ignore[misc]


def test_scorers_share_one_default_analyzer() -> None:
    first: Any = SentimentScorer()
    second: Any = SentimentScorer()
    assert first._analyzer is second._analyzer
