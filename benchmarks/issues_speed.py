"""Benchmark the speed of issue tagging and discovery against VADER on synthetic negative reviews.

Run: ``.venv/bin/python benchmarks/issues_speed.py [--sizes 10000 100000]``.

The texts are generated (seeded) from templates of real-world complaint shapes: 1-5 sentences mixing
product-part failures ("the lid leaks", "zipper broke after two weeks"), marketplace issues (late,
crushed box, no answer from the seller, chemical smell, too small), praise ("love the colour, but ...")
and neutral context ("bought this for my son"), over 40 product types with their own parts, so
discovery has real work to do and almost no two texts are equal.

Measured, each over the same texts:
- ``analyze``: ``IssueAnalyzer.analyze`` end to end (sentence and clause splitting, taxonomy matching,
  *sentence scoring with the app's scorer* on the clauses the VADER gate lets through, discovery,
  tagging, summaries) at N and 10 N items; the 10x ratio.
- ``VADER``: ``SentimentIntensityAnalyzer.polarity_scores`` once per item (what scoring the items costs).
- also the analyzer's scorer calls alone, to show how much of ``analyze`` is sentence scoring.
- ``analyze`` scans each distinct sentence once (review text repeats itself: "Works great."); these
  templated texts repeat far more than real reviews do, so the large size is also timed with that memo
  off (every sentence scanned), the cost on text where no sentence repeats.
Targets: analyze(10 N) / analyze(N) <= 12; analyze(100k) <= VADER(100k).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from feedback.domain.issues import Analysis, IssueAnalyzer, load_taxonomy, split_sentences
from feedback.domain.issues import analyzer as analyzer_module
from feedback.domain.issues.negativity import vader_gate

PRODUCTS = {
    "backpack": ["zipper", "strap", "buckle", "pocket", "seam"],
    "blender": ["lid", "blade", "jar", "motor", "base"],
    "kettle": ["lid", "handle", "spout", "switch", "base"],
    "headphones": ["ear cushion", "cable", "headband", "mic", "volume button"],
    "phone case": ["corner", "button cover", "clip", "edge", "kickstand"],
    "desk lamp": ["bulb", "switch", "arm", "clamp", "cord"],
    "water bottle": ["lid", "straw", "seal", "cap", "handle"],
    "coffee maker": ["carafe", "filter basket", "lid", "display", "pump"],
    "vacuum": ["brush roll", "hose", "filter", "dust bin", "wheel"],
    "running shoes": ["sole", "laces", "heel", "insole", "toe box"],
    "wireless mouse": ["scroll wheel", "receiver", "left button", "sensor", "battery door"],
    "smart watch": ["strap", "screen", "charger", "app", "heart rate sensor"],
    "tent": ["pole", "zipper", "rain fly", "stake", "seam"],
    "air fryer": ["basket", "coating", "timer", "fan", "handle"],
    "keyboard": ["space bar", "key caps", "cable", "backlight", "stand"],
    "baby monitor": ["camera", "app", "speaker", "night vision", "antenna"],
    "rice cooker": ["inner pot", "lid", "steam vent", "display", "power cord"],
    "umbrella": ["canopy", "rib", "handle", "button", "frame"],
    "drill": ["chuck", "battery pack", "trigger", "charger", "clutch"],
    "toaster": ["lever", "crumb tray", "slot", "dial", "heating element"],
}
PRODUCTS.update({f"{name} pro": parts[::-1] for name, parts in list(PRODUCTS.items())})
FAILURES = [
    "the {part} broke after {n} {span}",
    "the {part} stopped working after {n} {span}",
    "the {part} leaks",
    "the {part} keeps falling off",
    "the {part} cracked the first time I used it",
    "{part} is flimsy and feels cheap",
    "the {part} came loose within {n} {span}",
    "the {part} is way too stiff",
    "after {n} {span} the {part} died",
    "my {part} snapped",
    "the {part} jams every time",
    "the {part} started peeling after {n} {span}",
]
MARKET = [
    "It arrived {n} days late",
    "The box was crushed when it arrived",
    "The seller never responded to my emails",
    "It has a strong chemical smell",
    "It runs small, order a size up",
    "The instructions are confusing",
    "Not worth the money",
    "It was clearly used, there were scratches on it",
    "Missing parts, no screws in the box",
    "They sent me the wrong color",
    "Battery life is terrible",
    "It makes a loud buzzing noise",
    "Looks nothing like the picture",
    "Poorly packaged, just thrown in a bag",
]
PRAISE = [
    "I love the color",
    "Works great otherwise",
    "Easy to use and looks nice",
    "Great price for what you get",
    "My wife really likes it",
    "Sturdy and well made",
    "Setup was quick",
]
NARRATIVE = [
    "I bought this for my {who}",
    "We have had it for {n} {span}",
    "I use it every {when}",
    "This is my second {product}",
    "Ordered it on a {day}",
    "I ordered this on a {day} to replace my old {product} that lasted {n} years",
    "We use it every {when} and keep it on the shelf next to the door",
    "I contacted the seller and they asked me to send photos of the {part}",
    "At first it seemed fine and I was happy with how it looked",
    "I really wanted to like this {product} because the reviews were so good",
    "I read the manual twice and followed every step",
    "It replaced a cheaper {product} from another brand",
]
WHO = ["son", "daughter", "husband", "office", "camping trip", "mother", "kitchen", "gym"]
WHEN = ["morning", "day", "weekend", "night", "week"]
DAYS = ["Monday", "Friday", "Sunday", "holiday weekend"]
NUMBERS = ["two", "three", "a few", "5", "10", "six"]
SPANS = ["days", "weeks", "months", "uses"]
# Sentences per review: most negative reviews are a few sentences, some tell a longer story.
LENGTHS = ([1, 2, 3, 4, 5, 6, 7, 8], [14, 18, 18, 15, 12, 9, 7, 7])


def make_texts(count: int, seed: int) -> list[str]:
    """Generate ``count`` negative review texts from the templates, deterministically for ``seed``."""
    rng = random.Random(seed)
    names = sorted(PRODUCTS)
    texts = []
    for _ in range(count):
        product = rng.choice(names)
        parts = PRODUCTS[product]
        fill = {
            "n": rng.choice(NUMBERS),
            "span": rng.choice(SPANS),
            "who": rng.choice(WHO),
            "when": rng.choice(WHEN),
            "day": rng.choice(DAYS),
            "product": product,
            "part": rng.choice(parts),
        }
        sentences = []
        for _ in range(rng.choices(*LENGTHS)[0]):
            roll = rng.random()
            failure = rng.choice(FAILURES).format(**{**fill, "part": rng.choice(parts)})
            if roll < 0.3:
                sentence = failure
            elif roll < 0.45:
                sentence = rng.choice(MARKET).format(**fill)
            elif roll < 0.75:
                sentence = rng.choice(NARRATIVE).format(**fill)
            elif roll < 0.9:
                sentence = f"{rng.choice(PRAISE)}, but {failure}"
            else:
                sentence = rng.choice(PRAISE)
            sentences.append(sentence[0].upper() + sentence[1:] + rng.choice([".", ".", "!", "..."]))
        texts.append(" ".join(sentences))
    return texts


def cpu(work: Callable[[], object]) -> tuple[float, float]:
    """Run ``work`` once; return its (CPU, wall) seconds. CPU time is robust to other load on the machine."""
    wall, used = time.perf_counter(), time.process_time()
    work()
    return time.process_time() - used, time.perf_counter() - wall


def make_scorer() -> tuple[Callable[[str], float], Callable[[str], bool], str]:
    """Return the app's adjusted scorer with a matching gate if present, else plain VADER."""
    try:
        from feedback.domain.sentiment import SentimentScorer, prepare_text
    except ImportError:
        from feedback.domain.issues import vader_scorer

        return vader_scorer(), vader_gate, "plain VADER compound"
    return (
        SentimentScorer().text_compound,
        lambda t: vader_gate(prepare_text(t)),
        "SentimentScorer.text_compound",
    )


class Recording:
    """A scorer wrapper: records every score while ``replay`` is off, then answers from the record."""

    def __init__(self, scorer: Callable[[str], float]) -> None:
        """Wrap ``scorer``."""
        self.scorer = scorer
        self.scores: dict[str, float] = {}
        self.calls = 0
        self.replay = False

    def __call__(self, text: str) -> float:
        """Score ``text`` for real (every call, even for a text seen before) or replay its score."""
        if self.replay:
            return self.scores[text]
        self.calls += 1
        score = self.scores[text] = self.scorer(text)
        return score


def main() -> int:
    """Time the analyzer at two sizes, with and without sentence scoring, and VADER; print ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[10_000, 100_000])
    small, large = parser.parse_args().sizes
    scorer, gate, scorer_name = make_scorer()
    print(f"sentence scorer: {scorer_name}, gated by the VADER gate (on prepared text)")
    print("times are CPU seconds of this process (wall seconds in brackets)")
    vader = SentimentIntensityAnalyzer()
    full: dict[int, float] = {}
    bare: dict[int, float] = {}
    no_memo = vader_time = 0.0
    for size in (small, large):
        texts = make_texts(size, seed=size)
        items = [(i, text, None) for i, text in enumerate(texts)]
        words = sum(len(t.split()) for t in texts)
        print(f"\nN = {size:,} items, {words / size:.1f} words per item, {len(set(texts)):,} distinct texts")
        recording = Recording(scorer)
        analyzer = IssueAnalyzer(load_taxonomy(), recording, gate=gate)
        result: list[Analysis] = []
        full[size], wall = cpu(lambda a=analyzer, i=items, r=result: r.append(a.analyze(i)))
        print(
            f"  analyze, incl. sentence scoring            {full[size]:7.2f} s ({wall:.2f}) "
            f"- {recording.calls:,} clauses scored"
        )
        recording.replay = True
        bare[size], wall = cpu(lambda a=analyzer, i=items: a.analyze(i))
        print(
            f"  analyze, sentence scores replayed          {bare[size]:7.2f} s ({wall:.2f}) "
            "- tagging and discovery alone"
        )
        if size == large:
            sentences = [span.text for text in texts for span in split_sentences(text)]
            memo, analyzer_module._MEMO_SIZE = analyzer_module._MEMO_SIZE, 0
            try:
                no_memo, wall = cpu(lambda a=analyzer, i=items: a.analyze(i))
            finally:
                analyzer_module._MEMO_SIZE = memo
            print(
                f"  analyze, scores replayed, no sentence memo {no_memo:7.2f} s ({wall:.2f}) "
                f"- {len(set(sentences)):,} distinct of {len(sentences):,} sentences"
            )
        analysis = result[0]
        tagged = sum(1 for tags in analysis.items.values() if tags)
        print(
            f"  {tagged:,} items tagged; {len(analysis.issues):,} issues; top: "
            + ", ".join(f"{s.tag.label} ({s.items:,})" for s in analysis.issues[:6])
        )
        if size == large:
            vader_time, wall = cpu(lambda t=texts: [vader.polarity_scores(x) for x in t])
            print(f"  VADER polarity_scores, once per item       {vader_time:7.2f} s ({wall:.2f})")
            item_time, wall = cpu(lambda t=texts: [scorer(x) for x in t])
            print(f"  app scorer, once per item                  {item_time:7.2f} s ({wall:.2f})")
        # Reusing the items' own compounds (which the app computes for their labels anyway) saves the
        # scoring of items that are a single clause; counted here, not timed, as it is a small share.
        single = {i: 0.0 for i, text in enumerate(texts) if len(split_sentences(text)) == 1}
        counter = Recording(scorer)
        IssueAnalyzer(load_taxonomy(), counter, gate=gate).analyze(items[: size // 10], compounds=single)
        recording.replay, recording.calls = False, 0
        IssueAnalyzer(load_taxonomy(), recording, gate=gate).analyze(items[: size // 10])
        saved = recording.calls - counter.calls
        print(
            f"  item compounds passed in (first {size // 10:,} items): {saved:,} of {recording.calls:,} "
            f"clause scorings saved ({saved / max(1, recording.calls):.0%})"
        )
    print(
        f"\n10x items: analyze incl. scoring {full[large] / full[small]:.2f}x time, "
        f"tagging and discovery alone {bare[large] / bare[small]:.2f}x (target <= 12)"
    )
    print(
        f"analyze / VADER at {large:,}: incl. sentence scoring {full[large] / vader_time:.2f}, "
        f"tagging and discovery alone {bare[large] / vader_time:.2f} (target <= 1.0), "
        f"without the sentence memo {no_memo / vader_time:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
