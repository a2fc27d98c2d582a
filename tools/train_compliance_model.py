"""Train the compliance checker's learned sentence model (``feedback/domain/compliance/learned_model.json``).

.venv/bin/python tools/train_compliance_model.py                 # train on TRAINING_SETS, write the model
.venv/bin/python tools/train_compliance_model.py --cross-check   # leave one set out: how the rules plus a
                                                                 # model trained on the others do on it
The sets are labelled JSON Lines messages (``id, kind, about, text, expected``). TRAINING_SETS is every
``benchmarks/data/compliance_dev_c*.jsonl`` plus the bundled dev set and set A, so a new development set is
picked up by its name; a set that measures the checker must never be named so
(``benchmarks/data/compliance_heldout_*.jsonl``, A excepted).

How it learns from message labels. A message says which rules it breaks, not which sentence breaks them.
Where a rule pattern finds the rule, the sentences it found are the positives; where no pattern does (the
cases the model is for), the message is a bag whose best-scoring sentence is taken as the positive after a
first fit on all of them (multiple-instance learning, two rounds). Every sentence of a message that does
not break the rule is a negative. One logistic regression per rule over ``message_features`` (a sentence's
words, stems, word beginnings and word pairs, and its neighbour sentences' words).
Thresholds come from out-of-fold scores (one fold per set, so per writer, or ``--folds N`` groups of
sets): for each rule, the lowest threshold whose extra false alarms on compliant messages (those no rule
pattern flags) stay within ``--false-alarms`` (or the rule's RULE_BUDGETS entry), and not below 0 (or the
rule's RULE_FLOORS entry).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from feedback.domain.compliance import Checker, RuleSet, load_rules  # noqa: E402
from feedback.domain.compliance.evaluate import Outcome, Report, Sample, read_samples  # noqa: E402
from feedback.domain.compliance.learned import (  # noqa: E402
    MODEL_FILE,
    LearnedModel,
    message_features,
)
from feedback.domain.compliance.text import Sentences, lower_same_length, normalise  # noqa: E402

DATA = ROOT / "benchmarks/data"
# Every development set, in the order the writers came: the bundled dev set, set A, then compliance_dev_cN.
TRAINING_SETS = [
    ROOT / "tests/data/compliance/dev.jsonl",
    DATA / "compliance_heldout_independent.jsonl",
    *sorted(DATA.glob("compliance_dev_c*.jsonl"), key=lambda path: int(path.stem.rsplit("_c", 1)[1])),
]
# Rules the model judges: those where, trained on the other sets, it found clearly more missed breaches
# than it raised false alarms on the left-out sets. Links, contact details, emoji and profanity are
# lexical (the patterns do them well). Incentives, positive bias and gating joined once 15 writers' sets
# were there to learn from (with 7 it confused them with compliant review requests more often than it
# helped); left out c5, c13, c14 and c15 together, the model then lifted rule ids from 82.6% to 85.0%.
MODEL_RULES = (
    "incentive",
    "positive_bias",
    "review_gating",
    "review_change",
    "marketing",
    "disrespectful",
    "threat",
    "discrimination",
    "disparagement",
    "unverified_claim",
)
# A neutral note that feedback can be updated is allowed in a buyer message about seller feedback: there
# only the rule patterns (which know "please remove it" from the neutral note) judge review_change.
SKIP = [("review_change", "buyer_message", "seller_feedback")]
# The model judges these rules only in messages that mention a review, rating or feedback at all: they are
# about reviews ("if you're not satisfied, reply and we'll refund you" gates nothing). The French and Spanish
# words came in session 9: before, a French or Spanish message reached the model for these rules only when it
# used an English word ("feedback", "review"). Session 10 added the words that still kept 61 of the 1,011
# breaches of these rules in the 19 French and Spanish development sets of the day from the model (15 after):
# a French "note" or "éval", "noter", "estrellitas", "valórenos", "puntuación", "opine", star emoji.
_REVIEWISH = (
    r"review|feedback|rating|\brate\b|\bstars?\b|testimonial|opinion|\bthoughts\b|experience|comment"
    r"|\bavis\b|[ée]valu|[ée]toile|exp[ée]rience|experiencia|rese[ñn]a|\bopin|valora|calific|estrell"
    r"|comentario|\b(?:votre|ta|une|la|sa|cette|bonne|belle|jolie|petite|meilleure) note\b|\bnot(?:er|ez)\b"
    r"|\b[ée]val\b|\bval[oó]r[aeé]|\bpunt[uú]|\bpuntaje|⭐|🌟"
)
REQUIRES = dict.fromkeys(("incentive", "positive_bias", "review_gating", "review_change"), _REVIEWISH)
# Rules whose false-alarm budget differs from --false-alarms. Sarcasm and condescension score lower on a new
# writer's messages than on the sets the model read, so at the default budget (0.5% of compliant messages)
# `disrespectful` needed a score of about 2 and missed most of the French and Spanish cases. Session 12
# chose 2% on 16 sets written that session and not yet trained on or tuned on (c174-c189): a model trained
# on the other 160 sets, with the rules, went from 92.95 / 1.97 / 87.04 (flagged / false alarms / rule ids,
# pooled) at 0.5% to 94.60 / 2.37 / 89.03 at 2%. The other rules' thresholds stay at 0 (the fitted
# model's own boundary) at either budget.
RULE_BUDGETS = {"disrespectful": 0.02}
# The lowest threshold a rule may get (0 otherwise). At 2% the `disrespectful` threshold came out near 0.2,
# where plain sentences start to pass ("The gift note reads exactly as you wrote it." scored 0.22). On the
# sets measured unseen in session 12, a floor of 0.5 cost 1 flagged message of 1,056 and saved 2 false alarms
# of 864 (c198-c205, 182-set model), and cost 1 of 792 and saved 3 of 648 (c206-c211, 190-set model).
# (The session-13 model scores that sentence 0.68: new writers label "exactly as you typed it" as blame.)
RULE_FLOORS = {"disrespectful": 0.5}
# Each word of more than this many characters also gives its beginning as a feature ("^rembou"): the crude
# stems know English endings only. Session 14 compared word beginnings of 5, 6 and 7 characters with none,
# training on every development set but the 32 written in session 13 (c212-c243) and measuring on those
# (rules + model, disrespectful threshold 0.5, others 0; flagged / false alarms / rule ids): none 96.26 /
# 3.88 / 93.47, 5 characters 96.38 / 3.82 / 93.76, 6 characters 96.45 / 3.62 / 93.83, 7 characters
# 96.47 / 3.56 / 93.65.
PREFIX_CHARS = 6
# Whether a sentence's features include the words of the sentences before ("<" + word) and after it (">"):
# "No es necesario engrasarlas antes de cada uso." is an explanation after a question and a put-down after
# "Como ya le dijimos". Session 15 compared, on the same split as the word beginnings (trained without
# c212-c243, measured on them with the rules; flagged / false alarms / rule ids): none 96.69 / 3.39 /
# 94.32; the previous and the next sentence's words 97.16 / 2.63 / 94.75; the same at C = 3 97.14 / 2.52 /
# 94.68; both neighbours' words as one kind of feature 97.23 / 2.72 / 94.93 (but a word in both
# neighbours then counts once in training and twice in a scorer that adds neighbour sums).
CONTEXT = True
PRUNE = 0.05  # smaller weights are dropped (measurement sets within a message of 0.01; half the file)
NEVER = -1e6  # the bias of a rule the data had no example of


@dataclass
class Message:
    """One labelled message split into sentences, with where the rule patterns found each rule."""

    sample: Sample
    source: str
    low: str
    bounds: list[tuple[int, int]]
    features: list[set[str]]
    pattern_rules: dict[str, set[int]] = field(default_factory=dict)  # rule -> sentence indexes
    blocked: bool = False  # the rule patterns alone block it


def prepare(paths: Sequence[Path], checker: Checker) -> list[Message]:
    """Read the sets, split sentences, and run the rule patterns once over every message."""
    messages = []
    for path in paths:
        for sample in read_samples(path):
            low = lower_same_length(normalise(sample.text))
            bounds = [(s, e) for s, e in Sentences(low).spans() if low[s:e].strip()] or [(0, len(low))]
            message = Message(
                sample, path.stem, low, bounds, message_features(low, bounds, PREFIX_CHARS, CONTEXT)
            )
            result = checker.check(sample.text, sample.kind, about=sample.about)
            for finding in result.findings:
                if finding.severity != "block":
                    continue
                message.blocked = True
                index = next((n for n, (s, e) in enumerate(bounds) if s <= finding.start < e), 0)
                message.pattern_rules.setdefault(finding.rule, set()).add(index)
            messages.append(message)
    return messages


class Trainer:
    """Fit one logistic regression per rule on sentences, with multiple-instance positives."""

    def __init__(self, c: float, rounds: int = 2) -> None:
        self.c = c
        self.rounds = rounds

    def fit(self, messages: Sequence[Message]) -> tuple[DictVectorizer, dict[str, LogisticRegression | None]]:
        """Return the vectoriser and a fitted model per rule."""
        rows = [(m, n) for m in messages for n in range(len(m.bounds))]
        vectorizer = DictVectorizer(dtype=np.float32)
        matrix = vectorizer.fit_transform([dict.fromkeys(m.features[n], 1) for m, n in rows])
        where = {(id(m), n): r for r, (m, n) in enumerate(rows)}
        models = {}
        for rule in MODEL_RULES:
            models[rule] = self._fit_rule(rule, messages, matrix, where)
        return vectorizer, models

    def _fit_rule(
        self, rule: str, messages: Sequence[Message], matrix: sparse.csr_matrix, where: dict
    ) -> LogisticRegression | None:
        """Fit one rule's model; None when the data has no example of the rule (or nothing else)."""
        negatives = [
            where[(id(m), n)] for m in messages if rule not in m.sample.expected for n in range(len(m.bounds))
        ]
        fixed: list[int] = []
        bags: list[list[int]] = []
        for m in messages:
            if rule not in m.sample.expected:
                continue
            found = m.pattern_rules.get(rule)
            if found:
                fixed.extend(where[(id(m), n)] for n in found)
            else:
                bags.append([where[(id(m), n)] for n in range(len(m.bounds))])
        chosen = [r for bag in bags for r in bag]
        if not negatives or not (fixed or bags):
            return None
        model = None
        for _ in range(self.rounds):
            positives = fixed + chosen
            index = np.array(positives + negatives)
            labels = np.array([1] * len(positives) + [0] * len(negatives))
            model = LogisticRegression(C=self.c, class_weight="balanced", max_iter=2000, solver="liblinear")
            model.fit(matrix[index], labels)
            scores = model.decision_function(matrix)
            chosen = [max(bag, key=lambda r: scores[r]) for bag in bags]
        assert model is not None
        return model


def to_learned(
    vectorizer: DictVectorizer,
    models: dict[str, LogisticRegression | None],
    thresholds: dict[str, float],
    info: dict,
) -> LearnedModel:
    """Turn fitted models into the stored form, dropping the smallest weights (a rule without a model
    gets a bias that no sentence passes)."""
    names = vectorizer.get_feature_names_out()
    weights: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, rule in enumerate(MODEL_RULES):
        fitted = models[rule]
        if fitted is None:
            continue
        coef = fitted.coef_[0]
        for j in np.flatnonzero(np.abs(coef) >= PRUNE):
            weights[str(names[j])].append((index, float(coef[j])))
    return LearnedModel(
        MODEL_RULES,
        [_bias(models[r]) for r in MODEL_RULES],
        [thresholds[r] for r in MODEL_RULES],
        weights,
        [(r, k, a) for r, k, a in SKIP],
        info,
        REQUIRES,
        PREFIX_CHARS,
        CONTEXT,
    )


def _bias(model: LogisticRegression | None) -> float:
    """Return a fitted model's intercept, or NEVER."""
    return NEVER if model is None else float(model.intercept_[0])


def message_scores(model: LearnedModel, message: Message) -> dict[str, float]:
    """Return each rule's best sentence score in a message (where the model judges the rule)."""
    best: dict[str, float] = {}
    kind, about = message.sample.kind.value, message.sample.about.value
    for _start, _end, index, score in model.scored(message.low, message.bounds, kind, about):
        rule = model.rules[index]
        best[rule] = max(best.get(rule, -1e9), score)
    return best


_FOLD_MESSAGES: Sequence[Message] = ()  # the messages a forked fold worker reads (set before forking)


def _one_blas_thread() -> None:
    """Start a fold worker process with one BLAS/OpenMP thread (a fit alone uses every core)."""
    threadpool_limits(1)


def _fold_scores(held: frozenset[str], c: float) -> list[tuple[int, dict[str, float]]]:
    """Train on every set not in ``held``; return the scores of ``held``'s messages by their index."""
    messages = _FOLD_MESSAGES
    vectorizer, models = Trainer(c).fit([m for m in messages if m.source not in held])
    model = to_learned(vectorizer, models, dict.fromkeys(MODEL_RULES, 0.0), {})
    return [(i, message_scores(model, m)) for i, m in enumerate(messages) if m.source in held]


def out_of_fold(
    messages: Sequence[Message], c: float, jobs: int = 1, folds: int = 0
) -> list[dict[str, float]]:
    """Return every message's best score per rule from a model trained on other sets only.

    Folds are sets, not random slices: each set has its own writer, and the thresholds must hold for a
    writer the model has never read. ``folds`` = 0 leaves out one set at a time; a positive number deals
    the sets (in name order) round-robin into that many folds, which is that many times fewer fits (each
    on a little less data). With ``jobs`` > 1 the folds run in forked worker processes with one BLAS
    thread each (the fits are deterministic; only the summation order can differ: on the 107 sets of
    session 9, two workers gave the same weights and thresholds within 1e-4 of one process's).
    """
    global _FOLD_MESSAGES
    _FOLD_MESSAGES = messages
    sources = sorted({m.source for m in messages})
    count = len(sources) if folds <= 0 else min(folds, len(sources))
    groups = [frozenset(sources[n::count]) for n in range(count)]
    scores: list[dict[str, float]] = [{} for _ in messages]
    try:
        if jobs > 1:
            context = multiprocessing.get_context("fork")
            with context.Pool(jobs, initializer=_one_blas_thread) as pool:
                results = pool.starmap(_fold_scores, [(held, c) for held in groups], chunksize=1)
        else:
            results = [_fold_scores(held, c) for held in groups]
    finally:
        _FOLD_MESSAGES = ()
    for fold in results:
        for i, best in fold:
            scores[i] = best
    return scores


def pick_thresholds(
    messages: Sequence[Message], scores: Sequence[dict[str, float]], budget: float
) -> dict[str, float]:
    """Per rule, the lowest threshold (at least 0, or the rule's RULE_FLOORS entry) whose new false alarms
    stay within ``budget`` (or the rule's RULE_BUDGETS entry) of compliant messages."""
    clean = [i for i, m in enumerate(messages) if not m.sample.expected and not m.blocked]
    thresholds = {}
    for rule in MODEL_RULES:
        allowed = int(RULE_BUDGETS.get(rule, budget) * len(clean))
        values = sorted((scores[i].get(rule, -1e9) for i in clean), reverse=True)
        # Above the (allowed+1)-th highest clean score, at most `allowed` clean messages pass.
        edge = values[allowed] if allowed < len(values) else -1e9
        thresholds[rule] = max(edge + 1e-6, RULE_FLOORS.get(rule, 0.0))
    return thresholds


def train(
    paths: Sequence[Path],
    c: float,
    budget: float,
    rules: RuleSet | None = None,
    jobs: int = 1,
    folds: int = 0,
) -> LearnedModel:
    """Train on the sets and return the model with thresholds from out-of-fold scores.

    ``rules`` are the rule patterns that locate known breaches (default: the builtin rules); ``jobs``
    is how many processes compute the out-of-fold scores, ``folds`` how the sets are grouped for them
    (see ``out_of_fold``).
    """
    checker = Checker(rules or load_rules(), learned=None)
    messages = prepare(paths, checker)
    thresholds = pick_thresholds(messages, out_of_fold(messages, c, jobs, folds), budget)
    vectorizer, models = Trainer(c).fit(messages)
    info = {
        "trained_on": [p.name for p in paths],
        "messages": len(messages),
        "c": c,
        "false_alarm_budget_per_rule": budget,
        "false_alarm_budget_overrides": RULE_BUDGETS,
        "threshold_floors": RULE_FLOORS,
        "threshold_folds": folds or "one per set",
    }
    return to_learned(vectorizer, models, thresholds, info)


def cross_check(
    paths: Sequence[Path],
    c: float,
    budget: float,
    rules: RuleSet,
    held_out: Sequence[Path] | None = None,
    jobs: int = 1,
    folds: int = 0,
) -> None:
    """Leave each set (or each of ``held_out``) out in turn: train on the rest, score rules + model on it,
    print the figures, their total over the sets left out, and what the model added: right rule ids, and
    false alarms on compliant messages the rules pass."""
    from feedback.domain.compliance.evaluate import evaluate

    base = Checker(rules, learned=None)
    added: Counter[str] = Counter()
    pooled: dict[str, list[Outcome]] = {"rules only": [], "rules + model": []}
    for held in held_out or paths:
        model = train([p for p in paths if p != held], c, budget, rules, jobs, folds)
        full = Checker(rules, learned=model)
        samples = read_samples(held)
        for name, checker in (("rules only", base), ("rules + model", full)):
            report = evaluate(checker, samples)
            pooled[name].extend(report.outcomes)
            _print_figures(held.stem, name, report)
        for sample in samples:
            before = {f.rule for f in base.check(sample.text, sample.kind, about=sample.about).blocking}
            after = {f.rule for f in full.check(sample.text, sample.kind, about=sample.about).blocking}
            for rule in after - before:
                added["right" if rule in sample.expected else "wrong"] += 1
                if not sample.expected and not before:
                    added["new false alarms"] += 1
    for name, outcomes in pooled.items():
        _print_figures("all sets left out", name, Report(tuple(outcomes)))
    print(
        f"model added {added['right']} right rule ids and {added['wrong']} wrong ones; "
        f"{added['new false alarms']} rule ids on compliant messages the rules passed"
    )


def _print_figures(label: str, name: str, report: Report) -> None:
    print(
        f"{label:42} {name:14} flagged {100 * report.message_recall:5.1f}%  false alarms "
        f"{100 * report.false_alarm_rate:4.1f}%  rule ids {100 * report.rule_id_recall:5.1f}%"
    )


def main(argv: list[str] | None = None) -> int:
    """Train and write the model, or run the leave-one-set-out check."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cross-check", action="store_true", help="leave each set out in turn and score it")
    parser.add_argument("--c", type=float, default=2.0, help="inverse regularisation strength")
    parser.add_argument("--false-alarms", type=float, default=0.005, help="per-rule false-alarm budget")
    parser.add_argument("--out", type=Path, default=ROOT / "feedback/domain/compliance" / MODEL_FILE)
    parser.add_argument("--rules", type=Path, help="a rules.json to use instead of the builtin one")
    parser.add_argument(
        "--hold", nargs="+", default=[], metavar="NAME", help="with --cross-check: leave out only these sets"
    )
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="processes for the out-of-fold fits"
    )
    parser.add_argument(
        "--folds", type=int, default=0, help="set groups for the out-of-fold thresholds (0: one per set)"
    )
    args = parser.parse_args(argv)
    paths = [p for p in TRAINING_SETS if p.exists()]
    rules = load_rules(path=args.rules) if args.rules else load_rules()
    if args.cross_check:
        held = [p for p in paths if p.stem in args.hold or p.name in args.hold]
        if len(held) != len(args.hold):
            parser.error(f"--hold names sets that are not training sets: {args.hold}")
        cross_check(paths, args.c, args.false_alarms, rules, held, args.jobs, args.folds)
        return 0
    model = train(paths, args.c, args.false_alarms, rules, args.jobs, args.folds)
    args.out.write_text(json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights):,} features); thresholds:")
    for rule, threshold in zip(model.rules, model.thresholds, strict=True):
        print(f"  {rule:18} {threshold:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
