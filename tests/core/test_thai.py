from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.thai.dates import (
    be_year,
    ce_year,
    format_month_year,
    format_thai_date,
    format_thai_datetime,
    month_name,
    parse_thai_date,
)
from kiosk.thai.digits import from_thai_digits, to_thai_digits
from kiosk.thai.fiscal import FiscalYear, fiscal_year_of
from kiosk.thai.phone import InvalidPhone, format_phone, last_four, normalise_phone


def test_known_dates() -> None:
    assert format_thai_date(date(2026, 11, 22)) == "22 พฤศจิกายน 2569"
    assert format_thai_date(date(2026, 11, 22), short=True) == "22 พ.ย. 69"
    assert format_thai_date(date(2026, 1, 5), thai_digits=True) == "๕ มกราคม ๒๕๖๙"
    assert format_thai_datetime(datetime(2026, 5, 1, 9, 5)) == "1 พฤษภาคม 2569 เวลา 09:05 น."
    assert format_month_year(2026, 5) == "พฤษภาคม 2569"
    assert month_name(2, short=True) == "ก.พ."


def test_month_out_of_range() -> None:
    with pytest.raises(ValueError):
        month_name(13)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2400, 12, 31)))
def test_be_round_trip(day: date) -> None:
    assert ce_year(be_year(day.year)) == day.year
    typed = f"{day.day:02d}/{day.month:02d}/{be_year(day.year)}"
    assert parse_thai_date(typed) == day


@given(st.dates())
def test_formatted_date_carries_be_year(day: date) -> None:
    assert format_thai_date(day).endswith(str(day.year + 543))


def test_parse_rejects_ce_years_and_garbage() -> None:
    for bad in ("22/11/2026", "2569-11-22", "31/02/2569", "a/b/c", ""):
        with pytest.raises(ValueError):
            parse_thai_date(bad)


def test_fiscal_year_boundaries() -> None:
    fy = FiscalYear(2570)
    assert fy.start == date(2026, 10, 1)
    assert fy.end == date(2027, 9, 30)
    assert fiscal_year_of(date(2026, 9, 30)) == FiscalYear(2569)
    assert fiscal_year_of(date(2026, 10, 1)) == FiscalYear(2570)
    assert fy.months()[0] == (2026, 10)
    assert fy.months()[-1] == (2027, 9)
    assert len(fy.months()) == 12
    assert fy.label() == "ปีงบประมาณ พ.ศ. 2570"


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(9000, 1, 1)))
def test_every_day_is_in_exactly_its_fiscal_year(day: date) -> None:
    fy = fiscal_year_of(day)
    assert day in fy
    assert day not in FiscalYear(fy.be - 1)
    assert day not in FiscalYear(fy.be + 1)


@given(st.text(alphabet="0123456789 -/", max_size=20))
def test_thai_digits_round_trip(text: str) -> None:
    assert from_thai_digits(to_thai_digits(text)) == text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("081-234-5678", "0812345678"),
        ("+66 81 234 5678", "0812345678"),
        ("๐๘๑ ๒๓๔ ๕๖๗๘", "0812345678"),
        ("02-123-4567", "021234567"),
        ("045 712 345", "045712345"),
    ],
)
def test_phone_normalisation(typed: str, expected: str) -> None:
    assert normalise_phone(typed) == expected
    assert last_four(expected) == expected[-4:]


@pytest.mark.parametrize("typed", ["12345", "081-234-567", "1812345678", "phone", "0812345678901"])
def test_phone_rejects(typed: str) -> None:
    with pytest.raises(InvalidPhone):
        normalise_phone(typed)


def test_phone_format() -> None:
    assert format_phone("0812345678") == "081-234-5678"
    assert format_phone("021234567") == "02-123-4567"
