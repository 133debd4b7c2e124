"""Usage statistics from the visits read model: period boundaries in Bangkok time, counts, times, shapes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

from kiosk.db import Store
from kiosk.statistics.period import fiscal_year_period, parse_month
from kiosk.statistics.usage import UNRECORDED, outcome_label, usage

SSO = "labour-22"
DLT_TAX = "citizen-3"
DLT_QUEUE = "citizen-2"

AddVisit = Callable[..., str]
BKK = timezone(timedelta(hours=7))


def test_a_visit_counts_in_the_local_month_it_started(store: Store, add_visit: AddVisit) -> None:
    with store.write() as session:
        # 06:30 on 1 June in Bangkok is 23:30 UTC on 31 May: a June visit.
        add_visit(session, datetime(2026, 5, 31, 23, 30, tzinfo=UTC))
        # 23:30 on 31 May in Bangkok is still May.
        add_visit(session, datetime(2026, 5, 31, 23, 30, tzinfo=BKK))
        # Midnight exactly belongs to the new month; one microsecond before does not.
        add_visit(session, datetime(2026, 7, 1, 0, 0, tzinfo=BKK))
        add_visit(session, datetime(2026, 6, 30, 23, 59, 59, 999999, tzinfo=BKK))
    with store.read() as session:
        may, june, july = (usage(session, parse_month(m)) for m in ("2569-05", "2569-06", "2569-07"))
    assert (may.visits, june.visits, july.visits) == (1, 2, 1)
    assert june.per_day[0][1] == 1 and june.per_day[-1][1] == 1
    assert june.per_hour[6] == 1 and june.per_hour[23] == 1


def test_fiscal_year_boundary_in_local_time(store: Store, add_visit: AddVisit) -> None:
    with store.write() as session:
        add_visit(session, datetime(2026, 9, 30, 23, 50, tzinfo=BKK))  # FY 2569
        add_visit(session, datetime(2026, 10, 1, 0, 10, tzinfo=BKK))  # FY 2570 (17:10 UTC on 30 Sep)
        add_visit(session, datetime(2027, 9, 30, 16, 59, tzinfo=UTC))  # 23:59 local, last day of FY 2570
        add_visit(session, datetime(2027, 9, 30, 17, 0, tzinfo=UTC))  # 00:00 local 1 Oct: FY 2571
    with store.read() as session:
        counts = [usage(session, fiscal_year_period(year)).visits for year in (2569, 2570, 2571)]
    assert counts == [1, 2, 1]


def test_unique_and_repeat_citizens(store: Store, add_visit: AddVisit) -> None:
    day = datetime(2026, 5, 4, 9, 0, tzinfo=BKK)
    with store.write() as session:
        for hours, ref in enumerate(["a", "a", "a", "b", "c", "c", None, None]):
            add_visit(session, day + timedelta(hours=hours), citizen_ref=ref)
    with store.read() as session:
        found = usage(session, parse_month("2569-05"))
    assert found.visits == 8
    # a, b, c, and each of the two visits with no citizen reference counts as one person.
    assert found.unique_citizens == 5
    assert found.repeat_citizens == 2


def test_per_service_agency_category_and_outcomes(store: Store, add_visit: AddVisit) -> None:
    day = datetime(2026, 5, 4, 9, 0, tzinfo=BKK)
    with store.write() as session:
        add_visit(session, day, services=[(SSO, "done", 100.0), (DLT_TAX, "pending", 200.0)])
        add_visit(session, day, services=[(DLT_TAX, "done", 300.0)])
        add_visit(session, day, services=[(DLT_TAX, None, None), (DLT_QUEUE, "done", 400.0)])
    with store.read() as session:
        found = usage(session, parse_month("2569-05"))
    per_service = {s.key: s.visits for s in found.per_service}
    assert per_service == {DLT_TAX: 3, SSO: 1, DLT_QUEUE: 1}
    assert found.per_service[0].key == DLT_TAX and found.per_service[0].agency == "กรมการขนส่งทางบก"
    # Two services of the same agency in one visit are one visit for the agency.
    assert dict(found.per_agency)["กรมการขนส่งทางบก"] == 3
    assert dict(found.per_category) == {"citizen": 3, "labour": 1}
    assert found.outcomes == {"done": 3, "pending": 1, UNRECORDED: 1}
    assert found.service_time.items == 4
    assert found.service_time.mean_s == 250.0
    assert found.service_time.median_s == 250.0


def test_median_of_an_odd_number_of_times(store: Store, add_visit: AddVisit) -> None:
    day = datetime(2026, 5, 4, 9, 0, tzinfo=BKK)
    with store.write() as session:
        for seconds in (900.0, 60.0, 120.0):
            add_visit(session, day, services=[(SSO, "done", seconds)])
    with store.read() as session:
        time = usage(session, parse_month("2569-05")).service_time
    assert (time.items, time.mean_s, time.median_s) == (3, 360.0, 120.0)


def test_weekday_and_hour_are_local(store: Store, add_visit: AddVisit) -> None:
    with store.write() as session:
        # Monday 4 May 2026, 08:15 local = Monday 01:15 UTC; Sunday 10 May 06:00 local = Saturday 23:00 UTC.
        add_visit(session, datetime(2026, 5, 4, 8, 15, tzinfo=BKK))
        add_visit(session, datetime(2026, 5, 10, 6, 0, tzinfo=BKK))
    with store.read() as session:
        found = usage(session, parse_month("2569-05"))
    assert found.per_weekday == [1, 0, 0, 0, 0, 0, 1]
    assert found.per_hour[8] == 1 and found.per_hour[6] == 1 and sum(found.per_hour) == 2
    assert len(found.per_day) == 31 and sum(n for _, n in found.per_day) == 2


def test_an_empty_period(store: Store) -> None:
    with store.read() as session:
        found = usage(session, parse_month("2569-05"))
    assert (found.visits, found.unique_citizens, found.repeat_citizens) == (0, 0, 0)
    assert found.per_service == [] and found.outcomes == {}
    assert found.service_time.mean_s is None and found.service_time.median_s is None


def test_outcomes_read_in_the_counters_words() -> None:
    assert outcome_label("completed").th == "เสร็จสิ้น ณ จุดบริการ"
    assert outcome_label(UNRECORDED).en == "Not recorded"
    assert outcome_label("something-new").en == "something-new"
