"""The outcome form: what happened with the e-Service, shown while the service timer runs.

Keyboard first: the result is one digit (1-4) while the result box has focus, Tab walks the fields in the order
they are filled, Ctrl+Enter saves and Esc (twice) discards. Fields that do not apply to the chosen result are
disabled rather than hidden, so the form never jumps under the officer's eyes. The line under the form says
whether saving will create a request with a tracking number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.attachments import CheckedFile
from kiosk.counter.visits import OutcomeForm
from kiosk.counter.vocab import FailureReason, NextStep, Outcome, RequestStatus, request_status_for
from kiosk.i18n import Text
from kiosk.thai.dates import format_thai_date
from ui.counter.dates import BadDate, parse_day
from ui.widgets import primary_button


@dataclass(frozen=True)
class AttachedFile:
    """An attachment waiting to be saved; the file name is only shown, never stored."""

    shown_name: str
    checked: CheckedFile


class OutcomeView(QWidget):
    save_requested = Signal()
    discard_requested = Signal()
    attach_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = QLabel(objectName="serving_service")
        self.service.setWordWrap(True)
        self.service.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.timer = QLabel("00:00", objectName="service_timer")
        self.timer.setStyleSheet("font-size: 22pt; font-weight: bold; color: #1a5fb4;")
        self.results = QGroupBox(self.tr("Result (press 1–4)"), objectName="outcome_box")
        self.outcome_buttons = QButtonGroup(self)
        results_layout = QVBoxLayout(self.results)
        self._radios: dict[Outcome, QRadioButton] = {}
        for number, outcome in enumerate(Outcome, start=1):
            radio = QRadioButton(f"{number}  {outcome.label.get()}", objectName=f"outcome_{outcome.value}")
            self.outcome_buttons.addButton(radio, number)
            results_layout.addWidget(radio)
            self._radios[outcome] = radio
            radio.setMinimumHeight(36)
            shortcut = QShortcut(QKeySequence(str(number)), self.results, lambda o=outcome: self.choose(o))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reason = QComboBox(objectName="failure_reason")
        self.reason.addItem(self.tr("— choose why —"), None)
        for reason in FailureReason:
            self.reason.addItem(reason.label.get(), reason)
        self.agency_ref = QLineEdit(objectName="agency_ref")
        self.agency_ref.setPlaceholderText(self.tr("The agency's own reference number, if it gave one"))
        self.next_step = QComboBox(objectName="next_step")
        for step in NextStep:
            self.next_step.addItem(step.label.get(), step)
        self.pickup = QLineEdit(objectName="pickup_date")
        self.pickup.setPlaceholderText(self.tr("dd/mm/yyyy (B.E.), dd/mm or +7"))
        self.pickup_shown = QLabel(objectName="pickup_shown")
        self.pickup_shown.setProperty("role", "hint")
        self.phone = QLineEdit(objectName="contact_phone")
        self.phone.setPlaceholderText("08x-xxx-xxxx")
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self.notes.setPlaceholderText(self.tr("What was done; no personal data here"))
        self.attachments = QListWidget(objectName="attachments")
        self.attachments.setFixedHeight(58)
        self.attach = QPushButton(self.tr("Add scan… (Ctrl+Shift+A)"), objectName="attach")
        self.remove_attachment = QPushButton(self.tr("Remove"), objectName="remove_attachment")
        self.print_receipt = QCheckBox(self.tr("Print the receipt after saving"), objectName="print_receipt")
        self.print_receipt.setChecked(True)
        self.request_hint = QLabel(objectName="request_hint")
        self.request_hint.setWordWrap(True)
        self.problems = QLabel(objectName="outcome_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c01c28;")
        self.save = primary_button(self.tr("Save (Ctrl+Enter)"))
        self.save.setObjectName("save_outcome")
        self.save.setAutoDefault(False)
        self.discard = QPushButton(self.tr("Discard (Esc Esc)"), objectName="discard_outcome")

        pickup_row = QHBoxLayout()
        pickup_row.addWidget(self.pickup, 1)
        pickup_row.addWidget(self.pickup_shown, 1)
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attachments, 1)
        attach_buttons = QVBoxLayout()
        attach_buttons.addWidget(self.attach)
        attach_buttons.addWidget(self.remove_attachment)
        attach_row.addLayout(attach_buttons)
        form = QFormLayout()
        form.addRow(self.tr("Why not"), self.reason)
        form.addRow(self.tr("Contact phone"), self.phone)
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow(self.tr("Pick-up date"), pickup_row)
        form.addRow(self.tr("Agency ref."), self.agency_ref)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Scans"), attach_row)
        header = QHBoxLayout()
        header.addWidget(self.service, 1)
        header.addWidget(self.timer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_receipt)
        buttons.addStretch(1)
        buttons.addWidget(self.discard)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        results_layout.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.results, alignment=Qt.AlignmentFlag.AlignTop)
        form_column = QVBoxLayout()
        form_column.addLayout(form)
        form_column.addStretch(1)
        top.addLayout(form_column, 1)
        layout.addLayout(top)
        layout.addWidget(self.request_hint)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

        for first, second in (
            (self.results, self.reason),
            (self.reason, self.phone),
            (self.phone, self.next_step),
            (self.next_step, self.pickup),
            (self.pickup, self.agency_ref),
            (self.agency_ref, self.notes),
            (self.notes, self.attach),
            (self.attach, self.print_receipt),
            (self.print_receipt, self.save),
        ):
            self.setTabOrder(first, second)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            shortcut = QShortcut(QKeySequence(keys), self, self.save_requested.emit)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        attach_shortcut = QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.attach_requested.emit)
        attach_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save.clicked.connect(self.save_requested.emit)
        self.discard.clicked.connect(self.discard_requested.emit)
        self.attach.clicked.connect(self.attach_requested.emit)
        self.remove_attachment.clicked.connect(self._remove_selected)
        self.outcome_buttons.idClicked.connect(lambda _id: self._sync())
        self.reason.currentIndexChanged.connect(lambda _i: self._sync())
        self.next_step.currentIndexChanged.connect(lambda _i: self._sync())
        self.pickup.textChanged.connect(lambda _t: self._sync())
        self._files: list[AttachedFile] = []
        self.today = date.today()
        self.reset("")

    # -- state -----------------------------------------------------------------------------------------------

    def reset(self, service_name: str) -> None:
        self.service.setText(service_name)
        self.timer.setText("00:00")
        self.outcome_buttons.setExclusive(False)
        for radio in self._radios.values():
            radio.setChecked(False)
        self.outcome_buttons.setExclusive(True)
        self.reason.setCurrentIndex(0)
        self.next_step.setCurrentIndex(0)
        for field in (self.agency_ref, self.pickup, self.phone):
            field.clear()
        self.notes.clear()
        self._files.clear()
        self.attachments.clear()
        self.problems.clear()
        self._sync()

    def focus_first(self) -> None:
        self._radios[Outcome.COMPLETED].setFocus()

    def choose(self, outcome: Outcome) -> None:
        """The result typed as a digit; the cursor moves on to the field this result needs next."""
        self._radios[outcome].click()
        if outcome is Outcome.FAILED:
            self.reason.setFocus()
        elif self.outcome() is not None and request_status_for(
            outcome, None, NextStep(self.next_step.currentData())
        ):
            self.phone.setFocus()

    def outcome(self) -> Outcome | None:
        for outcome, radio in self._radios.items():
            if radio.isChecked():
                return outcome
        return None

    def add_file(self, attached: AttachedFile) -> None:
        self._files.append(attached)
        checked = attached.checked
        item = QListWidgetItem(f"{attached.shown_name} — {checked.kind.label}, {checked.size / 1024:,.0f} KB")
        self.attachments.addItem(item)

    @property
    def files(self) -> tuple[AttachedFile, ...]:
        return tuple(self._files)

    def show_problems(self, problems: list[Text]) -> None:
        self.problems.setText("\n".join(f"• {p.get()}" for p in problems))

    def read(self) -> OutcomeForm | list[Text]:
        """The form as the domain takes it, or what keeps it from being read at all."""
        outcome = self.outcome()
        if outcome is None:
            return [Text("เลือกผลการให้บริการ (กด 1–4)", "Choose the result (press 1–4).")]
        try:
            pickup = parse_day(self.pickup.text(), self.today, ahead=True)
        except BadDate:
            return [
                Text(
                    "วันนัดรับเอกสารไม่ถูกต้อง (วว/ดด/ปปปป พ.ศ.)",
                    "The pick-up date is not valid (dd/mm/yyyy B.E.).",
                )
            ]
        step = NextStep(self.next_step.currentData())
        return OutcomeForm(
            outcome=outcome,
            reason=self._reason() if outcome is Outcome.FAILED else None,
            agency_ref=self.agency_ref.text(),
            notes=self.notes.toPlainText(),
            next_step=step,
            pickup_date=pickup if step is NextStep.PICKUP else None,
            phone=self.phone.text(),
            attachments=tuple(f.checked for f in self._files),
        )

    def _reason(self) -> FailureReason | None:
        data = self.reason.currentData()
        return None if data is None else FailureReason(data)

    def _remove_selected(self) -> None:
        row = self.attachments.currentRow()
        if row >= 0:
            self.attachments.takeItem(row)
            del self._files[row]

    def _sync(self) -> None:
        outcome = self.outcome()
        self.reason.setEnabled(outcome is Outcome.FAILED)
        pickup_wanted = NextStep(self.next_step.currentData()) is NextStep.PICKUP
        self.pickup.setEnabled(pickup_wanted)
        try:
            pickup = parse_day(self.pickup.text(), self.today, ahead=True) if pickup_wanted else None
            self.pickup_shown.setText(format_thai_date(pickup) if pickup else "")
        except BadDate:
            self.pickup_shown.setText(self.tr("not a date"))
        if outcome is None:
            self.request_hint.setText(self.tr("Choose the result with 1–4."))
            self.print_receipt.setEnabled(False)
            return
        reason = self._reason() if outcome is Outcome.FAILED else None
        status = request_status_for(outcome, reason, NextStep(self.next_step.currentData()))
        self.print_receipt.setEnabled(status is not None)
        self.request_hint.setText(self._hint(status))

    def _hint(self, status: RequestStatus | None) -> str:
        if status is None:
            return self.tr("Final result: no request is created.")
        return self.tr("Saving creates a request with a tracking number, status “%1”.").replace(
            "%1", status.label.get()
        )
