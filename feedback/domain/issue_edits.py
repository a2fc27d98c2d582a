"""Turn the user's stored issue edits into what the analyzer takes: Overrides and extra taxonomy rules.

Edits are kept as rows (action, key, payload) so that every re-analysis and every new import applies them
again. Later edits of the same kind to the same key win. Promoting a discovered issue adds a rule and merges
the discovered key into the rule's key, so its history stays together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .issues import IssueKind, Overrides, TaxonomyEntry, promote

ACTIONS = ("rename", "kind", "merge", "split", "promote")


class EditError(ValueError):
    """An edit makes no sense; the message says what to change."""


@dataclass(frozen=True)
class Edit:
    """One stored edit."""

    action: str
    key: str
    payload: Mapping[str, Any] = field(default_factory=dict)


def _terms(raw: Any) -> list[str]:
    if isinstance(raw, str):
        raw = raw.replace(",", "\n").splitlines()
    return [t.strip().lower() for t in raw if isinstance(t, str) and t.strip()]


def validate(edit: Edit, known_keys: Sequence[str]) -> Edit:
    """Return ``edit`` normalised, or raise EditError saying what is wrong with it."""
    if edit.action not in ACTIONS:
        raise EditError(f"Unknown edit {edit.action!r}; use one of {', '.join(ACTIONS)}.")
    if edit.key not in known_keys:
        raise EditError(f"There is no issue {edit.key!r}; re-run the analysis or pick another issue.")
    p = dict(edit.payload)
    if edit.action in ("rename", "promote"):
        label = str(p.get("label", "")).strip()
        if not 2 <= len(label) <= 80:
            raise EditError("A name must be 2 to 80 characters long.")
        p["label"] = label
    if edit.action in ("kind", "promote"):
        kind = str(p.get("kind", IssueKind.PRODUCT.value))
        if kind not in {k.value for k in IssueKind}:
            raise EditError(f"Kind must be one of {', '.join(k.value for k in IssueKind)}.")
        p["kind"] = kind
    if edit.action == "merge":
        into = str(p.get("into", ""))
        if into == edit.key:
            raise EditError("An issue cannot be merged into itself.")
        if into not in known_keys:
            raise EditError("Choose the issue to merge into.")
    if edit.action == "promote":
        if not edit.key.startswith("disc:"):
            raise EditError("Only a discovered issue can become a rule; taxonomy issues are rules already.")
        p["terms"] = _terms(p.get("terms", "")) or [edit.key.split(":", 1)[1].split("~")[0]]
    if edit.action == "split":
        parts = {str(label).strip(): _terms(terms) for label, terms in dict(p.get("parts", {})).items()}
        parts = {label: terms for label, terms in parts.items() if label and terms}
        if len(parts) < 1:
            raise EditError("Name at least one part and the words that belong to it.")
        p["parts"] = parts
    return Edit(edit.action, edit.key, p)


def compile_edits(edits: Sequence[Edit]) -> tuple[Overrides, tuple[TaxonomyEntry, ...]]:
    """Fold stored edits, oldest first, into Overrides and the user's taxonomy rules."""
    renames: dict[str, str] = {}
    merges: dict[str, str] = {}
    splits: dict[str, Mapping[str, Sequence[str]]] = {}
    kinds: dict[str, IssueKind] = {}
    rules: dict[str, TaxonomyEntry] = {}
    for edit in edits:
        p = edit.payload
        if edit.action == "rename":
            renames[edit.key] = str(p["label"])
        elif edit.action == "kind":
            kinds[edit.key] = IssueKind(p["kind"])
        elif edit.action == "merge":
            merges[edit.key] = str(p["into"])
        elif edit.action == "split":
            splits[edit.key] = {str(k): list(v) for k, v in dict(p["parts"]).items()}
        elif edit.action == "promote":
            rule = promote(edit.key, str(p["label"]), list(p["terms"]), IssueKind(p["kind"]))
            rules[rule.key] = rule
            merges[edit.key] = rule.key
    return Overrides(renames=renames, merges=merges, splits=splits, kinds=kinds), tuple(rules.values())
