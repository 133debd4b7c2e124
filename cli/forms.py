"""``forms``: render the printable documents to PDF files, and list them.

    python main.py forms list
    python main.py forms render receipt --sample --out receipt.pdf
    python main.py forms render poster --size a3 --sample --out poster-a3.pdf
    python main.py forms render monthly-report --data report.json --out report.pdf

Real receipts and forms are printed from the counter screens, which hold the data; from the command line a
document is rendered from the built-in sample (``--sample``) or, for the monthly report, from the JSON that
``report monthly --json`` writes (``--data``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

KIND_NAMES = (
    "receipt",
    "receipt-a5",
    "request",
    "survey",
    "questionnaire",
    "poster",
    "poster-a3",
    "monthly-report",
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "forms", help="render printable documents (receipts, forms, poster, report)"
    )
    commands = parser.add_subparsers(dest="forms_command", metavar="ACTION", required=True)

    render = commands.add_parser("render", help="render one document kind to a PDF file")
    render.add_argument("kind", choices=KIND_NAMES, help="document kind")
    source = render.add_mutually_exclusive_group(required=True)
    source.add_argument("--sample", action="store_true", help="use the built-in sample data")
    source.add_argument("--data", type=Path, help="monthly-report only: the JSON of `report monthly --json`")
    render.add_argument("--size", choices=["a4", "a3"], help="poster paper size (same as kind poster-a3)")
    render.add_argument("--out", type=Path, required=True, help="PDF file to write")
    render.set_defaults(handler=_render)

    listing = commands.add_parser("list", help="list the document kinds and their paper")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=_list)


def _render(args: argparse.Namespace) -> int:
    from kiosk.errors import KioskError
    from kiosk.i18n import Text

    kind = args.kind
    if args.size == "a3":
        if kind not in ("poster", "poster-a3"):
            raise KioskError(Text("--size ใช้ได้กับโปสเตอร์เท่านั้น", "--size applies to the poster only."))
        kind = "poster-a3"
    if args.data is not None:
        if kind != "monthly-report":
            raise KioskError(
                Text("--data ใช้ได้กับรายงานประจำเดือนเท่านั้น", "--data applies to monthly-report only."),
                Text("ใช้ --sample สำหรับเอกสารอื่น", "Use --sample for the other documents."),
            )
        pdf = _monthly_from_file(args.data)
    else:
        from forms.kinds import kind as document_kind

        pdf = document_kind(kind).render_sample()
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(pdf)
    except OSError as error:
        raise KioskError(
            Text(
                f"เขียนไฟล์ {args.out} ไม่ได้ ({error.strerror})", f"Cannot write {args.out} ({error.strerror})."
            ),
            Text("เลือกโฟลเดอร์ที่มีสิทธิ์เขียน", "Choose a folder you can write to."),
        ) from None
    print(args.out)
    return 0


def _monthly_from_file(path: Path) -> bytes:
    from forms.monthly_report import render_monthly_report
    from kiosk.errors import KioskError
    from kiosk.i18n import Text

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise KioskError(
            Text(f"อ่านไฟล์ {path} ไม่ได้ ({error.strerror})", f"Cannot read {path} ({error.strerror}).")
        ) from None
    except json.JSONDecodeError as error:
        raise KioskError(
            Text(
                f"ไฟล์ {path} ไม่ใช่ JSON (บรรทัด {error.lineno})", f"{path} is not JSON (line {error.lineno})."
            ),
            Text("สร้างไฟล์ด้วยคำสั่ง report monthly --json", "Produce it with report monthly --json."),
        ) from None
    if not isinstance(data, dict):
        raise KioskError(Text(f"ไฟล์ {path} ไม่ใช่รายงานประจำเดือน", f"{path} is not a monthly report."))
    return render_monthly_report(data)


def _list(args: argparse.Namespace) -> int:
    from forms.kinds import describe
    from kiosk.i18n import current_language

    rows = describe()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    english = (args.lang or current_language()) == "en"
    for row in rows:
        mode = "direct" if row["direct"] else "preview"
        print(f"{row['kind']:<16} {row['paper']:<10} {mode:<8} {row['en'] if english else row['th']}")
    return 0
