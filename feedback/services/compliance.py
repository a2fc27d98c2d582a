"""Compliance use cases: check texts with the builtin rules plus the admin's phrases, manage those phrases.

The compiled Checker is cached per database and rebuilt only when the admin phrases change. Every check
first reads a one-row signature of the phrase table (count, id sum, newest id and time), so a phrase added
in another process (another web worker, the CLI) is picked up on the next check.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.compliance import (
    About,
    Checker,
    CheckResult,
    Finding,
    Kind,
    Rule,
    RuleSet,
    builtin_rules_text,
    default_checker,
    load_rules,
)
from ..domain.compliance.learned import builtin_model
from ..models import CompliancePhrase

MAX_TEXT_CHARS = 10_000
# Room for MAX_TEXT_CHARS even when every character arrives as a JSON escape; larger bodies are not parsed.
MAX_BODY_BYTES = 16 * MAX_TEXT_CHARS + 4096
PHRASE_MIN_CHARS = 2
PHRASE_MAX_CHARS = 200

KIND_LABELS: dict[str, str] = {
    Kind.REVIEW_REQUEST.value: "Review request",
    Kind.PUBLIC_REPLY.value: "Public reply",
    Kind.BUYER_MESSAGE.value: "Buyer message",
}
ABOUT_LABELS: dict[str, str] = {
    About.PRODUCT_REVIEW.value: "A product review",
    About.SELLER_FEEDBACK.value: "Seller feedback",
    About.NONE.value: "Neither (a general message)",
}


class ComplianceInputError(ValueError):
    """A check request is malformed; the message says what to send instead."""


class PhraseError(ValueError):
    """An admin phrase was refused; the message says why."""


@dataclass(frozen=True, slots=True)
class CheckRequest:
    """A validated request to check one text."""

    text: str
    kind: Kind
    about: About


# --- the cached checker -------------------------------------------------------------------------------

_lock = threading.Lock()
# (database url, phrase-table signature) -> Checker; replaced whole, so readers need no lock.
_cache: dict[tuple[str, tuple[Any, ...]], Checker] = {}


def _signature(session: Session) -> tuple[Any, ...]:
    row = session.execute(
        select(
            func.count(CompliancePhrase.id),
            func.coalesce(func.sum(CompliancePhrase.id), 0),
            func.max(CompliancePhrase.id),
            func.max(CompliancePhrase.created_at),
        )
    ).one()
    return (int(row[0]), int(row[1]), row[2], str(row[3]))


def admin_phrases(session: Session) -> dict[str, list[str]]:
    """Return the admin's phrases keyed by rule id, oldest first."""
    phrases: dict[str, list[str]] = {}
    rows = session.execute(
        select(CompliancePhrase.rule_id, CompliancePhrase.phrase).order_by(CompliancePhrase.id)
    )
    for rule_id, phrase in rows:
        phrases.setdefault(rule_id, []).append(phrase)
    return phrases


def get_checker(session: Session) -> Checker:
    """Return a Checker over the builtin rules plus the admin phrases, compiled once per phrase set."""
    key = (str(session.get_bind().url), _signature(session))
    checker = _cache.get(key)
    if checker is not None:
        return checker
    with _lock:
        checker = _cache.get(key)
        if checker is None:
            # Drop phrases of rules a newer rules.json no longer has rather than refuse to check at all.
            known = {rule.id for rule in builtin_ruleset()}
            extra = {k: v for k, v in admin_phrases(session).items() if k in known}
            checker = Checker(load_rules(extra)) if extra else default_checker()
            for old in [k for k in _cache if k[0] == key[0]]:
                del _cache[old]
            _cache[key] = checker
    return checker


def warm_up() -> None:
    """Build the shared builtin checker ahead of its first use (the app runs this in a background thread);
    a check that comes meanwhile waits for it rather than compiling the rules a second time."""
    with _lock:
        default_checker()


def builtin_ruleset() -> RuleSet:
    """Return the builtin rules (without admin phrases), shared by every caller."""
    return default_checker().rules


def check_text(
    session: Session, text: str, kind: Kind | str, about: About | str = About.PRODUCT_REVIEW
) -> CheckResult:
    """Check text as a message of this kind with the builtin rules and the admin's phrases."""
    return get_checker(session).check(text, kind, about=about)


# --- request validation (API, CLI) --------------------------------------------------------------------


def valid_kinds() -> str:
    """Return the valid kinds as a readable list."""
    return ", ".join(k.value for k in Kind)


def parse_kind(value: object) -> Kind:
    """Return the Kind named by value; raise ComplianceInputError listing the valid kinds."""
    if not isinstance(value, str) or value not in {k.value for k in Kind}:
        shown = "missing" if value is None else f"{value!r} is not one of them"
        raise ComplianceInputError(f'"kind" must be one of: {valid_kinds()} ({shown}).')
    return Kind(value)


def parse_about(value: object) -> About:
    """Return the About named by value (default product_review); raise ComplianceInputError if unknown."""
    if value is None:
        return About.PRODUCT_REVIEW
    if not isinstance(value, str) or value not in {a.value for a in About}:
        valid = ", ".join(a.value for a in About)
        raise ComplianceInputError(f'"about" must be one of: {valid} ({value!r} is not one of them).')
    return About(value)


def parse_check_request(data: object, *, max_chars: int | None = MAX_TEXT_CHARS) -> CheckRequest:
    """Validate an API body {"kind", "text", "about"?}; raise ComplianceInputError with a clear message."""
    if not isinstance(data, Mapping):
        raise ComplianceInputError(
            'Send a JSON object such as {"kind": "review_request", "text": "..."} '
            "with the header Content-Type: application/json."
        )
    text = data.get("text")
    if text is None:
        raise ComplianceInputError('The field "text" is missing.')
    if not isinstance(text, str):
        raise ComplianceInputError('The field "text" must be a string.')
    if not text.strip():
        raise ComplianceInputError('The field "text" is empty: send the message to check.')
    if max_chars is not None and len(text) > max_chars:
        raise ComplianceInputError(
            f'The field "text" is {len(text):,} characters long; the limit is {max_chars:,}.'
        )
    return CheckRequest(text, parse_kind(data.get("kind")), parse_about(data.get("about")))


def parse_check_line(
    number: int, line: str, default_kind: Kind | None = None
) -> tuple[Any, CheckRequest] | None:
    """Validate JSON Lines line ``number`` (1-based): return (id, request), None if blank; else raise.

    A line without "kind" uses default_kind; the ComplianceInputError message names the line.
    """
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ComplianceInputError(
            f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})"
        ) from None
    if not isinstance(obj, dict):
        example = '{"id": 1, "kind": "review_request", "text": "..."}'
        raise ComplianceInputError(f"line {number}: expected a JSON object like {example}")
    if "id" not in obj:
        raise ComplianceInputError(f'line {number}: the field "id" is missing')
    if not isinstance(obj.get("text"), str):
        raise ComplianceInputError(f'line {number}: the field "text" must be a string')
    try:
        if obj.get("kind") is not None or default_kind is None:
            kind = parse_kind(obj.get("kind"))
        else:
            kind = default_kind
        about = parse_about(obj.get("about"))
    except ComplianceInputError as exc:
        hint = " (or pass --kind)" if obj.get("kind") is None else ""
        raise ComplianceInputError(f"line {number}: {exc}{hint}") from None
    return obj["id"], CheckRequest(obj["text"], kind, about)


def check_lines(
    session: Session, lines: Iterable[str], default_kind: Kind | None = None
) -> Iterator[dict[str, Any]]:
    """Check JSON Lines {"id", "kind"?, "text", "about"?}; yield {"id", "compliant", "findings"} in order.

    Every line is validated before the first result is yielded, so a malformed line produces no output;
    ComplianceInputError names it. A line without "kind" uses default_kind. Blank lines are skipped.
    """
    records = [
        record
        for number, line in enumerate(lines, start=1)
        if (record := parse_check_line(number, line, default_kind)) is not None
    ]
    checker = get_checker(session)
    for record_id, req in records:
        result = checker.check(req.text, req.kind, about=req.about)
        yield {"id": record_id, **result.to_dict()}


# --- admin phrases ------------------------------------------------------------------------------------


def phrase_rules() -> list[Rule]:
    """Return the rules an admin can add phrases to (those that match words, not e.g. the length rule)."""
    return [rule for rule in builtin_ruleset() if rule.mode == "match"]


def _clean(phrase: str) -> str:
    return " ".join(phrase.split())


def add_phrase(session: Session, rule_id: str, phrase: str, user_id: int | None) -> CompliancePhrase:
    """Add an admin phrase to a rule; raise PhraseError for an unknown rule, a bad length or a duplicate."""
    rules = {rule.id: rule for rule in phrase_rules()}
    rule = rules.get(rule_id)
    if rule is None:
        raise PhraseError(f"There is no rule {rule_id!r} that takes phrases.")
    cleaned = _clean(phrase)
    if not PHRASE_MIN_CHARS <= len(cleaned) <= PHRASE_MAX_CHARS:
        raise PhraseError(
            f"A phrase must be {PHRASE_MIN_CHARS} to {PHRASE_MAX_CHARS} characters long "
            f"(this one has {len(cleaned)})."
        )
    if not any(ch.isalnum() for ch in cleaned):
        raise PhraseError("A phrase must contain at least one letter or digit.")
    lowered = cleaned.lower()
    if lowered in {p.lower() for p in rule.phrases}:
        raise PhraseError(f"“{cleaned}” is already one of the built-in phrases of “{rule.title}”.")
    taken = session.execute(
        select(CompliancePhrase.id).where(
            CompliancePhrase.rule_id == rule_id, func.lower(CompliancePhrase.phrase) == lowered
        )
    ).first()
    if taken is not None:
        raise PhraseError(f"“{cleaned}” is already one of your phrases for “{rule.title}”.")
    row = CompliancePhrase(rule_id=rule_id, phrase=cleaned, created_by_id=user_id)
    session.add(row)
    session.flush()
    return row


def remove_phrase(session: Session, phrase_id: int) -> CompliancePhrase:
    """Delete an admin phrase and return it; raise PhraseError if there is no such phrase."""
    row = session.get(CompliancePhrase, phrase_id)
    if row is None:
        raise PhraseError("That phrase was already removed.")
    session.delete(row)
    session.flush()
    return row


def phrases_by_rule(session: Session) -> dict[str, list[CompliancePhrase]]:
    """Return the admin phrase rows keyed by rule id, oldest first, for display."""
    grouped: dict[str, list[CompliancePhrase]] = {}
    for row in session.execute(select(CompliancePhrase).order_by(CompliancePhrase.id)).scalars():
        grouped.setdefault(row.rule_id, []).append(row)
    return grouped


# --- display ------------------------------------------------------------------------------------------


def raw_rules() -> dict[str, Any]:
    """Return rules.json as written (patterns with their %TERM% names), for the rules page."""
    data: dict[str, Any] = json.loads(builtin_rules_text())
    return data


def rule_titles() -> dict[str, str]:
    """Return each rule id's title, for the editor's findings list."""
    return {rule.id: rule.title for rule in builtin_ruleset()}


def highlight_segments(text: str, findings: Iterable[Finding]) -> list[tuple[str, str | None, list[int]]]:
    """Split text into (piece, severity or None, finding indexes) for rendering <mark> highlights.

    Overlapping findings share a piece; its severity is "block" if any of them blocks, else "warn".
    """
    findings = list(findings)
    cuts = {0, len(text)}
    for f in findings:
        cuts.update((max(0, min(f.start, len(text))), max(0, min(f.end, len(text)))))
    points = sorted(cuts)
    pieces: list[tuple[str, str | None, list[int]]] = []
    for start, end in pairwise(points):
        covering = [i for i, f in enumerate(findings) if f.start <= start and end <= f.end]
        if not covering:
            pieces.append((text[start:end], None, []))
            continue
        severity = "block" if any(findings[i].severity.value == "block" for i in covering) else "warn"
        pieces.append((text[start:end], severity, covering))
    return pieces


@dataclass(frozen=True)
class RuleInfo:
    """What the rules page shows about one rule."""

    rule: Rule
    severities: tuple[tuple[str, str | None], ...]  # (kind label, "block" | "warn" | None = not checked)
    patterns: tuple[str, ...]  # as written in rules.json, %TERM% names unexpanded
    admin_phrases: tuple[CompliancePhrase, ...]
    takes_phrases: bool
    learned: bool = False  # the learned sentence model also judges this rule


def describe_rules(session: Session) -> tuple[list[RuleInfo], dict[str, str]]:
    """Return every rule for display, with the admin's phrases, and the shared terms its patterns use."""
    raw = raw_rules()
    written = {item["id"]: item for item in raw.get("rules", [])}
    admin = phrases_by_rule(session)
    model = builtin_model()
    learned_rules = set(model.rules) if model is not None else set()
    infos = []
    for rule in builtin_ruleset():
        severities = tuple(
            (KIND_LABELS[kind.value], rule.severity[kind].value if kind in rule.severity else None)
            for kind in Kind
        )
        patterns = tuple(
            p if isinstance(p, str) else str(p.get("pattern", ""))
            for p in written.get(rule.id, {}).get("patterns", ())
        )
        infos.append(
            RuleInfo(
                rule,
                severities,
                patterns,
                tuple(admin.get(rule.id, ())),
                rule.mode == "match",
                rule.id in learned_rules,
            )
        )
    return infos, dict(raw.get("terms", {}))


def is_replacement(suggestion: str | None) -> bool:
    """Tell whether a suggestion is wording that can replace the flagged span, not advice to follow.

    The rules data does not mark this, so: a short lower-case phrase without sentence punctuation
    ("an honest review") replaces; a sentence ("Remove the offer.") advises. message-editor.js agrees.
    """
    s = suggestion or ""
    return 0 < len(s) <= 60 and not any(c in s for c in '.!?:;"') and not s[:1].isupper()
