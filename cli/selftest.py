"""``selftest``: check everything a counter needs and explain each missing piece.

Run by the installer, by support over the phone, and by the officer when something looks wrong. Every check runs
even when an earlier one fails, and each problem comes with what to do about it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.i18n import Text

MIN_FREE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Check:
    name: Text
    ok: bool
    detail: Text
    todo: Text | None = None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "selftest", help="check database, fonts, card reader service, printers, keyring and disk space"
    )
    parser.set_defaults(handler=run_selftest)


def check_database(data_dir: Path) -> Check:
    from sqlalchemy import text

    from kiosk.bootstrap import open_data_dir
    from kiosk.errors import KioskError
    from kiosk.i18n import Text

    name = Text("ฐานข้อมูล", "Database")
    try:
        store = open_data_dir(data_dir)
    except KioskError as error:
        return Check(name, False, error.what, error.todo)
    try:
        with store.engine.connect() as connection:
            verdict = connection.execute(text("PRAGMA integrity_check")).scalar()
    finally:
        store.close()
    if verdict != "ok":
        return Check(
            name,
            False,
            Text(f"ฐานข้อมูลเสียหาย: {verdict}", f"The database is damaged: {verdict}"),
            Text("กู้คืนจากไฟล์สำรองล่าสุด (db backup)", "Restore the latest backup (db backup)."),
        )
    return Check(
        name,
        True,
        Text(f"{store.path} schema {store.migration.after}", f"{store.path} schema {store.migration.after}"),
    )


def check_disk(data_dir: Path) -> Check:
    import shutil

    from kiosk.i18n import Text

    name = Text("พื้นที่ดิสก์", "Disk space")
    free = shutil.disk_usage(data_dir).free
    mb = free // (1024 * 1024)
    if free < MIN_FREE_BYTES:
        return Check(
            name,
            False,
            Text(f"เหลือพื้นที่ว่าง {mb} MB", f"Only {mb} MB free."),
            Text("ลบไฟล์ที่ไม่ใช้หรือย้ายข้อมูลไปดิสก์ที่ใหญ่กว่า", "Free some space or move the data to a larger disk."),
        )
    return Check(name, True, Text(f"ว่าง {mb:,} MB", f"{mb:,} MB free"))


def check_fonts() -> Check:
    from importlib import resources

    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    from kiosk.i18n import Text

    name = Text("แบบอักษรภาษาไทย", "Thai fonts")
    folder = resources.files("resources") / "fonts"
    fonts = sorted(p.name for p in folder.iterdir() if p.name.endswith(".ttf"))
    if not fonts:
        return Check(
            name,
            False,
            Text("ไม่พบแบบอักษร Sarabun ที่มากับโปรแกรม", "The bundled Sarabun fonts are missing."),
            Text("ติดตั้งโปรแกรมใหม่", "Reinstall the application."),
        )
    try:
        for font in fonts:
            TTFont(font, str(folder / font))
    except TTFError as error:
        return Check(name, False, Text(f"แบบอักษรเสียหาย: {error}", f"A font is damaged: {error}"))
    return Check(name, True, Text(", ".join(fonts), ", ".join(fonts)))


def check_pcsc() -> Check:
    from kiosk.i18n import Text
    from services.cardreader import CardReaderError, NoReaderError

    name = Text("เครื่องอ่านบัตร (PC/SC)", "Card reader (PC/SC)")
    try:
        from services.cardreader.pcsc import PcscBackend

        found = PcscBackend().list_readers()
    except ImportError:
        return Check(
            name,
            False,
            Text("ไม่พบไลบรารี PC/SC (pyscard)", "The PC/SC library (pyscard) is missing."),
            Text("ติดตั้งโปรแกรมใหม่", "Reinstall the application."),
        )
    except CardReaderError as error:
        return Check(name, False, error.what, error.todo)
    if not found:
        problem = NoReaderError()
        return Check(name, False, problem.what, problem.todo)
    names = ", ".join(found)
    return Check(name, True, Text(names, names))


def check_printers() -> Check:
    import shutil
    import subprocess

    from kiosk.i18n import Text

    name = Text("เครื่องพิมพ์", "Printers")
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return Check(
            name,
            False,
            Text("ไม่พบระบบการพิมพ์ CUPS", "The CUPS printing system is not installed."),
            Text("ติดตั้ง CUPS และไดรเวอร์เครื่องพิมพ์", "Install CUPS and the printer's driver."),
        )
    result = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=10, check=False)
    queues = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not queues:
        return Check(
            name,
            False,
            Text(
                "ไม่มีเครื่องพิมพ์ที่ใช้งานได้ (หรือบริการ CUPS ไม่ทำงาน)",
                "No printer is set up (or CUPS is not running).",
            ),
            Text(
                "เพิ่มเครื่องพิมพ์ในระบบ แล้วเลือกในหน้าตั้งค่า", "Add a printer to the system, then pick it in Settings."
            ),
        )
    return Check(name, True, Text(", ".join(queues), ", ".join(queues)))


def check_keyring() -> Check:
    from kiosk.i18n import Text
    from services.secrets import KeyringUnavailable, backend_name, keyring_available

    name = Text("ที่เก็บรหัสลับ (keyring)", "Keyring")
    if not keyring_available():
        problem = KeyringUnavailable(backend_name())
        return Check(name, False, problem.what, problem.todo)
    return Check(name, True, Text(backend_name(), backend_name()))


def run_selftest(args: argparse.Namespace) -> int:
    checks: list[Callable[[], Check]] = [
        lambda: check_database(args.data_dir),
        lambda: check_disk(args.data_dir),
        check_fonts,
        check_pcsc,
        check_printers,
        check_keyring,
    ]
    failures = 0
    for run in checks:
        result = run()
        mark = "OK     " if result.ok else "PROBLEM"
        print(f"[{mark}] {result.name}: {result.detail}")
        if not result.ok:
            failures += 1
            if result.todo is not None:
                print(f"          -> {result.todo}")
    if failures:
        print(f"\n{failures} problem(s) found.")
        return 1
    print("\nEverything a counter needs is in place.")
    return 0
