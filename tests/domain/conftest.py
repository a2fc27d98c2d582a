"""Fixtures shared by the domain tests."""

from __future__ import annotations

import pytest

from feedback.domain.compliance import Checker, load_rules


@pytest.fixture(scope="session")
def rules_only() -> Checker:
    """The builtin rules without the learned model, compiled once for the whole run."""
    return Checker(load_rules(), learned=None)
