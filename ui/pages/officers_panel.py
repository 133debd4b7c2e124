"""Officer accounts for the supervisor: add, deactivate or reactivate, reset a password.

Accounts are never deleted: visits and the audit log refer to them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.officers import OfficerInfo, Role, create_officer, list_officers, reset_password, set_active
from ui.context import AppContext


class OfficersView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, objectName="officers")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Username"), self.tr("Role"), self.tr("Status")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.toggle = QPushButton(self.tr("Deactivate / reactivate"), objectName="toggle_active")
        self.new_password = QLineEdit(objectName="new_password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setPlaceholderText(self.tr("New password"))
        self.reset = QPushButton(self.tr("Reset password"), objectName="reset_password")
        self.full_name = QLineEdit(objectName="new_full_name")
        self.username = QLineEdit(objectName="new_username")
        self.password = QLineEdit(objectName="new_officer_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox(objectName="new_role")
        self.role.addItem(self.tr("Officer"), Role.OFFICER.value)
        self.role.addItem(self.tr("Supervisor"), Role.SUPERVISOR.value)
        self.add = QPushButton(self.tr("Add officer"), objectName="add_officer")
        self.status = QLabel(objectName="officers_status")
        self.status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.toggle)
        actions.addWidget(self.new_password)
        actions.addWidget(self.reset)
        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(form)
        layout.addWidget(self.status)


class OfficersController(QObject):
    def __init__(self, ctx: AppContext, view: OfficersView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self._officers: list[OfficerInfo] = []
        view.add.clicked.connect(self.add)
        view.toggle.clicked.connect(self.toggle_selected)
        view.reset.clicked.connect(self.reset_selected)

    def load(self) -> None:
        def read() -> list[OfficerInfo]:
            with self.ctx.store.read() as session:
                return list_officers(session, include_inactive=True)

        self.ctx.runner.run(read, self._show)

    def add(self) -> None:
        full_name = self.view.full_name.text()
        username = self.view.username.text()
        password = self.view.password.text()
        role = Role(self.view.role.currentData())
        self._write(
            lambda session, by: create_officer(
                session, username=username, full_name=full_name, password=password, role=role, created_by=by
            ),
            self.tr("Officer added."),
            clear=True,
        )

    def toggle_selected(self) -> None:
        officer = self._selected()
        if officer is not None:
            self._write(
                lambda session, by: set_active(session, officer.id, not officer.active, by=by),
                self.tr("Saved."),
            )

    def reset_selected(self) -> None:
        officer = self._selected()
        password = self.view.new_password.text()
        if officer is not None:
            self._write(
                lambda session, by: reset_password(session, officer.id, password, by=by),
                self.tr("Password changed."),
                clear=True,
            )

    def _selected(self) -> OfficerInfo | None:
        row = self.view.table.currentRow()
        if row < 0 or row >= len(self._officers):
            self.view.status.setText(self.tr("Select an officer in the table first."))
            return None
        return self._officers[row]

    def _write(self, change: Callable[..., object], done: str, *, clear: bool = False) -> None:
        supervisor = self.ctx.officer
        assert supervisor is not None and supervisor.is_supervisor

        def run() -> None:
            with self.ctx.store.write() as session:
                change(session, supervisor.id)

        def succeeded(_result: None) -> None:
            self.view.status.setText(done)
            if clear:
                for edit in (
                    self.view.full_name,
                    self.view.username,
                    self.view.password,
                    self.view.new_password,
                ):
                    edit.clear()
            self.load()

        self.ctx.runner.run_db(run, succeeded, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KioskError):
            raise error
        self.view.status.setText(error.message())

    def _show(self, officers: list[OfficerInfo]) -> None:
        self._officers = officers
        table = self.view.table
        table.setRowCount(len(officers))
        for row, officer in enumerate(officers):
            role = self.tr("Supervisor") if officer.is_supervisor else self.tr("Officer")
            status = self.tr("Active") if officer.active else self.tr("Deactivated")
            for column, text in enumerate((officer.full_name, officer.username, role, status)):
                item = QTableWidgetItem(text)
                if not officer.active:
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
