"""The data model: items (reviews and seller feedback), imports, and what later features hang on them.

Items carry a workflow ``status`` and have ``responses``; ``Order`` and ``ReviewRequest`` hold what the
review-request scheduler needs. Times are stored as naive UTC and read back timezone-aware.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from flask_login import UserMixin
from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from .db import db, utcnow


class UTCDateTime(TypeDecorator[datetime]):
    """Store datetimes as naive UTC, return them timezone-aware (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class ItemKind(StrEnum):
    """What an item is: a product review or seller feedback."""

    REVIEW = "review"
    FEEDBACK = "feedback"


class ItemStatus(StrEnum):
    """Where an item stands in the negative-feedback queue."""

    NEW = "new"
    OPEN = "open"
    REPLIED = "replied"
    RESOLVED = "resolved"
    NO_ACTION = "no_action"


class ImportStatus(StrEnum):
    """The life of an import job."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class User(UserMixin, db.Model):  # type: ignore[name-defined,misc]
    """A person who signs in: the seller or a member of their support staff."""

    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    def set_password(self, password: str) -> None:
        """Store a salted hash of ``password``; the password itself is never kept."""
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        """Tell whether ``password`` matches the stored hash."""
        return check_password_hash(self.password_hash, password)


class Product(db.Model):  # type: ignore[name-defined,misc]
    """A product (ASIN or the seller's own id) that items are about."""

    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(String(300))


class ImportJob(db.Model):  # type: ignore[name-defined,misc]
    """One uploaded or command-line file and what became of its rows."""

    __tablename__ = "import_job"
    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    stored_path: Mapped[str | None] = mapped_column(String(1024))
    format: Mapped[str | None] = mapped_column(String(40))
    detection: Mapped[str | None] = mapped_column(Text)
    mapping: Mapped[dict[str, str] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default=ImportStatus.QUEUED)
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    total_rows: Mapped[int] = mapped_column(Integer, default=0)
    rows_seen: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    rejections: Mapped[list[ImportRejection]] = relationship(
        back_populates="job", cascade="all, delete-orphan", order_by="ImportRejection.line"
    )

    @property
    def progress(self) -> float:
        """Return the share of the file's rows handled so far, in [0, 1]."""
        if self.status == ImportStatus.DONE:
            return 1.0
        if not self.total_rows:
            return 0.0
        return min(1.0, self.rows_seen / self.total_rows)


class ImportRejection(db.Model):  # type: ignore[name-defined,misc]
    """A row that an import refused, with where and why, so the seller can fix and re-import it."""

    __tablename__ = "import_rejection"
    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("import_job.id", ondelete="CASCADE"), index=True)
    line: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(80))
    message: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text, default="")

    job: Mapped[ImportJob] = relationship(back_populates="rejections")


class Item(db.Model):  # type: ignore[name-defined,misc]
    """A product review or a seller-feedback entry, with its sentiment and queue status."""

    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(40))
    source_key: Mapped[str] = mapped_column(String(200), unique=True)
    product: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[float | None] = mapped_column(Float)
    # Whole stars (rating rounded down) for filtering and sorting on an index; ratings may be 4.5.
    stars: Mapped[int | None] = mapped_column(Integer)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    order_id: Mapped[str | None] = mapped_column(String(40))
    author_hash: Mapped[str | None] = mapped_column(String(64))
    author_name: Mapped[str | None] = mapped_column(String(200))
    existing_response: Mapped[str | None] = mapped_column(Text)
    verified: Mapped[bool | None] = mapped_column(Boolean)
    helpful_votes: Mapped[int | None] = mapped_column(Integer)
    sentiment_compound: Mapped[float] = mapped_column(Float, default=0.0)
    sentiment_label: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(16), default=ItemStatus.NEW)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("import_job.id", ondelete="SET NULL"))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    responses: Mapped[list[Response]] = relationship(back_populates="item", cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_item_posted", "posted_at", "id"),
        Index("ix_item_kind_posted", "kind", "posted_at", "id"),
        Index("ix_item_label_posted", "sentiment_label", "posted_at", "id"),
        Index("ix_item_product_posted", "product", "posted_at", "id"),
        Index("ix_item_stars_posted", "stars", sql_text("posted_at DESC"), sql_text("id DESC")),
        Index("ix_item_compound", "sentiment_compound", "id"),
        Index("ix_item_status", "status", "posted_at"),
        Index("ix_item_order", "order_id"),
        Index("ix_item_import", "import_id"),
    )


class SentimentCount(db.Model):  # type: ignore[name-defined,misc]
    """Running totals per kind and label, kept by imports so the list page never counts the whole table."""

    __tablename__ = "sentiment_count"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    label: Mapped[str] = mapped_column(String(10), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class Response(db.Model):  # type: ignore[name-defined,misc]
    """A public reply to an item: drafted here, then posted by the seller."""

    __tablename__ = "response"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    item: Mapped[Item] = relationship(back_populates="responses")


class Order(db.Model):  # type: ignore[name-defined,misc]
    """A marketplace order and when it was (or is expected to be) delivered."""

    __tablename__ = "order"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[str] = mapped_column(String(40), unique=True)
    product: Mapped[str | None] = mapped_column(String(64))
    purchased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str | None] = mapped_column(String(32))
    fulfillment_channel: Mapped[str | None] = mapped_column(String(16))
    earliest_delivery: Mapped[datetime | None] = mapped_column(UTCDateTime)
    latest_delivery: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ReviewRequest(db.Model):  # type: ignore[name-defined,misc]
    """One review request per order: scheduled in the delivery window, then sent or skipped."""

    __tablename__ = "review_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_pk: Mapped[int] = mapped_column(ForeignKey("order.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    scheduled_for: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    channel: Mapped[str | None] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)


class CompliancePhrase(db.Model):  # type: ignore[name-defined,misc]
    """A phrase an admin added to a compliance rule; kept in the database, so upgrades keep it."""

    __tablename__ = "compliance_phrase"
    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[str] = mapped_column(String(64))
    phrase: Mapped[str] = mapped_column(String(200))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    created_by: Mapped[User | None] = relationship()

    __table_args__ = (UniqueConstraint("rule_id", "phrase", name="uq_compliance_phrase_rule_phrase"),)


class ApiToken(db.Model):  # type: ignore[name-defined,misc]
    """A personal API token: only its SHA-256 hash is stored; the token itself is shown once."""

    __tablename__ = "api_token"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()


class IssueEdit(db.Model):  # type: ignore[name-defined,misc]
    """A user's edit to recurring issues (rename, merge, split, kind, promote); every analysis applies it."""

    __tablename__ = "issue_edit"
    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(200), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AnalysisRun(db.Model):  # type: ignore[name-defined,misc]
    """One re-analysis of recurring issues over all items, run in the background."""

    __tablename__ = "analysis_run"
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    reason: Mapped[str] = mapped_column(String(200), default="")
    total_items: Mapped[int] = mapped_column(Integer, default=0)
    done_items: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def progress(self) -> float:
        """Return the share of items analysed, in [0, 1]."""
        if self.status == "done":
            return 1.0
        return min(1.0, self.done_items / self.total_items) if self.total_items else 0.0


class ItemIssue(db.Model):  # type: ignore[name-defined,misc]
    """An item's recurring issue, with the sentence that shows it (rebuilt by each analysis)."""

    __tablename__ = "item_issue"
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), primary_key=True)
    issue_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    product: Mapped[str | None] = mapped_column(String(64))
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sentence: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_item_issue_key_posted", "issue_key", "posted_at"),
        Index("ix_item_issue_product_key", "product", "issue_key"),
    )


class IssueStat(db.Model):  # type: ignore[name-defined,misc]
    """An issue's figures in one scope (a product, or "" for all products), ready for the pages."""

    __tablename__ = "issue_stat"
    scope: Mapped[str] = mapped_column(String(64), primary_key=True)
    issue_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    items: Mapped[int] = mapped_column(Integer)
    share: Mapped[float] = mapped_column(Float)
    weekly: Mapped[list[int]] = mapped_column(JSON)
    direction: Mapped[str] = mapped_column(String(10))
    quotes: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    terms: Mapped[list[str]] = mapped_column(JSON)
    negative_items: Mapped[int] = mapped_column(Integer)
