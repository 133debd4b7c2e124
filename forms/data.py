"""What each printed document needs to know, as frozen dataclasses the counter screens fill in.

The documents never look anything up themselves: a screen (or ``forms render --sample``) builds one of these and
hands it over, so rendering is a pure function of its input and a test can pin every field. The checks here
stop the mistakes a printout cannot take back: an unmasked citizen ID on paper, a barcode that cannot encode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from kiosk.tracking import parse_tracking_number

if TYPE_CHECKING:
    from kiosk.district import District

_DIGITS = re.compile(r"\d")
# S-<DOPA district code, 4 digits>-<B.E. year, 2 digits>-<sequence, 6 digits>: the paper survey's number.
SURVEY_FORM_NUMBER = re.compile(r"^S-\d{4}-\d{2}-\d{6}$")


@dataclass(frozen=True)
class DistrictHeader:
    """The service point printed at the top of every document."""

    centre_name: str
    district: str
    province: str
    phone: str = ""
    address: str = ""

    @classmethod
    def from_district(cls, district: District) -> DistrictHeader:
        return cls(
            district.centre_name, district.district, district.province, district.phone, district.address
        )


@dataclass(frozen=True)
class ServiceLine:
    """An e-Service as printed: its name and the agency that owns it."""

    name: str
    agency: str


def _check_masked(citizen_id: str) -> None:
    if len(_DIGITS.findall(citizen_id)) >= 13:
        raise ValueError("a citizen ID must be masked before it is printed")


def compact_tracking_number(display: str) -> str:
    """``3501-1-69-00042-3`` -> ``3501169000423``: what the barcode carries and a scanner types back.

    Parsing checks the check character, so a mistyped number can never be printed as a valid-looking barcode.
    """
    return parse_tracking_number(display).compact


@dataclass(frozen=True)
class ReceiptData:
    """The citizen's receipt for one visit (80 mm roll or A5)."""

    district: DistrictHeader
    tracking_number: str
    issued_at: datetime
    services: tuple[ServiceLine, ...]
    status: str
    next_step: str
    officer_name: str
    phone_last4: str
    citizen_id_masked: str
    follow_up_url: str

    def __post_init__(self) -> None:
        compact_tracking_number(self.tracking_number)
        _check_masked(self.citizen_id_masked)
        if not re.fullmatch(r"\d{4}", self.phone_last4):
            raise ValueError("phone_last4 must be the last four digits of the contact phone")
        if not self.services:
            raise ValueError("a receipt names at least one service")

    @property
    def barcode_value(self) -> str:
        return compact_tracking_number(self.tracking_number)


@dataclass(frozen=True)
class RequestFormData:
    """A captured request printed in full for the citizen to check and sign (seed 004's printed form)."""

    district: DistrictHeader
    request_number: str
    submitted_at: datetime
    service: ServiceLine
    officer_name: str
    citizen_name: str
    citizen_id_masked: str
    phone: str
    address: str
    subject: str
    details: str
    status: str
    location: str = ""
    attachments: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        compact_tracking_number(self.request_number)
        _check_masked(self.citizen_id_masked)

    @property
    def barcode_value(self) -> str:
        return compact_tracking_number(self.request_number)


@dataclass(frozen=True)
class SurveyFormData:
    """A blank paper satisfaction survey (seed 001 parts 1-3) for one district; never any citizen identity."""

    district: DistrictHeader
    offered_services: tuple[str, ...]
    form_number: str

    def __post_init__(self) -> None:
        if not SURVEY_FORM_NUMBER.match(self.form_number):
            raise ValueError(f"survey form numbers look like S-3501-69-000123, not {self.form_number!r}")


def survey_form_number(district_code: str, be_year: int, sequence: int) -> str:
    """The number printed (and barcoded) on a blank survey form, unique per district, year and sequence."""
    if not re.fullmatch(r"\d{4}", district_code) or not 0 < sequence < 1_000_000:
        raise ValueError("district code is 4 digits and the sequence 1-999999")
    return f"S-{district_code}-{be_year % 100:02d}-{sequence:06d}"


@dataclass(frozen=True)
class QuestionnaireData:
    """The yearly officer questionnaire (seed 001), one per district at the end of the fiscal year."""

    district: DistrictHeader
    opened_on: date | None = None
    fiscal_year_be: int | None = None


@dataclass(frozen=True)
class PosterService:
    """One row of the service poster: who owns it, who to call, and where to go (QR codes)."""

    agency: str
    name: str
    service_url: str
    manual_url: str = ""
    coordinator: str = ""
    coordinator_phone: str = ""


@dataclass(frozen=True)
class PosterData:
    """The district's offered e-Services with QR codes, as the Yasothon example posted them."""

    district: DistrictHeader
    services: tuple[PosterService, ...]
    since: date | None = None
    portal_url: str = ""
    contact: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def agency_count(self) -> int:
        return len({service.agency for service in self.services})
