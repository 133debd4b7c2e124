"""Manual entry of a citizen's details when there is no readable Thai ID chip.

The citizen ID is checked as the officer types (length, digits, check digit), because a mistyped number would
follow the citizen into every record of the visit. The form also asks for the same PDPA consent as a card read.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.cid import CidCheck, check_cid
from ui.card.controller import ManualEntry
from ui.card.events import ManualReason
from ui.card.naming import named
from ui.widgets import primary_button, title_label

_OK_STYLE = "color: #26a269; font-size: 15pt;"
_PROBLEM_STYLE = "color: #c01c28; font-size: 15pt;"


class ManualEntryForm(QWidget):
    submitted = Signal(object)
    """Emits :class:`ManualEntry` when every field is ready."""
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason = named(QComboBox(), "manual_reason")
        self.reason.addItem(self.tr("The citizen has no card with them"), ManualReason.NO_CARD)
        self.reason.addItem(self.tr("The chip is damaged or cannot be read"), ManualReason.DAMAGED_CHIP)
        self.reason.addItem(self.tr("The card is not a Thai ID card"), ManualReason.NON_THAI_CARD)
        self.cid = named(QLineEdit(), "manual_cid")
        self.cid.setMaxLength(17)
        self.cid.setPlaceholderText("1-2345-67890-12-3")
        self.cid.setStyleSheet("font-size: 18pt;")
        self.cid_status = named(QLabel(), "manual_cid_status")
        self.title = named(QLineEdit(), "manual_title")
        self.first = named(QLineEdit(), "manual_first")
        self.middle = named(QLineEdit(), "manual_middle")
        self.last = named(QLineEdit(), "manual_last")
        self.address = named(QLineEdit(), "manual_address")
        self.consent = named(
            QCheckBox(self.tr("The citizen agreed that the counter uses these details for this service")),
            "manual_consent",
        )
        self.use = primary_button(self.tr("Use these details"))
        self.use.setObjectName("manual_use")
        self.cancel = named(QPushButton(self.tr("Cancel")), "manual_cancel")

        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Citizen ID"), self.cid)
        form.addRow("", self.cid_status)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("First name"), self.first)
        form.addRow(self.tr("Middle name"), self.middle)
        form.addRow(self.tr("Last name"), self.last)
        form.addRow(self.tr("Address"), self.address)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.use)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Enter the citizen's details")))
        layout.addLayout(form)
        layout.addWidget(self.consent)
        layout.addStretch(1)
        layout.addLayout(buttons)

        for edit in (self.cid, self.first, self.last):
            edit.textChanged.connect(self._validate)
        self.consent.toggled.connect(self._validate)
        self.use.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.cancelled)
        self._validate()

    def start(self, reason: ManualReason) -> None:
        """Show an empty form for ``reason``."""
        self.clear_form()
        self.reason.setCurrentIndex(max(0, self.reason.findData(reason)))
        self.cid.setFocus()

    def clear_form(self) -> None:
        """Forget what was typed: nothing of the previous citizen may stay in the (hidden) form."""
        for edit in (self.cid, self.title, self.first, self.middle, self.last, self.address):
            edit.clear()
        self.consent.setChecked(False)
        self._validate()

    def entry(self) -> ManualEntry:
        return ManualEntry(
            reason=self.reason.currentData(),
            cid=self.cid.text(),
            title=self.title.text(),
            first=self.first.text(),
            middle=self.middle.text(),
            last=self.last.text(),
            address=self.address.text(),
            consent=self.consent.isChecked(),
        )

    def _validate(self) -> None:
        check = check_cid(self.cid.text())
        message = {
            CidCheck.EMPTY: self.tr("Type the 13-digit citizen ID"),
            CidCheck.INCOMPLETE: self.tr("Not yet 13 digits"),
            CidCheck.NOT_DIGITS: self.tr("Only digits and dashes, please"),
            CidCheck.TOO_LONG: self.tr("More than 13 digits"),
            CidCheck.BAD_FIRST_DIGIT: self.tr("A citizen ID cannot start with this digit"),
            CidCheck.BAD_CHECK_DIGIT: self.tr("The check digit does not match: a digit is mistyped"),
            CidCheck.VALID: self.tr("Valid citizen ID"),
        }[check]
        self.cid_status.setText(message)
        self.cid_status.setProperty("check", check.value)
        self.cid_status.setStyleSheet(_OK_STYLE if check is CidCheck.VALID else _PROBLEM_STYLE)
        ready = (
            check is CidCheck.VALID
            and bool(self.first.text().strip())
            and bool(self.last.text().strip())
            and self.consent.isChecked()
        )
        self.use.setEnabled(ready)

    def _submit(self) -> None:
        if self.use.isEnabled():
            self.submitted.emit(self.entry())
