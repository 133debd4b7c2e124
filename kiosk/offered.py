"""The e-Services a district offers at its counter (the KPI asks for at least five).

Each offered service carries what the Yasothon example shows a district keeping: its order on the poster, the
coordinator at the owning agency with a phone number, and a link to the agency's manual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.db.models import OfferedService, Service
from kiosk.errors import KioskError
from kiosk.i18n import Text

KPI_MINIMUM = 5
"""A district must offer at least five e-Services (OPDC KPI, seed 001 §1.4)."""


@dataclass(frozen=True)
class OfferedChoice:
    service_key: str
    coordinator_name: str = ""
    coordinator_phone: str = ""
    manual_link: str = ""


@dataclass(frozen=True)
class OfferedRow:
    position: int
    service_key: str
    category: str
    number: int
    agency: str
    name: str
    link: str | None
    coordinator_name: str
    coordinator_phone: str
    manual_link: str


class UnknownService(KioskError):
    def __init__(self, key: str) -> None:
        super().__init__(Text(f"ไม่พบงานบริการ {key} ในบัญชี", f"No service {key} in the catalogue."))


def kpi_warning(count: int) -> Text | None:
    if count >= KPI_MINIMUM:
        return None
    return Text(
        f"เลือกไว้ {count} งานบริการ ตัวชี้วัดกำหนดอย่างน้อย {KPI_MINIMUM} งานบริการ",
        f"{count} services chosen; the KPI asks for at least {KPI_MINIMUM}.",
    )


def set_offered(session: Session, choices: Sequence[OfferedChoice], *, by: str | None) -> None:
    """Replace the district's offered services with ``choices``, in that order."""
    keys = [c.service_key for c in choices]
    if len(set(keys)) != len(keys):
        raise ValueError("a service is offered twice")
    known = set(session.scalars(select(Service.key).where(Service.key.in_(keys))))
    for key in keys:
        if key not in known:
            raise UnknownService(key)
    session.execute(delete(OfferedService))
    for position, choice in enumerate(choices, start=1):
        session.add(
            OfferedService(
                service_key=choice.service_key,
                position=position,
                coordinator_name=choice.coordinator_name.strip(),
                coordinator_phone=choice.coordinator_phone.strip(),
                manual_link=choice.manual_link.strip(),
            )
        )
    audit.record(session, by, "offered.set", detail=",".join(keys))


def list_offered(session: Session) -> list[OfferedRow]:
    rows = session.execute(
        select(OfferedService, Service)
        .join(Service, Service.key == OfferedService.service_key)
        .order_by(OfferedService.position)
    )
    return [
        OfferedRow(
            position=o.position,
            service_key=s.key,
            category=s.category,
            number=s.number,
            agency=s.agency,
            name=s.name,
            link=s.link,
            coordinator_name=o.coordinator_name,
            coordinator_phone=o.coordinator_phone,
            manual_link=o.manual_link,
        )
        for o, s in rows
    ]
