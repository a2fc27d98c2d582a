"""Command-line edge: thin commands over the same services as the web pages."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy.exc import SQLAlchemyError

from .db import db
from .domain.compliance import About, Kind
from .domain.importers import Format, ImportFileError
from .services import batch, compliance, importing
from .services.users import UserError, create_user

users_cli = AppGroup("users", help="Manage the people who can sign in.")


@users_cli.command("create")
@click.argument("username")
@click.option(
    "--password", prompt=True, hide_input=True, confirmation_prompt=True, help="At least 8 characters."
)
@click.option("--admin/--no-admin", default=None, help="Admin rights (default: admin for the first user).")
def users_create(username: str, password: str, admin: bool | None) -> None:
    """Create a user who can sign in; the first user is an admin."""
    from .services.users import has_users

    is_admin = admin if admin is not None else not has_users(db.session)
    try:
        create_user(db.session, username, password, is_admin=is_admin)
    except UserError as exc:
        raise click.ClickException(str(exc)) from exc
    db.session.commit()
    click.echo(f"Created user {username}{' (admin)' if is_admin else ''}.")


def _parse_map(values: tuple[str, ...]) -> dict[str, str] | None:
    mapping: dict[str, str] = {}
    for value in values:
        for pair in value.split(","):
            field, sep, column = pair.partition("=")
            if not sep or not field.strip() or not column.strip():
                raise click.BadParameter(
                    f"{pair!r}: write FIELD=COLUMN, e.g. text=review_body", param_hint="--map"
                )
            mapping[field.strip()] = column.strip()
    return mapping or None


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice([f.value for f in Format]), help="Override the detected format."
)
@click.option("--map", "maps", multiple=True, help="CSV column mapping FIELD=COLUMN[,FIELD=COLUMN...].")
@click.option("--workers", type=int, default=None, help="Scoring processes (default: one per core).")
def import_command(file: Path, fmt: str | None, maps: tuple[str, ...], workers: int | None) -> None:
    """Import reviews or seller feedback from FILE, with a progress bar and a summary."""
    session = db.session
    job = importing.create_job(session, file.resolve(), file.name, None)
    if job.error:
        session.commit()
        raise click.ClickException(job.error)
    if fmt:
        job.format = fmt
    job.mapping = _parse_map(maps)
    if job.format is None and job.mapping is None:
        job.format = Format.CSV.value
    click.echo(f"{file.name}: {job.detection or job.format}", err=True)
    session.commit()
    with click.progressbar(
        length=max(importing.count_lines(file), 1), label="Importing", file=sys.stderr
    ) as bar:
        last = 0

        def advance(summary: importing.ImportSummary) -> None:
            nonlocal last
            bar.update(summary.rows - last)
            last = summary.rows

        summary = importing.run_job(session, job, commit=session.commit, on_batch=advance, workers=workers)
    if job.status == "failed":
        raise click.ClickException(job.error or "The import failed.")
    click.echo(
        f"{file.name}: {summary.rows} rows: {summary.created} created, "
        f"{summary.duplicates} duplicates skipped, {summary.rejected} rejected."
    )
    for rejection in job.rejections[:20]:
        click.echo(f"  line {rejection.line}, {rejection.field}: {rejection.message}", err=True)
    if job.rejected > 20:
        click.echo(f"  ... and {job.rejected - 20} more (see the import page to download them).", err=True)


@click.command("analyze")
@click.argument("input_file", type=click.File("r", encoding="utf-8"))
def analyze_command(input_file: click.utils.LazyFile) -> None:
    """Read JSON Lines {id, text, rating?} and write one analysis line per input to stdout; no database."""
    try:
        for line in batch.analyze_lines(input_file):
            click.echo(json.dumps(line, ensure_ascii=False))
    except batch.BatchInputError as exc:
        raise click.ClickException(str(exc)) from exc


compliance_cli = AppGroup("compliance", help="Check messages against the marketplace rules.")


@compliance_cli.command("check")
@click.argument("input_file", metavar="[FILE|-]", type=click.File("r", encoding="utf-8"), default="-")
@click.option(
    "--kind",
    type=click.Choice([k.value for k in Kind]),
    help="The message type (required for a single message; the default for --jsonl lines without one).",
)
@click.option(
    "--about",
    type=click.Choice([a.value for a in About]),
    default=About.PRODUCT_REVIEW.value,
    show_default=True,
    help="What the message concerns (single message).",
)
@click.option(
    "--jsonl", is_flag=True, help='Read JSON Lines {"id", "kind", "text"}; write one result per line.'
)
def compliance_check(input_file: TextIO, kind: str | None, about: str, jsonl: bool) -> None:
    """Check a message from FILE (or stdin) and print {"compliant", "findings"} as JSON.

    With --jsonl, each input line {"id", "kind", "text", "about"?} gives one output line
    {"id", "compliant", "findings"}, in order. Admin phrases from the database are included.
    """
    try:
        if jsonl:
            default = Kind(kind) if kind else None
            for line in compliance.check_lines(db.session, input_file, default):
                click.echo(json.dumps(line, ensure_ascii=False))
            return
        if kind is None:
            raise click.UsageError("Give the message type with --kind (or use --jsonl with a kind per line).")
        text = input_file.read().rstrip("\r\n")
        if not text.strip():
            raise click.ClickException("The input is empty: give a file with the message, or pipe it in.")
        result = compliance.check_text(db.session, text, kind, about)
    except compliance.ComplianceInputError as exc:
        raise click.ClickException(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise click.ClickException(
            f"Could not read the admin phrases from the database ({type(exc).__name__}); "
            "run `flask --app app db upgrade` first."
        ) from exc
    click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))


issues_cli = AppGroup("issues", help="Recurring issues in reviews and feedback.")


@issues_cli.command("analyze")
def issues_analyze() -> None:
    """Re-analyse recurring issues over every item now (the web app does it after each import)."""
    from .services.issues import queue_analysis, run_analysis

    run = queue_analysis(db.session, "started from the command line")
    db.session.commit()
    run_analysis(db.session, run, commit=db.session.commit)
    if run.status != "done":
        raise click.ClickException(f"The analysis failed: {run.error}")
    click.echo(f"Analysed {run.done_items} items.")


def init_app(app: Flask) -> None:
    """Register the commands with ``flask --app app``."""
    app.cli.add_command(users_cli)
    app.cli.add_command(import_command)
    app.cli.add_command(analyze_command)
    app.cli.add_command(issues_cli)
    app.cli.add_command(compliance_cli)


__all__ = ["ImportFileError", "init_app"]
