"""Printers without widgets: discovery and status through CUPS, paper sizes, the job log, CUPS printing.

The Qt side (``ui.printing``) previews documents, shows the print dialog and prints through Qt where CUPS is
absent (Windows); everything here is plain Python that blocks and therefore runs on a worker thread.
"""

from services.printing.cups import Cups, JobOutcome, PrinterState, PrinterStatus
from services.printing.joblog import JobEntry, JobLog, Outcome
from services.printing.jobs import PrintJob, print_with_cups, resolve_printer
from services.printing.media import PAPERS, ROLL_80, Media, media_for, paper_for_page
from services.printing.problems import PrintProblem, Problem
from services.printing.settings import (
    RECEIPT_PAPERS,
    PrinterChoice,
    PrinterSettings,
    load_printer_settings,
    save_printer_settings,
)

__all__ = [
    "PAPERS",
    "RECEIPT_PAPERS",
    "ROLL_80",
    "Cups",
    "JobEntry",
    "JobLog",
    "JobOutcome",
    "Media",
    "Outcome",
    "PrintJob",
    "PrintProblem",
    "PrinterChoice",
    "PrinterSettings",
    "PrinterState",
    "PrinterStatus",
    "Problem",
    "load_printer_settings",
    "media_for",
    "paper_for_page",
    "print_with_cups",
    "resolve_printer",
    "save_printer_settings",
]
