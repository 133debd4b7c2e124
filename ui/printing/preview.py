"""Print preview: the document as it will print (Qt's PDF view), then the print dialog on request.

Forms and reports are checked on screen before paper is used; the dialog opens on the printer and paper chosen
in Settings, and whatever the officer changes there is what prints. The printing itself runs in the background
through the :class:`PrintController`, so the preview closes at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from services.printing import PrintProblem, media_for
from ui.printing import qtprint
from ui.printing.controller import Document, PrintController

AskPrinter = Callable[[QPrinter, QWidget], bool]


def ask_with_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog.exec() == QDialog.DialogCode.Accepted


class PreviewDialog(QDialog):
    def __init__(
        self,
        document: Document,
        controller: PrintController,
        parent: QWidget | None = None,
        *,
        ask_printer: AskPrinter = ask_with_print_dialog,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.controller = controller
        self._ask_printer = ask_printer
        self.setWindowTitle(self.tr("Print preview — %1").replace("%1", document.title))
        self.pdf, self._buffer = qtprint.open_pdf(document.pdf)
        self.pdf.setParent(self)
        self.view = QPdfView(self)
        self.view.setObjectName("preview")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self.tr("%n page(s)", "", self.pdf.pageCount()))
        self.pages.setObjectName("pages")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print")
        self.print_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("close")
        self.print_button.clicked.connect(self.print_document)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_document)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(820, 960)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def page_count(self) -> int:
        return int(self.pdf.pageCount())

    def print_document(self) -> None:
        choice = self.controller.printer_for(self.document.kind)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = choice.printer or QPrinterInfo.defaultPrinterName()
        if name:
            printer.setPrinterName(name)
        size = self.pdf.pagePointSize(0)
        try:
            qtprint.apply_media(printer, media_for(choice.paper, size.width(), size.height()))
        except (ValueError, PrintProblem) as error:
            self.status.setText(str(error))
            return
        printer.setDocName(self.document.title)
        if not self._ask_printer(printer, self):
            return
        self.controller.print_with(self.document, printer)
        self.accept()
