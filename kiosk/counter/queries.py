"""Finding requests: the filters of seed 000, one search box, and the follow-up age buckets.

The search box takes whatever the officer (or a barcode scanner) types: a tracking number in any form, a citizen
ID (found through its pseudonym, never by decrypting every record), the last four digits of the contact phone
(seed 004's tracking check), part of a tracking number, or part of a name. Names are encrypted, so a name search
decrypts only the rows the other filters left. Dates are the officer's dates: Bangkok calendar days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session
from stdnum.iso7064 import mod_11_2

from kiosk.cid import is_valid_cid, mask_cid
from kiosk.clock import BANGKOK, to_local
from kiosk.counter.requests import RequestNotFound, officer_names, request_history
from kiosk.counter.vocab import NextStep, RequestStatus
from kiosk.db.models import Attachment, Officer, Request, RequestPersonal, Service
from kiosk.i18n import Text
from kiosk.privacy import Citizen, CitizenVault, UnreadablePersonalData
from kiosk.thai.digits import from_thai_digits
from kiosk.tracking import InvalidTrackingNumber, parse_tracking_number

DEFAULT_LIMIT = 500


class AgeBucket(StrEnum):
    """Days since a request last changed (seed 000's notification counters)."""

    WEEK = "1-7"
    FORTNIGHT = "8-15"
    OLDER = ">15"

    @property
    def label(self) -> Text:
        return _BUCKET_LABELS[self]


_BUCKET_LABELS = {
    AgeBucket.WEEK: Text("1–7 วัน", "1–7 days"),
    AgeBucket.FORTNIGHT: Text("8–15 วัน", "8–15 days"),
    AgeBucket.OLDER: Text("เกิน 15 วัน", "over 15 days"),
}


def local_day_start(day: date) -> datetime:
    """Midnight in Bangkok as a UTC instant: how a calendar-day filter becomes a range over stored UTC times."""
    return datetime.combine(day, time(), BANGKOK).astimezone(UTC)


def age_days(updated_at: datetime, today: date) -> int:
    """Whole days since the last change; a request changed today is in its first day (age 1), as in seed 000."""
    return (today - to_local(updated_at).date()).days + 1


def bucket_of(days: int) -> AgeBucket:
    if days <= 7:
        return AgeBucket.WEEK
    if days <= 15:
        return AgeBucket.FORTNIGHT
    return AgeBucket.OLDER


def _bucket_condition(bucket: AgeBucket, today: date) -> ColumnElement[bool]:
    week = local_day_start(today - timedelta(days=6))
    fortnight = local_day_start(today - timedelta(days=14))
    if bucket is AgeBucket.WEEK:
        return Request.updated_at >= week
    if bucket is AgeBucket.FORTNIGHT:
        return and_(Request.updated_at >= fortnight, Request.updated_at < week)
    return Request.updated_at < fortnight


_OPEN = Request.status.not_in([s.value for s in RequestStatus if s.final])


def bucket_counts(session: Session, today: date) -> dict[AgeBucket, int]:
    """Open requests per age bucket: the ones waiting on someone, oldest the most urgent."""
    return {
        bucket: session.scalar(
            select(func.count()).select_from(Request).where(_OPEN, _bucket_condition(bucket, today))
        )
        or 0
        for bucket in AgeBucket
    }


@dataclass(frozen=True)
class RequestFilter:
    contacted_from: date | None = None
    contacted_to: date | None = None
    finished_from: date | None = None
    finished_to: date | None = None
    statuses: frozenset[RequestStatus] = frozenset()
    agency: str | None = None
    service_key: str | None = None
    officer_id: str | None = None
    bucket: AgeBucket | None = None
    """Open requests of one age bucket only."""
    text: str = ""


@dataclass(frozen=True)
class RequestRow:
    id: str
    tracking: str
    """Display form ``3501-1-69-00042-3``."""
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    status: RequestStatus
    service_key: str
    service_name: str
    agency: str
    officer_name: str
    citizen_name: str | None = field(repr=False)
    """None once purged, or when this key cannot read it."""
    cid_masked: str
    age_days: int


@dataclass(frozen=True)
class SearchResult:
    rows: tuple[RequestRow, ...]
    problem: Text | None = None
    """Why the typed text was not searched (a mistyped number), shown next to the box."""
    truncated: bool = False


@dataclass(frozen=True)
class _TextQuery:
    trackings: tuple[str, ...] = ()
    tracking_part: str | None = None
    citizen_ref: str | None = None
    phone_last4: str | None = None
    name: str | None = None
    problem: Text | None = None


_SEPARATORS = re.compile(r"[\s\-]")
_TRACKING_SHAPE = re.compile(r"^\d{12}[\dX]$")


_NO_KEY = Text(
    "ค้นหาด้วยชื่อหรือเลขประจำตัวประชาชนไม่ได้ เพราะไม่มีกุญแจของข้อมูลส่วนบุคคล",
    "Names and citizen IDs cannot be searched: there is no key for personal data.",
)


def _neither(typed: str) -> Text:
    return Text(
        f"“{typed}” ไม่ใช่เลขรับเรื่องหรือเลขประจำตัวประชาชนที่ถูกต้อง (ตัวตรวจสอบไม่ตรง) โปรดตรวจสอบแล้วพิมพ์ใหม่",
        f"“{typed}” is neither a valid tracking number nor a valid citizen ID (the check digit does not match). "
        "Please check it and type it again.",
    )


def _normalise_name(text: str) -> str:
    return "".join(text.casefold().split())


def interpret(text: str, vault: CitizenVault | None) -> _TextQuery:
    """Decide what the officer typed. Thirteen characters may be a tracking number or a citizen ID (both are
    digits with a check digit): whichever checks out is searched, and a number that is neither is refused."""
    typed = text.strip()
    if not typed:
        return _TextQuery()
    compact = _SEPARATORS.sub("", from_thai_digits(typed)).upper()
    if compact.isdigit() and len(compact) == 4:
        return _TextQuery(phone_last4=compact)
    if _TRACKING_SHAPE.match(compact):
        tracking_ok = mod_11_2.is_valid(compact)
        cid_ok = compact.isdigit() and is_valid_cid(compact)
        if not tracking_ok and not cid_ok:
            return _TextQuery(problem=_neither(typed))
        if not tracking_ok and vault is None:
            return _TextQuery(problem=_NO_KEY)
        return _TextQuery(
            trackings=(compact,) if tracking_ok else (),
            citizen_ref=vault.citizen_ref(compact) if cid_ok and vault is not None else None,
        )
    if compact.isdigit() and len(compact) >= 5:
        return _TextQuery(tracking_part=compact)
    if any(char.isdigit() for char in compact):
        try:
            return _TextQuery(trackings=(parse_tracking_number(typed).compact,))
        except InvalidTrackingNumber as error:
            return _TextQuery(problem=error.what)
    return _TextQuery(name=_normalise_name(typed))


def _conditions(filt: RequestFilter, query: _TextQuery, today: date) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if filt.contacted_from:
        found.append(Request.created_at >= local_day_start(filt.contacted_from))
    if filt.contacted_to:
        found.append(Request.created_at < local_day_start(filt.contacted_to + timedelta(days=1)))
    if filt.finished_from:
        found.append(Request.finished_at >= local_day_start(filt.finished_from))
    if filt.finished_to:
        found.append(Request.finished_at < local_day_start(filt.finished_to + timedelta(days=1)))
    if filt.statuses:
        found.append(Request.status.in_([s.value for s in filt.statuses]))
    if filt.agency:
        found.append(Service.agency == filt.agency)
    if filt.service_key:
        found.append(Request.service_key == filt.service_key)
    if filt.officer_id:
        found.append(Request.officer_id == filt.officer_id)
    if filt.bucket is not None:
        found.extend([_OPEN, _bucket_condition(filt.bucket, today)])
    by_number: list[ColumnElement[bool]] = []
    if query.trackings:
        by_number.append(Request.tracking.in_(query.trackings))
    if query.citizen_ref:
        by_number.append(Request.citizen_ref == query.citizen_ref)
    if len(by_number) == 1:
        found.append(by_number[0])
    elif by_number:
        found.append(by_number[0] | by_number[1])
    if query.tracking_part:
        found.append(Request.tracking.contains(query.tracking_part, autoescape=True))
    if query.phone_last4:
        found.append(RequestPersonal.phone_last4 == query.phone_last4)
    return found


def find_requests(
    session: Session,
    filt: RequestFilter,
    *,
    vault: CitizenVault | None,
    today: date,
    limit: int = DEFAULT_LIMIT,
) -> SearchResult:
    """Requests matching every filter and the search text, most recently changed first."""
    query = interpret(filt.text, vault)
    if query.problem is not None:
        return SearchResult(rows=(), problem=query.problem)
    if query.name is not None and vault is None:
        return SearchResult(rows=(), problem=_NO_KEY)
    conditions = _conditions(filt, query, today)
    if query.name is not None:
        assert vault is not None
        conditions = [Request.id.in_(_named(session, conditions, query.name, vault, limit + 1))]
    statement = (
        select(
            Request.id,
            Request.tracking,
            Request.created_at,
            Request.updated_at,
            Request.finished_at,
            Request.status,
            Service.key,
            Service.name,
            Service.agency,
            Officer.full_name,
            RequestPersonal.name_sealed,
            RequestPersonal.cid_sealed,
        )
        .join(Service, Service.key == Request.service_key)
        .outerjoin(Officer, Officer.id == Request.officer_id)
        .outerjoin(RequestPersonal, RequestPersonal.request_id == Request.id)
        .where(*conditions)
        .order_by(Request.updated_at.desc())
        .limit(limit + 1)
    )
    rows: list[RequestRow] = []
    for row in session.execute(statement):
        name = _unseal(vault, row.name_sealed, f"{row.id}/name")
        cid = _unseal(vault, row.cid_sealed, f"{row.id}/cid")
        rows.append(
            RequestRow(
                id=row.id,
                tracking=parse_tracking_number(row.tracking).display,
                created_at=row.created_at,
                updated_at=row.updated_at,
                finished_at=row.finished_at,
                status=RequestStatus(row.status),
                service_key=row.key,
                service_name=row.name,
                agency=row.agency,
                officer_name=row.full_name or "",
                citizen_name=name,
                cid_masked=mask_cid(cid) if cid else "",
                age_days=age_days(row.updated_at, today),
            )
        )
    return SearchResult(rows=tuple(rows[:limit]), truncated=len(rows) > limit)


def _named(
    session: Session, conditions: list[ColumnElement[bool]], name: str, vault: CitizenVault, limit: int
) -> list[str]:
    """Ids of the most recently changed requests whose citizen's name contains ``name``: only the name field is
    decrypted, and only for the rows the other filters leave."""
    statement = (
        select(Request.id, RequestPersonal.name_sealed)
        .join(Service, Service.key == Request.service_key)
        .join(RequestPersonal, RequestPersonal.request_id == Request.id)
        .where(*conditions)
        .order_by(Request.updated_at.desc())
    )
    found: list[str] = []
    for request_id, sealed in session.execute(statement):
        opened = _unseal(vault, sealed, f"{request_id}/name")
        if opened is not None and name in _normalise_name(opened):
            found.append(request_id)
            if len(found) >= limit:
                break
    return found


def _unseal(vault: CitizenVault | None, sealed: str | None, context: str) -> str | None:
    if vault is None or sealed is None:
        return None
    try:
        return vault.open(sealed, context=context)
    except UnreadablePersonalData:
        return None


def _open(vault: CitizenVault | None, personal: RequestPersonal | None) -> Citizen | None:
    if vault is None or personal is None:
        return None
    try:
        return vault.open_citizen(personal)
    except UnreadablePersonalData:
        return None


def filter_choices(session: Session) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """Agencies, services (key, name) and officers (id, name) that occur in requests, for the filter lists."""
    agencies = list(
        session.scalars(
            select(Service.agency)
            .join(Request, Request.service_key == Service.key)
            .distinct()
            .order_by(Service.agency)
        )
    )
    services = [
        (key, name)
        for key, name in session.execute(
            select(Service.key, Service.name)
            .join(Request, Request.service_key == Service.key)
            .distinct()
            .order_by(Service.name)
        )
    ]
    officers = [
        (officer_id, name)
        for officer_id, name in session.execute(
            select(Officer.id, Officer.full_name)
            .join(Request, Request.officer_id == Officer.id)
            .distinct()
            .order_by(Officer.full_name)
        )
    ]
    return agencies, services, officers


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    officer_name: str
    status: RequestStatus
    detail: str
    pickup_date: date | None


@dataclass(frozen=True)
class RequestDetail:
    """One request as the detail view shows it, with its history (seed 000's "รายละเอียดงาน")."""

    id: str
    tracking: str
    status: RequestStatus
    service_name: str
    agency: str
    link: str | None
    citizen: Citizen | None = field(repr=False)
    personal_state: Text | None
    """Why there is no citizen data (purged, or not readable with this key); None when it is shown."""
    agency_ref: str
    next_step: NextStep
    pickup_date: date | None
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    officer_name: str
    history: tuple[HistoryLine, ...]
    attachments: tuple[tuple[str, int], ...]
    """(kind, size) of each scan kept with the service."""


_PURGED = Text(
    "ข้อมูลส่วนบุคคลถูกลบแล้วตามระยะเวลาเก็บรักษา",
    "The personal data was deleted at the end of the retention period.",
)
_UNREADABLE = Text(
    "อ่านข้อมูลส่วนบุคคลไม่ได้ (ไม่มีกุญแจ หรือเข้ารหัสด้วยกุญแจอื่น)",
    "The personal data cannot be read (no key, or encrypted with another key).",
)


def request_detail(session: Session, request_id: str, vault: CitizenVault | None) -> RequestDetail:
    request = session.get(Request, request_id)
    if request is None:
        raise RequestNotFound
    service = session.get(Service, request.service_key)
    assert service is not None, "requests.service_key is a foreign key"
    personal = session.get(RequestPersonal, request_id)
    citizen = _open(vault, personal)
    state = request_history(session, request_id)
    names = officer_names(session, [request.officer_id, *(entry.officer_id for entry in state.history)])
    attachments = tuple(
        (kind, size)
        for kind, size in session.execute(
            select(Attachment.kind, Attachment.size)
            .where(Attachment.visit_item_id == request.visit_item_id)
            .order_by(Attachment.added_at)
        )
    )
    return RequestDetail(
        id=request.id,
        tracking=parse_tracking_number(request.tracking).display,
        status=state.status,
        service_name=service.name,
        agency=service.agency,
        link=service.link,
        citizen=citizen,
        personal_state=None if citizen is not None else (_PURGED if personal is None else _UNREADABLE),
        agency_ref=request.agency_ref,
        next_step=NextStep(request.next_step),
        pickup_date=state.pickup_date,
        created_at=state.created_at,
        updated_at=state.updated_at,
        finished_at=state.finished_at,
        officer_name=names.get(request.officer_id or "", ""),
        history=tuple(
            HistoryLine(
                at=entry.at,
                officer_name=names.get(entry.officer_id or "", ""),
                status=entry.status,
                detail=entry.detail,
                pickup_date=entry.pickup_date,
            )
            for entry in reversed(state.history)
        ),
        attachments=attachments,
    )
