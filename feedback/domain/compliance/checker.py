"""The checker: run every applicable rule over a text and report findings with spans and fixes."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .context import Hit, ScanContext
from .fastpattern import LiteralScanner
from .learned import LearnedModel, builtin_model
from .model import About, CheckResult, Finding, Kind, Severity
from .rules import Rule, RuleSet, load_rules
from .scan import CompiledContext, CompiledRule
from .text import normalise

if TYPE_CHECKING:
    from ._prefilter import Prefilter

_CompiledPrefilter: type[Prefilter] | None
try:
    from ._prefilter import Prefilter as _CompiledPrefilter
except ImportError:  # not built (no C compiler at install time): _select_python does the same, slower
    _CompiledPrefilter = None

# A prefilter target: rule index, alternative index, and the second literal requirement if any.
_Target = tuple[int, int, frozenset[str] | None]
_BUILTIN = object()  # Checker's default: the package's learned model


class Checker:
    """Check seller texts against a RuleSet; compile once, then check many texts (thread-safe)."""

    def __init__(self, rules: RuleSet, learned: LearnedModel | object | None = _BUILTIN) -> None:
        """Compile every rule's patterns; raises RulesError on a bad pattern.

        ``learned`` is the sentence model that adds findings the patterns miss (see ``learned.py``):
        by default the builtin one; None checks with the rules alone.
        """
        self.rules = rules
        model = builtin_model() if learned is _BUILTIN else learned
        if model is not None and not isinstance(model, LearnedModel):
            raise TypeError(f"learned must be a LearnedModel or None, not {type(model).__name__}")
        self.learned: LearnedModel | None = model
        ordered = list(rules)
        count = len(ordered)
        # Rule r's exceptions are prefiltered as if they were the alternatives of a rule numbered count + r,
        # and context c's alternatives as those of a rule numbered 2 * count + c.
        contexts = {
            name: CompiledContext(spec, key=2 * count + c)
            for c, (name, spec) in enumerate(rules.contexts.items())
        }
        self._compiled = tuple(
            CompiledRule(rule, contexts, exception_key=count + r) for r, rule in enumerate(ordered)
        )
        # Prefilter index over every (rule, alternative): a literal of the first requirement unlocks the
        # alternative, and the second (there are at most two) is then checked against the literals present.
        # Exceptions (near misses) and contexts are indexed the same way, so that a hit looks only at those
        # that can apply.
        alternatives = [
            (r, i, alt.pattern.requires)
            for r, compiled in enumerate(self._compiled)
            if compiled.rule.mode == "match"
            for i, alt in enumerate(compiled.alternatives)
        ]
        alternatives += [
            (count + r, j, exception.requires)
            for r, compiled in enumerate(self._compiled)
            for j, exception in enumerate(compiled.exception_patterns())
        ]
        alternatives += [
            (2 * count + c, i, pattern.requires)
            for c, context in enumerate(contexts.values())
            for i, pattern in enumerate(context.alternatives)
        ]
        self._always: list[list[int]] = [[] for _ in range(2 * count + len(contexts))]
        unlocks: dict[str, list[_Target]] = {}
        for r, i, requires in alternatives:
            if not requires:
                self._always[r].append(i)
                continue
            target = (r, i, requires[1] if len(requires) > 1 else None)
            for literal in requires[0]:
                unlocks.setdefault(literal, []).append(target)
        self._unlocks = {literal: tuple(found) for literal, found in unlocks.items()}
        self._always_items = tuple((r, tuple(alts)) for r, alts in enumerate(self._always) if alts)
        # Contexts are looked up on most hits; their first literals in the scan let them skip absent ones.
        literals = set(self._unlocks).union(
            *(extra for found in self._unlocks.values() for _, _, extra in found if extra is not None)
        )
        for context in contexts.values():
            for pattern in context.alternatives:
                if pattern.requires:
                    # Every requirement is scanned: contexts skip alternatives whose literals are absent.
                    literals = literals.union(*pattern.requires)
                    pattern.indexed = True
        # Exceptions (near misses) are looked up around most hits: with their literals in the scan too, the
        # check that one cannot apply is a set test instead of a substring search per literal.
        helpers = [p for c in self._compiled for p in c.helper_patterns()]
        helpers += [p for context in contexts.values() for p in context.exceptions]
        for pattern in helpers:
            if pattern.requires:
                literals = literals.union(*pattern.requires)
                pattern.indexed = True
        for compiled in self._compiled:
            for alt in compiled.alternatives:
                alt.pattern.indexed = True
        self._scanner = LiteralScanner(literals)
        self._prefilter = (
            None
            if _CompiledPrefilter is None
            else _CompiledPrefilter(
                self._scanner.at_word, self._scanner.anywhere, self._unlocks, self._always_items
            )
        )
        self._everything = {r: set(range(len(c.alternatives))) for r, c in enumerate(self._compiled)}
        # Per kind, the rules that apply, in order, with what check() needs of each (looked up once here:
        # the loop runs for every rule of every check).
        self._plan = {
            kind: tuple(
                (r, c, c.rule.mode == "match")
                for r, c in enumerate(self._compiled)
                if kind in c.rule.severity
            )
            for kind in Kind
        }
        # Explanations and suggestions depend only on rule, kind and topic: work them out once.
        self._wording = {
            (c.rule.id, kind, about): (c.rule.explain(kind, about), c.rule.suggest(kind, about))
            for c in self._compiled
            for kind in c.rule.applies_to
            for about in About
        }
        self._rule_by_id = {c.rule.id: c.rule for c in self._compiled}
        self._compiled_by_id = {c.rule.id: c for c in self._compiled}
        self._implied = {
            c.rule.id: tuple((i.rule, re.compile(i.when) if i.when else None) for i in c.rule.implies)
            for c in self._compiled
            if c.rule.implies
        }

    def check(
        self,
        text: str,
        kind: Kind | str,
        *,
        about: About | str = About.PRODUCT_REVIEW,
        exhaustive: bool = False,
    ) -> CheckResult:
        """Check text as a message of this kind concerning `about`; findings come sorted by start.

        about is "product_review", "seller_feedback" or "none": a neutral note that feedback can be updated
        is allowed only in a buyer message about seller feedback. Raises ValueError for an unknown kind/about.
        exhaustive=True skips every shortcut (literal prefilter, search windows): the same result, slowly.
        """
        if not isinstance(kind, Kind):
            kind = Kind(kind)
        if not isinstance(about, About):
            about = About(about)
        ctx = ScanContext(normalise(text), kind, about, exhaustive=exhaustive)
        selected = self._everything if exhaustive else self._select(ctx)
        found: dict[int, list[Hit]] = {}
        for r, compiled, match in self._plan[kind]:
            if match:
                todo = selected.get(r)
                if todo is None:
                    continue
                hits = compiled.scan(ctx, sorted(todo))
            else:
                hits = compiled.scan(ctx)
            if hits:
                found[r] = hits
        return self._result(ctx, text, found)

    def _select(self, ctx: ScanContext) -> dict[int, set[int]]:
        """Return which alternatives of which rules can match at all, judging by the literals in the text
        (and set ctx.present to those literals): in compiled code when built (``_prefilter.c``)."""
        if self._prefilter is None:
            return self._select_python(ctx)
        ctx.present, selected = self._prefilter.select(self._scanner.matches(ctx.collapsed), ctx.collapsed)
        ctx.selected = selected
        return selected

    def _select_python(self, ctx: ScanContext) -> dict[int, set[int]]:
        """The reference for _select, and its stand-in when the compiled prefilter was not built."""
        ctx.present = present = self._scanner.present(ctx.collapsed)
        unlocks = self._unlocks
        selected: dict[int, set[int]] = {r: set(alts) for r, alts in self._always_items}
        for literal in present:
            found = unlocks.get(literal)
            if found is None:
                continue
            for r, i, extra in found:
                if extra is not None and extra.isdisjoint(present):
                    continue
                alts = selected.get(r)
                if alts is None:
                    selected[r] = {i}
                else:
                    alts.add(i)
        ctx.selected = selected
        return selected

    def _result(self, ctx: ScanContext, text: str, found: dict[int, list[Hit]]) -> CheckResult:
        ids = {self._compiled[r].rule.id: hits for r, hits in found.items()}
        findings: list[Finding] = []
        for r, hits in found.items():
            rule = self._compiled[r].rule
            if rule.suppressed_by:
                hits = _unsuppressed(ctx, hits, [h for rid in rule.suppressed_by for h in ids.get(rid, ())])
            explanation, suggestion = self._wording[(rule.id, ctx.kind, ctx.about)]
            for hit in hits:
                findings.append(
                    Finding(
                        rule=rule.id,
                        severity=hit.severity,
                        start=hit.start,
                        end=hit.end,
                        excerpt=text[hit.start : hit.end],
                        explanation=f"{hit.explanation} Source: {rule.source}."
                        if hit.explanation
                        else explanation,
                        suggestion=hit.suggestion or suggestion,
                    )
                )
        if self.learned is not None:
            findings.extend(self._learned_findings(ctx, text, findings))
        if self._implied:
            findings.extend(self._implied_findings(ctx, text, findings))
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return CheckResult.from_findings(tuple(findings))

    def _implied_findings(self, ctx: ScanContext, text: str, found: list[Finding]) -> list[Finding]:
        """Return the findings of rules that blocking findings imply (see ``Implication``)."""
        sentences = ctx.sentences
        have = {(f.rule, sentences.index(f.start)) for f in found if f.severity == Severity.BLOCK}
        extra: list[Finding] = []
        for finding in found:
            if finding.severity != Severity.BLOCK:
                continue
            for target, when in self._implied.get(finding.rule, ()):
                rule = self._rule_by_id.get(target)
                index = sentences.index(finding.start)
                if rule is None or ctx.kind not in rule.severity or (target, index) in have:
                    continue
                if when is not None:
                    start, end = sentences.bounds(index)
                    if not when.search(ctx.low, start, end):
                        continue
                have.add((target, index))
                extra.append(self._blocking(rule, ctx, text, finding.start, finding.end))
        return extra

    def _blocking(
        self, rule: Rule, ctx: ScanContext, text: str, start: int, end: int, lead: str = ""
    ) -> Finding:
        """Return a block finding of ``rule`` over text[start:end], with the rule's wording for this message
        (``lead`` goes before the explanation)."""
        explanation, suggestion = self._wording[(rule.id, ctx.kind, ctx.about)]
        return Finding(
            rule=rule.id,
            severity=Severity.BLOCK,
            start=start,
            end=end,
            excerpt=text[start:end],
            explanation=lead + explanation,
            suggestion=suggestion,
        )

    def _learned_findings(self, ctx: ScanContext, text: str, found: list[Finding]) -> list[Finding]:
        """Return the learned model's findings in sentences where no pattern found the same rule."""
        assert self.learned is not None
        sentences = ctx.sentences
        bounds = sentences.spans()
        taken = {(f.rule, sentences.index(f.start)) for f in found}
        blocking = {(f.rule, sentences.index(f.start)) for f in found if f.severity == Severity.BLOCK}
        extra: list[Finding] = []
        for hit in self.learned.hits(ctx.low, bounds, ctx.kind.value, ctx.about.value):
            rule = self._rule_by_id.get(hit.rule)
            if rule is None or ctx.kind not in rule.severity:
                continue
            index = sentences.index(hit.start)
            if (hit.rule, index) in taken:
                continue
            if any((stronger, index) in blocking for stronger in rule.suppressed_by):
                continue
            start, end = _trimmed(text, hit.start, hit.end)
            # The rule's near misses ("positive or negative", "free shipping") hold for the model too.
            if start < end and self._compiled_by_id[hit.rule].excepted(ctx, start, end):
                continue
            lead = f"The wording of this sentence reads as: {rule.title.lower()}. "
            extra.append(self._blocking(rule, ctx, text, start, end, lead))
        return extra


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span without the whitespace around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _unsuppressed(ctx: ScanContext, hits: list[Hit], stronger: list[Hit]) -> list[Hit]:
    # A hit gives way to a stronger rule's hit in the same sentence (a rule's `suppressed_by`). No builtin
    # rule uses it since a discount for a review counts as incentive and marketing; a user's rules may.
    if not stronger:
        return hits
    taken = {ctx.sentences.index(h.start) for h in stronger} | {
        ctx.sentences.index(h.end - 1) for h in stronger
    }
    return [h for h in hits if ctx.sentences.index(h.start) not in taken]


@lru_cache(maxsize=1)
def default_checker() -> Checker:
    """Return a Checker over the builtin rules, built on first use and then shared."""
    return Checker(load_rules())


def check(text: str, kind: Kind | str, about: About | str = About.PRODUCT_REVIEW) -> CheckResult:
    """Check text with the builtin rules (no admin phrases); see Checker.check."""
    return default_checker().check(text, kind, about=about)
