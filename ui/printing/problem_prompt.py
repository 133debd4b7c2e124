"""Telling the officer why a printout failed, with Retry where retrying can help.

A non-modal message box: the counter keeps working (the queue of citizens does not wait for paper), and the
Retry button sends the same document again once the officer has fixed the printer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.printing.controller import PrintController, PrintFailed


class ProblemPrompt:
    """Shows every failure of ``controller`` over ``parent``; one box at a time, the latest failure wins."""

    def __init__(self, controller: PrintController, parent: QWidget) -> None:
        self.controller = controller
        self.parent = parent
        self.box: QMessageBox | None = None
        controller.failed.connect(self.show)

    def show(self, failure: PrintFailed) -> None:
        if self.box is not None:
            self.box.close()
        box = QMessageBox(self.parent)
        box.setObjectName("print_problem")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ProblemPrompt", "Printing"))
        box.setText(failure.message)
        if failure.retryable:
            retry = box.addButton(
                QCoreApplication.translate("ProblemPrompt", "Retry"), QMessageBox.ButtonRole.AcceptRole
            )
            retry.setObjectName("retry")
            retry.clicked.connect(lambda: self.controller.retry(failure))
            box.setDefaultButton(retry)
        close = box.addButton(
            QCoreApplication.translate("ProblemPrompt", "Close"), QMessageBox.ButtonRole.RejectRole
        )
        close.setObjectName("close")
        box.open()
        self.box = box
