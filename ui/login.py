"""Officer login. The password check (Argon2, deliberately slow) runs on the DB thread, never the GUI thread.

This module is imported before the login window shows, so it keeps the database layer out of its imports: the
window appears while SQLAlchemy and the migrations load in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from ui.widgets import primary_button, title_label

if TYPE_CHECKING:
    from kiosk.officers import OfficerInfo
    from ui.context import AppContext


class LoginView(QWidget):
    """Layout only."""

    def __init__(self, centre_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Damrongdham e-Service Counter — Log in"))
        self.title = title_label(centre_name or self.tr("Damrongdham e-Service Counter"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.submit = primary_button(self.tr("Log in"))
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.submit)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        self.setMinimumWidth(460)


class LoginController(QObject):
    """Behaviour: validate, authenticate in the background, report the officer who logged in.

    Parented to its view, so it lives exactly as long as the window it drives.
    """

    logged_in = Signal(object)

    def __init__(self, ctx: AppContext, view: LoginView, on_login: Callable[[OfficerInfo], None]) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self._on_login = on_login
        view.submit.clicked.connect(self.attempt)
        view.username.returnPressed.connect(view.password.setFocus)
        view.password.returnPressed.connect(self.attempt)
        view.username.setFocus()

    def attempt(self) -> None:
        username = self.view.username.text()
        password = self.view.password.text()
        if not username or not password:
            self.view.status.setText(self.tr("Enter your username and password."))
            return
        self._busy(True)

        def check() -> OfficerInfo:
            from kiosk.officers import authenticate

            with self.ctx.store.write() as session:
                return authenticate(session, username, password)

        self.ctx.runner.run_db(check, self._succeeded, self._failed)

    def _busy(self, busy: bool) -> None:
        self.view.submit.setEnabled(not busy)
        self.view.status.setText(self.tr("Checking…") if busy else "")

    def _succeeded(self, officer: OfficerInfo) -> None:
        self._busy(False)
        self.view.password.clear()
        self.ctx.officer = officer
        self.logged_in.emit(officer)
        self._on_login(officer)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.view.password.clear()
        self.view.password.setFocus()
        if isinstance(error, KioskError):
            self.view.status.setText(error.message())
        else:
            raise error
