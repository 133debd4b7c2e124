"""The visit stream: one citizen at the counter, from card to the last saved outcome.

Each step is durable the moment it happens, as an event with its outbox row plus the ``visits``/``visit_items``
read models, in one transaction: a visit starts (with the citizen's consent and pseudonym, never their data), a
service is opened (the service timer starts), an outcome is recorded (the timer stops; a request is created when
the citizen is still owed something), the visit ends. The citizen's personal data exists only in the officer's
screen until an outcome creates a request; then the three fields a request needs are stored encrypted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.attachments import AttachmentFiles, CheckedFile
from kiosk.clock import now_utc, to_local
from kiosk.counter.requests import NewRequest, create_request
from kiosk.counter.vocab import FailureReason, NextStep, Outcome, RequestStatus, request_status_for
from kiosk.db.models import Attachment, RequestPersonal, Service, Visit, VisitItem
from kiosk.district import require_district
from kiosk.errors import KioskError
from kiosk.events import append_event, new_id
from kiosk.i18n import Text
from kiosk.privacy import Citizen, CitizenVault, NoCitizenKey
from kiosk.thai.dates import be_year
from kiosk.thai.phone import InvalidPhone, last_four, normalise_phone
from kiosk.tracking import TrackingNumber, issue_tracking_number

STREAM = "visit"
STARTED = "visit.started"
SERVICE_OPENED = "visit.service_opened"
OUTCOME_RECORDED = "visit.outcome_recorded"
ENDED = "visit.ended"
MAX_NOTES = 1000
MAX_AGENCY_REF = 100
MAX_ATTACHMENTS = 10


class VisitSource(StrEnum):
    CARD = "card"
    """Identified from the ID card's chip."""
    MANUAL = "manual"
    """Details typed by the officer (no card, damaged chip, not a Thai card)."""
    ANONYMOUS = "anonymous"
    """Served without identifying the citizen: no consent asked, nothing personal kept, no request possible."""


class VisitError(KioskError):
    pass


def start_visit(
    session: Session,
    *,
    officer_id: str | None,
    source: VisitSource,
    consent: bool,
    citizen_ref: str | None,
    consent_at: datetime | None = None,
    manual_reason: str | None = None,
    now: datetime | None = None,
) -> str:
    """Open a visit; ``consent`` is the citizen's PDPA consent as the card panel recorded it, ``consent_at`` when
    it was given, and ``manual_reason`` why the details were typed instead of read (kept for audits)."""
    moment = now or now_utc()
    visit_id = new_id()
    payload: dict[str, object] = {"source": source.value, "consent": consent, "citizen_ref": citizen_ref}
    if consent_at is not None:
        payload["consent_at"] = consent_at.isoformat()
    if manual_reason is not None:
        payload["manual_reason"] = manual_reason
    append_event(
        session,
        stream_type=STREAM,
        stream_id=visit_id,
        kind=STARTED,
        payload=payload,
        officer_id=officer_id,
        occurred_at=moment,
    )
    session.add(
        Visit(
            id=visit_id,
            started_at=moment,
            officer_id=officer_id,
            citizen_ref=citizen_ref,
            source=source.value,
            consent=consent,
        )
    )
    session.flush()
    return visit_id


def _open_visit(session: Session, visit_id: str) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise VisitError(Text("ไม่พบการรับบริการนี้", "No such visit."))
    if visit.ended_at is not None:
        raise VisitError(Text("การรับบริการนี้ปิดไปแล้ว", "This visit has already ended."))
    return visit


def open_service(
    session: Session, *, visit_id: str, service_key: str, officer_id: str | None, now: datetime | None = None
) -> str:
    """The officer opens an e-Service for the citizen: the service timer starts now. Returns the item id."""
    moment = now or now_utc()
    _open_visit(session, visit_id)
    if session.get(Service, service_key) is None:
        raise VisitError(Text(f"ไม่พบงานบริการ {service_key}", f"No service {service_key}."))
    item_id = new_id()
    append_event(
        session,
        stream_type=STREAM,
        stream_id=visit_id,
        kind=SERVICE_OPENED,
        payload={"item_id": item_id, "service_key": service_key},
        officer_id=officer_id,
        occurred_at=moment,
    )
    session.add(VisitItem(id=item_id, visit_id=visit_id, service_key=service_key, opened_at=moment))
    session.flush()
    return item_id


@dataclass(frozen=True)
class OutcomeForm:
    """What the officer filled in for one service."""

    outcome: Outcome
    reason: FailureReason | None = None
    agency_ref: str = ""
    notes: str = ""
    next_step: NextStep = NextStep.NONE
    pickup_date: date | None = None
    phone: str = field(default="", repr=False)
    """The contact phone as typed; personal data, kept (encrypted) only when a request is created."""
    attachments: tuple[CheckedFile, ...] = ()

    @property
    def request_status(self) -> RequestStatus | None:
        return request_status_for(self.outcome, self.reason, self.next_step)

    def problems(self, today: date) -> list[Text]:
        """Everything the form must fix before saving, all at once (the officer fixes them in one pass)."""
        found: list[Text] = []
        if self.outcome is Outcome.FAILED and self.reason is None:
            found.append(Text("เลือกสาเหตุที่ดำเนินการไม่สำเร็จ", "Choose why it could not be completed."))
        if self.reason is FailureReason.OTHER and not self.notes.strip():
            found.append(Text("สาเหตุ “อื่น ๆ”: อธิบายในบันทึก", "Reason “other”: explain it in the notes."))
        if self.next_step is NextStep.PICKUP:
            if self.pickup_date is None:
                found.append(Text("ระบุวันนัดรับเอกสาร", "Give the pick-up date."))
            elif self.pickup_date < today:
                found.append(Text("วันนัดรับเอกสารต้องไม่ก่อนวันนี้", "The pick-up date cannot be in the past."))
        if self.request_status is not None:
            if not self.phone.strip():
                found.append(
                    Text(
                        "ต้องมีเบอร์โทรศัพท์ติดต่อกลับ (ใช้ติดตามเรื่องด้วยเลข 4 ตัวท้าย)",
                        "A contact phone is needed (its last 4 digits are how the citizen follows up).",
                    )
                )
            elif self.normalised_phone is None:
                found.append(Text("เบอร์โทรศัพท์ไม่ถูกต้อง", "The phone number is not valid."))
        elif self.phone.strip() and self.normalised_phone is None:
            found.append(Text("เบอร์โทรศัพท์ไม่ถูกต้อง", "The phone number is not valid."))
        if len(self.notes) > MAX_NOTES:
            found.append(
                Text(f"บันทึกยาวเกิน {MAX_NOTES} ตัวอักษร", f"The notes are longer than {MAX_NOTES} characters.")
            )
        if len(self.agency_ref) > MAX_AGENCY_REF:
            found.append(Text("เลขอ้างอิงของหน่วยงานยาวเกินไป", "The agency's reference number is too long."))
        if len(self.attachments) > MAX_ATTACHMENTS:
            found.append(
                Text(f"แนบได้ไม่เกิน {MAX_ATTACHMENTS} ไฟล์", f"At most {MAX_ATTACHMENTS} files can be attached.")
            )
        return found

    @property
    def normalised_phone(self) -> str | None:
        try:
            return normalise_phone(self.phone)
        except InvalidPhone:
            return None


@dataclass(frozen=True)
class SavedRequest:
    request_id: str
    tracking: TrackingNumber
    status: RequestStatus


@dataclass(frozen=True)
class SavedOutcome:
    item_id: str
    duration_s: float
    request: SavedRequest | None


def record_outcome(
    session: Session,
    *,
    visit_id: str,
    item_id: str,
    form: OutcomeForm,
    officer_id: str | None,
    citizen: Citizen | None,
    vault: CitizenVault | None,
    files: AttachmentFiles,
    now: datetime | None = None,
) -> SavedOutcome:
    """Save one service's outcome; when it is not final, create its request with a tracking number.

    Everything - the outcome event, the request event, both outbox rows, the read models, the encrypted personal
    data and the attachment records - goes into ``session``'s one transaction. Attachment files are written (and
    synced) first, so a committed record never points at a missing file.
    """
    moment = now or now_utc()
    today = to_local(moment).date()
    problems = form.problems(today)
    if problems:
        raise VisitError(Text(" ".join(p.th for p in problems), " ".join(p.en for p in problems)))
    visit = _open_visit(session, visit_id)
    item = session.get(VisitItem, item_id)
    if item is None or item.visit_id != visit_id:
        raise VisitError(Text("ไม่พบงานบริการนี้ในการรับบริการ", "This service is not part of the visit."))
    if item.saved_at is not None:
        raise VisitError(Text("บันทึกผลงานบริการนี้ไปแล้ว", "This service's outcome is already saved."))
    status = form.request_status
    if status is not None and citizen is None:
        raise VisitError(
            Text(
                "การรับเรื่องต้องมีข้อมูลผู้รับบริการที่ยินยอมให้เก็บ (อ่านบัตรหรือกรอกเอง)",
                "A request needs the citizen's details, given with consent (read the card or type them).",
            )
        )
    if (status is not None or form.attachments) and vault is None:
        raise NoCitizenKey
    duration = max(0.0, (moment - item.opened_at).total_seconds()) if item.opened_at else 0.0
    stored = [(files.save(vault, checked), checked) for checked in form.attachments] if vault else []
    request: SavedRequest | None = None
    if status is not None:
        assert citizen is not None and vault is not None
        request = _create_request(session, visit, item, form, status, citizen, vault, officer_id, moment)
    append_event(
        session,
        stream_type=STREAM,
        stream_id=visit_id,
        kind=OUTCOME_RECORDED,
        payload={
            "item_id": item_id,
            "outcome": form.outcome.value,
            "reason": form.reason.value if form.reason else None,
            "agency_ref": form.agency_ref.strip(),
            "notes": form.notes.strip(),
            "next_step": form.next_step.value,
            "pickup_date": form.pickup_date.isoformat() if form.pickup_date else "",
            "duration_s": round(duration, 1),
            "attachments": [
                {"digest": digest, "kind": checked.kind.value, "size": checked.size}
                for digest, checked in stored
            ],
            "request_id": request.request_id if request else None,
            "tracking": request.tracking.compact if request else None,
        },
        officer_id=officer_id,
        occurred_at=moment,
    )
    item.saved_at = moment
    item.outcome = form.outcome.value
    item.duration_s = round(duration, 1)
    for digest, checked in stored:
        session.add(
            Attachment(
                id=new_id(),
                visit_item_id=item_id,
                digest=digest,
                kind=checked.kind.value,
                size=checked.size,
                added_at=moment,
            )
        )
    session.flush()
    return SavedOutcome(item_id=item_id, duration_s=round(duration, 1), request=request)


def _create_request(
    session: Session,
    visit: Visit,
    item: VisitItem,
    form: OutcomeForm,
    status: RequestStatus,
    citizen: Citizen,
    vault: CitizenVault,
    officer_id: str | None,
    moment: datetime,
) -> SavedRequest:
    district = require_district(session)
    tracking = issue_tracking_number(
        session,
        district_code=district.dopa_code,
        counter=district.counter_code,
        year_be=be_year(to_local(moment).year),
    )
    request_id = new_id()
    phone = form.normalised_phone or ""
    create_request(
        session,
        NewRequest(
            request_id=request_id,
            tracking=tracking.compact,
            visit_id=visit.id,
            visit_item_id=item.id,
            service_key=item.service_key,
            status=status,
            outcome=form.outcome,
            next_step=form.next_step,
            pickup_date=form.pickup_date,
            agency_ref=form.agency_ref.strip(),
            detail=form.notes.strip(),
            citizen_ref=visit.citizen_ref,
        ),
        officer_id=officer_id,
        now=moment,
    )
    name, cid, sealed_phone = vault.seal_citizen(request_id, Citizen(citizen.name, citizen.cid, phone))
    session.add(
        RequestPersonal(
            request_id=request_id,
            name_sealed=name,
            cid_sealed=cid,
            phone_sealed=sealed_phone,
            phone_last4=last_four(phone),
            stored_at=moment,
        )
    )
    return SavedRequest(request_id=request_id, tracking=tracking, status=status)


def end_visit(
    session: Session, *, visit_id: str, officer_id: str | None, now: datetime | None = None
) -> bool:
    """Close the visit; False if it was already closed (ending twice is harmless: card pulled, then Ctrl+E)."""
    visit = session.get(Visit, visit_id)
    if visit is None or visit.ended_at is not None:
        return False
    moment = now or now_utc()
    saved = session.scalar(
        select(func.count())
        .select_from(VisitItem)
        .where(VisitItem.visit_id == visit_id, VisitItem.saved_at.is_not(None))
    )
    append_event(
        session,
        stream_type=STREAM,
        stream_id=visit_id,
        kind=ENDED,
        payload={"services_saved": saved or 0},
        officer_id=officer_id,
        occurred_at=moment,
    )
    visit.ended_at = moment
    return True


def usage_counts(session: Session, since: datetime | None = None) -> dict[str, int]:
    """How often each service was opened at this counter: the picker lists the busiest first."""
    query = select(VisitItem.service_key, func.count()).group_by(VisitItem.service_key)
    if since is not None:
        query = query.where(VisitItem.opened_at >= since)
    return dict(session.execute(query).all())
