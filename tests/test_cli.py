"""The command-line edge: import, analyze, users create, and help on every command."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from flask import Flask
from sqlalchemy import func, select

from feedback.db import db
from feedback.models import Item, User
from tests.helpers import review, write_feedback, write_reviews


def test_every_command_has_help(app: Flask) -> None:
    def walk(cmd: click.Command, name: str) -> list[tuple[str, click.Command]]:
        found = [(name, cmd)]
        if isinstance(cmd, click.Group):
            for sub_name, sub in cmd.commands.items():
                found += walk(sub, f"{name} {sub_name}")
        return found

    ours = [app.cli.commands[n] for n in ("import", "analyze", "users")]
    for name, cmd in [pair for c in ours for pair in walk(c, c.name or "")]:
        assert cmd.help, f"{name} has no help text"


def test_import_prints_a_summary(app: Flask, tmp_path: Path) -> None:
    path = write_reviews(tmp_path / "r.jsonl", [review(i) for i in range(4)])
    runner = app.test_cli_runner()
    result = runner.invoke(args=["import", str(path)])
    assert result.exit_code == 0, result.output
    assert "4 rows: 4 created, 0 duplicates skipped, 0 rejected." in result.output
    again = runner.invoke(args=["import", str(path)])
    assert "4 rows: 0 created, 4 duplicates skipped, 0 rejected." in again.output


def test_import_lists_rejected_rows(app: Flask, tmp_path: Path) -> None:
    path = write_feedback(
        tmp_path / "fb.txt",
        [
            ("1/5/25", "1", "Late", "", "111-1234567-1234567", "a@x.com"),
            ("1/5/25", "", "No rating", "", "111-1234567-1234568", "b@x.com"),
        ],
    )
    result = app.test_cli_runner().invoke(args=["import", str(path)])
    assert result.exit_code == 0, result.output
    assert "1 created" in result.output and "1 rejected" in result.output
    assert "line 3, Rating:" in result.output


def test_import_csv_with_map(app: Flask, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("id;stars;body\n1;5;Lovely\n2;2;Broke quickly\n", encoding="utf-8")
    result = app.test_cli_runner().invoke(
        args=["import", str(path), "--map", "text=body,rating=stars,external_id=id"]
    )
    assert result.exit_code == 0, result.output
    assert db.session.execute(select(func.count()).select_from(Item)).scalar_one() == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n" + bytes(100), "")],
)
def test_import_refuses_bad_files(app: Flask, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    result = app.test_cli_runner().invoke(args=["import", str(path)])
    assert result.exit_code != 0
    assert message in result.output.lower()
    assert db.session.execute(select(func.count()).select_from(Item)).scalar_one() == 0


def test_bad_map_is_explained(app: Flask, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["import", str(path), "--map", "text"])
    assert result.exit_code != 0 and "FIELD=COLUMN" in result.output


def test_analyze_writes_one_line_per_input_in_order(app: Flask, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "b", "text": "Terrible, broke in a day"},
        {"id": 1, "text": "no problems at all", "rating": 5},
    ]
    lines.append({"id": None, "text": "It is a lamp."})
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["analyze", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["b", 1, None]
    assert out[0]["sentiment"]["label"] == "negative"
    assert out[1]["sentiment"]["label"] == "positive"
    assert -1 <= out[2]["sentiment"]["compound"] <= 1
    assert db.session.execute(select(func.count()).select_from(Item)).scalar_one() == 0


def test_analyze_names_a_malformed_line(app: Flask, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "ok"}\n{"id": 2, "text": \n', encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["analyze", str(path)])
    assert result.exit_code != 0
    assert "line 2: not valid JSON" in result.output


def test_users_create(app: Flask) -> None:
    runner = app.test_cli_runner()
    result = runner.invoke(args=["users", "create", "sam", "--password", "longenough1"])
    assert result.exit_code == 0 and "Created user sam (admin)." in result.output
    second = runner.invoke(args=["users", "create", "kim", "--password", "longenough1"])
    assert "Created user kim." in second.output
    taken = runner.invoke(args=["users", "create", "sam", "--password", "longenough1"])
    assert taken.exit_code != 0 and "already taken" in taken.output
    admins = db.session.execute(select(User.username, User.is_admin).order_by(User.id)).all()
    assert admins == [("sam", True), ("kim", False)]
