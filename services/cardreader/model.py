"""What a Thai ID card says about its holder, as typed values.

Every field that identifies a person is excluded from ``repr`` so a card logged by mistake (an f-string, an
exception, a debugger dump in a crash report) shows no personal data; PDPA forbids it in logs.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import Enum


class Sex(Enum):
    MALE = "male"
    FEMALE = "female"


@dataclass(frozen=True)
class PersonName:
    """``title first middle last`` as printed on the card; parts the card leaves blank are None."""

    title: str | None = field(default=None, repr=False)
    first: str | None = field(default=None, repr=False)
    middle: str | None = field(default=None, repr=False)
    last: str | None = field(default=None, repr=False)

    def full(self, *, with_title: bool = True) -> str:
        """The name as a person reads it aloud: Thai titles join the first name, English ones take a space."""
        given = " ".join(p for p in (self.first, self.middle, self.last) if p)
        if not with_title or not self.title:
            return given
        separator = " " if self.title.isascii() else ""
        return f"{self.title}{separator}{given}"

    def is_empty(self) -> bool:
        return not any((self.title, self.first, self.middle, self.last))


@dataclass(frozen=True)
class Age:
    """Completed years; when the card does not give the full birth date, the youngest and oldest possible."""

    years: int
    max_years: int

    @property
    def exact(self) -> bool:
        return self.years == self.max_years


@dataclass(frozen=True)
class BirthDate:
    """A birth date in the common era; the card writes ``00`` for a month or day nobody recorded."""

    year: int | None = field(default=None, repr=False)
    month: int | None = field(default=None, repr=False)
    day: int | None = field(default=None, repr=False)

    def as_date(self) -> dt.date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def age_on(self, today: dt.date) -> Age | None:
        """Age from what is known: the youngest age assumes the latest possible birthday, the oldest the first."""
        if self.year is None:
            return None
        latest = (self.month or 12, self.day or _last_day(self.year, self.month or 12))
        earliest = (self.month or 1, self.day or 1)
        youngest = _completed_years(self.year, latest, today)
        oldest = _completed_years(self.year, earliest, today)
        if oldest < 0:
            return None
        return Age(max(youngest, 0), oldest)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _completed_years(year: int, month_day: tuple[int, int], today: dt.date) -> int:
    return today.year - year - (1 if (today.month, today.day) < month_day else 0)


@dataclass(frozen=True)
class Address:
    """Address parts without their Thai prefixes (หมู่ที่, ตำบล/แขวง, อำเภอ/เขต, จังหวัด ...) plus the printable
    one-line form that keeps them, as the card prints it."""

    house_no: str | None = field(default=None, repr=False)
    moo: str | None = field(default=None, repr=False)
    trok: str | None = field(default=None, repr=False)
    soi: str | None = field(default=None, repr=False)
    road: str | None = field(default=None, repr=False)
    subdistrict: str | None = field(default=None, repr=False)
    district: str | None = field(default=None, repr=False)
    province: str | None = field(default=None, repr=False)
    text: str = field(default="", repr=False)


@dataclass(frozen=True)
class CardText:
    """Every text field of the card: what the officer needs first, before the photo arrives."""

    cid: str = field(repr=False)
    cid_valid: bool
    name_th: PersonName
    name_en: PersonName
    birth: BirthDate
    sex: Sex | None = field(repr=False)
    issuer: str = field(repr=False)
    issue_date: dt.date | None = field(repr=False)
    expiry_date: dt.date | None = field(repr=False)
    lifelong: bool = field(repr=False)
    address: Address
    card_number: str = field(repr=False)
    atr: bytes


@dataclass(frozen=True)
class ThaiIdCard:
    """The text fields and the photo (the JPEG exactly as stored, through its end-of-image marker)."""

    text: CardText
    photo: bytes = field(repr=False)

    @property
    def photo_sha256(self) -> str:
        return hashlib.sha256(self.photo).hexdigest()
