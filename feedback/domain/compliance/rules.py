"""Rules as data: the shapes of rules.json, loading it, and merging in the admin's own phrases."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from .model import ALL_IDS, RULE_IDS, About, Kind, Severity
from .text import flexible_spaces

SCOPES = ("sentence", "adjacent")
MODES = ("match", "absent", "length")
_MACRO = re.compile(r"%([A-Z][A-Z0-9_]*)%")


class RulesError(ValueError):
    """The rules data (builtin file or admin phrases) is malformed."""


@dataclass(frozen=True, slots=True)
class PatternSpec:
    """One regex of a rule, with what a hit on it means.

    `needs` names a context (see RuleSet.contexts) that must also occur in the hit's sentence ("sentence")
    or in it or a neighbouring one ("adjacent"): that is how two-part rules such as incentive are written.
    """

    pattern: str
    severity: Severity | None = None
    suggestion: str | None = None
    explanation: str | None = None
    needs: str | None = None
    scope: str = "sentence"
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class ExceptionSpec:
    """A near-miss pattern that cancels a hit it overlaps ("span") or shares a sentence with ("sentence").

    It can be limited to some message kinds and topics, and it does not apply when `unless` occurs in the
    hit's sentence (e.g. a neutral note about feedback is fine, but not with "please").
    """

    pattern: str
    scope: str = "span"
    kinds: frozenset[Kind] | None = None
    about: frozenset[About] | None = None
    unless: str | None = None


@dataclass(frozen=True, slots=True)
class ContextSpec:
    """A named thing a pattern can require nearby, e.g. a mention of a review; with its own near misses."""

    name: str
    pattern: str
    exceptions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Implication:
    """Another rule that a finding of this rule also breaks, when its sentence matches ``when``.

    An insult aimed at the customer is profanity and disrespect at once; a remark about a customer's
    age or origin is discrimination and disrespect. ``when`` (a lower-case regex, None for always) narrows
    it: "sorry for the damn delay" is profanity, not aimed at anyone.
    """

    rule: str
    when: str | None = None


@dataclass(frozen=True)
class Rule:
    """One rule as a user reads it in the app and as the checker compiles it."""

    id: str
    title: str
    description: str
    explanation: str
    source: str
    source_url: str | None
    severity: Mapping[Kind, Severity]
    phrases: tuple[str, ...] = ()
    patterns: tuple[PatternSpec, ...] = ()
    exceptions: tuple[ExceptionSpec, ...] = ()
    suggestion: str | None = None
    suggestion_for: Mapping[str, str] = field(default_factory=dict)
    explanation_for: Mapping[str, str] = field(default_factory=dict)
    suppressed_by: tuple[str, ...] = ()
    implies: tuple[Implication, ...] = ()
    mode: str = "match"
    params: Mapping[str, Any] = field(default_factory=dict)
    admin_phrases: tuple[str, ...] = ()

    @property
    def applies_to(self) -> tuple[Kind, ...]:
        """Return the message kinds this rule checks."""
        return tuple(k for k in Kind if k in self.severity)

    def explain(self, kind: Kind | str, about: About | str = About.PRODUCT_REVIEW) -> str:
        """Return the plain-language explanation for this context, ending with the rule's source."""
        text = _pick(self.explanation_for, kind, about) or self.explanation
        return f"{text} Source: {self.source}."

    def suggest(self, kind: Kind | str, about: About | str = About.PRODUCT_REVIEW) -> str | None:
        """Return the suggested rewrite for this context, if the rule has one."""
        return _pick(self.suggestion_for, kind, about) or self.suggestion


def _pick(table: Mapping[str, str], kind: Kind | str, about: About | str) -> str | None:
    # Most specific key first: "buyer_message:seller_feedback", then "buyer_message".
    kind, about = Kind(kind).value, About(about).value
    return table.get(f"{kind}:{about}") or table.get(kind)


@dataclass(frozen=True)
class RuleSet:
    """All rules in checking order, with the shared macros and contexts their patterns refer to."""

    version: int
    rules: tuple[Rule, ...]
    contexts: Mapping[str, ContextSpec]
    terms: Mapping[str, str]

    def __iter__(self) -> Iterator[Rule]:
        """Iterate over the rules."""
        return iter(self.rules)

    def __getitem__(self, rule_id: str) -> Rule:
        """Return the rule with this id."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    @property
    def ids(self) -> tuple[str, ...]:
        """Return the rule ids in checking order."""
        return tuple(r.id for r in self.rules)


def builtin_rules_text() -> str:
    """Return the builtin rules.json shipped with the package, for display or export."""
    return resources.files(__package__).joinpath("rules.json").read_text(encoding="utf-8")


def load_rules(
    extra_phrases: Mapping[str, Sequence[str]] | None = None, *, path: str | Path | None = None
) -> RuleSet:
    """Load the builtin rules (or those at path) and add the admin's phrases, keyed by rule id.

    Admin phrases live outside the package (the app keeps them in its database), so an upgrade that ships a
    new rules.json keeps them. Raises RulesError for malformed data or an unknown rule id.
    """
    raw = Path(path).read_text(encoding="utf-8") if path else builtin_rules_text()
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise RulesError(f"rules file is not valid JSON: {exc}") from exc
    ruleset = parse_rules(data)
    return with_extra_phrases(ruleset, extra_phrases or {})


def with_extra_phrases(ruleset: RuleSet, extra_phrases: Mapping[str, Sequence[str]]) -> RuleSet:
    """Return ruleset with admin phrases added to the named rules (blank and duplicate phrases dropped)."""
    known = set(ruleset.ids)
    unknown = sorted(set(extra_phrases) - known)
    if unknown:
        raise RulesError(f"unknown rule id(s) for extra phrases: {', '.join(unknown)}")
    rules = []
    for rule in ruleset.rules:
        phrases: dict[str, str] = {}
        for phrase in extra_phrases.get(rule.id, ()):
            cleaned = " ".join(str(phrase).split())
            if cleaned:
                phrases.setdefault(cleaned.lower(), cleaned)
        rules.append(replace(rule, admin_phrases=tuple(phrases.values())) if phrases else rule)
    return replace(ruleset, rules=tuple(rules))


def parse_rules(data: Any) -> RuleSet:
    """Validate decoded rules.json data and build a RuleSet, expanding %MACRO% references."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RulesError("rules data must be an object with a 'rules' list")
    terms: dict[str, str] = dict(data.get("terms", {}))
    expand = _Expander(terms)
    contexts = {
        name: ContextSpec(
            name, expand(spec["pattern"], name), tuple(expand(p, name) for p in spec.get("exceptions", ()))
        )
        for name, spec in data.get("contexts", {}).items()
    }
    rules = tuple(_parse_rule(item, expand, contexts) for item in data["rules"])
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise RulesError("duplicate rule id in rules data")
    return RuleSet(int(data.get("version", 1)), rules, contexts, terms)


class _Expander:
    """Replace %NAME% with the named term, recursively, so long shared vocabularies are written once."""

    def __init__(self, terms: Mapping[str, str]) -> None:
        self._terms = terms

    def __call__(self, pattern: str, where: str, depth: int = 0) -> str:
        if depth > 5:
            raise RulesError(f"{where}: macros nest too deeply")

        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in self._terms:
                raise RulesError(f"{where}: unknown term %{name}%")
            return f"(?:{self(self._terms[name], where, depth + 1)})"

        return _MACRO.sub(sub, pattern)


def _parse_implication(item: Any, rule_id: str, expand: _Expander) -> Implication:
    if isinstance(item, str):
        item = {"rule": item}
    target = str(item.get("rule", ""))
    if target not in RULE_IDS or target == rule_id:
        raise RulesError(f"{rule_id}: implies an unknown or the same rule {target!r}")
    when = item.get("when")
    if when is not None:
        when = flexible_spaces(expand(when, f"{rule_id} implies"))
        try:
            re.compile(when)
        except re.error as exc:
            raise RulesError(f"{rule_id}: bad 'when' pattern of implies: {exc}") from exc
    return Implication(target, when)


def _parse_rule(item: Mapping[str, Any], expand: _Expander, contexts: Mapping[str, ContextSpec]) -> Rule:
    rule_id = str(item.get("id", ""))
    if rule_id not in ALL_IDS:
        raise RulesError(f"unknown rule id {rule_id!r}")
    try:
        severity = _severity_map(item["severity"])
        patterns = tuple(_parse_pattern(p, rule_id, expand, contexts) for p in item.get("patterns", ()))
        exceptions = tuple(_parse_exception(e, rule_id, expand) for e in item.get("exceptions", ()))
        mode = item.get("mode", "match")
        if mode not in MODES:
            raise RulesError(f"{rule_id}: unknown mode {mode!r}")
        return Rule(
            id=rule_id,
            title=item["title"],
            description=item["description"],
            explanation=item["explanation"],
            source=item["source"],
            source_url=item.get("source_url"),
            severity=severity,
            phrases=tuple(item.get("phrases", ())),
            patterns=patterns,
            exceptions=exceptions,
            suggestion=item.get("suggestion"),
            suggestion_for=dict(item.get("suggestion_for", {})),
            explanation_for=dict(item.get("explanation_for", {})),
            suppressed_by=tuple(item.get("suppressed_by", ())),
            implies=tuple(_parse_implication(i, rule_id, expand) for i in item.get("implies", ())),
            mode=mode,
            params=dict(item.get("params", {})),
        )
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, RulesError):
            raise
        raise RulesError(f"{rule_id}: malformed rule ({exc!r})") from exc


def _severity_map(value: Any) -> dict[Kind, Severity]:
    # A plain "block" means every kind; an object lists the kinds the rule applies to.
    if isinstance(value, str):
        return {kind: Severity(value) for kind in Kind}
    return {Kind(k): Severity(v) for k, v in value.items()}


def _parse_pattern(
    raw: str | Mapping[str, Any], rule_id: str, expand: _Expander, contexts: Mapping[str, ContextSpec]
) -> PatternSpec:
    spec = {"pattern": raw} if isinstance(raw, str) else dict(raw)
    needs = spec.get("needs")
    if needs is not None and needs not in contexts:
        raise RulesError(f"{rule_id}: pattern needs unknown context {needs!r}")
    scope = spec.get("scope", "sentence")
    if scope not in SCOPES:
        raise RulesError(f"{rule_id}: unknown scope {scope!r}")
    return PatternSpec(
        pattern=expand(spec["pattern"], rule_id),
        severity=Severity(spec["severity"]) if "severity" in spec else None,
        suggestion=spec.get("suggestion"),
        explanation=spec.get("explanation"),
        needs=needs,
        scope=scope,
        case_sensitive=bool(spec.get("case_sensitive", False)),
    )


def _parse_exception(raw: str | Mapping[str, Any], rule_id: str, expand: _Expander) -> ExceptionSpec:
    spec = {"pattern": raw} if isinstance(raw, str) else dict(raw)
    scope = spec.get("scope", "span")
    if scope not in ("span", "sentence"):
        raise RulesError(f"{rule_id}: unknown exception scope {scope!r}")
    kinds = spec.get("kinds")
    about = spec.get("about")
    return ExceptionSpec(
        pattern=expand(spec["pattern"], rule_id),
        scope=scope,
        kinds=frozenset(Kind(k) for k in kinds) if kinds else None,
        about=frozenset(About(a) for a in about) if about else None,
        unless=expand(spec["unless"], rule_id) if spec.get("unless") else None,
    )
