"""Sentence and clause splitting, and the word helpers of issue tagging."""

from __future__ import annotations

import pytest

from feedback.domain.issues import split_clauses, split_sentences
from feedback.domain.issues.negativity import has_cue, vader_gate
from feedback.domain.issues.text import (
    complaint_cues,
    full_form,
    is_term_word,
    normalise,
    singular,
    tokens,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Love it. Hate the lid!", ["Love it.", "Hate the lid!"]),
        ("Why? Because it broke.", ["Why?", "Because it broke."]),
        ("It was ok... Then it broke.", ["It was ok...", "Then it broke."]),
        ("It was ok... then it broke.", ["It was ok... then it broke."]),  # trailing off, same sentence
        ("Wow!!! Really?!", ["Wow!!!", "Really?!"]),
        ("first line\nsecond line", ["first line", "second line"]),
        ("Mr. Smith sold it. Fine.", ["Mr. Smith sold it.", "Fine."]),
        ("Tools, e.g. a drill. Done.", ["Tools, e.g. a drill.", "Done."]),
        ("Made in the U.S. and sturdy.", ["Made in the U.S. and sturdy."]),
        ("It weighs 3.5 kg. Heavy.", ["It weighs 3.5 kg.", "Heavy."]),
        ("So do I. Yes.", ["So do I.", "Yes."]),
        ('He said "no." Then left.', ['He said "no."', "Then left."]),
        ("  ", []),
        ("...", []),
        ("no punctuation at all", ["no punctuation at all"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [s.text for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("love it, but the battery dies in two hours", ["love it", "but the battery dies in two hours"]),
        ("Works great; however the lid leaks", ["Works great", "however the lid leaks"]),
        ("Nice, although heavy", ["Nice", "although heavy"]),
        ("All good except the remote", ["All good", "except the remote"]),
        ("But it broke", ["But it broke"]),
        ("the butter dish cracked", ["the butter dish cracked"]),  # "but" inside a word
        ("plain sentence", ["plain sentence"]),
    ],
)
def test_split_clauses(sentence: str, expected: list[str]) -> None:
    spans = split_clauses(sentence)
    assert [s.text for s in spans] == expected
    assert all(sentence[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("batteries", "battery"),
        ("zippers", "zipper"),
        ("boxes", "box"),
        ("glass", "glass"),
        ("lens", "lens"),
        ("lenses", "lens"),
        ("dvd's", "dvd"),
        ("crashes", "crash"),
        ("bus", "bus"),
        ("pics", "picture"),
        ("pix", "picture"),
        ("mic", "microphone"),
    ],
)
def test_singular(word: str, key: str) -> None:
    assert singular(word) == key


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("pics", "pictures"),
        ("blurry pic", "blurry picture"),
        ("Mic crackles", "microphone crackles"),
        ("lid", "lid"),
    ],
)
def test_full_form(label: str, shown: str) -> None:
    assert full_form(label) == shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It does n't work", ["it", "doesn't", "work"]),
        ("It can 't play", ["it", "can't", "play"]),
        ("Don\u2019t   buy", ["don't", "buy"]),
        ("USB-C port, id3 tags", ["usb-c", "port", "id3", "tags"]),
    ],
)
def test_normalise_and_tokens(text: str, expected: list[str]) -> None:
    assert tokens(normalise(text)) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("zipper", True),
        ("remote", True),
        ("the", False),  # function word
        ("bought", False),  # generic review word
        ("terrible", False),  # opinion word from VADER's lexicon
        ("leaks", False),  # failure verb
        ("constantly", False),  # adverb
        ("assembly", True),  # -ly noun
        ("128mb", False),  # measure
        ("included", False),  # participle
    ],
)
def test_is_term_word(word: str, expected: bool) -> None:
    assert is_term_word(word) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("the lid leaks", True),
        ("way too small", True),
        ("it never leaked", False),  # negated failure verb
        ("not too small", False),
        ("the lid is blue", False),
    ],
)
def test_has_cue(clause: str, expected: bool) -> None:
    assert has_cue(tokens(normalise(clause)), complaint_cues()) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the lid is blue", False),
        ("great product, love it", False),
        ("this is terrible", True),
        ("not great", True),  # negation can turn praise negative
        ("it doesn't fit", True),
        ("at least it is cheap", True),
        ("so sad :(", True),  # emoticon
        ("nice \U0001f620", True),  # emoji
    ],
)
def test_vader_gate(text: str, expected: bool) -> None:
    assert vader_gate(text) is expected


GATE_SAMPLE = [
    "The zipper broke after a week.",
    "I love the color but the strap is weak.",
    "Not what I expected at all.",
    "It arrived late, no big deal.",
    "Could be better.",
    "Least favourite purchase this year.",
    "Works as advertised.",
    "The lid leaks.",
    "Great price, fast shipping!",
    "I'm not unhappy with it.",
    "Zero stars if I could.",
    "Meh :( returning it",
    "well-made and sturdy",
    "It's okay I guess.",
]


@pytest.mark.parametrize("text", GATE_SAMPLE)
def test_vader_gate_never_skips_a_negative_text(text: str) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    if not vader_gate(text):
        assert SentimentIntensityAnalyzer().polarity_scores(text)["compound"] >= 0
