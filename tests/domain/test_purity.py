"""The domain package stays pure: no web framework, no database library."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DOMAIN = Path(__file__).resolve().parents[2] / "feedback" / "domain"
FORBIDDEN = ("flask", "sqlalchemy", "werkzeug", "wtforms", "flask_wtf", "flask_login", "huey")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted(DOMAIN.rglob("*.py")), ids=lambda p: str(p.relative_to(DOMAIN)))
def test_domain_module_imports_no_framework(path: Path) -> None:
    assert not _imports(path) & set(FORBIDDEN)


def test_the_walk_finds_modules() -> None:
    assert len(list(DOMAIN.rglob("*.py"))) > 3
