"""Web forms: they check shape; services check meaning. Every form carries a CSRF token (Flask-WTF)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, PasswordField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length


class LoginForm(FlaskForm):
    """Sign in."""

    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember = BooleanField("Keep me signed in")
    submit = SubmitField("Sign in")


class SetupForm(FlaskForm):
    """Create the first (admin) account on a fresh install."""

    username = StringField("Username", validators=[DataRequired(), Length(max=80)])
    password = PasswordField(
        "Password", validators=[DataRequired(), Length(min=8, message="At least 8 characters.")]
    )
    confirm = PasswordField(
        "Repeat password", validators=[EqualTo("password", message="The passwords differ.")]
    )
    submit = SubmitField("Create account")


class UploadForm(FlaskForm):
    """Upload a file to import."""

    file = FileField("File", validators=[FileRequired("Choose a file to upload.")])
    submit = SubmitField("Upload and check")


class ConfirmImportForm(FlaskForm):
    """Confirm the detected format (or override it) before the import starts."""

    format = SelectField("Format", choices=[])
    submit = SubmitField("Start import")


class ActionForm(FlaskForm):
    """A bare form for POST buttons: it only carries the CSRF token."""

    submit = SubmitField("Go")
