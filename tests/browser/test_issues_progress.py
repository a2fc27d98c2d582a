"""The recurring-issues page follows a background re-analysis live, in a real browser."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from feedback.db import db
from feedback.models import AnalysisRun, User
from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser


def test_analysis_progress_bar_then_results(live_app: Flask, live_url: str, page: Any, user: User) -> None:
    run = AnalysisRun(status="running", reason="after importing r.jsonl", total_items=400, done_items=100)
    db.session.add(run)
    db.session.commit()
    sign_in(page, live_url)
    page.goto(live_url + "/issues/")
    assert page.get_attribute("#run .progress", "aria-valuenow") == "25"
    assert "The first analysis is running" in page.content()

    run.done_items = 300
    db.session.commit()
    page.wait_for_function("document.querySelector('#run .progress').getAttribute('aria-valuenow') === '75'")
    assert page.text_content("#run-done") == "300"

    run.status, run.done_items = "done", 400
    db.session.commit()
    page.wait_for_selector("text=No recurring issues yet")  # reloaded: the run is over, nothing was found
    assert page.query_selector("#run") is None
