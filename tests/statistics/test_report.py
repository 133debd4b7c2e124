"""The district report dict: the issue's keys, the OPDC numbers from stored responses, exports, submission."""

from __future__ import annotations

import csv
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kiosk.db import Store
from kiosk.db.models import Event, ReportSubmission
from kiosk.officers import OfficerInfo, Role
from kiosk.statistics.export import write_csv, write_xlsx
from kiosk.statistics.period import fiscal_year_period, parse_month
from kiosk.statistics.report import build_report
from kiosk.statistics.satisfaction import satisfaction_of
from kiosk.statistics.submission import SubmissionRefused, mark_submitted, submission_state
from kiosk.survey.answers import Source, SurveyAnswers
from kiosk.survey.model import RATING_KEYS
from kiosk.survey.record import record_response

BKK = timezone(timedelta(hours=7))
MAY = parse_month("2569-05")
TODAY = date(2026, 6, 15)
AddVisit = Callable[..., str]
SUPERVISOR = OfficerInfo("00000000-0000-0000-0000-000000000001", "sup", "หัวหน้า", Role.SUPERVISOR)
OFFICER = OfficerInfo("00000000-0000-0000-0000-000000000002", "off", "เจ้าหน้าที่", Role.OFFICER)

ISSUE_KEYS = {"period", "visits", "unique_citizens", "per_service", "satisfaction", "problems", "suggestions"}


def save(store: Store, day: date, ratings: dict[str, int | None], **answers: object) -> None:
    with store.write() as session:
        record_response(
            session,
            SurveyAnswers(day, ratings, answers),  # type: ignore[arg-type]
            source=Source.PAPER,
            officer_id=None,
            today=TODAY,
        )


def test_a_fresh_directory_gives_the_issue_keys_with_empty_district(store: Store) -> None:
    with store.read() as session:
        report = build_report(session, MAY, today=TODAY)
    assert set(report) >= ISSUE_KEYS
    assert report["period"] == {"start": "2026-05-01", "end": "2026-05-31"}
    assert {k: report["district"][k] for k in ("centre", "district", "province")} == dict.fromkeys(
        ("centre", "district", "province"), ""
    )
    sat = report["satisfaction"]
    assert set(sat) >= {"respondents", "items", "groups", "score", "percent"}
    assert list(sat["items"]) == list(RATING_KEYS)
    assert set(sat["groups"]) == {"process", "staff", "facilities", "overall"}
    assert sat["score"] is None and sat["percent"] is None and sat["respondents"] == 0
    assert report["visits"] == 0 and report["per_service"] == [] and report["problems"] == []
    assert report["kpi"] == {"offered": 0, "minimum": 5, "met": False}
    assert report["submission"]["due"] == "2026-05-30" and report["submission"]["overdue"] is True


def test_the_demo_district_fills_the_header_and_meets_the_kpi(demo_store: Store) -> None:
    with demo_store.read() as session:
        report = build_report(session, MAY, today=TODAY)
    assert report["district"]["province"] == "ยโสธร"
    assert report["district"]["centre"] == "ศูนย์ดำรงธรรมอำเภอเมืองยโสธร"
    assert report["kpi"]["met"] is True and report["kpi"]["offered"] >= 5


def test_a_month_of_visits_and_surveys(store: Store, add_visit: AddVisit) -> None:
    with store.write() as session:
        add_visit(session, datetime(2026, 5, 4, 9, 0, tzinfo=BKK), citizen_ref="a")
        add_visit(
            session,
            datetime(2026, 5, 5, 9, 0, tzinfo=BKK),
            citizen_ref="a",
            services=[("citizen-3", "done", 60.0)],
        )
        add_visit(session, datetime(2026, 4, 30, 16, 59, tzinfo=UTC), citizen_ref="b")  # 23:59 local, April
    save(store, date(2026, 5, 1), {"q1_1": 5, "q1_2": 4, "q4": 5}, sex="female", problems=["รอนาน"])
    save(store, date(2026, 5, 31), {"q1_1": 4, "q2_1": 3, "q4": 4}, sex="male", suggestions=["เพิ่มเก้าอี้"])
    save(store, date(2026, 5, 31), {"q1_1": 3, "q3_3": 2}, sex="female", heard_from=["website", "broadcast"])
    save(store, date(2026, 6, 1), {"q1_1": 1, "q4": 1}, problems=["เดือนหน้า"])
    with store.read() as session:
        report = build_report(session, MAY, today=TODAY)
    assert (report["visits"], report["unique_citizens"], report["repeat_citizens"]) == (2, 1, 1)
    assert [(s["service"], s["agency"], s["visits"]) for s in report["per_service"]] == [
        ("ขึ้นทะเบียนผู้ประกันตน มาตรา 40", "สำนักงานประกันสังคม", 1),
        ("เสียภาษีรถยนต์", "กรมการขนส่งทางบก", 1),
    ]
    sat = report["satisfaction"]
    assert sat["respondents"] == 3
    assert sat["items"]["q1_1"] == 4.0 and sat["items"]["q1_2"] == 4.0 and sat["items"]["q2_2"] is None
    assert sat["answered"]["q1_1"] == 3 and sat["distribution"]["q1_1"] == {
        "5": 1,
        "4": 1,
        "3": 1,
        "2": 0,
        "1": 0,
    }
    # process (4 + 4) / 2 = 4; staff 3; facilities 2; overall (5 + 4) / 2 = 4.5; score 13.5 / 4 = 3.375.
    assert sat["groups"] == {"process": 4.0, "staff": 3.0, "facilities": 2.0, "overall": 4.5}
    assert sat["score"] == 3.375 and sat["percent"] == 67.5
    assert report["problems"] == ["รอนาน"] and report["suggestions"] == ["เพิ่มเก้าอี้"]
    sexes = {d["code"]: d["count"] for d in report["demographics"]["sex"]}
    assert sexes == {"female": 2, "male": 1}
    heard = {d["label"]: d["count"] for d in report["demographics"]["heard_from"]}
    assert heard == {"เว็บไซต์": 1, "เสียงตามสาย": 1}
    assert report["responses"] == {"total": 3, "by_source": {"paper": 3}}


def test_sql_aggregation_agrees_with_the_formula_on_random_data(store: Store) -> None:
    rnd = random.Random(6)
    responses: list[dict[str, int | None]] = []
    for _ in range(120):
        ratings = {key: rnd.choice([None, 1, 2, 3, 4, 5, 5, 4]) for key in RATING_KEYS}
        ratings["q4"] = ratings["q4"] or 3
        responses.append(ratings)
        save(store, date(2026, 5, rnd.randint(1, 31)), ratings)
    expected = satisfaction_of(responses)
    with store.read() as session:
        sat = build_report(session, MAY, today=TODAY)["satisfaction"]
    assert sat["respondents"] == 120
    for key in RATING_KEYS:
        assert sat["items"][key] == float(expected.items[key])  # type: ignore[arg-type]
    assert sat["score"] == float(expected.score)  # type: ignore[arg-type]
    assert sat["percent"] == float(expected.score * 20)  # type: ignore[operator]


def test_a_fiscal_year_report_has_no_submission(store: Store) -> None:
    with store.read() as session:
        report = build_report(session, fiscal_year_period(2570), today=TODAY)
    assert report["kind"] == "fiscal_year" and "submission" not in report
    assert len(report["per_day"]) == 365


def test_marking_a_month_submitted(store: Store) -> None:
    with store.write() as session, pytest.raises(SubmissionRefused, match="supervisor"):
        mark_submitted(session, MAY, OFFICER)
    sent = datetime(2026, 6, 2, 3, 0, tzinfo=UTC)
    with store.write() as session:
        state = mark_submitted(session, MAY, SUPERVISOR, at=sent)
    assert state.submitted and state.late and not state.overdue
    with store.write() as session, pytest.raises(SubmissionRefused, match="marked sent"):
        mark_submitted(session, MAY, SUPERVISOR)
    with store.write() as session, pytest.raises(SubmissionRefused, match="not started"):
        mark_submitted(session, parse_month("2569-08"), SUPERVISOR, at=sent)
    with store.read() as session:
        row = session.get(ReportSubmission, "2026-05")
        assert row is not None and row.officer_id == SUPERVISOR.id
        events = list(session.scalars(select(Event).where(Event.kind == "report.submitted")))
        assert len(events) == 1 and events[0].payload == {"month": "2026-05", "due": "2026-05-30"}
        on_time = submission_state(session, parse_month("2569-06"), date(2026, 6, 30))
    assert not on_time.overdue and not on_time.submitted


def test_exports_carry_the_report(store: Store, tmp_path: Path) -> None:
    save(store, date(2026, 5, 2), {"q1_1": 5, "q4": 4}, problems=["ไม่มีที่จอดรถ"])
    with store.read() as session:
        report = build_report(session, MAY, today=TODAY)
    write_csv(report, tmp_path / "r.csv")
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert ["# สรุป"] in rows and ["ร้อยละความพึงพอใจ", "90.00"] in rows
    assert ["ปัญหาอุปสรรค", "ไม่มีที่จอดรถ"] in rows
    write_xlsx(report, tmp_path / "r.xlsx", "en")
    book = load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["Summary", "Services", "Per day", "Satisfaction", "Respondents", "Comments"]
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Satisfaction %"] == 90.0 and summary["Respondents"] == 1
    satisfaction = list(book["Satisfaction"].iter_rows(min_row=2, values_only=True))
    assert satisfaction[1][:3] == ("1.1", "The service met my needs", 1) and satisfaction[1][-1] == 5.0
