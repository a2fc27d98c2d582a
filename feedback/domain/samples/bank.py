"""Phrase bank: load the shipped phrase data and expand its templates into sentence variants.

Templates use ``{slot}`` placeholders. Each template is expanded once per product category into a
tuple of ready-made variants (at most ``MAX_VARIANTS``), so composing a review only costs a couple of
index look-ups per sentence. A *pool* is a tuple of templates; picking a template first and then one of
its variants keeps templates with many slot values from crowding out the others.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

Variants = tuple[str, ...]
Pool = tuple[Variants, ...]

MAX_VARIANTS = 240
_SLOT = re.compile(r"\{(\w+)\}")
_GENERIC_POOLS = (
    "short_pos",
    "short_neg",
    "short_mixed",
    "openers",
    "openers_neg",
    "praise",
    "neutral",
    "negative",
    "updates",
    "closers_pos",
    "closers_mixed",
    "closers_neg",
    "titles_pos",
    "titles_mixed",
    "titles_neg",
)


@dataclass(frozen=True)
class Issue:
    """One recurring problem: the sentences that describe it and the titles that headline it.

    ``repeatable`` is False for marketplace issues (late, wrong item...), whose sentences tell the same
    story in different ways, so a review uses only one of them.
    """

    name: str
    sentences: Pool
    titles: Pool
    repeatable: bool


@dataclass(frozen=True)
class Bank:
    """Every pool of sentence variants for one product category."""

    category: str
    praise: Pool
    pools: dict[str, Pool]
    connectors: tuple[str, ...]
    product_issues: tuple[Issue, ...]
    marketplace_issues: tuple[Issue, ...]

    def issue(self, name: str) -> Issue:
        """Return the product or marketplace issue called ``name``."""
        for item in self.product_issues + self.marketplace_issues:
            if item.name == name:
                return item
        raise KeyError(name)


@cache
def load_json(name: str) -> dict[str, Any]:
    """Load one of the JSON data files shipped inside this package."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"{name} must hold a JSON object")
    return data


def categories() -> tuple[str, ...]:
    """Return the product categories the phrase data knows, in file order."""
    return tuple(load_json("phrases.json")["categories"])


def capitalize(text: str) -> str:
    """Upper-case the first character of ``text`` and leave the rest alone."""
    return text[:1].upper() + text[1:]


def expand(template: str, slots: dict[str, list[str]], rng: random.Random) -> Variants:
    """Expand ``template`` with every combination of its slot values, sampling when there are too many."""
    parts = _SLOT.split(template)
    names = parts[1::2]
    if not names:
        return (capitalize(template),)
    options = [slots[name] for name in names]
    total = 1
    for values in options:
        total *= len(values)
    if total <= MAX_VARIANTS:
        combos: list[tuple[str, ...]] = list(itertools.product(*options))
    else:
        combos = [tuple(rng.choice(values) for values in options) for _ in range(MAX_VARIANTS)]
    variants = []
    for combo in combos:
        filled = list(parts)
        filled[1::2] = combo
        variants.append(capitalize("".join(filled)))
    return tuple(dict.fromkeys(variants))


def _pool(templates: list[str], slots: dict[str, list[str]], rng: random.Random) -> Pool:
    return tuple(expand(template, slots, rng) for template in templates)


def _issues(
    spec: dict[str, Any], slots: dict[str, list[str]], rng: random.Random, repeatable: bool
) -> tuple[Issue, ...]:
    return tuple(
        Issue(name, _pool(item["sentences"], slots, rng), _pool(item["titles"], slots, rng), repeatable)
        for name, item in spec.items()
    )


@cache
def bank(category: str) -> Bank:
    """Build (once) the expanded phrase bank for ``category``."""
    data = load_json("phrases.json")
    spec = data["categories"][category]
    slots: dict[str, list[str]] = {**data["slots"], **spec["slots"]}
    rng = random.Random(f"bank:{category}")
    generic = data["generic"]
    return Bank(
        category=category,
        praise=_pool(spec["praise"], slots, rng),
        pools={name: _pool(generic[name], slots, rng) for name in _GENERIC_POOLS},
        connectors=tuple(generic["connectors"]),
        product_issues=_issues(spec["issues"], slots, rng, repeatable=True),
        marketplace_issues=_issues(data["marketplace"], slots, rng, repeatable=False),
    )
