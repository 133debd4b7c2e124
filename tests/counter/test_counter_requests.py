"""Following a request up: status changes, notes and the history they fold into."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from counter_support import officer_id, serve
from sqlalchemy import select

from kiosk.attachments import AttachmentFiles
from kiosk.counter.requests import (
    CREATED,
    NOTE_ADDED,
    STATUS_CHANGED,
    InvalidUpdate,
    RequestNotFound,
    StatusUpdate,
    change_status,
    fold,
    officer_names,
    request_history,
    update_problems,
)
from kiosk.counter.visits import OutcomeForm
from kiosk.counter.vocab import NextStep, Outcome, RequestStatus
from kiosk.db import Store
from kiosk.db.models import Event, Request
from kiosk.events import pending_outbox_count
from kiosk.privacy import CitizenVault

T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)


def _request(store: Store, vault: CitizenVault, files: AttachmentFiles, officer: str | None = None) -> str:
    saved = serve(
        store,
        vault,
        files,
        OutcomeForm(Outcome.SUBMITTED, phone="0812345678"),
        officer=officer,
        opened=T0,
        saved=T0,
    )
    assert saved.request is not None
    return saved.request.request_id


def test_history_records_who_when_status_and_detail(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    officer = officer_id(demo_store)
    supervisor = officer_id(demo_store, "supervisor")
    request_id = _request(demo_store, vault, files, officer)
    steps = [
        (StatusUpdate(RequestStatus.IN_PROGRESS, "สปส. รับเรื่องแล้ว"), supervisor, T0 + timedelta(days=1)),
        (StatusUpdate(RequestStatus.IN_PROGRESS, "โทรแจ้งผู้รับบริการ"), officer, T0 + timedelta(days=2)),
        (
            StatusUpdate(RequestStatus.APPOINTMENT, "เอกสารมาถึงอำเภอ", pickup_date=date(2026, 11, 30)),
            officer,
            T0 + timedelta(days=3),
        ),
        (StatusUpdate(RequestStatus.DONE, "ผู้รับบริการรับเอกสารแล้ว"), officer, T0 + timedelta(days=7)),
    ]
    with demo_store.read() as session:
        outbox_before = pending_outbox_count(session)
    for update, by, when in steps:
        with demo_store.write() as session:
            change_status(session, request_id, update, officer_id=by, today=TODAY, now=when)
    with demo_store.read() as session:
        state = request_history(session, request_id)
        names = officer_names(session, [entry.officer_id for entry in state.history])
        row = session.get(Request, request_id)
        assert pending_outbox_count(session) == outbox_before + 4
    assert [entry.kind for entry in state.history] == [
        CREATED,
        STATUS_CHANGED,
        NOTE_ADDED,
        STATUS_CHANGED,
        STATUS_CHANGED,
    ]
    assert [entry.status for entry in state.history] == [
        RequestStatus.SENT,
        RequestStatus.IN_PROGRESS,
        RequestStatus.IN_PROGRESS,
        RequestStatus.APPOINTMENT,
        RequestStatus.DONE,
    ]
    assert state.history[1].detail == "สปส. รับเรื่องแล้ว"
    assert names[state.history[1].officer_id or ""] == "นางสาวมาลี ใจดี"
    assert state.pickup_date == date(2026, 11, 30)
    assert state.finished_at == T0 + timedelta(days=7)
    assert row is not None
    assert (row.status, row.updated_at, row.finished_at, row.pickup_date) == (
        "done",
        T0 + timedelta(days=7),
        T0 + timedelta(days=7),
        date(2026, 11, 30),
    )


def test_reopening_a_closed_request_needs_a_reason_and_clears_the_completion_date(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    request_id = _request(demo_store, vault, files)
    with demo_store.write() as session:
        change_status(
            session, request_id, StatusUpdate(RequestStatus.FAILED, "ไม่มีสิทธิ์"), officer_id=None, today=TODAY
        )
    with pytest.raises(InvalidUpdate, match="reopening"), demo_store.write() as session:
        change_status(
            session, request_id, StatusUpdate(RequestStatus.IN_PROGRESS), officer_id=None, today=TODAY
        )
    with demo_store.write() as session:
        state = change_status(
            session,
            request_id,
            StatusUpdate(RequestStatus.IN_PROGRESS, "หน่วยงานทบทวนใหม่"),
            officer_id=None,
            today=TODAY,
        )
    assert state.finished_at is None and state.status is RequestStatus.IN_PROGRESS


@pytest.mark.parametrize(
    ("current", "update", "expected"),
    [
        (RequestStatus.SENT, StatusUpdate(RequestStatus.SENT), "Same status"),
        (RequestStatus.SENT, StatusUpdate(RequestStatus.APPOINTMENT, "x"), "pick-up date"),
        (RequestStatus.SENT, StatusUpdate(RequestStatus.APPOINTMENT, "x", date(2026, 11, 1)), "past"),
        (RequestStatus.DONE, StatusUpdate(RequestStatus.SENT), "reopening"),
        (RequestStatus.SENT, StatusUpdate(RequestStatus.DONE, "x" * 1001), "longer"),
    ],
)
def test_update_problems(current: RequestStatus, update: StatusUpdate, expected: str) -> None:
    assert any(expected in p.en for p in update_problems(current, update, TODAY))


def test_a_plain_status_change_needs_no_detail() -> None:
    assert update_problems(RequestStatus.SENT, StatusUpdate(RequestStatus.IN_PROGRESS), TODAY) == []


def test_an_invalid_update_writes_nothing(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    request_id = _request(demo_store, vault, files)
    with demo_store.read() as session:
        before = pending_outbox_count(session)
    with pytest.raises(InvalidUpdate), demo_store.write() as session:
        change_status(session, request_id, StatusUpdate(RequestStatus.SENT), officer_id=None, today=TODAY)
    with pytest.raises(RequestNotFound), demo_store.write() as session:
        change_status(session, "no-such-id", StatusUpdate(RequestStatus.DONE), officer_id=None, today=TODAY)
    with demo_store.read() as session:
        assert pending_outbox_count(session) == before


def test_a_stream_must_start_with_its_creation(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    request_id = _request(demo_store, vault, files)
    with demo_store.write() as session:
        change_status(session, request_id, StatusUpdate(RequestStatus.DONE), officer_id=None, today=TODAY)
    with demo_store.read() as session:
        events = list(session.scalars(select(Event).where(Event.stream_id == request_id).order_by(Event.seq)))
    assert fold(events).status is RequestStatus.DONE
    with pytest.raises(ValueError, match="must start"):
        fold(events[1:])
    with pytest.raises(RequestNotFound):
        fold([])


def test_a_pickup_appointment_made_at_the_counter_starts_as_pickup(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    form = OutcomeForm(
        Outcome.SUBMITTED, phone="0812345678", next_step=NextStep.PICKUP, pickup_date=date(2026, 12, 1)
    )
    saved = serve(demo_store, vault, files, form, opened=T0, saved=T0)
    assert saved.request is not None
    with demo_store.read() as session:
        state = request_history(session, saved.request.request_id)
    assert state.status is RequestStatus.APPOINTMENT and state.pickup_date == date(2026, 12, 1)
