"""The receipt of a request: gathered from the store, rendered by ``forms.receipt``, printed by ``ui.printing``.

The receipt carries what the citizen needs to follow the request up and nothing more: the tracking number (large,
as Code128 and readable over the phone), the service and agency, the status and next step, the masked citizen ID
and the last four digits of the contact phone (seed 004's check when the citizen calls). The follow-up QR code
points at the province's tracking page when a sync server is configured, otherwise at the agency's own
e-Service (where, for many services, citizens can check their status themselves - seed 001 §2.2).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from forms.data import DistrictHeader, ReceiptData, ServiceLine
from forms.receipt import render_receipt, render_receipt_a5
from kiosk import settings
from kiosk.cid import mask_cid
from kiosk.clock import to_local
from kiosk.counter.vocab import NextStep, RequestStatus
from kiosk.db.models import Request, RequestPersonal, Service
from kiosk.district import require_district
from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.privacy import CitizenVault, UnreadablePersonalData
from kiosk.thai.dates import format_thai_date
from kiosk.thai.phone import last_four
from kiosk.tracking import parse_tracking_number
from ui.printing.controller import Document

A5 = "A5"


class NoReceipt(KioskError):
    pass


def next_step_text(step: NextStep, pickup: date | None) -> str:
    """The receipt's "next step" line, in Thai as printed."""
    if step is NextStep.PICKUP and pickup is not None:
        return f"{step.label.th} วันที่ {format_thai_date(pickup)}"
    if step is NextStep.NONE:
        return "รอหน่วยงานแจ้งผล"
    return step.label.th


def follow_up_url(server: str, tracking_compact: str, service_link: str | None, district_phone: str) -> str:
    if server.strip():
        return f"{server.strip().rstrip('/')}/track/{tracking_compact}"
    if service_link:
        return service_link
    digits = "".join(c for c in district_phone if c.isdigit())
    if digits:
        return f"tel:{digits}"
    raise NoReceipt(
        Text(
            "ไม่มีที่อยู่สำหรับติดตามเรื่องบนใบรับเรื่อง (งานบริการนี้ไม่มีลิงก์ และยังไม่ได้ตั้งเบอร์โทรของศูนย์)",
            "The receipt has no follow-up address (this service has no link and the centre has no phone set).",
        ),
        Text("ใส่เบอร์โทรศัพท์ของศูนย์ในข้อมูลอำเภอ", "Add the centre's phone number to the district profile."),
    )


def receipt_data(
    session: Session, request_id: str, vault: CitizenVault | None, officer_name: str
) -> ReceiptData:
    """Everything the receipt prints, read in one session (a reprint shows the request as it is now)."""
    request = session.get(Request, request_id)
    if request is None:
        raise NoReceipt(Text("ไม่พบเรื่องนี้", "No such request."))
    service = session.get(Service, request.service_key)
    personal = session.get(RequestPersonal, request_id)
    if service is None or personal is None or vault is None:
        raise NoReceipt(
            Text(
                "พิมพ์ใบรับเรื่องไม่ได้: ข้อมูลผู้รับบริการถูกลบตามระยะเวลาเก็บรักษาแล้ว หรือไม่มีกุญแจถอดรหัส",
                "The receipt cannot be printed: the citizen's data was purged after the retention period, "
                "or there is no key to read it.",
            )
        )
    try:
        citizen = vault.open_citizen(personal)
    except UnreadablePersonalData as error:
        raise NoReceipt(error.what) from error
    district = require_district(session)
    tracking = parse_tracking_number(request.tracking)
    return ReceiptData(
        district=DistrictHeader(
            centre_name=district.centre_name,
            district=district.district,
            province=district.province,
            phone=district.phone,
            address=district.address,
        ),
        tracking_number=tracking.display,
        issued_at=to_local(request.created_at),
        services=(ServiceLine(service.name, service.agency),),
        status=RequestStatus(request.status).label.th,
        next_step=next_step_text(NextStep(request.next_step), request.pickup_date),
        officer_name=officer_name,
        phone_last4=last_four(citizen.phone),
        citizen_id_masked=mask_cid(citizen.cid),
        follow_up_url=follow_up_url(
            settings.get(session, settings.SYNC_SERVER_URL), tracking.compact, service.link, district.phone
        ),
    )


def receipt_paper(session: Session) -> str:
    return settings.get(session, settings.RECEIPT_PAPER)


def render(data: ReceiptData, paper: str) -> Document:
    """The printable receipt (slow: reportlab and Thai shaping; run it off the GUI thread)."""
    if paper == A5:
        return Document(
            "receipt-a5", render_receipt_a5(data), f"ใบรับเรื่อง {data.tracking_number}", data.tracking_number
        )
    return Document("receipt", render_receipt(data), f"ใบรับเรื่อง {data.tracking_number}", data.tracking_number)
