"""``report monthly`` and ``survey import`` as an admin runs them: real subprocesses on a fresh data directory."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import run_main

run = run_main


def test_survey_import_then_monthly_report_json(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    csv_file = tmp_path / "may.csv"
    csv_file.write_text(
        "date,q1_1,q1_2,q1_3,q2_1,q2_2,q2_3,q3_1,q3_2,q3_3,q4,problems,suggestions\n"
        "2026-05-02,5,4,4,5,5,5,4,4,4,5,รอนาน,\n"
        "03/05/2569,3,4,4,3,3,3,4,4,4,3,,เพิ่มเก้าอี้;มีน้ำดื่ม\n",
        encoding="utf-8-sig",
    )
    dry = run("--lang", "en", "survey", "import", "--dry-run", str(csv_file), data_dir=data)
    assert dry.returncode == 0 and "2 of 2 row(s) would be imported" in dry.stdout, dry.stderr
    first = run("--lang", "en", "survey", "import", str(csv_file), data_dir=data)
    assert first.returncode == 0, first.stderr
    assert "Imported 2 of 2" in first.stdout
    again = run("--lang", "en", "survey", "import", str(csv_file), data_dir=data)
    assert (
        again.returncode == 0 and "Imported 0 of 2 survey row(s) (2 had been imported before)" in again.stdout
    )

    result = run("report", "monthly", "--month", "2569-05", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["period"] == {"start": "2026-05-01", "end": "2026-05-31"}
    assert report["district"]["centre"] == "" and report["visits"] == 0 and report["unique_citizens"] == 0
    sat = report["satisfaction"]
    assert sat["respondents"] == 2
    assert sat["items"]["q1_1"] == 4.0 and sat["groups"]["staff"] == 4.0
    # process (4 + 4 + 4) / 3 = 4, staff 4, facilities 4, overall (5 + 3) / 2 = 4 -> 4.0 and 80 %.
    assert sat["score"] == 4.0 and sat["percent"] == 80.0
    assert report["problems"] == ["รอนาน"] and report["suggestions"] == ["เพิ่มเก้าอี้", "มีน้ำดื่ม"]


def test_rejections_are_messages_not_tracebacks(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,q4,colour\n2026-05-02,6,red\n", encoding="utf-8")
    result = run("--lang", "en", "survey", "import", str(bad), data_dir=tmp_path / "d")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Line 1, column 3 (colour): Unknown column" in result.stderr
    assert "Line 2, column 2 (q4): Rating '6'" in result.stderr
    month = run("--lang", "en", "report", "monthly", "--month", "2026-05", data_dir=tmp_path / "d")
    assert month.returncode == 1 and "not a B.E. year" in month.stderr and "Traceback" not in month.stderr


def test_fiscal_year_text_and_exports(tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    result = run("report", "monthly", "--fiscal-year", "2570", "--export", str(xlsx), data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert "ปีงบประมาณ พ.ศ. 2570" in result.stdout and "2026-10-01" in result.stdout
    assert xlsx.read_bytes()[:2] == b"PK"
    result = run("report", "monthly", "--month", "2569-05", "--export", str(pdf), data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
