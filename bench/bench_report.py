"""How long the district report takes over a busy year (issue 6: goal < 300 ms for a monthly report).

Builds a throwaway data directory holding one fiscal year of a busy counter — 50,000 visits (1–2 e-Services each,
recorded outcomes and durations, pseudonymous citizen references with repeat visitors) and 10,000 survey
responses with part 1 and part 3 answers — then times ``build_report`` for each of the twelve months and for
the whole fiscal year, on a warm database as the Reports page sees it.

    .venv/bin/python bench/bench_report.py [--visits 50000] [--responses 10000] [--runs 5] [--keep DIR]

Prints a Markdown table. The generator is also used to fill a demo database for screenshots.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from kiosk.bootstrap import open_data_dir
from kiosk.clock import BANGKOK
from kiosk.db import Store
from kiosk.db.models import SurveyResponse, Visit, VisitItem
from kiosk.demo import seed_demo
from kiosk.offered import list_offered
from kiosk.statistics.period import Period, fiscal_year_period, month_of
from kiosk.statistics.report import build_report
from kiosk.survey.model import (
    AGE_BAND,
    EDUCATION,
    HEARD_FROM,
    OCCUPATION,
    RATING_KEYS,
    SEX,
    SUITABLE_REASONS,
    VISITS_6M,
)

FISCAL_YEAR = 2570
OUTCOMES = ("completed",) * 6 + ("submitted", "submitted", "paid", "failed")
PROBLEMS = ("รอคิวนาน", "อินเทอร์เน็ตช้า", "ไม่มีที่จอดรถ", "เว็บไซต์ของหน่วยงานล่ม", "เอกสารไม่ครบ")
SUGGESTIONS = ("อยากให้เพิ่มเจ้าหน้าที่", "ควรมีป้ายบอกทาง", "เปิดบริการวันเสาร์", "เพิ่มงานบริการของกรมที่ดิน")


def _moment(rnd: random.Random, day: date) -> datetime:
    """A working-hours instant (08:30–16:30 Bangkok) of ``day``, as UTC."""
    minutes = rnd.randint(8 * 60 + 30, 16 * 60 + 30)
    local = datetime.combine(day, day_time(minutes // 60, minutes % 60, rnd.randint(0, 59)), BANGKOK)
    return local.astimezone(UTC)


def _working_days(period: Period) -> list[date]:
    return [day for day in period.each_day() if day.weekday() < 5]


def generate(
    store: Store, *, visits: int, responses: int, fiscal_year: int = FISCAL_YEAR, seed: int = 2570
) -> None:
    """Fill ``store`` (already holding the demo district) with a fiscal year of visits and survey responses."""
    rnd = random.Random(seed)
    period = fiscal_year_period(fiscal_year)
    days = _working_days(period)
    with store.read() as session:
        offered = [row.service_key for row in list_offered(session)]
    citizens = [f"{rnd.getrandbits(128):032x}" for _ in range(int(visits * 0.6))]
    visit_rows: list[dict[str, object]] = []
    item_rows: list[dict[str, object]] = []
    for number in range(visits):
        started = _moment(rnd, rnd.choice(days))
        visit_id = f"v{number:035d}"
        ref = rnd.choice(citizens) if rnd.random() > 0.05 else None
        visit_rows.append(
            {
                "id": visit_id,
                "started_at": started,
                "ended_at": started + timedelta(minutes=rnd.randint(5, 40)),
                "officer_id": None,
                "citizen_ref": ref,
                "source": "card",
                "consent": ref is not None,
            }
        )
        for index, key in enumerate(rnd.sample(offered, 2 if rnd.random() < 0.2 else 1)):
            duration = rnd.randint(120, 1800)
            item_rows.append(
                {
                    "id": f"i{number:034d}{index}",
                    "visit_id": visit_id,
                    "service_key": key,
                    "opened_at": started,
                    "saved_at": started + timedelta(seconds=duration),
                    "outcome": rnd.choice(OUTCOMES),
                    "duration_s": float(duration),
                }
            )
    response_rows = [_response(rnd, number, rnd.choice(days), offered) for number in range(responses)]
    with store.write() as session:
        session.execute(insert(Visit), visit_rows)
        session.execute(insert(VisitItem), item_rows)
        session.execute(insert(SurveyResponse), response_rows)


def _response(rnd: random.Random, number: int, day: date, offered: list[str]) -> dict[str, object]:
    def rating() -> int | None:
        return None if rnd.random() < 0.04 else rnd.choices((5, 4, 3, 2, 1), (45, 35, 14, 4, 2))[0]

    answers: dict[str, object] = {
        "sex": rnd.choice(SEX.choices).code,
        "age_band": rnd.choices([c.code for c in AGE_BAND.choices], (5, 12, 18, 22, 23, 20))[0],
        "occupation": rnd.choice(OCCUPATION.choices[:-1]).code,
        "education": rnd.choice(EDUCATION.choices).code,
        "visits_6m": rnd.choice(VISITS_6M.choices).code,
        "heard_from": sorted({rnd.choice(HEARD_FROM.choices[:-1]).code for _ in range(rnd.randint(1, 2))}),
        "services": [rnd.choice(offered)],
        "suitable": "yes",
        "suitable_reasons": sorted({rnd.choice(SUITABLE_REASONS.choices[:-1]).code for _ in range(2)}),
    }
    if rnd.random() < 0.08:
        answers["problems"] = [rnd.choice(PROBLEMS)]
    if rnd.random() < 0.05:
        answers["suggestions"] = [rnd.choice(SUGGESTIONS)]
    return {
        "id": f"r{number:035d}",
        "survey_date": day,
        "recorded_at": _moment(rnd, day),
        "source": rnd.choice(("kiosk", "kiosk", "paper")),
        "answers": answers,
        **{key: rating() for key in RATING_KEYS},
    }


def _time(store: Store, period: Period, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        with store.read() as session:
            build_report(session, period)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--visits", type=int, default=50_000)
    parser.add_argument("--responses", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the data directory here and keep it")
    args = parser.parse_args(argv)
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-report-"))
    store = open_data_dir(root)
    try:
        with store.write() as session:
            seed_demo(session)
        started = time.perf_counter()
        generate(store, visits=args.visits, responses=args.responses)
        print(
            f"generated {args.visits:,} visits and {args.responses:,} responses in {time.perf_counter() - started:.1f} s"
        )
        fiscal = fiscal_year_period(FISCAL_YEAR)
        months = _months(fiscal)
        _time(store, months[0], 1)  # warm the page cache, as a running app has it
        print("\n| period | visits | median ms | max ms |\n|---|---:|---:|---:|")
        monthly: list[float] = []
        for period in months:
            samples = _time(store, period, args.runs)
            monthly += samples
            with store.read() as session:
                visits = build_report(session, period)["visits"]
            print(
                f"| {period.label().en} | {visits:,} | {statistics.median(samples):.0f} | {max(samples):.0f} |"
            )
        print(f"| **every month** | | {statistics.median(monthly):.0f} | {max(monthly):.0f} |")
        samples = _time(store, fiscal, max(1, args.runs // 2))
        print(
            f"| {fiscal.label().en} | {args.visits:,} | {statistics.median(samples):.0f} | {max(samples):.0f} |"
        )
    finally:
        store.close()
    return 0


def _months(fiscal: Period) -> list[Period]:
    months = [month_of(fiscal.start)]
    while months[-1].end < fiscal.end:
        months.append(month_of(months[-1].end + timedelta(days=1)))
    return months


if __name__ == "__main__":
    sys.exit(main())
