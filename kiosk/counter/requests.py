"""The request stream: what the agency still owes a citizen, and every change to it until it is settled.

A request is created by :func:`kiosk.counter.visits.record_outcome` when an outcome is not final, in the same
transaction as the outcome. Its history is the fold of its events (seed 000's "operation history": who, when,
which status, what was done); the ``requests`` row is the read model of that fold, updated in the same
transaction as each event so lists and counts never disagree with the history.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.clock import now_utc
from kiosk.counter.vocab import NextStep, Outcome, RequestStatus
from kiosk.db.models import Event, Officer, Request
from kiosk.errors import KioskError
from kiosk.events import append_event, stream_events
from kiosk.i18n import Text

STREAM = "request"
CREATED = "request.created"
STATUS_CHANGED = "request.status_changed"
NOTE_ADDED = "request.note_added"
MAX_DETAIL = 1000


class RequestNotFound(KioskError):
    def __init__(self) -> None:
        super().__init__(Text("ไม่พบเรื่องนี้", "No such request."))


class InvalidUpdate(KioskError):
    pass


@dataclass(frozen=True)
class HistoryEntry:
    """One line of the operation history."""

    at: datetime
    officer_id: str | None
    kind: str
    status: RequestStatus
    detail: str
    pickup_date: date | None = None


@dataclass(frozen=True)
class RequestState:
    status: RequestStatus
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    pickup_date: date | None
    history: tuple[HistoryEntry, ...]


def _pickup(payload: Mapping[str, object]) -> date | None:
    value = payload.get("pickup_date")
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def apply(state: RequestState | None, event: Event) -> RequestState:
    """The state after ``event``: the single definition of what each request event means."""
    payload = event.payload
    status = RequestStatus(cast(str, payload["status"]))
    pickup = _pickup(payload)
    entry = HistoryEntry(
        at=event.occurred_at,
        officer_id=event.officer_id,
        kind=event.kind,
        status=status,
        detail=str(payload.get("detail", "")),
        pickup_date=pickup,
    )
    if state is None:
        if event.kind != CREATED:
            raise ValueError(f"a request stream must start with {CREATED}, not {event.kind}")
        return RequestState(
            status=status,
            created_at=event.occurred_at,
            updated_at=event.occurred_at,
            finished_at=event.occurred_at if status.final else None,
            pickup_date=pickup,
            history=(entry,),
        )
    finished: datetime | None = None
    if status.final:
        finished = state.finished_at if state.status.final else event.occurred_at
    return replace(
        state,
        status=status,
        updated_at=event.occurred_at,
        finished_at=finished,
        pickup_date=pickup if pickup is not None else state.pickup_date,
        history=(*state.history, entry),
    )


def fold(events: Iterable[Event]) -> RequestState:
    state: RequestState | None = None
    for event in events:
        state = apply(state, event)
    if state is None:
        raise RequestNotFound
    return state


def _project(row: Request, state: RequestState) -> None:
    row.status = state.status.value
    row.updated_at = state.updated_at
    row.finished_at = state.finished_at
    row.pickup_date = state.pickup_date


@dataclass(frozen=True)
class NewRequest:
    request_id: str
    tracking: str
    """Compact form (what Code128 carries)."""
    visit_id: str
    visit_item_id: str
    service_key: str
    status: RequestStatus
    outcome: Outcome
    next_step: NextStep
    pickup_date: date | None
    agency_ref: str
    detail: str
    citizen_ref: str | None


def create_request(session: Session, new: NewRequest, *, officer_id: str | None, now: datetime) -> Request:
    """Append ``request.created`` and insert the read model; called inside the outcome's transaction."""
    event = append_event(
        session,
        stream_type=STREAM,
        stream_id=new.request_id,
        kind=CREATED,
        payload={
            "tracking": new.tracking,
            "visit_id": new.visit_id,
            "item_id": new.visit_item_id,
            "service_key": new.service_key,
            "status": new.status.value,
            "outcome": new.outcome.value,
            "next_step": new.next_step.value,
            "pickup_date": new.pickup_date.isoformat() if new.pickup_date else "",
            "agency_ref": new.agency_ref,
            "detail": new.detail,
            "citizen_ref": new.citizen_ref,
        },
        officer_id=officer_id,
        occurred_at=now,
    )
    row = Request(
        id=new.request_id,
        tracking=new.tracking,
        visit_id=new.visit_id,
        visit_item_id=new.visit_item_id,
        service_key=new.service_key,
        officer_id=officer_id,
        citizen_ref=new.citizen_ref,
        status=new.status.value,
        outcome=new.outcome.value,
        next_step=new.next_step.value,
        pickup_date=new.pickup_date,
        agency_ref=new.agency_ref,
        created_at=event.occurred_at,
        updated_at=event.occurred_at,
        finished_at=event.occurred_at if new.status.final else None,
    )
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class StatusUpdate:
    status: RequestStatus
    detail: str = ""
    pickup_date: date | None = None


def update_problems(current: RequestStatus, update: StatusUpdate, today: date) -> list[Text]:
    """What is wrong with an update, for the status form to show before anything is written."""
    problems: list[Text] = []
    detail = update.detail.strip()
    if update.status is current and not detail and update.pickup_date is None:
        problems.append(
            Text("สถานะเดิม: พิมพ์รายละเอียดที่ต้องการบันทึก", "Same status: type the detail you want to record.")
        )
    if current.final and update.status is not current and not detail:
        problems.append(
            Text(
                "เรื่องนี้ปิดแล้ว: ระบุเหตุผลที่เปิดเรื่องอีกครั้ง",
                "This request is closed: say why you are reopening it.",
            )
        )
    if update.status is RequestStatus.APPOINTMENT and update.pickup_date is None:
        problems.append(Text("ระบุวันนัดรับเอกสาร", "Give the pick-up date."))
    if update.pickup_date is not None and update.pickup_date < today:
        problems.append(Text("วันนัดรับเอกสารต้องไม่ก่อนวันนี้", "The pick-up date cannot be in the past."))
    if len(detail) > MAX_DETAIL:
        problems.append(
            Text(
                f"รายละเอียดยาวเกิน {MAX_DETAIL} ตัวอักษร", f"The detail is longer than {MAX_DETAIL} characters."
            )
        )
    return problems


def change_status(
    session: Session,
    request_id: str,
    update: StatusUpdate,
    *,
    officer_id: str | None,
    today: date,
    now: datetime | None = None,
) -> RequestState:
    """Record a status change (or, with the same status, a note) as an event and project it."""
    row = session.get(Request, request_id)
    if row is None:
        raise RequestNotFound
    current = RequestStatus(row.status)
    problems = update_problems(current, update, today)
    if problems:
        raise InvalidUpdate(Text(" ".join(p.th for p in problems), " ".join(p.en for p in problems)))
    append_event(
        session,
        stream_type=STREAM,
        stream_id=request_id,
        kind=STATUS_CHANGED if update.status is not current else NOTE_ADDED,
        payload={
            "status": update.status.value,
            "from": current.value,
            "detail": update.detail.strip(),
            "pickup_date": update.pickup_date.isoformat() if update.pickup_date else "",
        },
        officer_id=officer_id,
        occurred_at=now or now_utc(),
    )
    state = fold(stream_events(session, request_id))
    _project(row, state)
    return state


def request_history(session: Session, request_id: str) -> RequestState:
    return fold(stream_events(session, request_id))


def officer_names(session: Session, ids: Sequence[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(session.execute(select(Officer.id, Officer.full_name).where(Officer.id.in_(wanted))).all())
