"""What can stop a printout, said so that an officer knows what to do, and whether Retry can help.

Printers report trouble as IPP ``printer-state-reasons`` keywords (``media-empty-error``, ``offline-report``
...); CUPS passes them through and ``lpstat`` prints them as "Alerts". We classify them once here so every
screen shows the same message for the same trouble.
"""

from __future__ import annotations

from enum import Enum

from kiosk.errors import KioskError
from kiosk.i18n import Text


class Problem(Enum):
    NO_PAPER = "no-paper"
    PAPER_JAM = "paper-jam"
    COVER_OPEN = "cover-open"
    NO_INK = "no-ink"
    OFFLINE = "offline"
    PAUSED = "paused"
    NOT_ACCEPTING = "not-accepting"
    NOT_FOUND = "not-found"
    NO_PRINTER = "no-printer"
    FAILED = "failed"
    TIMEOUT = "timeout"


# Reason keyword prefixes (before the -error/-warning/-report suffix) that stop a printout.
_BLOCKING_REASONS: tuple[tuple[str, Problem], ...] = (
    ("media-empty", Problem.NO_PAPER),
    ("media-needed", Problem.NO_PAPER),
    ("input-tray-missing", Problem.NO_PAPER),
    ("media-jam", Problem.PAPER_JAM),
    ("door-open", Problem.COVER_OPEN),
    ("cover-open", Problem.COVER_OPEN),
    ("interlock-open", Problem.COVER_OPEN),
    ("toner-empty", Problem.NO_INK),
    ("marker-supply-empty", Problem.NO_INK),
    ("offline", Problem.OFFLINE),
    ("shutdown", Problem.OFFLINE),
    ("timed-out", Problem.OFFLINE),
    ("connecting-to-device", Problem.OFFLINE),
)


def problem_for_reason(reason: str) -> Problem | None:
    """The blocking problem a ``printer-state-reasons`` keyword names, or None for warnings and information.

    ``-warning`` keywords (``media-low-warning``) never block. ``offline-report`` does, although it is a "report":
    it is how CUPS backends say a networked or USB printer stopped answering.
    """
    keyword = reason.strip().lower()
    if keyword.endswith("-warning"):
        return None
    for prefix, problem in _BLOCKING_REASONS:
        if keyword.startswith(prefix):
            return problem
    return None


_WHAT: dict[Problem, Text] = {
    Problem.NO_PAPER: Text("เครื่องพิมพ์ {printer} กระดาษหมด", "Printer {printer} is out of paper."),
    Problem.PAPER_JAM: Text("กระดาษติดในเครื่องพิมพ์ {printer}", "Paper is jammed in printer {printer}."),
    Problem.COVER_OPEN: Text("ฝาเครื่องพิมพ์ {printer} เปิดอยู่", "A cover of printer {printer} is open."),
    Problem.NO_INK: Text("หมึกของเครื่องพิมพ์ {printer} หมด", "Printer {printer} is out of ink or toner."),
    Problem.OFFLINE: Text("ติดต่อเครื่องพิมพ์ {printer} ไม่ได้", "Printer {printer} is offline."),
    Problem.PAUSED: Text("เครื่องพิมพ์ {printer} ถูกหยุดไว้ {detail}", "Printer {printer} is paused {detail}"),
    Problem.NOT_ACCEPTING: Text(
        "เครื่องพิมพ์ {printer} ไม่รับงานพิมพ์ {detail}", "Printer {printer} is not accepting jobs {detail}"
    ),
    Problem.NOT_FOUND: Text("ไม่พบเครื่องพิมพ์ {printer}", "Printer {printer} was not found."),
    Problem.NO_PRINTER: Text(
        "ยังไม่ได้เลือกเครื่องพิมพ์ และเครื่องนี้ไม่มีเครื่องพิมพ์เริ่มต้น",
        "No printer is chosen and this computer has no default printer.",
    ),
    Problem.FAILED: Text("พิมพ์ไม่สำเร็จ {detail}", "Printing failed {detail}"),
    Problem.TIMEOUT: Text("ระบบการพิมพ์ไม่ตอบสนอง", "The printing system is not responding."),
}

_TODO: dict[Problem, Text] = {
    Problem.NO_PAPER: Text("ใส่กระดาษแล้วกด ลองอีกครั้ง", "Load paper, then press Retry."),
    Problem.PAPER_JAM: Text("นำกระดาษที่ติดออกแล้วกด ลองอีกครั้ง", "Clear the jam, then press Retry."),
    Problem.COVER_OPEN: Text("ปิดฝาเครื่องแล้วกด ลองอีกครั้ง", "Close it, then press Retry."),
    Problem.NO_INK: Text("เปลี่ยนหมึกแล้วกด ลองอีกครั้ง", "Replace the cartridge, then press Retry."),
    Problem.OFFLINE: Text(
        "ตรวจสอบว่าเปิดเครื่องและต่อสายแล้ว แล้วกด ลองอีกครั้ง",
        "Check that it is switched on and connected, then press Retry.",
    ),
    Problem.PAUSED: Text(
        "เปิดใช้งานเครื่องพิมพ์ในการตั้งค่าเครื่องพิมพ์ของระบบ แล้วกด ลองอีกครั้ง",
        "Resume it in the system's printer settings, then press Retry.",
    ),
    Problem.NOT_ACCEPTING: Text(
        "เปิดรับงานในการตั้งค่าเครื่องพิมพ์ของระบบ แล้วกด ลองอีกครั้ง",
        "Let it accept jobs in the system's printer settings, then press Retry.",
    ),
    Problem.NOT_FOUND: Text(
        "เลือกเครื่องพิมพ์ใหม่ในหน้าตั้งค่า > เครื่องพิมพ์", "Choose another printer in Settings > Printers."
    ),
    Problem.NO_PRINTER: Text("เลือกเครื่องพิมพ์ในหน้าตั้งค่า > เครื่องพิมพ์", "Choose a printer in Settings > Printers."),
    Problem.FAILED: Text("กด ลองอีกครั้ง หรือเลือกเครื่องพิมพ์อื่น", "Press Retry or choose another printer."),
    Problem.TIMEOUT: Text("รอสักครู่แล้วกด ลองอีกครั้ง", "Wait a moment, then press Retry."),
}

_NOT_RETRYABLE = frozenset({Problem.NOT_FOUND, Problem.NO_PRINTER})


class PrintProblem(KioskError):
    """A printout that could not be made; ``retryable`` says whether a Retry button makes sense."""

    def __init__(self, problem: Problem, printer: str = "", detail: str = "") -> None:
        what = _WHAT[problem].format(printer=printer, detail=f"({detail})" if detail else "")
        super().__init__(Text(what.th.strip(), what.en.strip()), _TODO[problem])
        self.problem = problem
        self.printer = printer
        self.detail = detail

    @property
    def retryable(self) -> bool:
        return self.problem not in _NOT_RETRYABLE
