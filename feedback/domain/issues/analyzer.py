"""IssueAnalyzer: find the complaint sentences of a set of items and tag them with recurring issues.

Two passes over the items. The first splits every item into sentences and clauses, finds taxonomy
matches, decides which clauses are complaints and counts candidate terms (all clauses as background,
complaint clauses as evidence). Discovery then picks the issue terms. The second pass tags each complaint
sentence: a situation issue found by its complaint phrase first (late delivery, service), then discovered
issues by strength ("zipper") after the user's own rules for parts, then the other taxonomy issues
("Poor quality or materials"), then issues recognised only by a topic word. The user's overrides map
these raw keys to the final tags. Generic failure issues ("Defective or stopped working") rank in the
issue list by the items where no discovered part names what failed (``summary``).

A sentence's scan depends only on its text and whether the item's rating is low, and review text
repeats itself ("Works great.", "Arrived late."), so each distinct sentence is scanned and scored once
and its clauses are shared by its repeats; everything per item (counts, tags) is still done per item.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from .candidates import Term, Vocabulary, background_keys, clause_terms, unique_terms
from .discovery import Discovered, discover
from .model import Analysis, IssueKind, IssueSource, IssueTag, ItemId, Overrides, TaggedSentence
from .negativity import (
    CLEAR_AT_OR_BELOW,
    LOW_RATING,
    NEUTRAL_BAND,
    has_cue,
    has_praise,
    is_negative,
    needs_score,
    topic_evidence,
    vader_gate,
)
from .overrides import OverrideApplier
from .sentences import clause_marker, split_clauses, split_sentences
from .stats import TermStats, compound_bases, fold, folded, typo_bases, variant_bases
from .summary import summarise
from .taxonomy import Taxonomy, TaxonomyMatch, clause_keys, topic_key
from .text import complaint_cues, glue_clitics, non_terms, normalise, singular, stopwords, tokens

Scorer = Callable[[str], float]
Gate = Callable[[str], bool]
# Sentences up to this length are remembered, at most this many: longer ones seldom repeat word for word.
_MEMO_LENGTH = 200
_MEMO_SIZE = 200_000


@dataclass
class _Clause:
    """A complaint clause: its candidate terms (unfolded keys) and taxonomy matches."""

    terms: list[Term]
    matches: list[TaxonomyMatch]
    clear: bool = False  # complaint phrasing or clearly negative, not a faint lexicon score
    owned: tuple[str, ...] = ()  # keys of the words inside taxonomy complaint phrases
    absorbed: bool = False  # a situation or specific taxonomy issue makes its terms context
    keys: list[str] | None = None  # the terms' keys, once folded


@dataclass(frozen=True)
class _Scan:
    """What scanning one sentence found: its complaint clauses, the lowest compound, and the term keys
    (with a praise flag) of each clause to count as background. Shared by repeats of the sentence."""

    clauses: list[_Clause]
    lowest: float
    keys: list[str]  # every clause's background keys
    praised: list[str]  # the keys of the clauses that praise
    count: int  # clauses
    praise_count: int


@dataclass
class _Sentence:
    """A complaint sentence of the item at position ``item``."""

    item: int
    start: int
    end: int
    text: str
    compound: float
    clauses: list[_Clause]


class IssueAnalyzer:
    """Tags complaint sentences with taxonomy and discovered issues; see the module docstring."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        scorer: Scorer,
        *,
        overrides: Overrides | None = None,
        min_support: int = 2,
        gate: Gate | None = vader_gate,
        context_terms: Iterable[str] = (),
    ) -> None:
        """Configure the analyzer.

        ``scorer`` returns a sentiment compound in [-1, 1] for a text (the app passes
        ``SentimentScorer().text_compound``). ``gate`` says whether a text could score negative at all, so
        clearly non-negative clauses skip the scorer; the default mirrors VADER's lexicon. Pass None to
        score every clause, e.g. with a scorer that knows negative words VADER lacks.
        ``min_support`` is the number of items a discovered issue needs; taxonomy issues count from one.
        ``context_terms`` name the product itself (title words, category: "Nikon Coolpix", "digital
        camera"); they are never discovered as issues.
        """
        self.taxonomy = taxonomy
        self.scorer = scorer
        self.overrides = overrides
        self.min_support = min_support
        self.context = frozenset(
            key for phrase in context_terms for key in (topic_key(phrase), *topic_key(phrase).split())
        )
        self.gate = gate
        self._vocabulary = Vocabulary(taxonomy.topic_keys, complaint_cues())

    def analyze(
        self,
        items: Iterable[tuple[ItemId, str, float | None]],
        *,
        compounds: Mapping[ItemId, float] | None = None,
    ) -> Analysis:
        """Analyse ``(item id, text, rating or None)`` triples; discovery runs across all of them.

        ``compounds`` may give the scorer's compound of whole items, already computed for their
        sentiment label; an item that is a single clause then needs no scoring of its own.
        """
        with _without_cyclic_gc():
            return self._analyze(items, compounds)

    def _analyze(
        self, items: Iterable[tuple[ItemId, str, float | None]], compounds: Mapping[ItemId, float] | None
    ) -> Analysis:
        """Run both passes (see ``analyze``)."""
        stats = TermStats()
        ids: list[ItemId] = []
        found: list[_Sentence] = []
        # Review text repeats itself ("Works great.", "Arrived late."): a sentence's scan depends only on
        # its text and whether the rating is low, so each distinct sentence is scanned (and scored) once.
        seen: dict[tuple[str, bool], _Scan] = {}
        add = stats.add_clauses
        for position, (item_id, text, rating) in enumerate(items):
            ids.append(item_id)
            sentences = split_sentences(text)
            known = compounds.get(item_id) if compounds is not None and len(sentences) == 1 else None
            low = rating is not None and rating <= LOW_RATING
            for span in sentences:
                if known is None and len(span.text) <= _MEMO_LENGTH:
                    scan = seen.get((span.text, low))
                    if scan is None:
                        scan = self._scan(span.text, rating)
                        if len(seen) < _MEMO_SIZE:
                            seen[(span.text, low)] = scan
                else:
                    scan = self._scan(span.text, rating, known=known)
                add(position, scan.keys, scan.praised, scan.count, scan.praise_count)
                if scan.clauses:
                    found.append(
                        _Sentence(position, span.start, span.end, span.text, scan.lowest, scan.clauses)
                    )
        return self._finish(stats, ids, found)

    def group(self, negatives: Sequence[str], background: Iterable[str] = ()) -> list[tuple[str, ...]]:
        """Return the final issue keys of sentences known to be complaints, main issue first.

        ``background`` is the whole corpus the negatives come from (including them), for the contrast
        between complaints and praise; empty means the negatives are the whole corpus. Within each
        sentence only its complaint clauses are used, or all of it when no clause looks negative.
        """
        stats = TermStats()
        for position, text in enumerate(list(background) or negatives):
            for clause in (c for s in split_sentences(text) for c in split_clauses(s.text)):
                words = tokens(normalise(clause.text))
                praise = has_praise(words) and self.scorer(glue_clitics(clause.text)) >= NEUTRAL_BAND
                keys = background_keys(words, clause_keys(words), self._vocabulary)
                stats.add_clauses(position, keys, keys if praise else [], 1, int(praise))
        found: list[_Sentence] = []
        for index, text in enumerate(negatives):
            scan = self._scan(text, None, force=True)
            found.append(_Sentence(index, 0, len(text), text, scan.lowest, scan.clauses))
        analysis = self._finish(stats, list(range(len(negatives))), found)
        return [tuple(tag.key for tag in s.tags) for s in analysis.sentences]

    def _scan(
        self, sentence: str, rating: float | None, *, force: bool = False, known: float | None = None
    ) -> _Scan:
        """Find the complaint clauses of one sentence, and every clause's terms to count as background."""
        spans = split_clauses(sentence)
        contrast = len(spans) > 1
        if contrast:
            known = None  # the item's compound is not any one clause's
        low = rating is not None and rating <= LOW_RATING
        previous: float | None = None
        negative: list[_Clause] = []
        every: list[_Clause] = []
        background: list[str] = []
        praised: list[str] = []
        praise_count = 0
        lowest = 0.0
        for span in spans:
            text = normalise(span.text)
            words = tokens(text)
            keys = clause_keys(words)
            matches = self.taxonomy.match(text, words, keys)
            cue = has_cue(words, self._vocabulary.cues)
            complaint = cue or any(m.by_pattern for m in matches)
            topic = any(not m.by_pattern for m in matches)
            compound = 0.0
            raw = glue_clitics(span.text)
            scored = needs_score(self.gate, raw, rule_needs_it=complaint or contrast or (topic and low))
            if scored:
                compound = self.scorer(raw) if known is None else known
            # A sentence known to be a complaint (force) is as telling as a 1-2 star rating.
            if topic and not topic_evidence(compound, words, cue=cue, low_rating=low or force):
                matches = [m for m in matches if m.by_pattern]
            marker = clause_marker(span.text) if contrast else ""
            bad = is_negative(
                compound, complaint=complaint, topic=topic, marker=marker, previous=previous, rating=rating
            )
            previous = compound
            if bad or force:
                # The words of a taxonomy complaint ("arrived late") are that issue, not a new one.
                excluded = {w for m in matches for s, e in m.spans for w in tokens(text[s:e])}
                # A known complaint (force) is as clear as a complaint can be.
                clause = _Clause(clause_terms(words, keys, excluded, self._vocabulary), matches, force)
                if excluded:
                    clause.owned = tuple(singular(w) for w in excluded)
                every.append(clause)
            if bad:
                clause.clear = force or complaint or compound <= CLEAR_AT_OR_BELOW or marker == "except"
                negative.append(clause)
                lowest = min(lowest, compound)
                background.extend([t.key for t in clause.terms])
            else:
                # Unscored clauses cannot be negative, so any opinion word in them is praise.
                praise = compound >= NEUTRAL_BAND if scored else has_praise(words)
                seen = background_keys(words, keys, self._vocabulary)
                background.extend(seen)
                if praise:
                    praised.extend(seen)
                    praise_count += 1
        clauses = every if force and not negative else negative
        return _Scan(clauses, lowest, background, praised, len(spans), praise_count)

    def _finish(self, stats: TermStats, ids: list[ItemId], found: list[_Sentence]) -> Analysis:
        """Discover issues from the counts, tag the complaint sentences, apply overrides, summarise."""
        stats.close()
        # Repeated sentences share their clause objects: work on each distinct clause once.
        distinct = list({id(c): c for s in found for c in s.clauses}.values())
        words = {t.key for c in distinct for t in c.terms if " " not in t.key}
        bases = variant_bases(stats.background)
        bases.update(typo_bases(stats.background, words, non_terms(), stopwords()))
        bases.update(compound_bases(stats.background))
        if bases:
            stats.background = folded(stats.background, bases)
            stats.praise = folded(stats.praise, bases)
            stats.spread = folded(stats.spread, bases)
        # The words of a complaint that a specific taxonomy issue recognises are context of that issue
        # ("dead by lunch" is a battery complaint); a generic failure ("broke") leaves the part its own.
        # A situation issue (delivery, service, price) absorbs the words of its clauses even when only
        # its topic word names it ("already asked for a refund").
        absorbing = {i for i, e in enumerate(self.taxonomy.entries) if e.absorbs_terms or not e.generic}
        situations = {i for i, e in enumerate(self.taxonomy.entries) if e.absorbs_terms}
        for clause in distinct:
            if bases:
                clause.terms = unique_terms([t._replace(key=fold(t.key, bases)) for t in clause.terms])
            clause.absorbed = any(
                m.entry in situations or (m.by_pattern and m.entry in absorbing) for m in clause.matches
            )
            clause.keys = [t.key for t in clause.terms]
        add = stats.add_negative
        owned: list[str] = []
        for sentence in found:
            for clause in sentence.clauses:
                add(sentence.item, clause.terms, clause.absorbed, clause.clear, clause.keys)
                if clause.owned:
                    owned.extend(clause.owned)
        stats.owned.update(owned)
        stats.close()
        sentence_keys = ([t.key for c in s.clauses for t in c.terms] for s in found)
        discovered = discover(stats, self.min_support, self.context, sentence_keys)
        applier = OverrideApplier(self.overrides, self._describer(discovered))
        # Repeated sentences share their clauses, so their tags are worked out once (splits read the text).
        known: dict[tuple[int, str], tuple[IssueTag, ...]] = {}
        tagged = []
        for s in found:
            memo = (id(s.clauses), s.text if self.overrides and self.overrides.splits else "")
            tags = known.get(memo)
            if tags is None:
                tags = known[memo] = applier.apply(self._raw_keys(s, discovered), s.text)
            tagged.append(TaggedSentence(ids[s.item], s.start, s.end, s.text, s.compound, tags))
        generic = {applier.final_key(e.key) for e in self.taxonomy.entries if e.generic}
        return summarise(ids, tagged, {k: discovered.terms[k] for k in discovered.terms}, applier, generic)

    def _raw_keys(self, sentence: _Sentence, discovered: Discovered) -> list[str]:
        """Return a sentence's issue keys before overrides, in the order described in the module docstring."""
        situations: list[str] = []
        parts: list[str] = []
        others: list[str] = []
        topics: list[str] = []
        issue_of = discovered.issue_of
        issues = {issue_of[t.key] for c in sentence.clauses for t in c.terms if t.key in issue_of}
        for clause in sentence.clauses:
            for match in clause.matches:
                entry = self.taxonomy.entries[match.entry]
                if match.entry in self.taxonomy.user_entries:
                    parts.append(entry.key)
                elif not match.by_pattern:
                    topics.append(entry.key)
                else:
                    (situations if entry.absorbs_terms else others).append(entry.key)
        if len(issues) > 1:
            ranked = sorted(issues, key=lambda issue: (-discovered.score[issue], issue))
        else:
            ranked = list(issues)
        keys = situations + parts + ranked + others + topics
        return list(dict.fromkeys(keys)) if len(keys) > 1 else keys

    def _describer(
        self, discovered: Discovered
    ) -> Callable[[str], tuple[str, IssueKind, IssueSource] | None]:
        """Return the function that gives label, kind and source of a raw key of this analysis."""
        entries = {e.key: e for e in self.taxonomy.entries}

        def describe(key: str) -> tuple[str, IssueKind, IssueSource] | None:
            if key in entries:
                return entries[key].label, entries[key].kind, "taxonomy"
            if key in discovered.labels:
                return discovered.labels[key], IssueKind.PRODUCT, "discovered"
            return None

        return describe


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, which would rescan the millions of small, acyclic
    objects of a large analysis again and again (a quarter of the time at 20,000 items, growing with
    size); reference counting still frees everything. The previous state is restored."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
