"""Dates as officers type them: ``dd/mm/yyyy`` in the Buddhist Era (as on every Thai form), ``dd/mm``, or ``+N``.

Qt's date widgets know no Buddhist calendar, so dates are typed as text and shown back in Thai next to the field;
a year below 2400 is refused rather than read as C.E. (an officer typing 2026 means a mistake, not 2026 B.E.).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kiosk.thai.dates import parse_thai_date
from kiosk.thai.digits import from_thai_digits

_RELATIVE = re.compile(r"^\+(\d{1,3})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})/(\d{1,2})$")


class BadDate(ValueError):
    pass


def parse_day(text: str, today: date, *, ahead: bool) -> date | None:
    """None for an empty field. ``dd/mm`` is the next such day when ``ahead`` (an appointment), else the last
    one (a search over past contacts); ``+N`` is N days from today."""
    typed = from_thai_digits(text.strip())
    if not typed:
        return None
    relative = _RELATIVE.match(typed)
    if relative:
        return today + timedelta(days=int(relative.group(1)))
    try:
        short = _DAY_MONTH.match(typed)
        if short:
            day = date(today.year, int(short.group(2)), int(short.group(1)))
            if ahead and day < today:
                return date(today.year + 1, day.month, day.day)
            if not ahead and day > today:
                return date(today.year - 1, day.month, day.day)
            return day
        return parse_thai_date(typed)
    except ValueError as error:
        raise BadDate(typed) from error
