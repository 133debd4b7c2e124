"""A receipt through a real CUPS queue (cups-pdf) comes out as a file whose 203 dpi 1-bit rendering decodes to the
same tracking number — by the CUPS route (``lp``, vector PDF) and by the Qt route (QPrinter on the queue)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from forms import samples
from services.printing import (
    Cups,
    JobLog,
    PrinterSettings,
    PrintJob,
    PrintProblem,
    Problem,
    media_for,
    print_with_cups,
)
from ui.printing import Document, PrintController, qtprint
from ui.taskrunner import TaskRunner

pytestmark = pytest.mark.e2e

Barcodes = Callable[..., list[str]]
Facts = Callable[[bytes], Any]


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def test_a_receipt_printed_through_cups_decodes_to_its_tracking_number(
    cups_server: Any,
    rendered: dict[str, bytes],
    tmp_path: Path,
    barcodes: Barcodes,
    pdf_facts: Facts,
    qapp: object,
) -> None:
    pdf = rendered["receipt"]
    info = qtprint.pdf_info(pdf)
    before = set(cups_server.outputs())
    log = JobLog(tmp_path / "jobs.jsonl")
    job = PrintJob(
        "receipt",
        pdf,
        f"receipt {samples.TRACKING_NUMBER}",
        media_for("80mm", info.width_pt, info.height_pt),
        printer=cups_server.queue,
        reference=samples.TRACKING_NUMBER,
    )
    outcome = print_with_cups(job, Cups(), log)
    printed = cups_server.wait_for_output(before).read_bytes()
    assert outcome.completed
    assert f"CODE-128:{samples.TRACKING_BARCODE}" in barcodes(printed)
    facts = pdf_facts(printed)
    # The media named the roll's size, so the queue printed 1:1 instead of shrinking onto A4.
    assert (facts.width_pt, facts.height_pt) == pytest.approx((info.width_pt, info.height_pt), abs=2)
    assert [entry.outcome for entry in log.recent()] == ["printed"]


def test_a_paused_queue_is_reported_and_nothing_prints(
    cups_server: Any, rendered: dict[str, bytes], tmp_path: Path
) -> None:
    subprocess.run(["cupsdisable", "-r", "out of paper", cups_server.queue], check=True)
    try:
        before = set(cups_server.outputs())
        job = PrintJob("receipt", rendered["receipt"], "receipt", None, printer=cups_server.queue)
        with pytest.raises(PrintProblem) as raised:
            print_with_cups(job, Cups(), JobLog(tmp_path / "jobs.jsonl"))
        assert raised.value.problem is Problem.PAUSED
        assert "out of paper" in raised.value.message("en")
        status = Cups().status(cups_server.queue)
        assert status.problem() is not None
    finally:
        subprocess.run(["cupsenable", cups_server.queue], check=True)
    assert set(cups_server.outputs()) == before
    assert Cups().status(cups_server.queue).problem() is None


def test_a_receipt_printed_with_one_key_through_qt_reaches_the_queue(
    qtbot: QtBot,
    runner: TaskRunner,
    cups_server: Any,
    rendered: dict[str, bytes],
    tmp_path: Path,
    barcodes: Barcodes,
) -> None:
    before = set(cups_server.outputs())
    controller = PrintController(
        lambda fn, ok, err: runner.run(fn, ok, err),
        lambda: PrinterSettings(receipt_printer=cups_server.queue),
        JobLog(tmp_path / "jobs.jsonl"),
        use_cups=False,
    )
    document = Document("receipt", rendered["receipt"], "receipt qt", samples.TRACKING_NUMBER)
    with qtbot.waitSignal(controller.done, timeout=30000) as done:
        assert controller.print_direct(document)
    assert done.args[0].printer == cups_server.queue
    printed = cups_server.wait_for_output(before).read_bytes()
    assert f"CODE-128:{samples.TRACKING_BARCODE}" in barcodes(printed)


def test_the_printer_list_comes_from_the_scheduler(cups_server: Any) -> None:
    names = [status.name for status in Cups().printers()]
    assert cups_server.queue in names
