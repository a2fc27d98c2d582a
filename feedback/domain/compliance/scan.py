"""Compiled rules: turn one Rule into fast patterns once, then find its hits in a text many times."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .context import Hit, ScanContext, Span
from .fastpattern import FastPattern
from .model import About, Kind, Severity
from .rules import ContextSpec, ExceptionSpec, PatternSpec, Rule, RulesError
from .text import flexible_spaces, lower_pattern, phrase_body, split_alternatives


def _prepared(pattern: str) -> str:
    return flexible_spaces(lower_pattern(pattern))


def fast(pattern: str, where: str, *, cased: bool = False) -> FastPattern:
    """Compile pattern as a FastPattern, reporting a bad regex as a RulesError naming where it is."""
    try:
        return FastPattern(pattern, cased=cased)
    except re.error as exc:
        raise RulesError(f"{where}: bad pattern {pattern!r}: {exc}") from exc


class CompiledContext:
    """A named context (e.g. "a review is mentioned") with its own near misses removed.

    Its top-level alternatives are compiled one by one, like a rule's: each gets its own literal
    prefilter and fast start, and the context occurs where any of them matches.
    """

    def __init__(self, spec: ContextSpec, *, key: int | None = None) -> None:
        """Compile the context; key is where the prefilter's selection lists the alternatives whose literals
        a text holds (see ScanContext.selected; None: every alternative is looked at)."""
        self.name = spec.name
        self.key = key
        self.alternatives = tuple(
            fast(part, f"context {spec.name}") for part in split_alternatives(_prepared(spec.pattern))
        )
        self.exceptions = tuple(fast(_prepared(p), f"context {spec.name}") for p in spec.exceptions)

    def spans(self, ctx: ScanContext) -> list[Span]:
        """Return the matches of every alternative in the text, in order (cached for the check)."""
        return ctx.union_spans(self, self.alternatives, self.key)

    def find(self, ctx: ScanContext, lo: int, hi: int) -> Span | None:
        """Return an occurrence of this context within [lo, hi), skipping those inside its exceptions."""
        for span in self.spans(ctx):
            if span[0] >= lo and span[1] <= hi and not self._excepted(ctx, span):
                return span
        return None

    def _excepted(self, ctx: ScanContext, span: Span) -> bool:
        return any(ctx.overlaps(p, *span) for p in self.exceptions)


@dataclass(frozen=True, slots=True)
class Alternative:
    """One top-level alternative of a rule's phrases or patterns, compiled on its own.

    `spec` is None for an admin phrase, which is never cancelled by exceptions.
    """

    pattern: FastPattern
    spec: PatternSpec | None
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class _Exception:
    pattern: FastPattern
    scope: str
    kinds: frozenset[Kind] | None
    about: frozenset[About] | None
    unless: FastPattern | None

    @classmethod
    def build(cls, spec: ExceptionSpec, rule_id: str) -> _Exception:
        unless = fast(_prepared(spec.unless), rule_id) if spec.unless else None
        return cls(fast(_prepared(spec.pattern), rule_id), spec.scope, spec.kinds, spec.about, unless)


def _alternatives(rule: Rule) -> list[Alternative]:
    alts: list[Alternative] = []

    def add(pattern: str, spec: PatternSpec | None, cased: bool = False) -> None:
        # Case-sensitive patterns read the original text; the lower-case prefilter vouches for ASCII literals.
        for part in [pattern] if cased else split_alternatives(pattern):
            alts.append(Alternative(fast(part, rule.id, cased=cased), spec, cased))

    for phrase in rule.admin_phrases:
        add(rf"(?<!\w){phrase_body(phrase)}(?!\w)", None)
    for phrase in rule.phrases:
        add(rf"(?<!\w){phrase_body(phrase)}(?!\w)", PatternSpec(phrase))
    for spec in rule.patterns:
        if spec.case_sensitive:
            add(flexible_spaces(spec.pattern), spec, cased=True)
        else:
            add(_prepared(spec.pattern), spec)
    return alts


class CompiledRule:
    """A rule ready to scan texts; build once per Checker."""

    def __init__(
        self, rule: Rule, contexts: Mapping[str, CompiledContext], *, exception_key: int | None = None
    ) -> None:
        """Compile the rule; exception_key is where the prefilter's selection lists the exceptions that can
        apply to a text (see ScanContext.selected; None: every exception is looked at)."""
        self.rule = rule
        self._contexts = contexts
        self.alternatives = tuple(_alternatives(rule))
        self._exceptions = tuple(_Exception.build(e, rule.id) for e in rule.exceptions)
        self.exception_key = exception_key

    def exception_patterns(self) -> list[FastPattern]:
        """Return each exception's pattern, in order (the prefilter indexes them by this position)."""
        return [e.pattern for e in self._exceptions]

    def helper_patterns(self) -> list[FastPattern]:
        """Return the exception patterns, whose literals the prefilter index must also know."""
        return self.exception_patterns() + [e.unless for e in self._exceptions if e.unless is not None]

    def scan(self, ctx: ScanContext, selected: Iterable[int] | None = None) -> list[Hit]:
        """Return this rule's hits, merged where they overlap, in text order.

        selected lists the alternatives worth running (the prefilter's choice); None runs them all.
        """
        severity = self.rule.severity[ctx.kind]
        if self.rule.mode == "length":
            return self._scan_length(ctx, severity)
        if self.rule.mode == "absent":
            return self._scan_absent(ctx, severity)
        hits: list[Hit] = []
        for i in range(len(self.alternatives)) if selected is None else selected:
            alt = self.alternatives[i]
            if alt.pattern.gated and not ctx.may_match(alt.pattern):
                continue
            text = ctx.text if alt.case_sensitive else ctx.low
            if ctx.exhaustive:
                found = alt.pattern.reference_spans(text)
            elif alt.case_sensitive:
                found = alt.pattern.spans(text)
            else:
                found = alt.pattern.spans_near(text, ctx.spaced, ctx.longest, ctx.present)
            for start, end in found:
                hit = self._hit(ctx, alt.spec, start, end, severity)
                if hit is not None:
                    hits.append(hit)
        return _merge(hits) if len(hits) > 1 else hits

    def _hit(
        self, ctx: ScanContext, spec: PatternSpec | None, start: int, end: int, severity: Severity
    ) -> Hit | None:
        if spec is None:
            return Hit(start, end, severity)
        # The needed context usually settles a hit more cheaply than the exceptions do, so it goes first.
        joined = (start, end) if spec.needs is None else self._with_context(ctx, spec, start, end)
        if joined is None or self.excepted(ctx, start, end):
            return None
        start, end = joined
        sev = Severity.WARN if Severity.WARN in (spec.severity, severity) else Severity.BLOCK
        return Hit(start, end, sev, spec.suggestion, spec.explanation)

    def _with_context(self, ctx: ScanContext, spec: PatternSpec, start: int, end: int) -> Span | None:
        # The hit stands only if the needed context is near; the finding then covers both parts when they
        # share a sentence, so the editor highlights "leave a review and get 20% off", not just "20% off".
        context = self._contexts[str(spec.needs)]
        if not context.spans(ctx):
            return None
        s_lo, s_hi = ctx.sentence_bounds(start)
        same = context.find(ctx, s_lo, s_hi)
        if same is not None:
            return min(start, same[0]), max(end, same[1])
        if spec.scope == "adjacent" and context.find(ctx, *ctx.sentence_bounds(start, 1)) is not None:
            return start, end
        return None

    def excepted(self, ctx: ScanContext, start: int, end: int) -> bool:
        """Return True when one of the rule's exceptions (near misses) applies to text[start:end]."""
        exceptions = self._exceptions
        selected = ctx.selected
        if selected is not None and self.exception_key is not None:
            # Only those whose literals the prefilter found (order is of no matter: any one settles it).
            exceptions = tuple(map(exceptions.__getitem__, selected.get(self.exception_key, ())))
        for exc in exceptions:
            if exc.kinds is not None and ctx.kind not in exc.kinds:
                continue
            if exc.about is not None and ctx.about not in exc.about:
                continue
            if exc.scope == "span":
                applies = ctx.overlaps(exc.pattern, start, end)
            else:
                applies = ctx.search(exc.pattern, ctx.sentence_bounds(start))
            if applies and (exc.unless is None or not ctx.search(exc.unless, ctx.sentence_bounds(start))):
                return True
        return False

    def _scan_length(self, ctx: ScanContext, severity: Severity) -> list[Hit]:
        limit = self.rule.params.get("max_chars", {}).get(ctx.kind.value)
        if limit is None or len(ctx.text) <= int(limit):
            return []
        # Highlight from the sentence that crosses the limit, so the editor shows whole sentences to cut.
        start = ctx.sentence_bounds(int(limit))[0]
        start += len(ctx.text[start:]) - len(ctx.text[start:].lstrip())
        return [Hit(start, len(ctx.text), severity)]

    def _scan_absent(self, ctx: ScanContext, severity: Severity) -> list[Hit]:
        # Fires when none of the rule's patterns occurs near the start, e.g. no greeting or thanks.
        window = int(self.rule.params.get("window", 150))
        for alt in self.alternatives:
            if alt.pattern.search(ctx.text if alt.case_sensitive else ctx.low, 0, window) is not None:
                return []
        start, end = ctx.sentence_bounds(0)
        end = len(ctx.text[:end].rstrip())
        return [Hit(start, end, severity)] if end > start else []


def _merge(hits: list[Hit]) -> list[Hit]:
    hits.sort(key=lambda h: (h.start, -h.end))
    merged = [hits[0]]
    for hit in hits[1:]:
        last = merged[-1]
        if hit.start < last.end:
            # Keep the stronger hit's wording; a block beats a warn on the same words.
            keep = hit if hit.severity is Severity.BLOCK and last.severity is Severity.WARN else last
            merged[-1] = Hit(
                last.start, max(last.end, hit.end), keep.severity, keep.suggestion, keep.explanation
            )
        else:
            merged.append(hit)
    return merged
