"""The import pages: upload, detection, mapping, progress, summary, rejected rows, sample data."""

from __future__ import annotations

import io
import re
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from feedback.db import db
from feedback.models import ImportJob, Item
from tests.helpers import FEEDBACK_HEADER, review, write_reviews


def _upload(client: FlaskClient, name: str, data: bytes) -> object:
    return client.post(
        "/imports/", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data"
    )


def _items() -> int:
    return db.session.execute(select(func.count()).select_from(Item)).scalar_one()


def test_upload_detects_then_confirm_imports(auth_client: FlaskClient, tmp_path: Path) -> None:
    data = write_reviews(tmp_path / "r.jsonl", [review(i) for i in range(3)]).read_bytes()
    response = _upload(auth_client, "reviews.jsonl", data)
    assert response.status_code == 302
    confirm_url = response.headers["Location"]
    page = auth_client.get(confirm_url).get_data(as_text=True)
    assert "Amazon Reviews 2023" in page
    done = auth_client.post(confirm_url, data={"format": "amazon_reviews_2023"})
    assert done.status_code == 302
    show = auth_client.get(done.headers["Location"]).get_data(as_text=True)
    assert "done" in show and _items() == 3
    status = auth_client.get(done.headers["Location"] + "/status.json").get_json()
    assert status["status"] == "done" and status["created"] == 3 and status["progress"] == 1.0


def test_feedback_report_with_bad_rows_lists_and_downloads_them(auth_client: FlaskClient) -> None:
    body = (
        FEEDBACK_HEADER
        + "\n1/5/25\t1\tLate\t\t111-1234567-1234567\ta@x.com"
        + "\n1/6/25\tten\tOops\t\t111-1234567-1234568\tb@x.com\n"
    )
    confirm_url = _upload(auth_client, "feedback.txt", body.encode()).headers["Location"]
    show_url = auth_client.post(confirm_url, data={"format": "amazon_feedback"}).headers["Location"]
    html = auth_client.get(show_url).get_data(as_text=True)
    assert "Rejected rows" in html and ">3<" in html  # line 3
    csv_text = auth_client.get(show_url + "/rejected.csv").get_data(as_text=True)
    assert csv_text.splitlines()[0] == "line,field,reason,row"
    assert csv_text.splitlines()[1].startswith("3,Rating,")


def test_csv_needs_a_mapping_and_imports_with_one(auth_client: FlaskClient) -> None:
    body = "id,stars,body,sku\n1,5,Lovely lamp,LAMP1\n2,1,Flickers constantly,LAMP1\n"
    confirm_url = _upload(auth_client, "export.csv", body.encode()).headers["Location"]
    page = auth_client.get(confirm_url).get_data(as_text=True)
    assert 'name="map_text"' in page
    missing = auth_client.post(confirm_url, data={"format": "csv"})
    assert missing.status_code == 200 and "Choose a column for" in missing.get_data(as_text=True)
    ok = auth_client.post(
        confirm_url,
        data={
            "format": "csv",
            "map_text": "body",
            "map_rating": "stars",
            "map_product": "sku",
            "map_external_id": "id",
        },
    )
    assert ok.status_code == 302 and _items() == 2


def test_empty_file_is_explained(auth_client: FlaskClient) -> None:
    response = _upload(auth_client, "empty.csv", b"")
    assert response.status_code == 302
    html = auth_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "empty.csv" in html and "empty" in html.lower()
    assert _items() == 0


def test_wrong_kind_of_file_is_explained(auth_client: FlaskClient) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(200)
    html = auth_client.get(_upload(auth_client, "photo.png", png).headers["Location"]).get_data(as_text=True)
    assert "photo.png" in html
    assert db.session.execute(select(ImportJob.status)).scalar_one() == "failed"


def test_upload_over_the_limit_gets_a_clear_message(app: Flask, auth_client: FlaskClient) -> None:
    app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024
    response = _upload(auth_client, "big.csv", b"a" * (1024 * 1024 + 10))
    assert response.status_code == 413
    assert "larger than the 1 MB limit" in response.get_data(as_text=True)


def test_missing_file_is_a_form_error(auth_client: FlaskClient) -> None:
    response = auth_client.post("/imports/", data={}, content_type="multipart/form-data")
    assert response.status_code == 200
    assert "Choose a file to upload." in response.get_data(as_text=True)


def test_sample_data_imports_reviews_and_feedback(auth_client: FlaskClient) -> None:
    response = auth_client.post("/imports/sample")
    assert response.status_code == 302
    jobs = db.session.execute(select(ImportJob)).scalars().all()
    assert len(jobs) == 2 and all(j.status == "done" for j in jobs)
    kinds = dict(db.session.execute(select(Item.kind, func.count()).group_by(Item.kind)).all())
    assert kinds.get("review", 0) >= 200 and kinds.get("feedback", 0) >= 50
    html = auth_client.get("/").get_data(as_text=True)
    assert re.search(r'tile-negative[^>]*>\s*<span class="tile-n">[1-9]', html)


def test_confirm_after_the_upload_vanished_is_explained(auth_client: FlaskClient, tmp_path: Path) -> None:
    data = write_reviews(tmp_path / "r.jsonl", [review(1)]).read_bytes()
    confirm_url = _upload(auth_client, "reviews.jsonl", data).headers["Location"]
    job = db.session.execute(select(ImportJob)).scalar_one()
    Path(job.stored_path).unlink()
    response = auth_client.get(confirm_url, follow_redirects=True)
    assert response.status_code == 200 and "Upload it again." in response.get_data(as_text=True)
