"""Recurring issues over stored items: analysis, figures per scope, edits that survive re-analysis."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from feedback.db import db
from feedback.domain.issue_edits import Edit, EditError
from feedback.models import AnalysisRun, IssueStat, Item, ItemIssue
from feedback.services import issues, samples
from feedback.services.importing import run_job

TODAY = datetime.now(UTC).date()


@pytest.fixture
def sample(app: Flask, tmp_path: Path) -> None:
    """The project's sample data, imported."""
    for job in samples.queue_sample_imports(db.session, tmp_path, None):
        db.session.commit()
        run_job(db.session, job, commit=db.session.commit)


def analyse() -> AnalysisRun:
    run = issues.queue_analysis(db.session, "test")
    db.session.commit()
    issues.run_analysis(db.session, run, commit=db.session.commit, today=TODAY)
    return run


def stat(scope: str, key: str) -> IssueStat | None:
    return db.session.get(IssueStat, (scope, key))


def test_analysis_finds_the_sample_recurring_issues(sample: None) -> None:
    run = analyse()
    assert run.status == "done" and run.done_items == run.total_items > 400
    backpack = {s.label.lower(): s for s in issues.issue_table(db.session, "B0C7K2M4QX")}
    assert any("zipper" in label for label in backpack), sorted(backpack)
    zipper = next(s for label, s in backpack.items() if "zipper" in label)
    assert zipper.items >= 5 and 0 < zipper.share <= 1
    assert len(zipper.weekly) == 12 and sum(zipper.weekly) <= zipper.items
    assert zipper.quotes and all("zip" in q["text"].lower() for q in zipper.quotes)
    overall = issues.issue_table(db.session)
    assert {s.kind for s in overall} >= {"fulfilment", "product"}
    late = [s for s in overall if s.issue_key == "tax:late_delivery"]
    assert late and late[0].kind == "fulfilment"
    # every stored tag belongs to an item of the scope it is counted in
    assert db.session.execute(select(func.count()).select_from(ItemIssue)).scalar_one() >= zipper.items


def test_the_worsening_sample_issue_stands_out(sample: None) -> None:
    analyse()
    zipper = next(s for s in issues.issue_table(db.session, "B0C7K2M4QX") if "zipper" in s.label.lower())
    assert zipper.direction in ("rising", "new")


def test_edits_survive_reanalysis(sample: None) -> None:
    analyse()
    backpack = issues.issue_table(db.session, "B0C7K2M4QX")
    zipper_key = next(s.issue_key for s in backpack if "zipper" in s.label.lower())
    issues.add_edit(db.session, Edit("rename", zipper_key, {"label": "Zipper breaks"}), None)
    db.session.commit()
    analyse()
    assert stat("B0C7K2M4QX", zipper_key).label == "Zipper breaks"  # type: ignore[union-attr]
    zipper_items = stat(issues.ALL, zipper_key).items  # type: ignore[union-attr]
    other_key = next(s.issue_key for s in issues.issue_table(db.session) if s.issue_key != zipper_key)
    issues.add_edit(db.session, Edit("merge", other_key, {"into": zipper_key}), None)
    db.session.commit()
    analyse()
    assert stat(issues.ALL, other_key) is None
    merged = stat(issues.ALL, zipper_key)
    assert merged is not None and merged.items > zipper_items


def test_promoting_a_discovered_issue_makes_a_rule(sample: None) -> None:
    analyse()
    discovered_key = next(s.issue_key for s in issues.issue_table(db.session) if s.source == "discovered")
    issues.add_edit(db.session, Edit("promote", discovered_key, {"label": "My rule", "kind": "seller"}), None)
    db.session.commit()
    analyse()
    rules = [s for s in issues.issue_table(db.session) if s.label == "My rule"]
    assert rules and rules[0].source == "taxonomy" and rules[0].kind == "seller"
    assert stat(issues.ALL, discovered_key) is None


def test_bad_edit_is_refused(sample: None) -> None:
    analyse()
    with pytest.raises(EditError):
        issues.add_edit(db.session, Edit("rename", "disc:no-such-issue", {"label": "x y"}), None)


def test_a_new_complaint_shows_up_as_new(app: Flask) -> None:
    recent = datetime.now(UTC) - timedelta(days=2)
    db.session.add_all(
        Item(kind="review", source="t", source_key=f"t:{i}", product="P1", text=text, rating=1, stars=1,
             posted_at=recent, sentiment_label="negative", sentiment_compound=-0.5)
        for i, text in enumerate(["The lid leaks everywhere.", "Lid leaks, soaked my bag.", "The lid leaks."])
    )  # fmt: skip
    db.session.commit()
    analyse()
    lid = [s for s in issues.issue_table(db.session, "P1") if "lid" in s.label.lower()]
    assert lid and lid[0].items == 3 and lid[0].direction == "new"


def test_a_failed_run_keeps_the_previous_results(sample: None) -> None:
    analyse()
    before = db.session.execute(select(func.count()).select_from(IssueStat)).scalar_one()

    def broken(text: str) -> float:
        raise RuntimeError("scorer exploded")

    run = issues.queue_analysis(db.session, "test")
    db.session.commit()
    issues.run_analysis(db.session, run, commit=db.session.commit, today=date.today(), scorer=broken)
    assert run.status == "failed" and "scorer exploded" in (run.error or "")
    assert db.session.execute(select(func.count()).select_from(IssueStat)).scalar_one() == before


def test_queue_reuses_a_waiting_run(app: Flask) -> None:
    first = issues.queue_analysis(db.session, "a")
    assert issues.queue_analysis(db.session, "b").id == first.id
