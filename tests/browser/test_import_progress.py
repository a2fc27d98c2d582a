"""The import page's live progress bar, in a real browser."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from feedback.db import db
from feedback.models import ImportJob, User
from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser


def test_progress_bar_follows_the_job_and_shows_the_summary(
    live_app: Flask, live_url: str, page: Any, user: User
) -> None:
    job = ImportJob(
        filename="big.jsonl", format="amazon_reviews_2023", status="running", total_rows=1000, rows_seen=250
    )
    db.session.add(job)
    db.session.commit()
    sign_in(page, live_url)
    page.goto(f"{live_url}/imports/{job.id}")
    assert page.get_attribute(".progress", "aria-valuenow") == "25"

    job.rows_seen, job.created = 600, 590
    db.session.commit()
    page.wait_for_function("document.querySelector('.progress').getAttribute('aria-valuenow') === '60'")
    assert page.text_content("#job-created") == "590"

    job.status, job.rows_seen, job.created, job.duplicates = "done", 1000, 980, 20
    db.session.commit()
    page.wait_for_selector("#job-done:not([hidden])")  # the page reloads itself when the job ends
    assert page.text_content("#job-duplicates") == "20"
    assert page.get_attribute(".progress", "aria-valuenow") == "100"


def test_sign_in_and_empty_state_in_the_browser(live_url: str, page: Any, user: User) -> None:
    sign_in(page, live_url)
    assert "No reviews or feedback yet" in page.content()
