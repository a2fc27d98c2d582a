"""flask compliance check: one message as JSON, or JSON Lines in and out, in order."""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask import Flask

from feedback.db import db
from feedback.services import compliance


def _run(app: Flask, args: list[str], input: str | None = None) -> click.testing.Result:
    return app.test_cli_runner().invoke(args=["compliance", "check", *args], input=input)


def test_compliance_commands_have_help(app: Flask) -> None:
    group = app.cli.commands["compliance"]
    assert group.help
    assert isinstance(group, click.Group)
    for name, command in group.commands.items():
        assert command.help, f"compliance {name} has no help text"
    result = app.test_cli_runner().invoke(args=["compliance", "check", "--help"])
    assert result.exit_code == 0 and "--jsonl" in result.output and "review_request" in result.output


def test_check_a_file_prints_the_api_json(app: Flask, tmp_path: Path) -> None:
    path = tmp_path / "message.txt"
    path.write_text("Please leave us a 5-star review!\n", encoding="utf-8")
    result = _run(app, ["--kind", "review_request", str(path)])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["compliant"] is False
    (finding,) = [f for f in body["findings"] if f["rule"] == "positive_bias"]
    assert set(finding) == {"rule", "severity", "start", "end", "excerpt", "explanation", "suggestion"}
    assert finding["excerpt"] == "5-star"


def test_check_stdin_with_about(app: Flask) -> None:
    text = (
        "If you are satisfied that we have resolved your concerns, it is possible to update or remove "
        "the feedback you originally provided."
    )
    on_feedback = _run(app, ["--kind", "buyer_message", "--about", "seller_feedback", "-"], input=text)
    assert json.loads(on_feedback.output)["compliant"] is True
    on_review = _run(app, ["--kind", "buyer_message"], input=text)
    assert json.loads(on_review.output)["compliant"] is False


def test_check_needs_a_kind_and_some_text(app: Flask) -> None:
    no_kind = _run(app, [], input="Hello")
    assert no_kind.exit_code != 0 and "--kind" in no_kind.output
    bad_kind = _run(app, ["--kind", "sms"], input="Hello")
    assert bad_kind.exit_code != 0 and "review_request" in bad_kind.output
    empty = _run(app, ["--kind", "review_request"], input="\n")
    assert empty.exit_code != 0 and "The input is empty" in empty.output


def test_jsonl_writes_one_line_per_input_in_order(app: Flask, tmp_path: Path) -> None:
    lines = [
        {"id": "c", "kind": "review_request", "text": "Leave a 5-star review!"},
        {"id": 7, "kind": "public_reply", "text": "Thank you for your review."},
        {"id": "a", "text": "Email me at me@example.com"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    result = _run(app, ["--jsonl", "--kind", "buyer_message", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in out] == ["c", 7, "a"]
    assert [o["compliant"] for o in out] == [False, True, False]
    assert all(set(o) == {"id", "compliant", "findings"} for o in out)
    assert out[2]["findings"][0]["rule"] == "contact_info"


def test_jsonl_names_a_malformed_line_and_writes_nothing(app: Flask) -> None:
    data = '{"id": 1, "kind": "review_request", "text": "Hi"}\n{"id": 2, "kind": "review_request", "text": \n'
    result = _run(app, ["--jsonl"], input=data)
    assert result.exit_code != 0
    assert "line 2: not valid JSON" in result.output
    assert '"id": 1' not in result.output


def test_jsonl_without_a_kind_needs_the_option(app: Flask) -> None:
    data = '{"id": 1, "text": "Thanks for your order."}\n'
    result = _run(app, ["--jsonl"], input=data)
    assert result.exit_code != 0 and "line 1" in result.output and "--kind" in result.output
    ok = _run(app, ["--jsonl", "--kind", "buyer_message"], input=data)
    assert ok.exit_code == 0 and json.loads(ok.output) == {"id": 1, "compliant": True, "findings": []}


def test_cli_uses_the_admin_phrases(app: Flask) -> None:
    text = "Here is a bonus voucher for your trouble."
    assert json.loads(_run(app, ["--kind", "buyer_message"], input=text).output)["compliant"] is True
    compliance.add_phrase(db.session, "incentive", "bonus voucher", None)
    db.session.commit()
    data = json.dumps({"id": 1, "kind": "buyer_message", "text": text})
    out = json.loads(_run(app, ["--jsonl"], input=data).output)
    assert out["compliant"] is False and out["findings"][0]["excerpt"] == "bonus voucher"
