"""Compliance checker for texts a seller sends: review requests, public replies, buyer messages.

Rules are data (rules.json beside this file, plus the admin's own phrases); see README.md here for the
format. Typical use::

    from feedback.domain.compliance import Kind, check
    result = check("Leave a 5-star review!", Kind.REVIEW_REQUEST)
    result.compliant, result.to_dict()
"""

from .checker import Checker, check, default_checker
from .model import ADVICE_IDS, ALL_IDS, RULE_IDS, About, CheckResult, Finding, Kind, Severity
from .rules import (
    ContextSpec,
    ExceptionSpec,
    PatternSpec,
    Rule,
    RulesError,
    RuleSet,
    builtin_rules_text,
    load_rules,
)

__all__ = [
    "ADVICE_IDS",
    "ALL_IDS",
    "RULE_IDS",
    "About",
    "CheckResult",
    "Checker",
    "ContextSpec",
    "ExceptionSpec",
    "Finding",
    "Kind",
    "PatternSpec",
    "Rule",
    "RuleSet",
    "RulesError",
    "Severity",
    "builtin_rules_text",
    "check",
    "default_checker",
    "load_rules",
]
