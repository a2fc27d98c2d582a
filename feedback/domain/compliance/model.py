"""Plain values the compliance checker works with: message kinds, severities, findings, results."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What sort of text the seller is about to send."""

    REVIEW_REQUEST = "review_request"
    PUBLIC_REPLY = "public_reply"
    BUYER_MESSAGE = "buyer_message"


class About(StrEnum):
    """What the message concerns; only matters for the review_change nuance."""

    PRODUCT_REVIEW = "product_review"
    SELLER_FEEDBACK = "seller_feedback"
    NONE = "none"


class Severity(StrEnum):
    """How bad a finding is: block prevents sending, warn is advice."""

    BLOCK = "block"
    WARN = "warn"


# The fixed vocabulary of the issue. The app, the API and stored admin phrases refer to these ids, so they
# never change; new checks get new ids.
RULE_IDS: tuple[str, ...] = (
    "incentive",
    "positive_bias",
    "review_gating",
    "review_change",
    "contact_info",
    "external_link",
    "marketing",
    "profanity",
    "disrespectful",
    "threat",
    "discrimination",
    "disparagement",
    "unverified_claim",
    "emoji",
)

# Advice only: these never block. Kept apart from RULE_IDS so a caller can tell policy from style.
ADVICE_IDS: tuple[str, ...] = ("jargon", "length", "greeting", "shouting")

ALL_IDS: tuple[str, ...] = RULE_IDS + ADVICE_IDS


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a text: which rule, how bad, where (text[start:end]), why and how to fix it."""

    rule: str
    severity: Severity
    start: int
    end: int
    excerpt: str
    explanation: str
    suggestion: str | None

    def to_dict(self) -> dict[str, object]:
        """Return the JSON shape used by the API and CLI."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "explanation": self.explanation,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The verdict on one text: compliant when no finding blocks."""

    compliant: bool
    findings: tuple[Finding, ...]

    @classmethod
    def from_findings(cls, findings: tuple[Finding, ...]) -> CheckResult:
        """Build a result, deriving `compliant` from the findings' severities."""
        return cls(all(f.severity is not Severity.BLOCK for f in findings), findings)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """Return the findings that prevent sending."""
        return tuple(f for f in self.findings if f.severity is Severity.BLOCK)

    def to_dict(self) -> dict[str, object]:
        """Return the JSON shape used by the API and CLI."""
        return {"compliant": self.compliant, "findings": [f.to_dict() for f in self.findings]}
