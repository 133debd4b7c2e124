"""The period a statistic covers: a month or a fiscal year named in B.E., or any range of days.

Periods are whole local (Bangkok) days. Timestamps are stored in UTC, so a period's bounds are converted before
they reach SQL: 06:30 on the 1st in Bangkok is 23:30 UTC on the last day of the previous month and must count in
the new month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from kiosk.clock import BANGKOK
from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.thai.dates import be_year, ce_year, format_thai_date, month_name
from kiosk.thai.digits import from_thai_digits
from kiosk.thai.fiscal import FiscalYear

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_BE_YEARS_FROM = 2400
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class PeriodKind(StrEnum):
    MONTH = "month"
    FISCAL_YEAR = "fiscal_year"
    RANGE = "range"


class BadPeriod(KioskError):
    pass


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    """The last day, inclusive."""
    kind: PeriodKind = PeriodKind.RANGE

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise BadPeriod(Text("วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น", "The end date must not be before the start date."))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def each_day(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range(self.days)]

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """[first local midnight, the local midnight after the last day) as UTC instants."""
        first = datetime.combine(self.start, time(0), BANGKOK)
        after = datetime.combine(self.end + timedelta(days=1), time(0), BANGKOK)
        return first.astimezone(UTC), after.astimezone(UTC)

    @property
    def month_key(self) -> str:
        """``YYYY-MM`` (C.E.) of a monthly period: how report submissions are stored."""
        if self.kind is not PeriodKind.MONTH:
            raise ValueError("only a monthly period has a month key")
        return f"{self.start.year:04d}-{self.start.month:02d}"

    @property
    def fiscal_year(self) -> FiscalYear:
        if self.kind is not PeriodKind.FISCAL_YEAR:
            raise ValueError("not a fiscal-year period")
        return FiscalYear(be_year(self.end.year))

    def label(self) -> Text:
        if self.kind is PeriodKind.MONTH:
            year = be_year(self.start.year)
            return Text(
                f"{month_name(self.start.month)} {year}", f"{MONTHS_EN[self.start.month - 1]} {year} B.E."
            )
        if self.kind is PeriodKind.FISCAL_YEAR:
            return Text(self.fiscal_year.label(), f"Fiscal year {self.fiscal_year.be} B.E.")
        start_th, end_th = format_thai_date(self.start), format_thai_date(self.end)
        return Text(f"{start_th} – {end_th}", f"{self.start.isoformat()} – {self.end.isoformat()}")


def month_period(year_be: int, month: int) -> Period:
    if year_be < _BE_YEARS_FROM:
        raise BadPeriod(
            Text(
                f"ปี {year_be} ไม่ใช่ปี พ.ศ. (เช่น {be_year(year_be)})",
                f"{year_be} is not a B.E. year (did you mean {be_year(year_be)}?).",
            )
        )
    if not 1 <= month <= 12:
        raise BadPeriod(Text(f"ไม่มีเดือนที่ {month}", f"There is no month {month}."))
    year = ce_year(year_be)
    return Period(
        date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), PeriodKind.MONTH
    )


def parse_month(text: str) -> Period:
    """``2569-05`` (B.E. year, month) as the CLI and the province write it."""
    found = _MONTH.match(from_thai_digits(text).strip())
    if found is None:
        raise BadPeriod(
            Text(
                f"'{text}' ไม่ใช่เดือนแบบ ปปปป-ดด (พ.ศ.) เช่น 2569-05",
                f"'{text}' is not a B.E. month like 2569-05.",
            )
        )
    return month_period(int(found.group(1)), int(found.group(2)))


def fiscal_year_period(year_be: int) -> Period:
    if year_be < _BE_YEARS_FROM:
        raise BadPeriod(
            Text(f"ปีงบประมาณ {year_be} ไม่ใช่ปี พ.ศ.", f"Fiscal year {year_be} is not a B.E. year (e.g. 2570).")
        )
    fiscal = FiscalYear(year_be)
    return Period(fiscal.start, fiscal.end, PeriodKind.FISCAL_YEAR)


def month_of(day: date) -> Period:
    return month_period(be_year(day.year), day.month)


def previous_month(period: Period) -> Period:
    return month_of(period.start - timedelta(days=1))
