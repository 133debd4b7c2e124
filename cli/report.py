"""``report monthly --month 2569-05 [--json]``: the district's report to the province from the command line.

Months and fiscal years are named in B.E., the way the province names them. ``--export`` writes the same report
as CSV, XLSX or the printable PDF (chosen by the file's suffix).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("report", help="usage and satisfaction reports")
    commands = parser.add_subparsers(dest="report_command", required=True, metavar="SUBCOMMAND")
    monthly = commands.add_parser(
        "monthly",
        help="the monthly report (or a fiscal year's) with the OPDC satisfaction score",
        description="Visits, unique citizens, visits per e-Service and satisfaction by the OPDC method "
        "for one month (B.E., e.g. 2569-05) or one fiscal year (B.E., e.g. 2570: Oct 2569 - Sep 2570).",
    )
    which = monthly.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", metavar="YYYY-MM", help="the month, B.E. year first (e.g. 2569-05)")
    which.add_argument("--fiscal-year", type=int, metavar="YYYY", help="the fiscal year in B.E. (e.g. 2570)")
    monthly.add_argument("--json", action="store_true", help="print the report as JSON")
    monthly.add_argument(
        "--export", type=Path, metavar="FILE", help="also write the report to FILE (.csv, .xlsx or .pdf)"
    )
    monthly.set_defaults(handler=run_monthly)


def run_monthly(args: argparse.Namespace) -> int:
    import json

    from kiosk.bootstrap import open_data_dir
    from kiosk.statistics.period import fiscal_year_period, parse_month
    from kiosk.statistics.report import build_report

    period = parse_month(args.month) if args.month else fiscal_year_period(args.fiscal_year)
    store = open_data_dir(args.data_dir)
    try:
        with store.read() as session:
            report = build_report(session, period)
    finally:
        store.close()
    if args.export is not None:
        export(report, args.export, args.lang or "th")
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(summary(report, args.lang))
    return 0


def export(report: dict[str, Any], path: Path, lang: str) -> None:
    from kiosk.errors import KioskError
    from kiosk.i18n import Text
    from kiosk.statistics.export import write_csv, write_xlsx

    suffix = path.suffix.lower()
    language = "en" if lang == "en" else "th"
    try:
        if suffix == ".csv":
            write_csv(report, path, language)
        elif suffix == ".xlsx":
            write_xlsx(report, path, language)
        elif suffix == ".pdf":
            from forms.monthly_report import render_monthly_report

            if report["kind"] != "month":
                raise KioskError(
                    Text("แบบรายงาน PDF เป็นรายงานประจำเดือน", "The PDF is the monthly report form."),
                    Text("ใช้ --month หรือส่งออกเป็น .xlsx", "Use --month, or export a .xlsx instead."),
                )

            path.write_bytes(render_monthly_report(report))
        else:
            raise KioskError(
                Text(f"ไม่รู้จักชนิดไฟล์ {suffix or '(ไม่มีนามสกุล)'}", f"Unknown file type {suffix or '(none)'}."),
                Text("ใช้นามสกุล .csv .xlsx หรือ .pdf", "Use a .csv, .xlsx or .pdf file name."),
            )
    except OSError as error:
        raise KioskError(
            Text(f"เขียนไฟล์ {path} ไม่ได้ ({error.strerror})", f"Cannot write {path} ({error.strerror})."),
        ) from None


def _number(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def summary(report: dict[str, Any], lang: str | None) -> str:
    """A plain-text report for the terminal: the numbers the province asks for, rounded for reading."""
    from kiosk.i18n import Text
    from kiosk.survey.model import GROUPS

    def t(th: str, en: str) -> str:
        return Text(th, en).get("en" if lang == "en" else "th")

    sat = report["satisfaction"]
    district = report["district"]
    where = " ".join(
        part for part in (district["centre"], district["district"], district["province"]) if part
    )
    lines = [
        f"{t('รายงาน', 'Report')}: {report['label']['en' if lang == 'en' else 'th']}"
        f" ({report['period']['start']} – {report['period']['end']})",
        f"{t('ศูนย์', 'Centre')}: {where or t('(ยังไม่ได้ตั้งค่าข้อมูลอำเภอ)', '(district not set up)')}",
        f"{t('จำนวนครั้งที่ให้บริการ', 'Visits')}: {report['visits']}",
        f"{t('ผู้รับบริการ (ไม่นับซ้ำ)', 'Unique citizens')}: {report['unique_citizens']}",
        "",
        t("งานบริการ", "Per e-Service") + ":",
    ]
    lines += [f"  {row['visits']:>5}  {row['service']} — {row['agency']}" for row in report["per_service"]]
    if not report["per_service"]:
        lines.append("  " + t("(ไม่มีการให้บริการ)", "(no visits)"))
    lines += ["", f"{t('ผู้ตอบแบบสำรวจ', 'Respondents')}: {sat['respondents']}"]
    for group in GROUPS:
        lines.append(
            f"  {group.number}. {group.title.get('en' if lang == 'en' else 'th')}: {_number(sat['groups'][group.key])}"
        )
    lines.append(f"{t('คะแนนภาพรวม', 'Overall score')}: {_number(sat['score'])}")
    lines.append(f"{t('ร้อยละของความพึงพอใจ', 'Satisfaction percent')}: {_number(sat['percent'])}")
    kpi = report["kpi"]
    verdict = t("ผ่าน", "met") if kpi["met"] else t("ไม่ผ่าน", "not met")
    lines.append(
        f"{t('งานบริการที่เปิดให้บริการ', 'Services offered')}: {kpi['offered']} "
        f"({t('ตัวชี้วัด', 'KPI')} >= {kpi['minimum']}: {verdict})"
    )
    submission = report.get("submission")
    if submission:
        state = (
            t("ส่งแล้ว", "sent")
            if submission["submitted_at"]
            else (t("เลยกำหนด", "OVERDUE") if submission["overdue"] else t("ยังไม่ส่ง", "not sent"))
        )
        lines.append(f"{t('กำหนดส่งจังหวัด', 'Due to the province')}: {submission['due']} ({state})")
    for key, title in (
        ("problems", t("ปัญหาอุปสรรค", "Problems")),
        ("suggestions", t("ข้อเสนอแนะ", "Suggestions")),
    ):
        if report[key]:
            lines += ["", title + ":"] + [f"  - {text}" for text in report[key]]
    return "\n".join(lines)
