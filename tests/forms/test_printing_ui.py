"""The Qt print path: painting a PDF onto a QPrinter, the controller's background work and retry, the preview,
and the Printers settings page."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from forms.kinds import KINDS
from services.printing import JobLog, JobOutcome, Media, PrinterSettings, PrintJob, PrintProblem, Problem
from ui.printing import Document, PrintController, PrintDone, PrintFailed, qtprint
from ui.printing import controller as controller_module
from ui.printing.preview import PreviewDialog
from ui.printing.problem_prompt import ProblemPrompt
from ui.printing.settings_widget import PrinterEntry, PrinterSettingsController, PrinterSettingsView
from ui.taskrunner import TaskRunner

Barcodes = Callable[..., list[str]]


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def _submit(runner: TaskRunner) -> Any:
    return lambda fn, on_done, on_error: runner.run(fn, on_done, on_error)


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_a_pdf_painted_through_qt_keeps_its_page_size_and_barcode(
    rendered: dict[str, bytes], tmp_path: Path, barcodes: Barcodes, qapp: object
) -> None:
    pdf = rendered["receipt"]
    info = qtprint.pdf_info(pdf)
    printer = _pdf_printer(tmp_path / "qt.pdf")
    qtprint.apply_media(printer, Media(info.width_pt, info.height_pt))
    assert qtprint.print_pdf(pdf, printer, title="receipt test") == 1
    painted = (tmp_path / "qt.pdf").read_bytes()
    again = qtprint.pdf_info(painted)
    assert (again.pages, again.width_pt, again.height_pt) == pytest.approx(
        (1, info.width_pt, info.height_pt), abs=1
    )
    assert "CODE-128:3501169000423" in barcodes(painted)


def test_the_dialog_page_range_is_honoured(rendered: dict[str, bytes], tmp_path: Path, qapp: object) -> None:
    printer = _pdf_printer(tmp_path / "page2.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert qtprint.print_pdf(rendered["survey"], printer, title="survey") == 1


def test_an_unreadable_pdf_is_a_print_problem(qapp: object) -> None:
    with pytest.raises(PrintProblem):
        qtprint.pdf_info(b"not a pdf")


class SlowCups:
    """Replaces print_with_cups: takes a while, fails as scripted, records the jobs it was given."""

    def __init__(self, failures: list[PrintProblem], seconds: float = 0.3) -> None:
        self.failures = failures
        self.seconds = seconds
        self.jobs: list[PrintJob] = []
        self.threads: set[str] = set()

    def __call__(self, job: PrintJob, cups: object, log: JobLog, *, wait_seconds: float) -> JobOutcome:
        self.threads.add(threading.current_thread().name)
        self.jobs.append(job)
        time.sleep(self.seconds)
        if self.failures:
            raise self.failures.pop(0)
        return JobOutcome(f"Receipt-{len(self.jobs)}", job.printer or "Receipt", completed=True)


def _controller(
    runner: TaskRunner, tmp_path: Path, settings: PrinterSettings | None = None
) -> PrintController:
    chosen = settings or PrinterSettings(receipt_printer="Receipt")
    return PrintController(_submit(runner), lambda: chosen, JobLog(tmp_path / "jobs.jsonl"), use_cups=True)


def test_a_direct_print_runs_off_the_gui_thread_and_ignores_a_second_press(
    qtbot: QtBot,
    runner: TaskRunner,
    tmp_path: Path,
    rendered: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = SlowCups([])
    monkeypatch.setattr(controller_module, "print_with_cups", fake)
    controller = _controller(runner, tmp_path)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    document = Document("receipt", rendered["receipt"], "receipt 3501-1-69-00042-3", "3501-1-69-00042-3")
    with qtbot.waitSignal(controller.done, timeout=5000) as done:
        assert controller.print_direct(document)
        assert not controller.print_direct(document)
    timer.stop()
    result: PrintDone = done.args[0]
    assert (result.printer, result.route, result.job_id) == ("Receipt", "cups", "Receipt-1")
    assert len(fake.jobs) == 1
    job = fake.jobs[0]
    assert (job.printer, job.reference, job.media.name if job.media else None) == (
        "Receipt",
        "3501-1-69-00042-3",
        "",
    )
    assert "MainThread" not in fake.threads
    assert len(ticks) >= 5, "the GUI thread stopped processing events while printing"


def test_out_of_paper_shows_a_message_and_retry_prints(
    qtbot: QtBot,
    runner: TaskRunner,
    tmp_path: Path,
    rendered: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = SlowCups([PrintProblem(Problem.NO_PAPER, "Receipt")], seconds=0.05)
    monkeypatch.setattr(controller_module, "print_with_cups", fake)
    controller = _controller(runner, tmp_path)
    window = QWidget()
    qtbot.addWidget(window)
    prompt = ProblemPrompt(controller, window)
    document = Document("receipt", rendered["receipt"], "receipt")
    with qtbot.waitSignal(controller.failed, timeout=5000) as failed:
        controller.print_direct(document)
    failure: PrintFailed = failed.args[0]
    assert failure.retryable and failure.problem is not None and failure.problem.problem is Problem.NO_PAPER
    assert prompt.box is not None and prompt.box.isVisible()
    assert "กระดาษหมด" in prompt.box.text()
    retry = prompt.box.findChild(QPushButton, "retry")
    assert retry is not None
    with qtbot.waitSignal(controller.done, timeout=5000):
        retry.click()
    assert len(fake.jobs) == 2


def test_a_problem_retry_cannot_fix_has_no_retry_button(
    qtbot: QtBot,
    runner: TaskRunner,
    tmp_path: Path,
    rendered: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        controller_module, "print_with_cups", SlowCups([PrintProblem(Problem.NO_PRINTER)], 0.0)
    )
    controller = _controller(runner, tmp_path)
    window = QWidget()
    qtbot.addWidget(window)
    prompt = ProblemPrompt(controller, window)
    with qtbot.waitSignal(controller.failed, timeout=5000):
        controller.print_direct(Document("receipt", rendered["receipt"], "receipt"))
    assert prompt.box is not None
    assert prompt.box.findChild(QPushButton, "retry") is None
    assert not controller.busy


def test_the_preview_prints_what_the_dialog_configured(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, rendered: dict[str, bytes], barcodes: Barcodes
) -> None:
    controller = PrintController(
        _submit(runner), lambda: PrinterSettings(), JobLog(tmp_path / "jobs.jsonl"), use_cups=False
    )
    out = tmp_path / "from-dialog.pdf"
    asked: list[QPrinter] = []

    def dialog(printer: QPrinter, parent: QWidget) -> bool:
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    preview = PreviewDialog(Document("survey", rendered["survey"], "survey"), controller, ask_printer=dialog)
    qtbot.addWidget(preview)
    assert preview.page_count() == 2
    with qtbot.waitSignal(controller.done, timeout=15000) as done:
        preview.print_document()
    assert done.args[0].route == "qt"
    assert asked[0].pageLayout().pageSize().id().name == "A4"
    assert qtprint.pdf_info(out.read_bytes()).pages == 2
    assert barcodes(out.read_bytes(), page=2, dpi=300) == ["CODE-128:S-3501-69-000123"]
    assert [entry.outcome for entry in JobLog(tmp_path / "jobs.jsonl").recent()] == ["sent"]


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, rendered: dict[str, bytes]
) -> None:
    controller = PrintController(
        _submit(runner), lambda: PrinterSettings(), JobLog(tmp_path / "j"), use_cups=False
    )
    started: list[object] = []
    controller.started.connect(started.append)
    preview = PreviewDialog(
        Document("poster", rendered["poster"], "poster"),
        controller,
        ask_printer=lambda printer, parent: False,
    )
    qtbot.addWidget(preview)
    preview.print_document()
    assert started == [] and not controller.busy


def test_the_printers_page_lists_printers_saves_changes_and_shows_routes(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    saved: list[PrinterSettings] = []
    printed: list[str] = []
    view = PrinterSettingsView()
    qtbot.addWidget(view)
    entries = [
        PrinterEntry("Receipt", "", False),
        PrinterEntry("Office", "Printer Office is out of paper.", True),
    ]
    controller = PrinterSettingsController(
        view,
        _submit(runner),
        load=lambda: PrinterSettings(receipt_printer="Receipt", document_printer="Gone"),
        save=saved.append,
        discover=lambda: entries,
        test_print=printed.append,
    )
    qtbot.waitUntil(lambda: view.receipt_printer.count() == 3, timeout=5000)
    assert view.receipt_printer.currentData() == "Receipt"
    assert view.document_printer.currentData() == "Gone"
    assert "Gone" in view.document_printer.currentText()
    assert view.receipt_state.text() == view.tr("%1 is ready.").replace("%1", "Receipt")
    assert view.routes.rowCount() == len(KINDS)
    with qtbot.waitSignal(controller.saved, timeout=5000):
        view.receipt_paper.setCurrentIndex(view.receipt_paper.findData("A5"))
    assert saved[-1] == PrinterSettings(
        receipt_printer="Receipt", receipt_paper="A5", document_printer="Gone"
    )
    with qtbot.waitSignal(controller.saved, timeout=5000):
        view.document_printer.setCurrentIndex(view.document_printer.findData(""))
    assert saved[-1].document_printer == ""
    assert "out of paper" in view.document_state.text()
    view.test_receipt.click()
    assert printed == ["receipt-a5"]


def test_a_retry_prompt_replaces_the_previous_one(qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    controller = _controller(runner, tmp_path)
    window = QWidget()
    qtbot.addWidget(window)
    prompt = ProblemPrompt(controller, window)
    document = Document("receipt", b"", "receipt")
    for _ in range(2):
        prompt.show(PrintFailed(document, "x", True, PrintProblem(Problem.OFFLINE, "Receipt")))
    assert len([box for box in window.findChildren(QMessageBox) if box.isVisible()]) == 1
