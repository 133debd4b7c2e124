"""Layout of the Counter page: the citizen on top, one work area below that changes with the step.

Steps of the work area: identify (the card panel), choose (the service picker), serve (timer and outcome form),
saved (the tracking number and the receipt). The view holds widgets only; :mod:`ui.counter.controller` decides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import Catalog
from ui.counter.outcome import OutcomeView
from ui.counter.picker import ServicePicker
from ui.printing.qtprint import open_pdf
from ui.widgets import MessageBar, primary_button, title_label


class CitizenBar(QFrame):
    """Who is being served: name, masked ID, consent, and what has been saved in this visit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citizen_bar")
        self.setStyleSheet("QFrame#citizen_bar { background: #f3f6fb; border-radius: 6px; }")
        self.name = QLabel(objectName="citizen_name")
        self.name.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.cid = QLabel(objectName="citizen_cid")
        self.cid.setStyleSheet("font-size: 15pt;")
        self.consent = QLabel(objectName="citizen_consent")
        self.consent.setProperty("role", "hint")
        self.served = QLabel(objectName="visit_served")
        self.served.setWordWrap(True)
        self.served.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.key_problem = QLabel(objectName="key_problem")
        self.key_problem.setWordWrap(True)
        self.key_problem.setStyleSheet("color: #c01c28;")
        self.key_problem.hide()
        self.reveal = QPushButton(self.tr("Show ID (Ctrl+R)"), objectName="reveal_cid")
        self.end = QPushButton(self.tr("End visit (F8)"), objectName="end_visit")
        who = QVBoxLayout()
        who.addWidget(self.name)
        line = QHBoxLayout()
        line.addWidget(self.cid)
        line.addWidget(self.reveal)
        line.addStretch(1)
        who.addLayout(line)
        who.addWidget(self.consent)
        what = QVBoxLayout()
        what.addWidget(self.served, 1)
        what.addWidget(self.end, alignment=Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.addLayout(who, 3)
        row.addLayout(what, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.key_problem)


class IdentifyStep(QWidget):
    """The card panel, with the other ways in next to it."""

    def __init__(self, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holder = QVBoxLayout()
        self.connecting = QLabel(self.tr("Connecting to the card reader…"), objectName="card_connecting")
        self.connecting.setProperty("role", "placeholder")
        self.holder.addWidget(self.connecting)
        hints = [
            self.tr("F2 — serve without an ID card (no personal data kept)"),
            self.tr("Ctrl+M — type the citizen's details by hand"),
            self.tr("Ctrl+F — search e-Services"),
        ]
        if demo:
            hints.append(self.tr("F9 — insert the demo ID card · F10 — take it out"))
        self.hints = QLabel("\n".join(hints), objectName="identify_hints")
        self.hints.setProperty("role", "hint")
        self.hints.setWordWrap(True)
        self.without_id = QPushButton(self.tr("Serve without ID card (F2)"), objectName="serve_without_id")
        side = QVBoxLayout()
        side.addWidget(self.hints)
        side.addWidget(self.without_id)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(self.holder, 3)
        layout.addLayout(side, 1)


class SavedStep(QWidget):
    """The result of a save: the tracking number large, the receipt as it prints, and what to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = title_label("")
        self.headline.setObjectName("saved_headline")
        self.headline.setWordWrap(True)
        self.tracking = QLabel(objectName="saved_tracking")
        self.tracking.setStyleSheet("font-size: 28pt; font-weight: bold; color: #1a3a6b;")
        self.tracking.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel(objectName="saved_detail")
        self.detail.setWordWrap(True)
        self.receipt_status = QLabel(objectName="receipt_status")
        self.receipt_status.setWordWrap(True)
        self.preview = QPdfView(self)
        self.preview.setObjectName("receipt_preview")
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setMinimumWidth(300)
        self.preview.setMinimumHeight(120)
        self.print = QPushButton(self.tr("Print receipt (Ctrl+P)"), objectName="print_receipt_now")
        self.another = primary_button(self.tr("Another service (Enter)"))
        self.another.setObjectName("another_service")
        self.end = QPushButton(self.tr("End visit (F8)"), objectName="saved_end_visit")
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.tracking)
        text.addWidget(self.detail)
        text.addWidget(self.receipt_status)
        text.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print)
        buttons.addWidget(self.end)
        buttons.addWidget(self.another)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 3)
        layout.addWidget(self.preview, 2)
        self._document: QPdfDocument | None = None

    def show_receipt(self, pdf: bytes | None) -> None:
        """Show the receipt as it prints (or nothing); the document and its buffer belong to this widget."""
        old, self._document = self._document, None
        if pdf is not None:
            document, buffer = open_pdf(pdf)
            document.setParent(self)
            buffer.setParent(document)
            self._document = document
        self.preview.setDocument(self._document)  # type: ignore[arg-type]
        if old is not None:
            old.deleteLater()


class CounterView(QWidget):
    def __init__(self, catalog: Catalog, *, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counter_page")
        self.message = MessageBar()
        self.message.setObjectName("counter_message")
        self.citizen = CitizenBar()
        self.citizen.hide()
        self.identify = IdentifyStep(demo)
        self.picker = ServicePicker(catalog)
        self.outcome = OutcomeView()
        self.saved = SavedStep()
        self.steps = QStackedWidget(objectName="counter_steps")
        for step in (self.identify, self.picker, self.outcome, self.saved):
            self.steps.addWidget(step)
        # A small screen scrolls the step instead of pushing the window past the bottom of the screen.
        scroll = QScrollArea(objectName="counter_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.steps)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title_label(self.tr("Counter")))
        layout.addWidget(self.message)
        layout.addWidget(self.citizen)
        layout.addWidget(scroll, 1)
