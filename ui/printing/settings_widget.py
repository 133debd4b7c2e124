"""Settings > Printers: the receipt printer and its paper, the document printer, and where each kind goes.

The printer lists come from CUPS where it exists (with each printer's state: out of paper, paused ...) or from
Qt elsewhere; discovery, loading and saving all run through the injected ``submit`` so a slow network printer
never freezes the page. Choices are saved as soon as they change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forms.kinds import KINDS
from kiosk.errors import KioskError
from kiosk.i18n import current_language
from services.printing import RECEIPT_PAPERS, Cups, PrinterSettings
from ui.printing.controller import Submit


@dataclass(frozen=True)
class PrinterEntry:
    name: str
    problem: str = ""
    is_default: bool = False


def discover_printers(use_cups: bool | None = None) -> list[PrinterEntry]:
    """Every printer this computer can print to, with what stops it (if anything). Blocks: run on a worker."""
    if Cups.available() if use_cups is None else use_cups:
        entries = []
        for status in Cups().printers():
            problem = status.problem()
            entries.append(PrinterEntry(status.name, problem.message() if problem else "", status.is_default))
        return entries
    default = QPrinterInfo.defaultPrinterName()
    return [PrinterEntry(name, "", name == default) for name in QPrinterInfo.availablePrinterNames()]


class PrinterSettingsView(QWidget):
    """Layout only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.receipt_printer = QComboBox()
        self.receipt_printer.setObjectName("receipt_printer")
        self.receipt_paper = QComboBox()
        self.receipt_paper.setObjectName("receipt_paper")
        self.receipt_paper.addItem(self.tr("80 mm roll"), "80mm")
        self.receipt_paper.addItem(self.tr("A5 sheet"), "A5")
        self.receipt_state = QLabel()
        self.receipt_state.setObjectName("receipt_state")
        self.receipt_state.setWordWrap(True)
        self.test_receipt = QPushButton(self.tr("Print a test receipt"))
        self.test_receipt.setObjectName("test_receipt")
        receipts = QGroupBox(self.tr("Receipts (printed with one key, no dialog)"))
        receipt_form = QFormLayout(receipts)
        receipt_form.addRow(self.tr("Printer"), self.receipt_printer)
        receipt_form.addRow(self.tr("Paper"), self.receipt_paper)
        receipt_form.addRow("", self.receipt_state)
        receipt_form.addRow("", self.test_receipt)

        self.document_printer = QComboBox()
        self.document_printer.setObjectName("document_printer")
        self.document_state = QLabel()
        self.document_state.setObjectName("document_state")
        self.document_state.setWordWrap(True)
        documents = QGroupBox(self.tr("Forms, posters and reports (A4/A3, previewed first)"))
        document_form = QFormLayout(documents)
        document_form.addRow(self.tr("Printer"), self.document_printer)
        document_form.addRow("", self.document_state)

        self.routes = QTableWidget(0, 3)
        self.routes.setObjectName("routes")
        self.routes.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Printer"), self.tr("Paper")])
        self.routes.verticalHeader().hide()
        self.routes.horizontalHeader().setStretchLastSection(True)
        self.routes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.refresh = QPushButton(self.tr("Look for printers again"))
        self.refresh.setObjectName("refresh")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(receipts)
        layout.addWidget(documents)
        layout.addWidget(QLabel(self.tr("Where each document goes")))
        layout.addWidget(self.routes, 1)
        layout.addLayout(bottom)

    def default_label(self) -> str:
        return self.tr("System default printer")


class PrinterSettingsController(QObject):
    """Behaviour: discover printers, show the saved choices, save changes, send a test receipt."""

    saved = Signal(object)  # PrinterSettings

    def __init__(
        self,
        view: PrinterSettingsView,
        submit: Submit,
        *,
        load: Callable[[], PrinterSettings],
        save: Callable[[PrinterSettings], None],
        discover: Callable[[], list[PrinterEntry]] = discover_printers,
        test_print: Callable[[str], None] | None = None,
        submit_write: Submit | None = None,
    ) -> None:
        """``submit`` runs discovery and loading; ``submit_write`` (default: ``submit``) runs the save, so an app
        that funnels every database write through one thread can pass that thread's submit."""
        super().__init__(view)
        self.view = view
        self._submit = submit
        self._submit_write = submit_write or submit
        self._load = load
        self._save = save
        self._discover = discover
        self._test_print = test_print
        self._printers: list[PrinterEntry] = []
        self._settings = PrinterSettings()
        self._filling = False
        view.refresh.clicked.connect(self.refresh)
        for combo in (view.receipt_printer, view.receipt_paper, view.document_printer):
            combo.currentIndexChanged.connect(self._changed)
        view.test_receipt.clicked.connect(self._test_receipt)
        view.test_receipt.setEnabled(test_print is not None)
        self.refresh()

    @property
    def settings(self) -> PrinterSettings:
        return self._settings

    def refresh(self) -> None:
        self.view.status.setText(self.tr("Looking for printers…"))
        self.view.refresh.setEnabled(False)
        self._submit(lambda: (self._load(), self._discover()), self._show, self._show_error)

    def _show(self, loaded: tuple[PrinterSettings, list[PrinterEntry]]) -> None:
        self._settings, self._printers = loaded
        view = self.view
        self._filling = True
        default_mark = self.tr("(default)")
        for combo, chosen in (
            (view.receipt_printer, self._settings.receipt_printer),
            (view.document_printer, self._settings.document_printer),
        ):
            combo.clear()
            combo.addItem(view.default_label(), "")
            for entry in self._printers:
                label = f"{entry.name} {default_mark}" if entry.is_default else entry.name
                combo.addItem(label, entry.name)
            if chosen and combo.findData(chosen) < 0:
                combo.addItem(self.tr("%1 (not found)").replace("%1", chosen), chosen)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        view.receipt_paper.setCurrentIndex(max(0, view.receipt_paper.findData(self._settings.receipt_paper)))
        self._filling = False
        view.refresh.setEnabled(True)
        count = len(self._printers)
        view.status.setText(
            self.tr("%n printer(s) found.", "", count)
            if count
            else self.tr("No printer found on this computer.")
        )
        self._show_states()
        self._show_routes()

    def _show_error(self, error: BaseException) -> None:
        if not isinstance(error, KioskError):
            raise error
        self.view.refresh.setEnabled(True)
        self.view.status.setText(error.message())

    def _state_text(self, name: str) -> str:
        target = name or next((entry.name for entry in self._printers if entry.is_default), "")
        if not target:
            return self.tr("No default printer: choose one.")
        entry = next((entry for entry in self._printers if entry.name == target), None)
        if entry is None:
            return self.tr("%1 is not connected to this computer.").replace("%1", target)
        return entry.problem or self.tr("%1 is ready.").replace("%1", target)

    def _show_states(self) -> None:
        self.view.receipt_state.setText(self._state_text(self._settings.receipt_printer))
        self.view.document_state.setText(self._state_text(self._settings.document_printer))

    def _show_routes(self) -> None:
        table = self.view.routes
        table.setRowCount(len(KINDS))
        english = current_language() == "en"
        for row, kind in enumerate(KINDS.values()):
            choice = self._settings.choice(receipt=kind.direct, paper=kind.paper.value)
            name = choice.printer or self.view.default_label()
            for column, text in enumerate((kind.title_en if english else kind.title_th, name, choice.paper)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def _changed(self) -> None:
        if self._filling:
            return
        view = self.view
        chosen = PrinterSettings(
            receipt_printer=str(view.receipt_printer.currentData() or ""),
            receipt_paper=str(view.receipt_paper.currentData() or RECEIPT_PAPERS[0]),
            document_printer=str(view.document_printer.currentData() or ""),
        )
        self._settings = chosen
        self._show_states()
        self._show_routes()

        def save() -> PrinterSettings:
            self._save(chosen)
            return chosen

        self._submit_write(save, self.saved.emit, self._show_error)

    def _test_receipt(self) -> None:
        if self._test_print is not None:
            self._test_print("receipt" if self._settings.receipt_paper == "80mm" else "receipt-a5")
