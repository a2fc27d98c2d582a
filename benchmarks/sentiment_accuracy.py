"""Accuracy and cost of the sentiment layer against raw VADER, on Hutto & Gilbert's Amazon review snippets.

Data: ``../shared/data/vader-hutto-icwsm2014/amazonReviewSnippets_GroundTruth.txt`` beside the project
checkout (3,708 review sentences, each with the mean of 20+ human ratings on -4..+4; tab-separated id,
mean, text). Set ``FEEDBACK_SHARED_DATA`` to use another copy of the ``shared/data`` folder. Without the
file the benchmark prints why and exits 0.

Run from the repository root::

    .venv/bin/python benchmarks/sentiment_accuracy.py

Metrics, for raw VADER and for ``SentimentScorer.text_compound`` side by side:

* Pearson r between the compound and the human mean (the paper's "correlation to ground truth").
* F1 as in Hutto & Gilbert (ICWSM 2014, Table 4). The paper calls it 3-class classification with
  thresholds at -0.05 and +0.05 on the normalised score and reports "overall" precision, recall and F1,
  without saying how the truth is cut or the classes averaged. We use the reading that comes closest when
  the paper's own 2014 code is run on this file (P 0.77, R 0.55, F1 0.63; r 0.571 against the published
  0.565; published P 0.78, R 0.55, F1 0.63): the truth is the sign of the human mean (snippets rated
  exactly 0 left out); the prediction has three classes, so a neutral prediction counts as a miss;
  precision, recall and F1 are averaged over the positive and negative classes, weighted by support.
  Plain 3-class support-weighted averaging gives that code P 0.67, F1 0.60, far from the table. Today's
  vaderSentiment (changed lexicon and rules) scores a little higher than the 2014 code.
* For reference, plain 3-class scores with the truth also cut at +-0.05 (human mean / 4):
  support-weighted F1 and macro F1 over the three classes.

Then: how many snippets change label, with examples, and the CPU cost of ``score()`` over a bare
``polarity_scores`` call on 5,000 review texts of about 300 characters (consecutive sentences of one
review). The exit status is 1 if our layer is worse than raw VADER on r or on the headline F1.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script from anywhere, without installing the package

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from feedback.domain.sentiment import SentimentScorer, label_for_compound  # noqa: E402

DATA_FILE = Path("vader-hutto-icwsm2014") / "amazonReviewSnippets_GroundTruth.txt"
PUBLISHED_VADER = {"r": 0.565, "precision": 0.78, "recall": 0.55, "f1": 0.63}
THRESHOLD = 0.05
Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Snippet:
    """One rated sentence of the ground truth."""

    id: str
    human_mean: float
    text: str


def shared_data_dir() -> Path:
    """Return the shared data folder: $FEEDBACK_SHARED_DATA, else ../shared/data beside the checkout."""
    override = os.environ.get("FEEDBACK_SHARED_DATA")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "data"


def load_snippets(path: Path) -> list[Snippet]:
    """Read the tab-separated ground truth: id, human mean on -4..+4, text."""
    snippets = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            id_, mean, text = line.split("\t", 2)
            snippets.append(Snippet(id_, float(mean), text))
    return snippets


def three_class(values: Floats) -> Ints:
    """Map scores to -1/0/+1 with the paper's +-0.05 thresholds (the same as label_for_compound)."""
    return np.where(values >= THRESHOLD, 1, np.where(values <= -THRESHOLD, -1, 0)).astype(np.int64)


def per_class(truth: Ints, predicted: Ints, cls: int) -> tuple[float, float, float, int]:
    """Return precision, recall, F1 and support of one class (0 where undefined)."""
    tp = int(np.sum((predicted == cls) & (truth == cls)))
    n_pred = int(np.sum(predicted == cls))
    support = int(np.sum(truth == cls))
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, support


def averaged(
    truth: Ints, predicted: Ints, classes: Sequence[int], weighted: bool
) -> tuple[float, float, float]:
    """Average precision, recall and F1 over classes, by support or plainly (macro)."""
    rows = np.array([per_class(truth, predicted, cls) for cls in classes], dtype=np.float64)
    weights = rows[:, 3] if weighted else np.ones(len(rows))
    precision, recall, f1 = (weights / weights.sum()) @ rows[:, :3]
    return float(precision), float(recall), float(f1)


def metrics(human: Floats, compound: Floats) -> dict[str, float]:
    """Compute every reported metric for one set of compound scores."""
    polar = human != 0
    hg_truth = np.sign(human[polar]).astype(np.int64)
    precision, recall, f1 = averaged(hg_truth, three_class(compound[polar]), (-1, 1), weighted=True)
    truth3 = three_class(human / 4)
    predicted3 = three_class(compound)
    return {
        "r": float(np.corrcoef(human, compound)[0, 1]),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "f1_3class_weighted": averaged(truth3, predicted3, (-1, 0, 1), weighted=True)[2],
        "f1_3class_macro": averaged(truth3, predicted3, (-1, 0, 1), weighted=False)[2],
    }


def print_metrics(raw: dict[str, float], ours: dict[str, float]) -> None:
    """Print the side-by-side table."""
    rows = [
        ("Pearson r vs human mean", "r"),
        ("H&G precision", "precision"),
        ("H&G recall", "recall"),
        ("H&G F1 (headline)", "f1"),
        ("3-class F1, support-weighted", "f1_3class_weighted"),
        ("3-class F1, macro", "f1_3class_macro"),
    ]
    print(f"{'metric':32} {'published':>9} {'raw VADER':>9} {'ours':>9} {'change':>8}")
    for title, key in rows:
        published = PUBLISHED_VADER.get(key)
        shown = f"{published:9.3f}" if published is not None else f"{'':9}"
        print(f"{title:32} {shown} {raw[key]:9.3f} {ours[key]:9.3f} {ours[key] - raw[key]:+8.3f}")


def print_changes(snippets: Sequence[Snippet], raw: Floats, ours: Floats, examples: int) -> None:
    """Print how many labels changed, whether towards the humans, and some examples."""
    truth = three_class(np.array([s.human_mean for s in snippets]) / 4)
    raw3, ours3 = three_class(raw), three_class(ours)
    changed = np.flatnonzero(raw3 != ours3)
    better = int(np.sum(ours3[changed] == truth[changed]))
    worse = int(np.sum(raw3[changed] == truth[changed]))
    print(
        f"\nLabels changed: {len(changed)} of {len(snippets)} snippets "
        f"({better} now agree with the humans' 3-class label, {worse} agreed before, "
        f"{len(changed) - better - worse} neither)"
    )
    compound_changed = int(np.sum(raw != ours))
    print(f"Compound changed (label or not): {compound_changed}")
    for i in changed[:examples]:
        s = snippets[i]
        text = s.text if len(s.text) <= 90 else s.text[:87] + "..."
        print(
            f"  {s.id:>7} human {s.human_mean:+5.2f}  raw {raw[i]:+.3f} {label_for_compound(raw[i]):8} "
            f"-> ours {ours[i]:+.3f} {label_for_compound(ours[i]):8} {text}"
        )


def review_texts(snippets: Sequence[Snippet], count: int, length: int = 300) -> list[str]:
    """Build review-like texts of about `length` characters from consecutive sentences of one review."""
    by_review: dict[str, list[str]] = {}
    for s in snippets:
        by_review.setdefault(s.id.split("_")[0], []).append(s.text)
    chunks = []
    for sentences in by_review.values():
        current = ""
        for sentence in sentences:
            current = f"{current} {sentence}".strip()
            if len(current) >= length:
                chunks.append(current[:length].rsplit(" ", 1)[0])
                current = ""
    return [chunks[i % len(chunks)] for i in range(count)]


def timed(run: Callable[[], object]) -> float:
    """Return the CPU time one call of run takes, in seconds."""
    # CPU time of this process, not wall time: others' jobs on the same cores should not count against us.
    start = time.process_time()
    run()
    return time.process_time() - start


def print_cost(
    analyzer: SentimentIntensityAnalyzer, scorer: SentimentScorer, texts: Sequence[str], rounds: int = 5
) -> None:
    """Time bare polarity_scores against score() on the same texts and print the ratio."""
    # Alternate the two and keep each one's fastest round, so load from other processes hits both alike.
    bare, ours = math.inf, math.inf
    for _ in range(rounds):
        bare = min(bare, timed(lambda: [analyzer.polarity_scores(t) for t in texts]))
        ours = min(ours, timed(lambda: [scorer.score(t, rating=4.0) for t in texts]))
    mean_len = sum(map(len, texts)) / len(texts)
    print(
        f"\nCPU time over {len(texts)} review texts, {mean_len:.0f} characters on average, best of {rounds}:"
    )
    print(f"  bare polarity_scores:  {bare:.3f} s ({1e6 * bare / len(texts):.0f} us per text)")
    print(f"  SentimentScorer.score: {ours:.3f} s ({1e6 * ours / len(texts):.0f} us per text)")
    print(f"  ratio score / polarity_scores: {ours / bare:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--examples", type=int, default=10, help="changed snippets to show (default 10)")
    parser.add_argument(
        "--timing-texts", type=int, default=5000, help="texts to time, 0 to skip (default 5000)"
    )
    args = parser.parse_args(argv)

    path = shared_data_dir() / DATA_FILE
    if not path.is_file():
        print(f"Skipping the sentiment accuracy benchmark: {path} not found (set FEEDBACK_SHARED_DATA).")
        return 0
    snippets = load_snippets(path)
    analyzer = SentimentIntensityAnalyzer()
    scorer = SentimentScorer(analyzer)
    human = np.array([s.human_mean for s in snippets], dtype=np.float64)
    raw = np.array([analyzer.polarity_scores(s.text)["compound"] for s in snippets], dtype=np.float64)
    ours = np.array([scorer.text_compound(s.text) for s in snippets], dtype=np.float64)

    print(f"{len(snippets)} Amazon review snippets from {path}")
    print("H&G = Hutto & Gilbert's classification: truth = sign of the human mean (0 left out),")
    print("prediction = 3 classes at +-0.05, P/R/F1 averaged over positive and negative by support.\n")
    raw_metrics, our_metrics = metrics(human, raw), metrics(human, ours)
    print_metrics(raw_metrics, our_metrics)
    print_changes(snippets, raw, ours, args.examples)
    if args.timing_texts > 0:
        print_cost(analyzer, scorer, review_texts(snippets, args.timing_texts))

    worse = [key for key in ("r", "f1") if our_metrics[key] < raw_metrics[key]]
    print(
        f"\nVerdict: {'WORSE than raw VADER on ' + ', '.join(worse) if worse else 'not worse than raw VADER'}"
    )
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
