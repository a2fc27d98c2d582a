"""Recurring-issue tagging and discovery (issue 4): what keeps going wrong, with which product.

Pure domain code. Public API:

- ``load_taxonomy(extra)``: the built-in marketplace taxonomy (``taxonomy.json``) plus user rules;
  ``promote(key, label, terms, kind)`` turns a discovered issue into such a rule.
- ``split_sentences(text)``: sentence spans with offsets.
- ``IssueAnalyzer(taxonomy, scorer, overrides=..., min_support=2).analyze(items)``: tags the complaint
  sentences of ``(id, text, rating)`` items and returns an ``Analysis``.
- ``analyze_lines(records)``: the batch contract, ``[{"label", "kind"}, ...]`` per input record.
- ``vader_gate``: the default test of whether a clause could score negative (see ``negativity``).

Where the design is explained: ``sentences`` (splitting), ``negativity`` (which clauses are complaints,
and when to call the scorer), ``taxonomy`` with ``taxonomy.json`` and ``anchors`` (the marketplace
layer), ``candidates``, ``stats`` and ``discovery`` (the product-specific layer), ``analyzer`` (the
two passes and the order of a sentence's issues), ``overrides`` (the user's edits), ``summary``.
"""

from .analyzer import IssueAnalyzer
from .batch import analyze_lines, vader_scorer
from .model import (
    RECURRING_MIN_ITEMS,
    Analysis,
    IssueKind,
    IssueSummary,
    IssueTag,
    Overrides,
    Quote,
    Span,
    TaggedSentence,
    TaxonomyEntry,
)
from .negativity import vader_gate
from .sentences import split_clauses, split_sentences
from .taxonomy import Taxonomy, load_taxonomy, promote

__all__ = [
    "RECURRING_MIN_ITEMS",
    "Analysis",
    "IssueAnalyzer",
    "IssueKind",
    "IssueSummary",
    "IssueTag",
    "Overrides",
    "Quote",
    "Span",
    "TaggedSentence",
    "Taxonomy",
    "TaxonomyEntry",
    "analyze_lines",
    "load_taxonomy",
    "promote",
    "split_clauses",
    "split_sentences",
    "vader_gate",
    "vader_scorer",
]
