"""Dates as Thai officers and citizens read them: Buddhist Era years (พ.ศ. = ค.ศ. + 543), Thai month names.

The conversion is a display concern only: everything is stored and computed in the proleptic Gregorian calendar.
"""

from __future__ import annotations

from datetime import date, datetime

from kiosk.thai.digits import to_thai_digits

BE_OFFSET = 543

MONTHS_FULL = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)


def be_year(ce_year: int) -> int:
    return ce_year + BE_OFFSET


def ce_year(be: int) -> int:
    return be - BE_OFFSET


def month_name(month: int, *, short: bool = False) -> str:
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return (MONTHS_SHORT if short else MONTHS_FULL)[month - 1]


def format_thai_date(day: date, *, short: bool = False, thai_digits: bool = False) -> str:
    """``22 พฤศจิกายน 2569`` (full) or ``22 พ.ย. 69`` (short)."""
    year = be_year(day.year)
    year_text = f"{year % 100:02d}" if short else str(year)
    text = f"{day.day} {month_name(day.month, short=short)} {year_text}"
    return to_thai_digits(text) if thai_digits else text


def format_thai_datetime(moment: datetime, *, short: bool = False, thai_digits: bool = False) -> str:
    """Date as :func:`format_thai_date` plus ``เวลา 14:05 น.``, the way Thai forms print a time."""
    text = f"{format_thai_date(moment.date(), short=short)} เวลา {moment:%H:%M} น."
    return to_thai_digits(text) if thai_digits else text


def format_month_year(year_ce: int, month: int, *, short: bool = False) -> str:
    """``พฤศจิกายน 2569``: the heading of a monthly report."""
    return f"{month_name(month, short=short)} {be_year(year_ce)}"


def parse_thai_date(text: str) -> date:
    """Parse ``DD/MM/YYYY`` with a B.E. year, as Thai paper forms write dates."""
    parts = text.strip().split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a DD/MM/YYYY date: {text!r}")
    day, month, year = (int(p) for p in parts)
    if year < 2400:
        raise ValueError(f"year {year} is not a Buddhist Era year")
    return date(ce_year(year), month, day)
