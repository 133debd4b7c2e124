"""The tables of the local store, as SQLAlchemy 2 declarative models.

These describe the *current* schema for queries. The schema's history lives in the Alembic revisions under
``kiosk/db/migrations/versions``; a test checks that migrating an empty database gives exactly these tables.

Records that travel to the province are append-only :class:`Event` rows with client-generated UUIDs; each one
has an :class:`OutboxEntry` written in the same transaction. ``visits``/``visit_items`` are read models kept in
step with the events in that same transaction so that the counter screens and statistics can query them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.db.types import UTCDateTime


class Base(DeclarativeBase):
    pass


class DistrictProfile(Base):
    """The one district this counter serves; written by the first-run wizard."""

    __tablename__ = "district_profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    province: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(100))
    centre_name: Mapped[str] = mapped_column(String(200))
    dopa_code: Mapped[str] = mapped_column(String(4))
    counter_code: Mapped[str] = mapped_column(String(1), default="1")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Officer(Base):
    __tablename__ = "officers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint("role IN ('officer', 'supervisor')", name="officer_role"),)


class Service(Base):
    """One entry of the OPDC e-Service catalogue (325 in the March 2564 edition)."""

    __tablename__ = "services"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    category: Mapped[str] = mapped_column(String(16))
    number: Mapped[int] = mapped_column(Integer)
    agency: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(300))
    link: Mapped[str | None] = mapped_column(Text, nullable=True)
    catalog_version: Mapped[int] = mapped_column(Integer)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("category", "number"),)


class OfferedService(Base):
    """A service the district chose to offer at its counter, with its local contact details."""

    __tablename__ = "offered_services"

    service_key: Mapped[str] = mapped_column(ForeignKey("services.key"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    coordinator_name: Mapped[str] = mapped_column(String(200), default="")
    coordinator_phone: Mapped[str] = mapped_column(String(30), default="")
    manual_link: Mapped[str] = mapped_column(Text, default="")


class Event(Base):
    """An append-only fact. Never updated or deleted; the server de-duplicates by ``id`` forever."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    stream_type: Mapped[str] = mapped_column(String(32))
    stream_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    officer_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    payload: Mapped[dict[str, object]] = mapped_column(JSON)

    __table_args__ = (
        UniqueConstraint("stream_id", "seq"),
        Index("ix_events_kind_time", "kind", "occurred_at"),
    )


class OutboxEntry(Base):
    """An event still to be delivered to the central server (transactional outbox)."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), unique=True)
    enqueued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_outbox_pending", "sent_at", "id"),)


class AuditEntry(Base):
    """Who did what. Holds identifiers and actions, never citizens' personal data."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    officer_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class TrackingSequence(Base):
    """The last tracking-number sequence this counter issued in a B.E. year."""

    __tablename__ = "tracking_sequence"

    year_be: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class Visit(Base):
    """Read model of a visit stream: one citizen served at the counter."""

    __tablename__ = "visits"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    officer_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    citizen_ref: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    source: Mapped[str] = mapped_column(String(16))
    consent: Mapped[bool] = mapped_column(Boolean, default=False)


class VisitItem(Base):
    """Read model of one e-Service used during a visit."""

    __tablename__ = "visit_items"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), index=True)
    service_key: Mapped[str] = mapped_column(ForeignKey("services.key"), index=True)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    saved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    outcome: Mapped[str | None] = mapped_column(String(32), nullable=True)
    duration_s: Mapped[float | None] = mapped_column(nullable=True)


class SurveyResponse(Base):
    """One anonymous citizen satisfaction survey (seed 001 form, parts 1–3).

    Never linked to a citizen: it may carry the service used and the date, nothing that identifies the person.
    The ten ratings are columns (1–5, NULL when skipped) so that monthly statistics aggregate in SQL; everything
    else of the form is in ``answers``.
    """

    __tablename__ = "survey_responses"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    survey_date: Mapped[date] = mapped_column(Date, index=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(16))
    form_number: Mapped[str | None] = mapped_column(String(32), nullable=True, unique=True)
    import_key: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    service_key: Mapped[str | None] = mapped_column(ForeignKey("services.key"), nullable=True)
    q1_1: Mapped[int | None] = mapped_column(Integer, nullable=True)
    q1_2: Mapped[int | None] = mapped_column(Integer, nullable=True)
    q1_3: Mapped[int | None] = mapped_column(Integer, nullable=True)
    q2_1: Mapped[int | None] = mapped_column(Integer, nullable=True)
    q2_2: Mapped[int | None] = mapped_column(Integer, nullable=True)
    q2_3: Mapped[int | None] = mapped_column(Integer, nullable=True)
    q3_1: Mapped[int | None] = mapped_column(Integer, nullable=True)
    q3_2: Mapped[int | None] = mapped_column(Integer, nullable=True)
    q3_3: Mapped[int | None] = mapped_column(Integer, nullable=True)
    q4: Mapped[int | None] = mapped_column(Integer, nullable=True)
    answers: Mapped[dict[str, object]] = mapped_column(JSON)

    __table_args__ = (
        CheckConstraint("source IN ('kiosk', 'paper', 'import')", name="survey_source"),
        *(
            CheckConstraint(f"{q} IS NULL OR {q} BETWEEN 1 AND 5", name=f"rating_{q}")
            for q in ("q1_1", "q1_2", "q1_3", "q2_1", "q2_2", "q2_3", "q3_1", "q3_2", "q3_3", "q4")
        ),
    )


class OfficerQuestionnaire(Base):
    """The yearly officer questionnaire of seed 001, one per district and fiscal year."""

    __tablename__ = "officer_questionnaires"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    fiscal_year_be: Mapped[int] = mapped_column(Integer, unique=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    officer_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    answers: Mapped[dict[str, object]] = mapped_column(JSON)


class ReportSubmission(Base):
    """A supervisor's mark that the monthly report went to the province (due on the 30th)."""

    __tablename__ = "report_submissions"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    officer_id: Mapped[str] = mapped_column(String(36))


class Request(Base):
    """Read model of a request stream: a service the agency still owes the citizen something for.

    Holds no personal data (only the pseudonym ``citizen_ref``); name, ID and phone are in
    :class:`RequestPersonal`, encrypted and purged after the retention period.
    """

    __tablename__ = "requests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tracking: Mapped[str] = mapped_column(String(13), unique=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"), index=True)
    visit_item_id: Mapped[str] = mapped_column(ForeignKey("visit_items.id"), unique=True)
    service_key: Mapped[str] = mapped_column(ForeignKey("services.key"), index=True)
    officer_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    citizen_ref: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    next_step: Mapped[str] = mapped_column(String(16))
    pickup_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    agency_ref: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)

    __table_args__ = (
        CheckConstraint(
            "status IN ('received', 'sent', 'in_progress', 'appointment', 'done', 'failed')",
            name="request_status",
        ),
    )


class RequestPersonal(Base):
    """The personal data a request needs, each field sealed with AES-GCM; local only, purged when expired."""

    __tablename__ = "request_personal"

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    name_sealed: Mapped[str] = mapped_column(Text)
    cid_sealed: Mapped[str] = mapped_column(Text)
    phone_sealed: Mapped[str] = mapped_column(Text)
    phone_last4: Mapped[str] = mapped_column(String(4), default="", index=True)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Attachment(Base):
    """A scanned document kept with a visit item; the encrypted file is named by ``digest``."""

    __tablename__ = "attachments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    visit_item_id: Mapped[str] = mapped_column(ForeignKey("visit_items.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint("kind IN ('jpg', 'png', 'pdf')", name="attachment_kind"),)
