"""The district profile: the one centre this counter belongs to."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.clock import now_utc
from kiosk.db.models import DistrictProfile
from kiosk.errors import KioskError, NeedsDistrictProfile
from kiosk.i18n import Text


@dataclass(frozen=True)
class District:
    province: str
    district: str
    centre_name: str
    dopa_code: str
    counter_code: str = "1"
    address: str = ""
    phone: str = ""

    def problems(self) -> list[Text]:
        found: list[Text] = []
        if not self.province.strip():
            found.append(Text("ต้องระบุจังหวัด", "The province is required."))
        if not self.district.strip():
            found.append(Text("ต้องระบุอำเภอ", "The district is required."))
        if not self.centre_name.strip():
            found.append(Text("ต้องระบุชื่อศูนย์", "The centre name is required."))
        if not (len(self.dopa_code) == 4 and self.dopa_code.isdigit()):
            found.append(
                Text("รหัสอำเภอ (กรมการปกครอง) ต้องเป็นตัวเลข 4 หลัก", "The DOPA district code must be 4 digits.")
            )
        if not (len(self.counter_code) == 1 and self.counter_code in "123456789"):
            found.append(Text("หมายเลขเคาน์เตอร์ต้องเป็น 1–9", "The counter number must be 1–9."))
        return found


class InvalidDistrict(KioskError):
    def __init__(self, problems: list[Text]) -> None:
        super().__init__(Text(" ".join(p.th for p in problems), " ".join(p.en for p in problems)))


def load_district(session: Session) -> District | None:
    row = session.get(DistrictProfile, 1)
    if row is None:
        return None
    return District(
        province=row.province,
        district=row.district,
        centre_name=row.centre_name,
        dopa_code=row.dopa_code,
        counter_code=row.counter_code,
        address=row.address,
        phone=row.phone,
    )


def require_district(session: Session) -> District:
    district = load_district(session)
    if district is None:
        raise NeedsDistrictProfile
    return district


def save_district(session: Session, district: District, *, by: str | None) -> District:
    cleaned = replace(
        district,
        province=district.province.strip(),
        district=district.district.strip(),
        centre_name=district.centre_name.strip(),
        address=district.address.strip(),
        phone=district.phone.strip(),
    )
    problems = cleaned.problems()
    if problems:
        raise InvalidDistrict(problems)
    row = session.get(DistrictProfile, 1) or DistrictProfile(id=1)
    for field in ("province", "district", "centre_name", "dopa_code", "counter_code", "address", "phone"):
        setattr(row, field, getattr(cleaned, field))
    row.updated_at = now_utc()
    session.add(row)
    audit.record(session, by, "district.saved", target=cleaned.dopa_code)
    return cleaned
