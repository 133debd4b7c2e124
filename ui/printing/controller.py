"""Printing from the screens: receipts with one keystroke, everything else through a preview.

All printer work (status, rendering pages, talking to CUPS) runs through the injected ``submit`` — the app's
task runner — so the window never freezes, even when a networked printer takes thirty seconds to say it is
offline. A printer problem comes back as a :class:`PrintFailed` with a clear message, and :meth:`retry` sends
the same document again. While a direct print is in flight further requests are ignored, so a double press of
the print key gives one receipt.

Routes: where CUPS is installed (Linux, macOS) direct prints go to the queue as PDF, with the media named and
the job followed to completion; elsewhere, and after the print dialog, Qt paints the pages (``qtprint``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter

from forms.kinds import KINDS
from kiosk.errors import KioskError
from services.printing import (
    Cups,
    JobLog,
    Outcome,
    PrinterChoice,
    PrinterSettings,
    PrintJob,
    PrintProblem,
    media_for,
    print_with_cups,
)
from ui.printing import qtprint

Submit = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], object]


@dataclass(frozen=True)
class Document:
    """A rendered document to print; ``reference`` (a tracking or form number) goes to the job log."""

    kind: str
    pdf: bytes
    title: str
    reference: str = ""


@dataclass(frozen=True)
class PrintDone:
    document: Document
    printer: str
    route: str
    job_id: str = ""
    completed: bool = True


@dataclass(frozen=True)
class PrintFailed:
    document: Document
    message: str
    retryable: bool
    problem: PrintProblem | None
    # The printer the dialog chose, so that a retry after the dialog goes to the same place.
    dialog_printer: QPrinter | None = None


def _choice(settings: PrinterSettings, kind: str) -> PrinterChoice:
    document_kind = KINDS[kind]
    return settings.choice(receipt=document_kind.direct, paper=document_kind.paper.value)


class PrintController(QObject):
    """Owns the printing behaviour of the app; screens call :meth:`print_direct` or :meth:`print_with`."""

    started = Signal(object)  # Document
    done = Signal(object)  # PrintDone
    failed = Signal(object)  # PrintFailed

    def __init__(
        self,
        submit: Submit,
        settings: Callable[[], PrinterSettings],
        log: JobLog,
        *,
        use_cups: bool | None = None,
        wait_seconds: float = 30.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._settings = settings
        self._log = log
        self._use_cups = Cups.available() if use_cups is None else use_cups
        self._wait_seconds = wait_seconds
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def route(self) -> str:
        return "cups" if self._use_cups else "qt"

    def print_direct(self, document: Document) -> bool:
        """Print without any dialog on the printer and paper chosen in Settings; False if one is in flight."""
        if self._busy:
            return False
        self._busy = True
        choice = _choice(self._settings(), document.kind)
        self.started.emit(document)
        self._submit(
            lambda: self._direct(document, choice),
            self._finished,
            lambda error: self._failed(document, error, None),
        )
        return True

    def print_with(self, document: Document, printer: QPrinter) -> None:
        """Print on a QPrinter the print dialog configured (Qt route: the dialog's every choice applies)."""
        self.started.emit(document)
        self._busy = True
        self._submit(
            lambda: self._with_printer(document, printer),
            self._finished,
            lambda error: self._failed(document, error, printer),
        )

    def retry(self, failure: PrintFailed) -> None:
        if failure.dialog_printer is not None:
            self.print_with(failure.document, failure.dialog_printer)
        else:
            self.print_direct(failure.document)

    def printer_for(self, kind: str) -> PrinterChoice:
        return _choice(self._settings(), kind)

    # -- background work: no widgets below this line until the callbacks ---------------------------------

    def _direct(self, document: Document, choice: PrinterChoice) -> PrintDone:
        info = qtprint.pdf_info(document.pdf)
        media = media_for(choice.paper, info.width_pt, info.height_pt)
        if self._use_cups:
            job = PrintJob(
                kind=document.kind,
                pdf=document.pdf,
                title=document.title,
                media=media,
                printer=choice.printer,
                reference=document.reference,
            )
            outcome = print_with_cups(job, Cups(), self._log, wait_seconds=self._wait_seconds)
            return PrintDone(document, outcome.printer, "cups", outcome.job_id, outcome.completed)
        try:
            printer = qtprint.make_printer(choice.printer, media)
            qtprint.print_pdf(document.pdf, printer, title=document.title)
        except PrintProblem as problem:
            self._log_failure(document, choice.printer, problem, media.cups_option)
            raise
        self._log.record(
            kind=document.kind,
            printer=printer.printerName(),
            outcome=Outcome.SENT,
            route="qt",
            media=media.cups_option,
            reference=document.reference,
        )
        return PrintDone(document, printer.printerName(), "qt")

    def _with_printer(self, document: Document, printer: QPrinter) -> PrintDone:
        try:
            qtprint.print_pdf(document.pdf, printer, title=document.title)
        except PrintProblem as problem:
            self._log_failure(document, printer.printerName(), problem, "")
            raise
        self._log.record(
            kind=document.kind,
            printer=printer.printerName(),
            outcome=Outcome.SENT,
            route="qt",
            reference=document.reference,
        )
        return PrintDone(document, printer.printerName(), "qt")

    def _log_failure(self, document: Document, printer: str, problem: PrintProblem, media: str) -> None:
        self._log.record(
            kind=document.kind,
            printer=printer,
            outcome=Outcome.FAILED,
            route="qt",
            media=media,
            reference=document.reference,
            problem=problem.problem.value,
        )

    # -- callbacks on the GUI thread -----------------------------------------------------------------------

    def _finished(self, result: PrintDone) -> None:
        self._busy = False
        self.done.emit(result)

    def _failed(self, document: Document, error: BaseException, printer: QPrinter | None) -> None:
        self._busy = False
        if not isinstance(error, KioskError):
            raise error
        problem = error if isinstance(error, PrintProblem) else None
        retryable = problem is not None and problem.retryable
        self.failed.emit(PrintFailed(document, error.message(), retryable, problem, printer))
