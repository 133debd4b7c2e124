"""Months and fiscal years named in B.E., their local-time bounds, and the monthly report's due date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.errors import KioskError
from kiosk.statistics.period import PeriodKind, fiscal_year_period, month_of, parse_month, previous_month
from kiosk.statistics.submission import due_date


def test_a_be_month() -> None:
    period = parse_month("2569-05")
    assert (period.start, period.end, period.kind) == (date(2026, 5, 1), date(2026, 5, 31), PeriodKind.MONTH)
    assert period.month_key == "2026-05"
    assert period.label().th == "พฤษภาคม 2569"
    assert parse_month("๒๕๖๙-๐๕") == period


def test_february_of_a_leap_year() -> None:
    assert parse_month("2567-02").end == date(2024, 2, 29)
    assert parse_month("2569-02").end == date(2026, 2, 28)


@pytest.mark.parametrize("text", ["2026-05", "2569-13", "2569-0", "May 2569", "2569/05", ""])
def test_bad_months_are_refused_with_a_message(text: str) -> None:
    with pytest.raises(KioskError) as raised:
        parse_month(text)
    assert raised.value.what.th and raised.value.what.en


def test_a_ce_year_is_explained_not_guessed() -> None:
    with pytest.raises(KioskError, match="2569"):
        parse_month("2026-05")


def test_local_midnight_bounds_in_utc() -> None:
    first, after = parse_month("2569-06").utc_bounds()
    assert first == datetime(2026, 5, 31, 17, 0, tzinfo=UTC)
    assert after == datetime(2026, 6, 30, 17, 0, tzinfo=UTC)


def test_fiscal_year_runs_october_to_september_named_by_its_end() -> None:
    period = fiscal_year_period(2570)
    assert (period.start, period.end) == (date(2026, 10, 1), date(2027, 9, 30))
    assert period.label().th == "ปีงบประมาณ พ.ศ. 2570"
    first, after = period.utc_bounds()
    assert first == datetime(2026, 9, 30, 17, 0, tzinfo=UTC)
    assert after == datetime(2027, 9, 30, 17, 0, tzinfo=UTC)
    with pytest.raises(KioskError):
        fiscal_year_period(2027)


def test_month_navigation() -> None:
    assert month_of(date(2027, 1, 15)) == parse_month("2570-01")
    assert previous_month(parse_month("2570-01")) == parse_month("2569-12")


@pytest.mark.parametrize(
    ("month", "due"),
    [
        ("2569-05", date(2026, 5, 30)),
        ("2569-06", date(2026, 6, 30)),
        ("2569-02", date(2026, 2, 28)),
        ("2567-02", date(2024, 2, 29)),
    ],
)
def test_the_report_is_due_on_the_30th_or_februarys_last_day(month: str, due: date) -> None:
    assert due_date(parse_month(month)) == due


def test_only_months_have_a_due_date() -> None:
    with pytest.raises(ValueError, match="monthly"):
        due_date(fiscal_year_period(2570))
