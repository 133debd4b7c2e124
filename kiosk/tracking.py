"""Tracking numbers (เลขรับเรื่อง) issued offline.

Format: ``DDDD-C-YY-NNNNN-K`` — e.g. ``3501-1-69-00042-3``:

* ``DDDD``  the DOPA district code (2-digit province + 2-digit district), so numbers never collide between
  districts of a province (or between provinces);
* ``C``     the counter digit (1–9) the supervisor assigns at setup, so two counters of one district never collide;
* ``YY``    the last two digits of the B.E. year; the sequence restarts every year;
* ``NNNNN`` this counter's sequence in that year;
* ``K``     an ISO 7064 MOD 11-2 check character (0–9 or X): a pure system with a prime modulus, so it catches
  every single wrong character and every swap of two adjacent characters (the check itself included; the
  hybrid MOD 37-36 misses about 0.6 % of swaps). A number mistyped or misheard over the phone is rejected
  rather than finding somebody else's request.

Uniqueness needs no network: district code + counter digit are fixed per installation and the sequence is kept in
the local database, incremented in the same transaction that stores the request. The compact form (no dashes,
13 characters: twelve digits and a digit or X) is what Code128 encodes; people may type either form, in any case,
with spaces or dashes, or with Thai digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from stdnum.iso7064 import mod_11_2

from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.thai.digits import from_thai_digits

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_SEQUENCE = 99_999
_COMPACT = re.compile(r"^(\d{4})([1-9])(\d{2})(\d{5})([0-9X])$")


class InvalidTrackingNumber(KioskError):
    def __init__(self, typed: str, reason: Text) -> None:
        super().__init__(
            Text(
                f"เลขรับเรื่อง “{typed}” ไม่ถูกต้อง: {reason.th}",
                f"Tracking number “{typed}” is invalid: {reason.en}",
            ),
            Text("โปรดตรวจสอบแล้วพิมพ์ใหม่อีกครั้ง", "Please check it and type it again."),
        )


class SequenceExhausted(KioskError):
    def __init__(self, year_be: int) -> None:
        super().__init__(
            Text(
                f"เลขรับเรื่องของปี {year_be} ที่เคาน์เตอร์นี้ใช้ครบแล้ว",
                f"This counter has used every number of {year_be}.",
            ),
            Text(
                "ให้หัวหน้ากำหนดหมายเลขเคาน์เตอร์ใหม่ในหน้าตั้งค่า",
                "Ask the supervisor to assign a new counter digit in Settings.",
            ),
        )


@dataclass(frozen=True)
class TrackingNumber:
    district_code: str
    counter: str
    year_be: int
    sequence: int

    def __post_init__(self) -> None:
        if not (len(self.district_code) == 4 and self.district_code.isdigit()):
            raise ValueError(f"district code must be 4 digits: {self.district_code!r}")
        if not (len(self.counter) == 1 and self.counter in "123456789"):
            raise ValueError(f"counter must be one digit 1-9: {self.counter!r}")
        if not 1 <= self.sequence <= MAX_SEQUENCE:
            raise ValueError(f"sequence out of range: {self.sequence}")

    @property
    def body(self) -> str:
        return f"{self.district_code}{self.counter}{self.year_be % 100:02d}{self.sequence:05d}"

    @property
    def check(self) -> str:
        return str(mod_11_2.calc_check_digit(self.body))

    @property
    def compact(self) -> str:
        """``3501169000423``: for Code128, QR payloads and storage."""
        return self.body + self.check

    @property
    def display(self) -> str:
        """``3501-1-69-00042-3``: for people."""
        b = self.body
        return f"{b[:4]}-{b[4]}-{b[5:7]}-{b[7:]}-{self.check}"

    def __str__(self) -> str:
        return self.display


def parse_tracking_number(typed: str, *, century_be: int = 2500) -> TrackingNumber:
    """Accept what an officer types or a barcode scanner sends; reject anything mistyped."""
    compact = re.sub(r"[\s\-]", "", from_thai_digits(typed)).upper()
    match = _COMPACT.match(compact)
    if match is None:
        raise InvalidTrackingNumber(
            typed,
            Text("รูปแบบต้องเป็น 0000-0-00-00000-X", "the format is 0000-0-00-00000-X"),
        )
    if not mod_11_2.is_valid(compact):
        raise InvalidTrackingNumber(typed, Text("ตัวตรวจสอบไม่ตรง", "the check character does not match"))
    district, counter, yy, seq, _check = match.groups()
    return TrackingNumber(district, counter, century_be + int(yy), int(seq))


def issue_tracking_number(
    session: Session, *, district_code: str, counter: str, year_be: int
) -> TrackingNumber:
    """Take the next number of this counter's sequence; call inside the transaction that stores the request."""
    from kiosk.db.models import TrackingSequence  # printing and parsing numbers need no database

    row = session.get(TrackingSequence, year_be, with_for_update=True)
    if row is None:
        row = TrackingSequence(year_be=year_be, last=0)
        session.add(row)
    if row.last >= MAX_SEQUENCE:
        raise SequenceExhausted(year_be)
    row.last += 1
    session.flush()
    return TrackingNumber(district_code, counter, year_be, row.last)
