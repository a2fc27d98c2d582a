"""The recurring-issue pages: empty state, overview, per product, detail, edits, drill-down."""

from __future__ import annotations

import re

from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.db import db
from feedback.models import AnalysisRun, IssueEdit, IssueStat


def test_empty_state(auth_client: FlaskClient) -> None:
    html = auth_client.get("/issues/").get_data(as_text=True)
    assert "No recurring issues yet" in html


def test_sample_import_triggers_analysis_and_pages_show_it(auth_client: FlaskClient) -> None:
    auth_client.post("/imports/sample")
    runs = db.session.execute(select(AnalysisRun)).scalars().all()
    assert runs and all(r.status == "done" for r in runs)
    html = auth_client.get("/issues/").get_data(as_text=True)
    assert "All products" in html and "fulfilment" in html
    per_product = auth_client.get("/issues/?product=B0C7K2M4QX").get_data(as_text=True)
    match = re.search(r'href="(/issues/i/[^"]+)"><strong>([^<]*[Zz]ipper[^<]*)<', per_product)
    assert match, "the backpack's zipper issue is listed"
    detail = auth_client.get(match.group(1)).get_data(as_text=True)
    assert "In customers&#39; words" in detail or "In customers' words" in detail
    assert "By product" in detail
    key = match.group(1).removeprefix("/issues/i/")
    items = auth_client.get(f"/?issue={key}").get_data(as_text=True)
    assert "Showing items with the issue" in items and "zip" in items.lower()


def test_rename_from_the_page_and_undo(auth_client: FlaskClient) -> None:
    auth_client.post("/imports/sample")
    overview = auth_client.get("/issues/").get_data(as_text=True)
    path = re.search(r'href="(/issues/i/[^"]+)"', overview).group(1)  # type: ignore[union-attr]
    response = auth_client.post(path + "/edit", data={"action": "rename", "label": "Renamed by test"})
    assert response.status_code == 302
    assert "Renamed by test" in auth_client.get("/issues/").get_data(as_text=True)
    edit = db.session.execute(select(IssueEdit)).scalar_one()
    auth_client.post(f"/issues/edits/{edit.id}/delete")
    assert "Renamed by test" not in auth_client.get("/issues/").get_data(as_text=True)


def test_bad_edit_is_explained(auth_client: FlaskClient) -> None:
    auth_client.post("/imports/sample")
    overview = auth_client.get("/issues/").get_data(as_text=True)
    path = re.search(r'href="(/issues/i/[^"]+)"', overview).group(1)  # type: ignore[union-attr]
    response = auth_client.post(
        path + "/edit", data={"action": "rename", "label": "x"}, follow_redirects=True
    )
    assert "2 to 80 characters" in response.get_data(as_text=True)


def test_unknown_issue_is_404(auth_client: FlaskClient) -> None:
    assert auth_client.get("/issues/i/disc:nothing").status_code == 404


def test_run_status_json(auth_client: FlaskClient) -> None:
    assert auth_client.get("/issues/run.json").get_json()["status"] == "none"
    auth_client.post("/issues/analyze")
    status = auth_client.get("/issues/run.json").get_json()
    assert status["status"] == "done" and status["progress"] == 1.0


def test_overview_lists_the_top_issues_then_all(auth_client: FlaskClient) -> None:
    auth_client.post("/imports/sample")
    top = auth_client.get("/issues/").get_data(as_text=True)
    everything = auth_client.get("/issues/?all=1").get_data(as_text=True)
    table_top = top.split('<details class="once">')[0]
    table_all = everything.split('<details class="once">')[0]
    rows_top, rows_all = table_top.count('href="/issues/i/'), table_all.count('href="/issues/i/')
    assert rows_top <= 25 <= rows_all
    if rows_all > 25:
        assert f"Show all {rows_all} issues" in top
    for quotes in re.findall(r'<td class="quotes">(.*?)</td>', everything, flags=re.S):
        texts = re.findall(r"<q>(.*?)</q>", quotes)
        assert len(texts) == len(set(texts)), "quotes of one issue are all different"
    assert "Hiking Backpack" in top or "Backpack" in top  # products are named, not only coded


def test_split_from_the_page(auth_client: FlaskClient) -> None:
    auth_client.post("/imports/sample")
    page = auth_client.get("/issues/?product=B0C7K2M4QX").get_data(as_text=True)
    path = re.search(r'href="(/issues/i/[^"]+)"><strong>[^<]*[Zz]ipper', page).group(1)  # type: ignore[union-attr]
    response = auth_client.post(
        path + "/edit",
        data={"action": "split", "part_label": ["Zipper slider", ""], "part_terms": ["slider", ""]},
    )
    assert response.status_code == 302
    edit = db.session.execute(select(IssueEdit)).scalar_one()
    assert edit.action == "split" and edit.payload == {"parts": {"Zipper slider": ["slider"]}}
    assert "Zipper slider" in auth_client.get("/issues/?all=1").get_data(as_text=True)


def _stat(key: str, label: str, items: int) -> IssueStat:
    return IssueStat(
        scope="",
        issue_key=key,
        label=label,
        kind="product",
        source="discovered",
        items=items,
        share=0.1,
        weekly=[0] * 12,
        direction="steady",
        quotes=[],
        terms=[],
        negative_items=40,
    )


def test_issues_of_one_customer_are_listed_apart(auth_client: FlaskClient) -> None:
    db.session.add_all([_stat("disc:zipper", "zipper", 7), _stat("disc:lid", "lid", 1)])
    db.session.commit()
    html = auth_client.get("/issues/").get_data(as_text=True)
    table, _, once = html.partition('<details class="once">')
    assert "<strong>zipper</strong>" in table and "lid" not in table
    assert "Mentioned by one customer so far (1)" in once and ">lid</a>" in once


def test_only_single_mentions_still_show(auth_client: FlaskClient) -> None:
    db.session.add(_stat("disc:lid", "lid", 1))
    db.session.commit()
    html = auth_client.get("/issues/").get_data(as_text=True)
    assert "No issue is named by more than one customer yet." in html
    assert "Mentioned by one customer so far (1)" in html and "No recurring issues yet" not in html
