"""The Qt-free printing services: reading lpstat, classifying printer trouble, following jobs, the job log."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from kiosk.db import Store
from services.printing import (
    Cups,
    JobLog,
    Media,
    Outcome,
    PrinterSettings,
    PrinterState,
    PrintJob,
    PrintProblem,
    Problem,
    load_printer_settings,
    media_for,
    paper_for_page,
    print_with_cups,
    save_printer_settings,
)
from services.printing.cups import parse_accepting, parse_default, parse_job_ids, parse_printers
from services.printing.problems import problem_for_reason

# Captured from CUPS 2.4 (LC_ALL=C lpstat -l -p) with one queue stopped by an admin and one reporting no paper.
LPSTAT_L_P = """\
printer Receipt disabled since Sun Nov 22 02:58:53 2026 -
\tout of paper, reload the roll
\tForm mounted:
\tContent types: any
\tPrinter types: unknown
\tDescription: Receipt
\tAlerts: paused
\tLocation: Counter 1
\tConnection: direct
\tInterface: /etc/cups/ppd/Receipt.ppd
\tOn fault: no alert
\tAfter fault: continue
\tUsers allowed:
\t\t(all)
printer Office now printing Office-7.  enabled since Sun Nov 22 03:10:00 2026
\tForm mounted:
\tAlerts: media-empty-error, media-low-warning
\tLocation:
printer Spare is idle.  enabled since Sun Nov 22 03:00:00 2026
\tForm mounted:
\tAlerts: none
"""
LPSTAT_A = """\
Receipt accepting requests since Sun Nov 22 02:58:53 2026
Office accepting requests since Sun Nov 22 03:10:00 2026
Spare not accepting requests since Sun Nov 22 03:00:00 -
\tmoved to the back office
"""


def test_lpstat_printers_are_parsed() -> None:
    receipt, office, spare = parse_printers(LPSTAT_L_P)
    assert (receipt.name, receipt.state, receipt.reasons, receipt.message) == (
        "Receipt",
        PrinterState.DISABLED,
        ("paused",),
        "out of paper, reload the roll",
    )
    assert (office.state, office.reasons) == (
        PrinterState.PRINTING,
        ("media-empty-error", "media-low-warning"),
    )
    assert (spare.state, spare.reasons) == (PrinterState.IDLE, ())


def test_lpstat_accepting_default_and_jobs_are_parsed() -> None:
    assert parse_accepting(LPSTAT_A) == {"Receipt": True, "Office": True, "Spare": False}
    assert parse_default("system default destination: Office\n") == "Office"
    assert parse_default("no system default destination\n") is None
    assert parse_job_ids("Office-7  root  30720  Sun Nov 22\nOffice-8  root  1024  Sun\n") == {
        "Office-7",
        "Office-8",
    }


@pytest.mark.parametrize(
    ("reason", "problem"),
    [
        ("media-empty-error", Problem.NO_PAPER),
        ("media-needed", Problem.NO_PAPER),
        ("media-jam-error", Problem.PAPER_JAM),
        ("door-open-report", Problem.COVER_OPEN),
        ("offline-report", Problem.OFFLINE),
        ("toner-empty-error", Problem.NO_INK),
        ("media-empty-warning", None),
        ("media-low-warning", None),
        ("paused", None),
        ("none", None),
    ],
)
def test_printer_state_reasons_are_classified(reason: str, problem: Problem | None) -> None:
    assert problem_for_reason(reason) is problem


class FakeTools:
    """Stands in for subprocess.run: answers lpstat/lp/cancel from a script and records every call."""

    def __init__(self, answers: dict[str, list[tuple[int, str]]]) -> None:
        self.answers = answers
        self.calls: list[tuple[list[str], bytes | None]] = []

    def __call__(self, args: Sequence[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        self.calls.append((list(args), kwargs.get("input")))
        assert kwargs["env"]["LC_ALL"] == "C"
        key = " ".join(args[:3]) if args[0] == "lpstat" else args[0]
        queue = self.answers[key]
        code, out = queue[0] if len(queue) == 1 else queue.pop(0)
        return subprocess.CompletedProcess(list(args), code, out.encode() if code == 0 else b"", out.encode())


def _tools(overrides: dict[str, list[tuple[int, str]]] | None = None) -> FakeTools:
    answers = {
        "lpstat -l -p": [(0, "printer Receipt is idle.  enabled since Sun\n\tAlerts: none\n")],
        "lpstat -a Receipt": [(0, "Receipt accepting requests since Sun\n")],
        "lpstat -d": [(0, "system default destination: Receipt\n")],
        "lp": [(0, "request id is Receipt-12 (1 file(s))\n")],
        "lpstat -W not-completed": [(0, "")],
        "cancel": [(0, "")],
    }
    answers.update(overrides or {})
    return FakeTools(answers)


def test_a_job_goes_to_the_default_printer_on_stdin_with_its_media(tmp_path: Path) -> None:
    tools = _tools()
    log = JobLog(tmp_path / "jobs.jsonl")
    job = PrintJob(
        "receipt", b"%PDF-1.4 receipt", "receipt 3501", Media(226.77, 500.0), reference="3501-1-69-00042-3"
    )
    outcome = print_with_cups(job, Cups(run=tools), log)
    assert (outcome.job_id, outcome.printer, outcome.completed) == ("Receipt-12", "Receipt", True)
    (lp_args, stdin), *_ = [call for call in tools.calls if call[0][0] == "lp"]
    assert lp_args[:3] == ["lp", "-d", "Receipt"]
    assert "media=Custom.226.77x500.00" in lp_args and lp_args[-1] == "-"
    assert stdin == b"%PDF-1.4 receipt"
    (entry,) = log.recent()
    assert (entry.outcome, entry.printer, entry.job_id, entry.reference) == (
        "printed",
        "Receipt",
        "Receipt-12",
        "3501-1-69-00042-3",
    )


def test_a_stopped_printer_is_reported_before_anything_is_sent(tmp_path: Path) -> None:
    tools = _tools(
        {"lpstat -l -p": [(0, "printer Receipt disabled since Sun -\n\tout of paper\n\tAlerts: paused\n")]}
    )
    log = JobLog(tmp_path / "jobs.jsonl")
    with pytest.raises(PrintProblem) as raised:
        print_with_cups(PrintJob("receipt", b"%PDF", "t", None, printer="Receipt"), Cups(run=tools), log)
    assert raised.value.problem is Problem.PAUSED and raised.value.retryable
    assert "out of paper" in raised.value.message("en")
    assert not [call for call in tools.calls if call[0][0] == "lp"]
    assert [entry.outcome for entry in log.recent()] == ["failed"]


def test_trouble_while_waiting_cancels_the_job_so_a_retry_prints_once(tmp_path: Path) -> None:
    tools = _tools(
        {
            "lpstat -W not-completed": [(0, "Receipt-12 root 1024 Sun\n")],
            "lpstat -l -p": [
                (0, "printer Receipt is idle.  enabled since Sun\n\tAlerts: none\n"),
                (0, "printer Receipt now printing Receipt-12.  enabled\n\tAlerts: media-empty-error\n"),
            ],
        }
    )
    with pytest.raises(PrintProblem) as raised:
        print_with_cups(
            PrintJob("receipt", b"%PDF", "t", None, printer="Receipt"),
            Cups(run=tools),
            JobLog(tmp_path / "j"),
        )
    assert raised.value.problem is Problem.NO_PAPER
    assert ["cancel", "Receipt-12"] in [call[0] for call in tools.calls]


def test_a_job_still_queued_at_the_deadline_is_reported_as_queued(tmp_path: Path) -> None:
    tools = _tools({"lpstat -W not-completed": [(0, "Receipt-12 root 1024 Sun\n")]})
    cups = Cups(run=tools)
    ticks = iter(range(100))
    outcome = cups.wait("Receipt-12", "Receipt", timeout=3, sleep=lambda _s: None, clock=lambda: next(ticks))
    assert not outcome.completed


def test_no_printer_at_all_cannot_be_retried(tmp_path: Path) -> None:
    tools = _tools({"lpstat -d": [(0, "no system default destination\n")]})
    with pytest.raises(PrintProblem) as raised:
        print_with_cups(PrintJob("receipt", b"%PDF", "t", None), Cups(run=tools), JobLog(tmp_path / "j"))
    assert raised.value.problem is Problem.NO_PRINTER and not raised.value.retryable
    assert "Settings" in raised.value.message("en") and "ตั้งค่า" in raised.value.message("th")


def test_an_unknown_printer_and_a_hung_scheduler_say_so(tmp_path: Path) -> None:
    unknown = _tools({"lpstat -l -p": [(1, 'lpstat: Invalid destination name in list "Gone".')]})
    with pytest.raises(PrintProblem) as raised:
        Cups(run=unknown).status("Gone")
    assert raised.value.problem is Problem.NOT_FOUND

    def hang(args: Sequence[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        raise subprocess.TimeoutExpired(list(args), kwargs["timeout"])

    with pytest.raises(PrintProblem) as raised:
        Cups(run=hang, timeout=0.1).status("Receipt")
    assert raised.value.problem is Problem.TIMEOUT


def test_the_job_log_keeps_the_last_entries_and_skips_a_torn_line(tmp_path: Path) -> None:
    log = JobLog.for_data_dir(tmp_path)
    for number in range(5):
        log.record(kind="receipt", printer="P", outcome=Outcome.PRINTED, route="cups", job_id=f"P-{number}")
    with log.path.open("a", encoding="utf-8") as stream:
        stream.write('{"at": "2026-11-2')
    assert log.path == tmp_path / "print-jobs" / "jobs.jsonl"
    assert [entry.job_id for entry in log.recent(3)] == ["P-3", "P-4"]
    assert len(log.recent()) == 5


def test_media_for_rolls_and_sheets() -> None:
    assert media_for("80mm", 226.77, 537.1).cups_option == "Custom.226.77x537.10"
    assert media_for("A4", 842, 595).cups_option == "A4"
    assert paper_for_page(595.28, 841.89) == "A4"
    assert paper_for_page(1190.55, 841.89) == "A3"
    assert paper_for_page(226.77, 537.1) == "80mm"
    with pytest.raises(ValueError, match="unknown paper"):
        media_for("Letter", 612, 792)


def test_printer_settings_round_trip_through_the_options(store: Store) -> None:
    with store.read() as session:
        assert load_printer_settings(session) == PrinterSettings()
    chosen = PrinterSettings(receipt_printer="Receipt", receipt_paper="A5", document_printer="Office")
    with store.write() as session:
        save_printer_settings(session, chosen)
    with store.read() as session:
        assert load_printer_settings(session) == chosen
    assert chosen.choice(receipt=True, paper="80mm").printer == "Receipt"
    assert chosen.choice(receipt=False, paper="A3").paper == "A3"
    with pytest.raises(ValueError, match="receipts print on"):
        PrinterSettings(receipt_paper="A4")
