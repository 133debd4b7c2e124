"""Usage of the counter over a period, aggregated in SQL over the ``visits``/``visit_items`` read models.

A visit belongs to the period in which it *started* (local time); its e-Services are counted with it.

Everything is one SQL statement. The period's visits and their e-Services are read once into two materialised
common table expressions, and every figure (counts, per service/agency/category, outcomes, mean and median time,
per day and hour) is a ``GROUP BY`` over those few thousand rows, the parts joined with ``UNION ALL``. Reading the
visits is the expensive part (random row lookups by time), so doing it once instead of once per figure keeps a
busy month well inside the Reports page's budget (see ``bench/bench_report.py``).

Unique citizens: visits carry a pseudonymous ``citizen_ref`` (equal for the same person); a visit without one (no
card read, no consent) cannot be matched to any other, so it counts as one citizen of its own. That may count a
returning citizen twice but never merges two people.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from kiosk.clock import BANGKOK
from kiosk.counter.vocab import Outcome
from kiosk.db.types import to_utc_text
from kiosk.i18n import Text
from kiosk.statistics.period import Period

UNRECORDED = "unrecorded"
"""The outcome key of an e-Service whose result the officer did not record."""


def outcome_label(code: str) -> Text:
    """The counter's wording for a stored outcome code (an unknown code is shown as it is)."""
    if code == UNRECORDED:
        return Text("ยังไม่บันทึกผล", "Not recorded")
    try:
        return Outcome(code).label
    except ValueError:
        return Text(code, code)


def _local_shift() -> str:
    offset = BANGKOK.utcoffset(None)
    assert offset is not None
    return f"{int(offset.total_seconds()):+d} seconds"


LOCAL = _local_shift()
"""SQLite date modifier turning a stored UTC text timestamp into Bangkok local time."""

# Whole seconds only (substr): SQLite rounds fractions to milliseconds, which would move 23:59:59.9999 into the
# next day. Columns: part, key, n, value, extra.
USAGE_SQL = f"""
WITH pv AS MATERIALIZED (
    SELECT id, citizen_ref, substr(started_at, 1, 19) AS started
    FROM visits WHERE started_at >= :first AND started_at < :after
),
pi AS MATERIALIZED (
    SELECT pv.id AS visit_id, i.outcome, i.duration_s, s.key, s.name, s.agency, s.category
    FROM pv JOIN visit_items AS i ON i.visit_id = pv.id JOIN services AS s ON s.key = i.service_key
)
SELECT 'visits', NULL, COUNT(*), COUNT(DISTINCT citizen_ref), COALESCE(SUM(citizen_ref IS NULL), 0) FROM pv
UNION ALL
SELECT 'repeat', NULL, COUNT(*), NULL, NULL FROM (
    SELECT citizen_ref FROM pv WHERE citizen_ref IS NOT NULL GROUP BY citizen_ref HAVING COUNT(*) > 1
)
UNION ALL
SELECT 'hour', date(started, '{LOCAL}'), COUNT(*), CAST(strftime('%H', started, '{LOCAL}') AS INTEGER), NULL
FROM pv GROUP BY 2, 4
UNION ALL
SELECT 'service', key, COUNT(DISTINCT visit_id), name, agency || char(31) || category FROM pi GROUP BY key
UNION ALL
SELECT 'agency', agency, COUNT(DISTINCT visit_id), NULL, NULL FROM pi GROUP BY agency
UNION ALL
SELECT 'category', category, COUNT(DISTINCT visit_id), NULL, NULL FROM pi GROUP BY category
UNION ALL
SELECT 'outcome', outcome, COUNT(*), NULL, NULL FROM pi GROUP BY outcome
UNION ALL
SELECT 'time', NULL, COUNT(duration_s), AVG(duration_s), NULL FROM pi
UNION ALL
SELECT 'median', NULL, COUNT(*), AVG(duration_s), NULL FROM (
    SELECT duration_s, ROW_NUMBER() OVER (ORDER BY duration_s) AS rank, COUNT(*) OVER () AS n
    FROM pi WHERE duration_s IS NOT NULL
) WHERE rank IN ((n + 1) / 2, (n + 2) / 2)
"""


@dataclass(frozen=True)
class ServiceUse:
    key: str
    service: str
    agency: str
    category: str
    visits: int


@dataclass(frozen=True)
class ServiceTime:
    items: int
    """e-Services with a recorded duration."""
    mean_s: float | None
    median_s: float | None


@dataclass(frozen=True)
class Usage:
    visits: int
    unique_citizens: int
    repeat_citizens: int
    """Citizens (by ``citizen_ref``) who came more than once in the period."""
    per_service: list[ServiceUse]
    per_agency: list[tuple[str, int]]
    per_category: list[tuple[str, int]]
    outcomes: dict[str, int]
    service_time: ServiceTime
    per_day: list[tuple[date, int]]
    per_weekday: list[int]
    """Visits per local weekday, Monday first (index 0) as :meth:`datetime.date.weekday` counts."""
    per_hour: list[int]
    """Visits per local hour of day, 0–23."""


@dataclass
class _Rows:
    visits: int = 0
    unique: int = 0
    repeat: int = 0
    services: list[ServiceUse] = field(default_factory=list)
    agencies: list[tuple[str, int]] = field(default_factory=list)
    categories: list[tuple[str, int]] = field(default_factory=list)
    outcomes: dict[str, int] = field(default_factory=dict)
    timed: int = 0
    mean: float | None = None
    median: float | None = None
    by_day: Counter[str] = field(default_factory=Counter)
    by_hour: list[int] = field(default_factory=lambda: [0] * 24)


def _busiest(pairs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return sorted(pairs, key=lambda pair: (-pair[1], pair[0]))


def usage(session: Session, period: Period) -> Usage:
    first, after = period.utc_bounds()
    found = _Rows()
    rows = session.execute(text(USAGE_SQL), {"first": to_utc_text(first), "after": to_utc_text(after)})
    for part, key, n, value, extra in rows:
        if part == "visits":
            found.visits, found.unique = int(n), int(value) + int(extra)
        elif part == "repeat":
            found.repeat = int(n)
        elif part == "hour":
            found.by_day[str(key)] += int(n)
            found.by_hour[int(value)] += int(n)
        elif part == "service":
            agency, category = str(extra).split("\x1f", 1)
            found.services.append(ServiceUse(str(key), str(value), agency, category, int(n)))
        elif part == "agency":
            found.agencies.append((str(key), int(n)))
        elif part == "category":
            found.categories.append((str(key), int(n)))
        elif part == "outcome":
            found.outcomes[str(key) if key is not None else UNRECORDED] = int(n)
        elif part == "time":
            found.timed, found.mean = int(n), (float(value) if value is not None else None)
        elif part == "median" and value is not None:
            found.median = float(value)
    per_day = [(day, found.by_day.get(day.isoformat(), 0)) for day in period.each_day()]
    per_weekday = [0] * 7
    for day, n in per_day:
        per_weekday[day.weekday()] += n
    return Usage(
        visits=found.visits,
        unique_citizens=found.unique,
        repeat_citizens=found.repeat,
        per_service=sorted(found.services, key=lambda s: (-s.visits, s.service)),
        per_agency=_busiest(found.agencies),
        per_category=_busiest(found.categories),
        outcomes=found.outcomes,
        service_time=ServiceTime(found.timed, found.mean, found.median),
        per_day=per_day,
        per_weekday=per_weekday,
        per_hour=found.by_hour,
    )
