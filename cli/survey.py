"""``survey import FILE.csv``: paper surveys typed into a spreadsheet, taken whole or not at all."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("survey", help="citizen satisfaction surveys")
    commands = parser.add_subparsers(dest="survey_command", required=True, metavar="SUBCOMMAND")
    importing = commands.add_parser(
        "import",
        help="import paper surveys from a CSV file (a header row of question keys plus date; UTF-8)",
        description="Columns: date (YYYY-MM-DD C.E. or DD/MM/YYYY B.E.), form_number, sex, age_band, occupation, "
        "education, visits_6m, heard_from, services, q1_1 ... q3_3, q4, suitable, suitable_reasons, "
        "unsuitable_reason, wanted_services, problems, suggestions. Multiple values are separated by ';'. "
        "Only date and at least one rating are required. A file with any problem is rejected whole, "
        "listing the line and column of each; importing the same file again adds nothing.",
    )
    importing.add_argument("file", type=Path, help="the CSV file")
    importing.add_argument(
        "--dry-run", action="store_true", help="check the file and report, but save nothing"
    )
    importing.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from kiosk.bootstrap import open_data_dir
    from kiosk.i18n import Text
    from kiosk.survey.csv_import import import_survey_rows, parse_survey_csv, plan_import, read_file
    from kiosk.survey.record import today_local
    from kiosk.survey.values import ServiceResolver

    data = read_file(args.file)
    store = open_data_dir(args.data_dir)
    try:
        today = today_local()
        if args.dry_run:
            with store.read() as session:
                rows = parse_survey_csv(data, ServiceResolver.load(session), today=today)
                result = plan_import(session, rows).result
            message = Text(
                "ไฟล์ถูกต้อง จะนำเข้า {imported} จาก {rows} แถว (เคยนำเข้าแล้ว {already} แถว) ยังไม่ได้บันทึก",
                "The file is valid: {imported} of {rows} row(s) would be imported ({already} imported before). "
                "Nothing was saved.",
            )
        else:
            with store.write() as session:
                rows = parse_survey_csv(data, ServiceResolver.load(session), today=today)
                result = import_survey_rows(session, rows, officer_id=None, today=today)
            message = Text(
                "นำเข้าแบบสำรวจ {imported} จาก {rows} แถว (เคยนำเข้าแล้ว {already} แถว)",
                "Imported {imported} of {rows} survey row(s) ({already} had been imported before).",
            )
    finally:
        store.close()
    print(
        message.format(imported=result.imported, rows=result.rows, already=result.already_imported).get(
            args.lang
        )
    )
    return 0
