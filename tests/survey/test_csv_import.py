"""Importing a province-style CSV of paper surveys: whole or nothing, exact messages, idempotent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.db import Store
from kiosk.db.models import Event, SurveyResponse
from kiosk.survey.csv_import import ImportRejected, UnreadableFile, import_survey_csv, parse_survey_csv
from kiosk.survey.values import ServiceResolver

TODAY = date(2026, 5, 31)
RESOLVER = ServiceResolver.from_rows(
    [("labour-22", "ขึ้นทะเบียนผู้ประกันตนมาตรา 40"), ("citizen-3", "เสียภาษีรถยนต์")]
)

GOOD = (
    "date,form_number,sex,age_band,occupation,heard_from,services,q1_1,q1_2,q1_3,q2_1,q2_2,q2_3,q3_1,q3_2,q3_3,q4,"
    "suitable,suitable_reasons,problems,suggestions\n"
    "2026-05-02,S-3501-69-000001,หญิง,มากกว่า 60 ปี ขึ้นไป,เกษตรกรรม,เสียงตามสาย;เว็บไซต์,labour-22,5,4,4,5,5,5,4,4,3,5,"
    "เหมาะสม,มีความสะดวก;ลูกหลานพามา,รอคิวนาน,อยากให้มีที่จอดรถ\n"
    "๐๓/๐๕/๒๕๖๙,,male,21-30,ช่างตัดผม,,เสียภาษีรถยนต์;labour-22,4,,3,4,4,4,3,3,3,4,no,,,\n"
    '15/05/2569,,F,31 – 40,student,,,3,3,3,3,3,3,3,3,3,3,yes,,"ไม่มีป้ายบอกทาง; เน็ตช้า",\n'
)


def write(tmp_path: Path, text: str, *, encoding: str = "utf-8-sig", name: str = "surveys.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def count(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(SurveyResponse)) or 0


def do_import(store: Store, path: Path) -> tuple[int, int]:
    with store.write() as session:
        result = import_survey_csv(session, path, officer_id=None, today=TODAY)
    return result.imported, result.already_imported


def test_a_good_file_imports_every_row_in_canonical_form(store: Store, tmp_path: Path) -> None:
    assert do_import(store, write(tmp_path, GOOD)) == (3, 0)
    with store.read() as session:
        rows = list(session.scalars(select(SurveyResponse).order_by(SurveyResponse.survey_date)))
        events = session.scalar(
            select(func.count()).select_from(Event).where(Event.kind == "survey.submitted")
        )
    assert events == 3
    first, second, third = rows
    assert first.source == "import" and first.form_number == "S-3501-69-000001"
    assert first.answers["sex"] == "female" and first.answers["age_band"] == "over_60"
    assert first.answers["heard_from"] == ["broadcast", "website"]
    assert first.answers["suitable_reasons"] == ["convenient", "other"]
    assert first.answers["suitable_reasons_other"] == "ลูกหลานพามา"
    assert first.answers["problems"] == ["รอคิวนาน"]
    assert (first.q1_1, first.q3_3, first.q4) == (5, 3, 5)
    assert second.survey_date == date(2026, 5, 3)
    assert second.answers["occupation"] == "other" and second.answers["occupation_other"] == "ช่างตัดผม"
    assert second.answers["services"] == ["citizen-3", "labour-22"]
    assert second.q1_2 is None and second.answers["suitable"] == "no"
    assert third.answers["problems"] == ["ไม่มีป้ายบอกทาง", "เน็ตช้า"]


def test_importing_the_same_file_twice_imports_nothing_the_second_time(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    assert do_import(store, path) == (3, 0)
    assert do_import(store, path) == (0, 3)
    # The same content re-saved in another order, without the BOM, with dates written the other way: still nothing.
    header, *rows = GOOD.splitlines()
    resaved = "\n".join([header, *reversed(rows)]).replace("2026-05-02", "02/05/2569") + "\n"
    assert do_import(store, write(tmp_path, resaved, encoding="utf-8", name="again.csv")) == (0, 3)
    assert count(store) == 3


def test_two_identical_paper_forms_in_one_file_are_both_kept(store: Store, tmp_path: Path) -> None:
    text = "date,q4\n2026-05-02,5\n2026-05-02,5\n"
    assert do_import(store, write(tmp_path, text)) == (2, 0)
    assert do_import(store, write(tmp_path, text)) == (0, 2)
    assert do_import(store, write(tmp_path, text + "2026-05-02,5\n")) == (1, 2)
    assert count(store) == 3


def problems_of(text: str) -> list[str]:
    with pytest.raises(ImportRejected) as raised:
        parse_survey_csv(text.encode(), RESOLVER, today=TODAY)
    return [p.describe().en for p in raised.value.problems]


def test_every_problem_is_reported_with_line_and_column() -> None:
    text = "date,q1_1,colour,q4,sex\n2026-05-02,6,red,5,male\n31/02/2569,5,,4,x\n2026-05-03,,,,female\n"
    assert problems_of(text) == [
        "Line 1, column 3 (colour): Unknown column (known: date, form_number, sex, age_band, occupation, "
        "education, visits_6m, heard_from, services, q1_1, q1_2, q1_3, q2_1, q2_2, q2_3, q3_1, q3_2, q3_3, q4, "
        "suitable, suitable_reasons, unsuitable_reason, wanted_services, problems, suggestions).",
        "Line 2, column 2 (q1_1): Rating '6' must be a whole number 1–5, or empty.",
        "Line 3, column 1 (date): '31/02/2569' is not a calendar date.",
        "Line 3, column 5 (sex): 'x' is not a choice here (use: male (Male), female (Female)).",
        "Line 4: At least one satisfaction rating (items 1.1–4) is required.",
    ]


def test_rejection_messages_are_in_thai_too() -> None:
    with pytest.raises(ImportRejected) as raised:
        parse_survey_csv(b"date,q4\n2026-05-02,9\n", RESOLVER, today=TODAY)
    assert "บรรทัด 2 คอลัมน์ 2 (q4)" in raised.value.what.th
    assert "ยังไม่มีข้อมูลใดถูกบันทึก" in raised.value.what.th


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("", "The date is required."),
        ("2569-05-02", "YYYY-MM-DD takes a C.E. year"),
        ("02/05/2026", "DD/MM/YYYY takes a B.E. year"),
        ("2 May 2026", "Cannot read date"),
        ("2026-06-01", "in the future"),
        ("01/01/2469", "too early"),
    ],
)
def test_bad_dates(cell: str, message: str) -> None:
    (problem,) = problems_of(f"date,q4\n{cell},5\n")
    assert problem.startswith("Line 2, column 1 (date): ") and message in problem


def test_a_rejected_file_saves_nothing(store: Store, tmp_path: Path) -> None:
    with store.write() as session, pytest.raises(ImportRejected):
        import_survey_csv(
            session, write(tmp_path, GOOD + "2026-05-09,,,,,,,7,,,,,,,,,,,,,\n"), officer_id=None, today=TODAY
        )
    assert count(store) == 0


def test_header_problems() -> None:
    assert problems_of("q4,q4\n5,5\n") == [
        "Line 1, column 2 (q4): Same column as column 1.",
        "Line 1: There is no date column.",
    ]
    assert problems_of("date,sex\n2026-05-02,male\n") == [
        "Line 1: There is no rating column (q1_1–q4).",
        "Line 2: At least one satisfaction rating (items 1.1–4) is required.",
    ]


def test_ragged_rows_blank_lines_and_trailing_empty_columns() -> None:
    assert problems_of("date,q4,q1_1\n2026-05-02,5\n2026-05-02,5,4,extra\n") == [
        "Line 2: This row has 2 cells but the header has 3 columns.",
        "Line 3: This row has 4 cells but the header has 3 columns.",
    ]
    rows = parse_survey_csv(
        b"date,q4,,\r\n\r\n2026-05-02,5,,\r\n,,,\r\n2026-05-03,4,,,\r\n", RESOLVER, today=TODAY
    )
    assert [row.line for row in rows] == [3, 5]
    assert problems_of("date,q4,\n2026-05-02,5,oops\n") == [
        "Line 2, column 3 (-): A value under a column with no name."
    ]


def test_line_numbers_follow_multi_line_cells() -> None:
    text = 'date,q4,suggestions\n2026-05-02,5,"first line\nsecond line"\n2026-05-03,8,\n'
    assert problems_of(text) == ["Line 4, column 2 (q4): Rating '8' must be a whole number 1–5, or empty."]


def test_services_must_be_known() -> None:
    (problem,) = problems_of("date,q4,services\n2026-05-02,5,labour-22;ทำบัตรประชาชน\n")
    assert problem.startswith("Line 2, column 3 (services): No e-Service 'ทำบัตรประชาชน'")


def test_duplicate_form_numbers_in_one_file() -> None:
    assert problems_of("date,form_number,q4\n2026-05-02,S-1,5\n2026-05-03,S-1,4\n") == [
        "Line 3, column 2 (form_number): The same form number as line 2."
    ]


def test_a_form_number_already_keyed_in_rejects_the_file(store: Store, tmp_path: Path) -> None:
    do_import(store, write(tmp_path, "date,form_number,q4\n2026-05-02,S-1,5\n"))
    with store.write() as session, pytest.raises(ImportRejected, match="S-1 has already been recorded"):
        import_survey_csv(
            session, write(tmp_path, "date,form_number,q4\n2026-05-02,S-1,4\n"), officer_id=None, today=TODAY
        )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"\xef\xbb\xbf\r\n", "The file is empty."),
        (b"date,q4\n", "header but no survey rows"),
        (b",,\n2026-05-02,5\n", "first line must be the header"),
        ("date,q4\n2026-05-02,5\nวันที่,4\n".encode("cp874"), "not UTF-8 text (first bad byte on line 3)"),
        (b'date,q4\n2026-05-02,"5\n', "malformed at line 2"),
        (b'date,q4\n2026-05-02,"5"x\n', "malformed at line 2"),
        (b"date,q4\n2026-05-02,\x005\n", "a NUL character on line 2"),
        ("date,q4\n2026-05-02,5\n".encode("utf-16-le"), "a NUL character on line 1"),
        ("date,q4\n2026-05-02,5\n".encode("utf-16"), "UTF-16 perhaps"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Excel workbook"),
    ],
)
def test_unreadable_files_get_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(UnreadableFile) as raised:
        parse_survey_csv(data, RESOLVER, today=TODAY)
    assert message in raised.value.message("en")
    assert raised.value.message("th")


def test_a_missing_file(store: Store, tmp_path: Path) -> None:
    with store.write() as session, pytest.raises(UnreadableFile, match="Cannot open"):
        import_survey_csv(session, tmp_path / "nope.csv", officer_id=None, today=TODAY)
