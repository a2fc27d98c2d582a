"""Stored issue edits: validation and folding into Overrides and rules."""

from __future__ import annotations

from typing import Any

import pytest

from feedback.domain.issue_edits import Edit, EditError, compile_edits, validate
from feedback.domain.issues import IssueKind

KNOWN = ["disc:zipper", "disc:strap", "tax:late_delivery"]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (Edit("explode", "disc:zipper"), "Unknown edit"),
        (Edit("rename", "disc:nothing", {"label": "x y"}), "There is no issue"),
        (Edit("rename", "disc:zipper", {"label": " "}), "2 to 80 characters"),
        (Edit("kind", "disc:zipper", {"kind": "weather"}), "Kind must be one of"),
        (Edit("merge", "disc:zipper", {"into": "disc:zipper"}), "into itself"),
        (Edit("merge", "disc:zipper", {"into": "disc:lid"}), "Choose the issue"),
        (Edit("promote", "tax:late_delivery", {"label": "Late"}), "Only a discovered issue"),
        (Edit("split", "disc:zipper", {"parts": {"": "a"}}), "at least one part"),
    ],
)
def test_invalid_edits_are_explained(edit: Edit, message: str) -> None:
    with pytest.raises(EditError, match=message):
        validate(edit, KNOWN)


@pytest.mark.parametrize(
    ("edit", "payload"),
    [
        (Edit("rename", "disc:zipper", {"label": "  Zipper breaks "}), {"label": "Zipper breaks"}),
        (Edit("promote", "disc:zipper", {"label": "Zipper", "terms": "Zipper, zip\n"}),
         {"label": "Zipper", "terms": ["zipper", "zip"], "kind": "product"}),
        (Edit("promote", "disc:zipper", {"label": "Zipper"}),
         {"label": "Zipper", "terms": ["zipper"], "kind": "product"}),
        (Edit("split", "disc:strap", {"parts": {"Buckle": "buckle", "Padding": "padding, foam"}}),
         {"parts": {"Buckle": ["buckle"], "Padding": ["padding", "foam"]}}),
    ],
)  # fmt: skip
def test_valid_edits_are_normalised(edit: Edit, payload: dict[str, Any]) -> None:
    assert dict(validate(edit, KNOWN).payload) == payload


def test_compile_folds_edits_in_order() -> None:
    edits = [
        Edit("rename", "disc:zipper", {"label": "Zip"}),
        Edit("rename", "disc:zipper", {"label": "Zipper breaks"}),
        Edit("kind", "tax:late_delivery", {"kind": "seller"}),
        Edit("merge", "disc:strap", {"into": "disc:zipper"}),
        Edit("split", "disc:zipper", {"parts": {"Slider": ["slider"]}}),
        Edit("promote", "disc:lid", {"label": "Lid leaks", "terms": ["lid"], "kind": "product"}),
    ]
    overrides, rules = compile_edits(edits)
    assert overrides.renames == {"disc:zipper": "Zipper breaks"}
    assert overrides.kinds == {"tax:late_delivery": IssueKind.SELLER}
    assert overrides.splits == {"disc:zipper": {"Slider": ["slider"]}}
    assert [r.label for r in rules] == ["Lid leaks"]
    assert overrides.merges == {"disc:strap": "disc:zipper", "disc:lid": rules[0].key}
