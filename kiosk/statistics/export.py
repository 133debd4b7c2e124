"""The report dict as tables, written to CSV (one file, one section per table) or XLSX (one sheet per table).

The province re-keys district reports into its own spreadsheets and e-SAR, so exports carry the same numbers as
the report with two decimals where the report is shown rounded, and the means unrounded in XLSX cells.
The CSV is UTF-8 with a BOM: without it Excel on a Thai Windows PC opens Thai text as mojibake.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from kiosk.i18n import Language, Text
from kiosk.statistics.usage import outcome_label
from kiosk.survey.model import GROUPS, PART1

Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    name: Text
    header: tuple[Text, ...]
    rows: list[list[Cell]]


def _t(th: str, en: str) -> Text:
    return Text(th, en)


def _summary(report: Mapping[str, Any], lang: Language) -> Table:
    sat = report["satisfaction"]
    district = report.get("district") or {}
    time = report.get("service_time") or {}
    kpi = report.get("kpi") or {}
    rows: list[list[Cell]] = [
        [_t("ศูนย์", "Centre").get(lang), district.get("centre", "")],
        [_t("อำเภอ", "District").get(lang), district.get("district", "")],
        [_t("จังหวัด", "Province").get(lang), district.get("province", "")],
        [_t("ช่วงเวลา", "Period").get(lang), report["label"][lang]],
        [_t("ตั้งแต่", "From").get(lang), report["period"]["start"]],
        [_t("ถึง", "To").get(lang), report["period"]["end"]],
        [_t("จำนวนครั้งที่ให้บริการ", "Visits").get(lang), report["visits"]],
        [_t("ผู้รับบริการไม่นับซ้ำ", "Unique citizens").get(lang), report["unique_citizens"]],
        [_t("ผู้มารับบริการซ้ำ", "Repeat citizens").get(lang), report.get("repeat_citizens")],
        [_t("เวลาให้บริการเฉลี่ย (วินาที)", "Mean service time (s)").get(lang), time.get("mean_s")],
        [_t("เวลาให้บริการมัธยฐาน (วินาที)", "Median service time (s)").get(lang), time.get("median_s")],
        [_t("ผู้ตอบแบบสำรวจ", "Respondents").get(lang), sat["respondents"]],
        [_t("คะแนนภาพรวม", "Overall score").get(lang), sat["score"]],
        [_t("ร้อยละความพึงพอใจ", "Satisfaction %").get(lang), sat["percent"]],
        [_t("งานบริการที่เปิดให้บริการ", "Services offered").get(lang), kpi.get("offered")],
        [
            _t("ผ่านตัวชี้วัด (>= 5)", "KPI met").get(lang),
            _t("ผ่าน", "yes").get(lang) if kpi.get("met") else _t("ไม่ผ่าน", "no").get(lang),
        ],
    ]
    for code, count in (report.get("outcomes") or {}).items():
        rows.append([f"{_t('ผลการให้บริการ', 'Outcome').get(lang)}: {outcome_label(code).get(lang)}", count])
    return Table(_t("สรุป", "Summary"), (_t("รายการ", "Item"), _t("ค่า", "Value")), rows)


def _services(report: Mapping[str, Any], lang: Language) -> Table:
    rows: list[list[Cell]] = [
        [n, row["service"], row["agency"], row["visits"]]
        for n, row in enumerate(report["per_service"], start=1)
    ]
    header = (_t("ที่", "No."), _t("งานบริการ", "Service"), _t("หน่วยงาน", "Agency"), _t("ครั้ง", "Visits"))
    return Table(_t("งานบริการ", "Services"), header, rows)


def _days(report: Mapping[str, Any], lang: Language) -> Table:
    rows: list[list[Cell]] = [[row["date"], row["visits"]] for row in report.get("per_day", [])]
    return Table(_t("รายวัน", "Per day"), (_t("วันที่", "Date"), _t("ครั้ง", "Visits")), rows)


def _satisfaction(report: Mapping[str, Any], lang: Language) -> Table:
    sat = report["satisfaction"]
    distribution = sat.get("distribution") or {}
    rows: list[list[Cell]] = []
    for group in GROUPS:
        is_single = len(group.items) == 1
        if not is_single:
            rows.append(
                [
                    group.number,
                    group.title.get(lang),
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    sat["groups"][group.key],
                ]
            )
        for item in group.items:
            levels = distribution.get(item.key, {})
            rows.append(
                [
                    item.number,
                    item.text.get(lang),
                    sat.get("answered", {}).get(item.key),
                    *(levels.get(str(level)) for level in (5, 4, 3, 2, 1)),
                    sat["items"][item.key],
                ]
            )
    score = _t("คะแนนภาพรวม (เฉลี่ย 4 ประเด็นหลัก)", "Overall score (mean of the 4 main issues)")
    percent = _t("ร้อยละของความพึงพอใจ (คะแนนภาพรวม × 20)", "Satisfaction percent (overall score x 20)")
    rows.append([None, score.get(lang), None, None, None, None, None, None, sat["score"]])
    rows.append([None, percent.get(lang), None, None, None, None, None, None, sat["percent"]])
    header = (
        _t("ข้อ", "Item"),
        _t("ประเด็น", "Question"),
        _t("ผู้ตอบ", "Answered"),
        _t("5 มากที่สุด", "5 very satisfied"),
        _t("4 มาก", "4"),
        _t("3 ปานกลาง", "3"),
        _t("2 น้อย", "2"),
        _t("1 น้อยที่สุด", "1 very dissatisfied"),
        _t("คะแนนเฉลี่ย", "Mean"),
    )
    return Table(_t("ความพึงพอใจ", "Satisfaction"), header, rows)


def _demographics(report: Mapping[str, Any], lang: Language) -> Table:
    rows: list[list[Cell]] = []
    demographics = report.get("demographics") or {}
    for question in PART1:
        for entry in demographics.get(question.key, []):
            rows.append([question.number, question.text.get(lang), entry["label"], entry["count"]])
    header = (_t("ข้อ", "Item"), _t("คำถาม", "Question"), _t("คำตอบ", "Answer"), _t("จำนวน", "Count"))
    return Table(_t("ผู้ตอบแบบสำรวจ", "Respondents"), header, rows)


def _texts(report: Mapping[str, Any], lang: Language) -> Table:
    rows: list[list[Cell]] = []
    topics = (
        ("problems", _t("ปัญหาอุปสรรค", "Problem")),
        ("suggestions", _t("ข้อเสนอแนะ", "Suggestion")),
        ("wanted_services", _t("งานบริการที่ต้องการเพิ่ม", "Wanted service")),
    )
    for key, label in topics:
        rows += [[label.get(lang), text] for text in report.get(key, [])]
    return Table(_t("ความคิดเห็น", "Comments"), (_t("หัวข้อ", "Topic"), _t("ข้อความ", "Text")), rows)


def report_tables(report: Mapping[str, Any], lang: Language = "th") -> list[Table]:
    return [
        build(report, lang) for build in (_summary, _services, _days, _satisfaction, _demographics, _texts)
    ]


def _display(cell: Cell) -> Cell:
    return f"{cell:.2f}" if isinstance(cell, float) else cell


def write_csv(report: Mapping[str, Any], path: Path, lang: Language = "th") -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for index, table in enumerate(report_tables(report, lang)):
            if index:
                writer.writerow([])
            writer.writerow([f"# {table.name.get(lang)}"])
            writer.writerow([h.get(lang) for h in table.header])
            writer.writerows([_display(cell) for cell in row] for row in table.rows)


def write_xlsx(report: Mapping[str, Any], path: Path, lang: Language = "th") -> None:
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for table in report_tables(report, lang):
        sheet = book.create_sheet(table.name.get(lang)[:31])
        sheet.append([h.get(lang) for h in table.header])
        for cell in sheet[1]:
            cell.font = bold
        for row in table.rows:
            sheet.append(list(row))
        for column, width in zip("ABCDEFGHI", _widths(table), strict=False):
            sheet.column_dimensions[column].width = width
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, float):
                    cell.number_format = "0.00"
    book.save(path)


def _widths(table: Table) -> Sequence[float]:
    widths: list[float] = []
    for index, header in enumerate(table.header):
        longest = max(
            [len(header.th), *(len(str(row[index])) for row in table.rows if row[index] is not None)]
        )
        widths.append(min(60.0, max(8.0, longest * 1.1)))
    return widths
