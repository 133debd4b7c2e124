"""The survey kiosk window the citizen touches: big Thai text, big buttons, one page at a time.

Layout only; :mod:`ui.survey.kiosk_controller` decides what is shown. The window is frameless, full screen and
stays on top, and refuses to close until the controller has seen an officer's password: a citizen can neither
leave it nor reach the officer's screens behind it.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.survey.model import RATING_KEYS, SCALE, Kind, Question
from ui.survey.flow import FlowPage, FlowState, Words

LANG = "th"
STYLESHEET = """
QWidget#surveyKiosk { background: #f4f7fb; }
QWidget#surveyKiosk QLabel { color: #1c2733; }
QLabel[kiosk="headline"] { font-size: 40pt; font-weight: bold; color: #1a3a6b; }
QLabel[kiosk="title"] { font-size: 30pt; font-weight: bold; color: #1a3a6b; }
QLabel[kiosk="question"] { font-size: 23pt; padding-top: 4px; }
QScrollArea#kioskBody, QWidget#kioskBodyInner { background: transparent; border: none; }
QLabel[kiosk="note"] { font-size: 20pt; color: #3d4b5c; }
QLabel[kiosk="progress"] { font-size: 16pt; color: #3d4b5c; }
QLabel[kiosk="error"] { font-size: 18pt; color: #b00020; }
QPushButton[kiosk="answer"] {
    font-size: 21pt; min-height: 66px; padding: 2px 10px;
    border: 3px solid #a7b6c8; border-radius: 14px; background: white; color: #1c2733;
}
QPushButton[kiosk="small"] {
    font-size: 17pt; min-height: 60px; padding: 2px 8px;
    border: 3px solid #a7b6c8; border-radius: 12px; background: white; color: #1c2733;
}
QPushButton[kiosk="answer"]:checked, QPushButton[kiosk="small"]:checked {
    background: #1a5fb4; color: white; border-color: #0d3d7a;
}
QPushButton[kiosk="nav"] {
    font-size: 23pt; min-height: 76px; min-width: 220px; padding: 4px 22px;
    border: 3px solid #8494a7; border-radius: 16px; background: #e6ebf2; color: #1c2733;
}
QPushButton[kiosk="next"] {
    font-size: 25pt; min-height: 76px; min-width: 270px; padding: 4px 26px;
    border: 3px solid #1c7a4d; border-radius: 16px; background: #26a269; color: white; font-weight: bold;
}
QPushButton[kiosk="start"] {
    font-size: 36pt; min-height: 150px; min-width: 520px; padding: 10px 40px;
    border: 4px solid #1c7a4d; border-radius: 24px; background: #26a269; color: white; font-weight: bold;
}
QPushButton:disabled { background: #c9d1db; color: #6b7785; border-color: #b5bfcc; }
QPushButton[kiosk="staff"] { font-size: 12pt; color: #8a97a8; border: none; background: transparent; min-height: 26px; padding: 0 8px; }
QLineEdit[kiosk="text"] { font-size: 22pt; min-height: 64px; padding: 4px 12px; border: 2px solid #a7b6c8; border-radius: 10px; background: white; }
QProgressBar { min-height: 14px; max-height: 14px; border: none; background: #dde4ee; border-radius: 7px; }
QProgressBar::chunk { background: #26a269; border-radius: 7px; }
"""


def wrap_label(text: str, width: int = 30) -> str:
    """Break a long choice at the space nearest its middle: a push button does not wrap text by itself."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, char in enumerate(text) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


def visual_length(text: str) -> int:
    """Columns of text as printed: Thai vowel and tone marks above and below take no width of their own."""
    return sum(1 for char in text if unicodedata.category(char) != "Mn")


def _columns(labels: list[str]) -> int:
    if len(labels) > 8:
        return 3
    longest = max(visual_length(line) for label in labels for line in wrap_label(label).splitlines())
    if longest <= 20 and len(labels) >= 4:
        return 4
    if longest <= 28 and len(labels) >= 3:
        return 3
    return 2


def _label(text: str, role: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("kiosk", role)
    label.setWordWrap(True)
    return label


def _button(text: str, role: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("kiosk", role)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return button


class AttractPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.centre = _label("", "note")
        self.centre.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = _label(Words.TITLE.get(LANG), "headline")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        invite = _label(Words.INVITE.get(LANG), "note")
        invite.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start = _button(Words.START.get(LANG), "start")
        self.start.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.centre)
        layout.addWidget(title)
        layout.addSpacing(16)
        layout.addWidget(invite)
        layout.addSpacing(40)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class QuestionPage(QWidget):
    """One group of questions; rebuilt from the flow state each time it is shown."""

    rated = Signal(str, int)
    toggled = Signal(str, str)
    typed = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.progress_text = _label("", "progress")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.title = _label("", "title")
        self.body = QWidget(objectName="kioskBodyInner")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.scroll = QScrollArea(objectName="kioskBody")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A finger drag scrolls a page that does not fit (many offered services on a small screen).
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.back = _button(Words.BACK.get(LANG), "nav")
        self.skip = _button(Words.SKIP.get(LANG), "nav")
        self.next = _button(Words.NEXT.get(LANG), "next")
        self.status = _label("", "note")
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.status)
        nav.addStretch(1)
        nav.addWidget(self.skip)
        nav.addSpacing(24)
        nav.addWidget(self.next)
        for button in (self.back, self.skip, self.next):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addSpacing(16)
        top.addWidget(self.progress_text)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(nav)
        self.answer_buttons: dict[tuple[str, str], QPushButton] = {}
        self.text_fields: dict[str, QLineEdit] = {}

    def render(self, state: FlowState) -> None:
        page = state.page
        total = len(state.pages)
        self.progress.setRange(0, total)
        self.progress.setValue(state.index + 1)
        self.progress_text.setText(Words.PROGRESS.format(page=state.index + 1, pages=total).get(LANG))
        self.title.setText(page.title.get(LANG))
        self.back.setEnabled(state.index > 0)
        self.next.setText((Words.SEND if state.is_last else Words.NEXT).get(LANG))
        self.status.setText("")
        self._rebuild(page, state)

    def _rebuild(self, page: FlowPage, state: FlowState) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.answer_buttons = {}
        self.text_fields = {}
        for question in page.questions:
            self.body_layout.addWidget(self._question(question, state))
        self.body_layout.addStretch(1)

    def _question(self, question: Question, state: FlowState) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        text = question.text.get(LANG)
        if question.kind is Kind.MULTI and "เลือกได้" not in text:
            text = f"{text} {Words.MULTIPLE.get(LANG)}"
        layout.addWidget(_label(text, "question"))
        if question.kind is Kind.TEXT:
            field = QLineEdit(state.texts.get(question.key, ""))
            field.setProperty("kiosk", "text")
            field.setPlaceholderText(Words.TYPE_HERE.get(LANG))
            field.textChanged.connect(lambda value, key=question.key: self.typed.emit(key, value))
            self.text_fields[question.key] = field
            layout.addWidget(field)
            return box
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        if question.kind is Kind.RATING:
            options = [(str(level), label.get(LANG)) for level, label in SCALE]
            columns = len(options)
            picked = [str(state.ratings[question.key])] if question.key in state.ratings else []
        else:
            options = [(choice.code, choice.label.get(LANG)) for choice in question.choices]
            columns = _columns([label for _, label in options])
            picked = state.choices.get(question.key, [])
        role = "small" if len(options) > 8 else "answer"
        for index, (code, label) in enumerate(options):
            button = _button(wrap_label(label), role)
            button.setCheckable(True)
            button.setChecked(code in picked)
            if question.kind is Kind.RATING:
                button.clicked.connect(lambda _=False, key=question.key, v=int(code): self.rated.emit(key, v))
            else:
                button.clicked.connect(lambda _=False, key=question.key, c=code: self.toggled.emit(key, c))
            self.answer_buttons[(question.key, code)] = button
            grid.addWidget(button, index // columns, index % columns)
        layout.addLayout(grid)
        return box

    def show_picks(self, state: FlowState) -> None:
        """Re-check the buttons from the state (a press the gate refused must not stay checked)."""
        for (key, code), button in self.answer_buttons.items():
            if key in RATING_KEYS:
                button.setChecked(str(state.ratings.get(key)) == code)
            else:
                button.setChecked(code in state.choices.get(key, []))

    def set_busy(self, busy: bool, message: str = "") -> None:
        for button in (self.back, self.skip, self.next, *self.answer_buttons.values()):
            button.setEnabled(not busy)
        self.status.setText(message)


class ThanksPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.headline = _label(Words.THANKS.get(LANG), "headline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = _label(Words.THANKS_MORE.get(LANG), "note")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addSpacing(20)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_result(self, saved: bool) -> None:
        self.headline.setText(Words.THANKS.get(LANG))
        self.note.setText((Words.THANKS_MORE if saved else Words.FAILED).get(LANG))
        self.note.setProperty("kiosk", "note" if saved else "error")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)


class UnlockPage(QWidget):
    """The officer's way out. It covers the survey page, so the answers in progress are never on screen with it."""

    def __init__(self) -> None:
        super().__init__()
        title = _label(self.tr("Staff only: close the survey screen"), "title")
        hint = _label(self.tr("Log in with an officer account to close this screen."), "note")
        self.username = QLineEdit()
        self.username.setObjectName("unlockUsername")
        self.username.setPlaceholderText(self.tr("Username"))
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.username, self.password):
            field.setProperty("kiosk", "text")
            field.setMaximumWidth(640)
        self.error = _label("", "error")
        self.unlock = _button(self.tr("Close survey screen"), "next")
        self.cancel = _button(self.tr("Back to the survey"), "nav")
        for button in (self.unlock, self.cancel):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addSpacing(24)
        buttons.addWidget(self.unlock)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(16)
        layout.addWidget(self.username)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.password.returnPressed.connect(self.unlock.click)
        self.username.returnPressed.connect(self.password.setFocus)

    def clear(self) -> None:
        self.username.clear()
        self.password.clear()
        self.error.clear()


class SurveyKioskWindow(QWidget):
    """The top-level kiosk window; it closes only after :meth:`release` (the controller's unlock)."""

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("surveyKiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLESHEET)
        self.setWindowTitle(Words.TITLE.get(LANG))
        self.attract = AttractPage()
        self.question = QuestionPage()
        self.thanks = ThanksPage()
        self.unlock = UnlockPage()
        self.stack = QStackedWidget()
        for page in (self.attract, self.question, self.thanks, self.unlock):
            self.stack.addWidget(page)
        self.staff = _button(self.tr("Staff"), "staff")
        self.staff.setObjectName("staffButton")
        self.staff.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.staff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 2)
        layout.setSpacing(2)
        layout.addWidget(self.stack, 1)
        layout.addLayout(corner)
        self._may_close = False

    def release(self) -> None:
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
