"""FastVader must return exactly what vaderSentiment 3.3.2's polarity_scores returns, quirks included."""

from __future__ import annotations

import random

import pytest
from vaderSentiment import vaderSentiment as vs
from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    NEGATE,
    SENTIMENT_LADEN_IDIOMS,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
)

from feedback.domain import vader_fast
from feedback.domain.samples import generate_reviews
from feedback.domain.sentiment import SentimentScorer
from feedback.domain.vader_fast import FastVader


@pytest.fixture(scope="module")
def original() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def fast() -> FastVader:
    return FastVader()


# Crafted texts, grouped by the rule of the original they exercise. Each is compared with the original.
EDGE_CASES: tuple[str, ...] = (
    # Empty, whitespace, trivial.
    "",
    " ",
    "   \t\n  ",
    "\u00a0\u2003\u2028",
    "a",
    "I",
    "x y z",
    "good",
    "GOOD",
    "Good",
    "no",
    "NO",
    "the",
    "12345",
    "3 stars, 4.5/5, 100% worth $20",
    "https://example.com/good?q=bad&x=1 great",
    "www.great.com",
    "email me at good@bad.com",
    # The README examples of vaderSentiment.
    "VADER is smart, handsome, and funny.",
    "VADER is smart, handsome, and funny!",
    "VADER is very smart, handsome, and funny.",
    "VADER is VERY SMART, handsome, and FUNNY.",
    "VADER is VERY SMART, handsome, and FUNNY!!!",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "The book was good.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today SUX!",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "Not bad at all",
    "Sentiment analysis has never been good.",
    "Sentiment analysis has never been this good!",
    "Most automated sentiment analysis tools are shit.",
    "With VADER, sentiment analysis is the shit!",
    "Other sentiment analysis tools can be quite bad.",
    "On the other hand, VADER is quite bad ass",
    "VADER is such a badass!",
    "Without a doubt, excellent idea.",
    "Roger Dodger is one of the most compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Not such a badass after all.",
    "Without a doubt, an excellent idea.",
    # Negation one, two and three words back, and beyond.
    "not good",
    "not very good",
    "not the very good",
    "not a nice good",
    "not at all really good",
    "isn't good",
    "it isnt good",
    "It Isn't Good",
    "don't like it",
    "dont like it",
    "didn't work, never good, nothing nice",
    "wasn't good at all",
    "it ain't bad",
    "without love",
    "rarely good and seldom bad, despite joy",
    "uh-uh good",
    "nope good",
    "none good",
    "neither good nor bad",
    "can't complain",
    "can’t complain, don’t worry",  # curly apostrophes: not negations to the original
    "doesn't n't good",
    "shouldn't've been good",
    "good not",
    # "never so" / "never this" and the bracket slip in the three-back rule.
    "never so good",
    "never this good",
    "never so very good",
    "it has never been so good",
    "it has never so been good",
    "the food is so good",
    "the food is this good",
    "it was so this good",
    "NEVER SO GOOD",
    "never so bad",
    # "without doubt".
    "without doubt good",
    "without a doubt good",
    "without doubt a good",
    "without the doubt good",
    "without any doubt, good",
    "without doubt",
    # "least".
    "least good",
    "the least good",
    "at least good",
    "very least good",
    "at the least good",
    "it is least good",
    "LEAST good",
    "least",
    # "kind of", "sort of" and the like.
    "kind of good",
    "it was kind of good",
    "the food was kind of good",
    "it is kind of really good",
    "kind",
    "so kind",
    "kind of",
    "kind kind of",
    "KIND OF GOOD but kind",
    "sort of good",
    "the food was sort of good",
    "kinda good",
    "kindof good",
    "kind-of good",
    "sorta good",
    "it was just enough good",
    "it was just enough to be good",
    "a just enough good",
    # Boosters and dampeners, with and without capitals.
    "very good",
    "VERY good",
    "very GOOD",
    "VERY GOOD",
    "VERY GOOD food",
    "very very very good",
    "extremely bad",
    "EXTREMELY bad movie",
    "barely good",
    "BARELY good food",
    "slightly bad",
    "SLIGHTLY bad thing",
    "the really good and the really bad",
    "the UTTERLY good food",
    "VERY NICE THING GOOD",
    "EXTREMELY THE X GOOD",
    "EXTREMELY THE X GOOD food",
    "very x y good",
    "VERY x y good",
    "VERY x y GOOD",
    "so x good",
    # ALL CAPS differential.
    "GOOD food",
    "GOOD FOOD",
    "BAD food",
    "I LOVE IT",
    "I LOVE it",
    "I HATE it!!!",
    "THIS IS THE WORST PRODUCT EVER",
    "THIS IS THE WORST product ever",
    "NO good",
    "NO GOOD",
    "NO NO good",
    "A",
    "A good",
    "OK good",
    "It is OK",
    "AWESOME",
    "AWESOME!!!",
    "SUPER SUPER SUPER",
    "ÉLÉGANT good",
    # "no".
    "no good",
    "no problems",
    "no issues at all",
    "no, good",
    "no no",
    "no no good",
    "no x good",
    "no x y good",
    "no or good",
    "no x or good",
    "no x nor good",
    "no x and good",
    "no doubt",
    "No! good",
    "no!",
    "good no",
    "no way",
    "No complaints",
    "no love but hate",
    # "but".
    "good but bad",
    "bad but good",
    "but good",
    "good but",
    "BUT good",
    "But, good",
    "good, but bad, but great",
    "good good but good",
    "good great but good",
    "good great but good great",
    "bad but bad bad",
    "nice nice nice but nice nice",
    "good but nice but good",
    "but but good bad",
    "good but, honestly, bad",
    "It was great but it broke, but support was good.",
    "butter is good",
    # Punctuation emphasis.
    "good!",
    "good!!",
    "good!!!",
    "good!!!!",
    "good!!!!!!!!!!",
    "bad!!!!!",
    "good?",
    "good??",
    "good???",
    "good????????",
    "bad???",
    "good?!?!?!",
    "!!!!",
    "????",
    "the!!!",
    "the ???",
    "good. bad! ok? fine!!",
    # Tokens with punctuation.
    "'good'",
    '"good"',
    "(good)",
    "good...",
    "...good",
    "--good--",
    "good,bad",
    "good/bad",
    "good-bad",
    "ok!",
    "ok!!",
    "no,",
    "no.",
    "lol!",
    "xD",
    "!!good!!",
    "g-o-o-d",
    "#good",
    "@good",
    "good's",
    "goods'",
    "“good”",  # curly quotes are not ASCII punctuation
    "‘good’",
    "«good»",
    "good…",
    # Emoticons.
    ":)",
    ":-)",
    ":(",
    ":-(",
    "<3",
    "</3",
    ":D",
    ":P",
    ";)",
    ":-D",
    "=)",
    "xD lol",
    "good :)",
    "bad :(",
    "I <3 it",
    ":) :) :)",
    "(:",
    ":/",
    ":')",
    ":-((",
    "^_^",
    "o_O",
    # Emojis, alone, glued to words, in sequences, with descriptions containing "!" or capitals.
    "😀",
    "👍",
    "💩",
    "😀👍💩",
    "😀 👍 💩",
    "good😀",
    "😀good",
    "good 😀 bad",
    "good\n😀",
    "good\t😀",
    "  😀  ",
    "😀!",
    "I 💘 this",
    "not 👍",
    "no 😀",
    "very 😀",
    "but 😀",
    "😀 but 💩",
    "🔛",
    "🆙 great",
    "great 🆙",
    "©",
    "®",
    "© 2024 good",
    "good®",
    "👍🏽",  # skin tone: two characters, neither part a key... or is it?
    "🇺🇸",  # flag: two regional indicators
    "👨‍👩‍👧",  # ZWJ sequence
    "❤️",  # heart with variation selector
    "❤",
    "☺",
    "🙂🙃",
    "ⓜ",
    "😀\u200d😀",
    "good\ufe0f 👍\ufe0f",
    "\ud83d\ude00 lone surrogates, good",
    "🆙🆙🆙 good",
    "GOOD 🆙",
    # Special-case idioms (only checked with three words before the lexicon word).
    "the shit",
    "it is the shit",
    "this is the shit",
    "this is the shit!",
    "a b c the shit",
    "it's really the shit",
    "the bomb",
    "this thing is the bomb",
    "bad ass",
    "that is so bad ass",
    "what a bad ass car",
    "badass",
    "a very badass",
    "bus stop",
    "at the bus stop",
    "near the bus stop sign",
    "yeah right",
    "oh well yeah right",
    "oh well yeah right sure",
    "kiss of death",
    "that was the kiss of death",
    "it is a kiss of death",
    "to die for",
    "that cake is to die for",
    "that cake was to die for really",
    "beating heart",
    "my own beating heart",
    "my own beating heart is good",
    "the the the shit bomb",
    "good good good the shit",
    # Sentiment-laden idioms: dead code in 3.3.2, so these score only through lexicon words.
    "cut the mustard",
    "it does not cut the mustard",
    "living hand to mouth",
    "a back handed compliment",
    "blow smoke",
    "stop blowing smoke",
    "the upper hand",
    "break a leg",
    "cooking with gas",
    "in the black",
    "in the red",
    "on the ball",
    "under the weather",
    # Mixed Unicode.
    "très bien good",
    "Ünïcödé GOOD",
    "İstanbul is great",
    "ΟΔΟΣ good",
    "ǅ good",
    "ﬁne good",
    "日本語 good",
    "مرحبا good",
    "good\u200bbad",
    "good\u00adbad",
    "\ufeffgood",
    "good\x1cbad",
    "good\x85bad",
    # Review-like texts.
    "Works great! Battery lasts all day. Would buy again.",
    "Terrible. Broke after 2 days!!! DO NOT BUY.",
    "It's okay, I guess. Not great, not terrible.",
    "I was skeptical at first, but this is honestly the best purchase I've made all year!",
    "The product is fine but the shipping was a nightmare and customer service was useless.",
    "Absolutely LOVE it :) would recommend to anyone 👍",
    "meh.",
    "Not worth the money, and not worth the hassle either.",
    "I don't hate it, but I don't love it.",
    "Not bad at all, actually pretty good!",
    "no complaints, no problems, no regrets",
    "It's not that it's bad, it's just not good",
)


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_equal_the_original(
    original: SentimentIntensityAnalyzer, fast: FastVader, text: str
) -> None:
    expected = original.polarity_scores(text)
    got = fast.polarity_scores(text)
    assert got == expected
    assert list(got) == list(expected)  # same keys, same order


def test_long_texts(original: SentimentIntensityAnalyzer, fast: FastVader) -> None:
    sentence = "The battery is NOT great but the screen is very good!! Kind of meh :( no problems 😀. "
    for repeat in (1, 5, 40):
        text = sentence * repeat
        assert fast.polarity_scores(text) == original.polarity_scores(text)
    one_word = "good" * 2000
    assert fast.polarity_scores(one_word) == original.polarity_scores(one_word)


def test_generated_reviews(original: SentimentIntensityAnalyzer, fast: FastVader) -> None:
    mismatches = []
    for review in generate_reviews(3_000, seed=7):
        text = str(review["text"])
        if fast.polarity_scores(text) != original.polarity_scores(text):
            mismatches.append(text)
    assert mismatches == []


def _vocabulary(original: SentimentIntensityAnalyzer) -> list[str]:
    rule_words = ["no", "never", "so", "this", "without", "doubt", "least", "at", "very", "or", "nor", "kind"]
    rule_words += ["of", "but", "just", "enough", "sort", "the", "a", "it", "good", "bad", "great", "love"]
    rule_words += ["hate", "not", "isn't"]
    words = rule_words * 4 + list(BOOSTER_DICT) + list(NEGATE)
    words += [word for key in SPECIAL_CASES for word in key.split()]
    words += [word for key in SENTIMENT_LADEN_IDIOMS for word in key.split()]
    words += sorted(original.lexicon)[::40]
    words += [key for key in original.emojis if len(key) == 1][::20]
    words += [":)", ":(", "<3", ":D", "!!!", "???", "...", "ok", "OK"]
    return words


@pytest.mark.parametrize("seed", range(4))
def test_random_word_salad(original: SentimentIntensityAnalyzer, fast: FastVader, seed: int) -> None:
    # Short random texts from the words every rule looks at, so rules meet each other in every order.
    rng = random.Random(seed)
    words = _vocabulary(original)
    punctuation = ["", "", "", "!", "?", ".", ",", "'", '"', "(", ")", "!!", "..."]
    separators = [" "] * 12 + ["", "  ", "\n", "\t"]
    mismatches = []
    for _ in range(2_500):
        pieces = []
        for _ in range(rng.randrange(1, 14)):
            word = rng.choice(words)
            roll = rng.random()
            if roll < 0.15:
                word = word.upper()
            elif roll < 0.2:
                word = word.title()
            word = rng.choice(punctuation) + word + rng.choice(punctuation)
            pieces.append(word + rng.choice(separators))
        text = "".join(pieces)
        if fast.polarity_scores(text) != original.polarity_scores(text):
            mismatches.append(text)
    assert mismatches == []


def test_but_check_reweights_the_first_equal_value(
    original: SentimentIntensityAnalyzer, fast: FastVader
) -> None:
    # 3.3.2 finds each sentiment with list.index, i.e. the first equal value. "amazing" (2.8) is halved
    # to 1.4 for coming before "but"; then "adventurous" (1.4, after "but") finds that 1.4 first, so
    # "amazing" is halved again and "adventurous" is never boosted: 0.7 + 1.4 instead of 1.4 + 2.1.
    text = "amazing but adventurous"
    assert fast.polarity_scores(text) == original.polarity_scores(text)
    assert fast.polarity_scores(text)["compound"] == round(vader_fast._normalize(0.7 + 1.4), 4) == 0.4767
    for variant in ("amazing but adventurous!", "but amazing adventurous", "AMAZING but adventurous"):
        assert fast.polarity_scores(variant) == original.polarity_scores(variant)


def test_documented_quirks(fast: FastVader) -> None:
    # The three-back "never so/this" test lacks brackets: any "so" just before the word counts.
    assert (
        fast.polarity_scores("a b so good")["compound"] == fast.polarity_scores("never so good")["compound"]
    )
    # "no" before a lexicon word scores 0.0, and ALL CAPS then subtracts (it only adds for valence > 0).
    assert fast.polarity_scores("NO good")["neg"] == 1.0
    # Sentiment-laden idioms are dead code: only the lexicon word "cut" counts.
    assert fast.polarity_scores("cut the mustard")["compound"] == fast.polarity_scores("cut")["compound"]
    # Idioms need three words before the lexicon word.
    assert fast.polarity_scores("the shit")["compound"] < 0 < fast.polarity_scores("x y the shit")["compound"]


def test_cache_stays_bounded_and_results_do_not_change(
    original: SentimentIntensityAnalyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vader_fast, "_CACHE_LIMIT", 8)
    scorer = FastVader()
    texts = [f"word{i} is good but w{i} is NOT bad!" for i in range(50)]
    for text in texts:
        assert scorer.polarity_scores(text) == original.polarity_scores(text)
        assert len(scorer._cache) <= 8


def test_lexicons_are_the_installed_ones(original: SentimentIntensityAnalyzer) -> None:
    assert vader_fast.load_lexicon() == original.lexicon
    assert vader_fast.load_emoji_lexicon() == original.emojis


def test_drop_in_for_the_sentiment_scorer(original: SentimentIntensityAnalyzer, fast: FastVader) -> None:
    ours = SentimentScorer(analyzer=fast)
    theirs = SentimentScorer(analyzer=original)
    for text in ("couldn't be happier!", "no issues at all", "Broke after a day. Awful :("):
        assert ours.score(text, 3) == theirs.score(text, 3)


def test_rule_tables_match_the_original() -> None:
    assert frozenset(vs.NEGATE) == vader_fast._NEGATE
    pairs = {" ".join(key): value for key, value in vader_fast._BOOSTER_PAIRS.items()}
    assert {**vader_fast._BOOSTERS, **pairs} == vs.BOOSTER_DICT
    special = {" ".join(key): value for key, value in vader_fast._SPECIAL_PAIRS.items()}
    special.update({" ".join(key): value for key, value in vader_fast._SPECIAL_TRIPLES.items()})
    # "badass" is one word: the original only looks idioms up as word sequences, so it can never match.
    assert {**special, "badass": 1.5} == vs.SPECIAL_CASES
    constants = (vs.B_INCR, vs.B_DECR, vs.C_INCR, vs.N_SCALAR)
    assert constants == (vader_fast._B_INCR, vader_fast._B_DECR, vader_fast._C_INCR, vader_fast._N_SCALAR)
