"""Which printer and paper each kind of document goes to: the receipt printer, or the document printer.

A counter typically has a narrow thermal printer for receipts (80 mm roll, or A5 sheets where there is none) and
an office printer for A4 forms; the A3 poster goes to the document printer on A3. The choices are the options
declared in :mod:`kiosk.settings`; an empty printer name means the system's default printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from kiosk import settings
from services.printing.media import PAPERS, ROLL_80

RECEIPT_PAPERS: tuple[str, ...] = (ROLL_80, "A5")


@dataclass(frozen=True)
class PrinterChoice:
    printer: str
    paper: str


@dataclass(frozen=True)
class PrinterSettings:
    receipt_printer: str = ""
    receipt_paper: str = ROLL_80
    document_printer: str = ""

    def __post_init__(self) -> None:
        if self.receipt_paper not in RECEIPT_PAPERS:
            raise ValueError(f"receipts print on {' or '.join(RECEIPT_PAPERS)}, not {self.receipt_paper!r}")

    def choice(self, *, receipt: bool, paper: str) -> PrinterChoice:
        """Where a document goes: receipts to the receipt printer on its paper, the rest on their own paper."""
        if receipt:
            return PrinterChoice(self.receipt_printer, self.receipt_paper)
        if paper not in PAPERS:
            raise ValueError(f"unknown paper {paper!r}")
        return PrinterChoice(self.document_printer, paper)


def load_printer_settings(session: Session) -> PrinterSettings:
    paper = settings.get(session, settings.RECEIPT_PAPER)
    return PrinterSettings(
        receipt_printer=settings.get(session, settings.RECEIPT_PRINTER),
        receipt_paper=paper if paper in RECEIPT_PAPERS else ROLL_80,
        document_printer=settings.get(session, settings.DOCUMENT_PRINTER),
    )


def save_printer_settings(session: Session, chosen: PrinterSettings) -> None:
    settings.put(session, settings.RECEIPT_PRINTER, chosen.receipt_printer)
    settings.put(session, settings.RECEIPT_PAPER, chosen.receipt_paper)
    settings.put(session, settings.DOCUMENT_PRINTER, chosen.document_printer)
