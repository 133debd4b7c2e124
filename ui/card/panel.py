"""The card panel on the counter screen: waiting, consent, reading, the citizen's card, errors, manual entry.

The view only renders :class:`~ui.card.events.PanelState` and forwards the officer's clicks and keys to the
controller. Text from the card is shown large (elderly citizens look at the screen too) and the citizen ID only
masked. Enter triggers the page's main action and Escape its way back, so the officer never needs the mouse.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.cid import mask_cid
from kiosk.thai.dates import format_thai_date
from services.cardreader.model import Age, CardText
from ui.card.controller import CardPanelController, ManualEntry, ManualProblem
from ui.card.events import PanelState, Phase
from ui.card.manual import ManualEntryForm
from ui.card.naming import named
from ui.widgets import primary_button, title_label

PHOTO_SIZE = (148 * 3 // 2, 178 * 3 // 2)
NAME_STYLE = "font-size: 26pt; font-weight: bold;"
VALUE_STYLE = "font-size: 17pt;"
HINT_STYLE = "font-size: 15pt; color: #555;"
WARNING_STYLE = "font-size: 15pt; color: #c01c28;"


def _label(style: str, name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class _WaitingPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.status = _label(HINT_STYLE, "card_reader_status")
        self.manual = named(QPushButton(self.tr("Enter details by hand")), "waiting_manual")
        prompt = _label(NAME_STYLE, "waiting_prompt")
        prompt.setText(self.tr("Insert the citizen's ID card, chip first"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        # Wrapped labels get the full width and centre their text: a layout alignment would squeeze them to their
        # one-line size hint and clip the second line.
        for label in (prompt, self.status):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.manual, alignment=Qt.AlignmentFlag.AlignRight)


class _ConsentPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        explanation = _label(VALUE_STYLE, "consent_text")
        explanation.setText(
            self.tr(
                "Before reading the card, ask the citizen: the counter will read the name, citizen ID, date of "
                "birth, address and photo from the card to provide this e-Service, and keeps only what the "
                "service needs. Read the card only if the citizen agrees."
            )
        )
        self.accept = primary_button(self.tr("The citizen agrees: read the card"))
        self.accept.setObjectName("consent_accept")
        self.decline = named(QPushButton(self.tr("The citizen does not agree")), "consent_decline")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.decline)
        buttons.addWidget(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Consent to read the ID card")))
        layout.addWidget(explanation)
        layout.addStretch(1)
        layout.addLayout(buttons)


class _ReadingPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        label = _label(NAME_STYLE, "reading_label")
        label.setText(self.tr("Reading the card… keep it in the reader"))
        busy = QProgressBar()
        busy.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        layout.addWidget(busy)
        layout.addStretch(1)


class _ReadPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.photo = named(QLabel(), "read_photo")
        self.photo.setFixedSize(*PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #999; background: #f3f3f3; font-size: 13pt;")
        self.name_th = _label(NAME_STYLE, "read_name_th")
        self.name_en = _label(VALUE_STYLE, "read_name_en")
        self.cid = _label(VALUE_STYLE, "read_cid")
        self.cid_warning = _label(WARNING_STYLE, "read_cid_warning")
        self.age = _label(VALUE_STYLE, "read_age")
        self.address = _label(VALUE_STYLE, "read_address")
        self.validity = _label(HINT_STYLE, "read_validity")
        self.use = primary_button(self.tr("Use these details"))
        self.use.setObjectName("read_use")
        self.clear = named(QPushButton(self.tr("Clear")), "read_clear")
        details = QVBoxLayout()
        for widget in (self.name_th, self.name_en, self.cid, self.cid_warning, self.age, self.address):
            details.addWidget(widget)
        details.addWidget(self.validity)
        details.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.photo, alignment=Qt.AlignmentFlag.AlignTop)
        top.addLayout(details, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear)
        buttons.addWidget(self.use)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)

    def show_card(self, state: PanelState, today: dt.date) -> None:
        text = state.text
        assert text is not None
        self.name_th.setText(text.name_th.full())
        self.name_en.setText(text.name_en.full())
        self.cid.setText(self.tr("Citizen ID: %1").replace("%1", mask_cid(text.cid)))
        self.cid_warning.setText(
            "" if text.cid_valid else self.tr("The check digit of this ID does not match")
        )
        self.cid_warning.setVisible(not text.cid_valid)
        self.age.setText(self._age_text(text.birth.age_on(today)))
        self.address.setText(text.address.text)
        self.validity.setText(self._validity_text(text, today))
        self._show_photo(state)

    def clear_card(self) -> None:
        """Forget the previous citizen: hidden pages must not keep their data on screen objects either."""
        for label in (
            self.name_th,
            self.name_en,
            self.cid,
            self.cid_warning,
            self.age,
            self.address,
            self.validity,
        ):
            label.clear()
        self.photo.setPixmap(QPixmap())
        self.photo.clear()

    def _age_text(self, age: Age | None) -> str:
        if age is None:
            return self.tr("Age: not on the card")
        years = str(age.years) if age.exact else f"{age.years}–{age.max_years}"
        return self.tr("Age: %1 years").replace("%1", years)

    def _validity_text(self, text: CardText, today: dt.date) -> str:
        if text.lifelong:
            return self.tr("Lifelong card")
        if text.expiry_date is None:
            return ""
        when = format_thai_date(text.expiry_date)
        if text.expiry_date < today:
            return self.tr("Card expired on %1").replace("%1", when)
        return self.tr("Card valid until %1").replace("%1", when)

    def _show_photo(self, state: PanelState) -> None:
        if state.photo is not None:
            pixmap = QPixmap()
            if pixmap.loadFromData(state.photo, "JPEG"):
                self.photo.setPixmap(
                    pixmap.scaled(
                        self.photo.size(),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                return
        self.photo.setPixmap(QPixmap())
        if state.photo_failed or state.photo is not None:
            self.photo.setText(self.tr("Photo could not be read"))
        else:
            self.photo.setText(self.tr("Loading photo…"))


class _ErrorPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.message = _label(NAME_STYLE, "error_message")
        self.todo = _label(VALUE_STYLE, "error_todo")
        self.retry = primary_button(self.tr("Try again"))
        self.retry.setObjectName("error_retry")
        self.manual = named(QPushButton(self.tr("Enter details by hand")), "error_manual")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.manual)
        buttons.addWidget(self.retry)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.todo)
        layout.addStretch(1)
        layout.addLayout(buttons)


class CardPanel(QWidget):
    """Renders the controller's state; construct with a started or not-yet-started controller."""

    def __init__(
        self,
        controller: CardPanelController,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._today = today
        self.waiting = _WaitingPage()
        self.consent = _ConsentPage()
        self.reading = _ReadingPage()
        self.read = _ReadPage()
        self.error = _ErrorPage()
        self.manual = ManualEntryForm()
        self.pages = QStackedWidget()
        self.pages.setObjectName("card_pages")
        self._page_of = {
            Phase.WAITING: self.waiting,
            Phase.CONSENT: self.consent,
            Phase.READING: self.reading,
            Phase.READ: self.read,
            Phase.ERROR: self.error,
            Phase.MANUAL: self.manual,
        }
        for page in self._page_of.values():
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.waiting.manual.clicked.connect(controller.start_manual)
        self.consent.accept.clicked.connect(controller.give_consent)
        self.consent.decline.clicked.connect(controller.decline_consent)
        self.read.use.clicked.connect(controller.accept)
        self.read.clear.clicked.connect(controller.clear)
        self.error.retry.clicked.connect(controller.retry)
        self.error.manual.clicked.connect(controller.start_manual)
        self.manual.submitted.connect(self._submit_manual)
        self.manual.cancelled.connect(controller.cancel_manual)
        self._primary: dict[Phase, QPushButton] = {
            Phase.CONSENT: self.consent.accept,
            Phase.READ: self.read.use,
            Phase.ERROR: self.error.retry,
            Phase.MANUAL: self.manual.use,
        }
        self._secondary: dict[Phase, QPushButton] = {
            Phase.CONSENT: self.consent.decline,
            Phase.READ: self.read.clear,
            Phase.ERROR: self.error.manual,
            Phase.MANUAL: self.manual.cancel,
        }
        for key, action in (
            (Qt.Key.Key_Return, self._press_primary),
            (Qt.Key.Key_Enter, self._press_primary),
            (Qt.Key.Key_Escape, self._press_secondary),
        ):
            shortcut = QShortcut(QKeySequence(key), self, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # not the rest of the window
        controller.stateChanged.connect(self.show_state)
        self.show_state(controller.state)

    def show_state(self, state: PanelState) -> None:
        if state.phase is Phase.READ:
            self.read.show_card(state, self._today())
        else:
            self.read.clear_card()
        if state.phase is Phase.WAITING:
            self.waiting.status.setText(self._reader_status(state))
        elif state.phase is Phase.ERROR:
            self.error.message.setText(state.error.get() if state.error else "")
            self.error.todo.setText(state.error_todo.get() if state.error_todo else "")
        elif state.phase is Phase.MANUAL and self.pages.currentWidget() is not self.manual:
            self.manual.start(state.suggested_reason)
        if state.phase is not Phase.MANUAL and self.pages.currentWidget() is self.manual:
            self.manual.clear_form()
        self.pages.setCurrentWidget(self._page_of[state.phase])
        button = self._primary.get(state.phase)
        if button is not None and state.phase is not Phase.MANUAL:
            button.setFocus()

    def _reader_status(self, state: PanelState) -> str:
        if not state.service_available:
            return self.tr("The smart card service is not running")
        if not state.readers:
            return self.tr("No card reader connected")
        return self.tr("Reader ready: %1").replace("%1", ", ".join(state.readers))

    def _submit_manual(self, entry: ManualEntry) -> None:
        try:
            self.controller.submit_manual(entry)
        except ManualProblem:
            self.manual.use.setEnabled(False)

    def _press_primary(self) -> None:
        button = self._primary.get(self.controller.state.phase)
        if button is not None and button.isEnabled():
            button.click()

    def _press_secondary(self) -> None:
        button = self._secondary.get(self.controller.state.phase)
        if button is not None and button.isEnabled():
            button.click()
