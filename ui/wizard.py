"""First-run wizard: the district, the first supervisor, and the services the district offers.

Nothing is written until the last page is accepted, and then everything is written in one transaction on the DB
thread: a wizard abandoned half-way leaves the data directory as it found it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from kiosk.district import District, save_district
from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.offered import OfferedChoice, kpi_warning, set_offered
from kiosk.officers import OfficerInfo, Role, create_officer, password_problem
from kiosk.search import normalise
from ui.context import AppContext
from ui.districtform import DistrictForm


@dataclass(frozen=True)
class ServiceChoiceRow:
    key: str
    label: str


class DistrictPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your district"))
        self.setSubTitle(self.tr("The centre this counter serves. It is printed on receipts and reports."))
        self.form = DistrictForm()
        QVBoxLayout(self).addWidget(self.form)
        self.form.changed.connect(self.completeChanged)

    def value(self) -> District:
        return self.form.value()

    def isComplete(self) -> bool:
        return not self.value().problems()

    def validatePage(self) -> bool:
        return self.form.check()


class SupervisorPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first supervisor"))
        self.setSubTitle(self.tr("This account manages officers, offered services and the monthly report."))
        self.full_name = QLineEdit(objectName="full_name")
        self.username = QLineEdit(objectName="username")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(objectName="confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.problems = QLabel(objectName="problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c01c28")
        form = QFormLayout(self)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.confirm)
        form.addRow(self.problems)

    def validatePage(self) -> bool:
        problems: list[Text] = []
        if not self.full_name.text().strip() or not self.username.text().strip():
            problems.append(Text("ต้องกรอกชื่อ-นามสกุลและชื่อผู้ใช้", "Full name and username are required."))
        weak = password_problem(self.password.text())
        if weak is not None:
            problems.append(weak)
        if self.password.text() != self.confirm.text():
            problems.append(Text("รหัสผ่านสองช่องไม่ตรงกัน", "The two passwords differ."))
        self.problems.setText("\n".join(p.get() for p in problems))
        return not problems


class ServicesPage(QWizardPage):
    def __init__(self, rows: list[ServiceChoiceRow]) -> None:
        super().__init__()
        self.setTitle(self.tr("Services offered at this counter"))
        self.setSubTitle(
            self.tr(
                "Tick the e-Services your district offers (at least 5 for the KPI). You can change this later."
            )
        )
        self.filter = QLineEdit(objectName="filter")
        self.filter.setPlaceholderText(self.tr("Type to filter by name or agency"))
        self.list = QListWidget(objectName="services")
        self._normalised: list[str] = []
        for row in rows:
            item = QListWidgetItem(row.label)
            item.setData(Qt.ItemDataRole.UserRole, row.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self._normalised.append(normalise(row.label))
        self.count = QLabel(objectName="count")
        self.count.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(self._update_count)
        self._update_count()

    def chosen_keys(self) -> list[str]:
        keys: list[str] = []
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return keys

    def _apply_filter(self, text: str) -> None:
        wanted = normalise(text)
        for index, haystack in enumerate(self._normalised):
            self.list.item(index).setHidden(bool(wanted) and wanted not in haystack)

    def _update_count(self) -> None:
        count = len(self.chosen_keys())
        warning = kpi_warning(count)
        if warning is None:
            self.count.setText(self.tr("%n service(s) chosen.", "", count))
            self.count.setStyleSheet("")
        else:
            self.count.setText(warning.get())
            self.count.setStyleSheet("color: #a05a00; font-weight: bold")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return len(self.chosen_keys()) > 0


class FirstRunWizard(QWizard):
    def __init__(
        self, ctx: AppContext, rows: list[ServiceChoiceRow], on_done: Callable[[OfficerInfo], None]
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._on_done = on_done
        self.setWindowTitle(self.tr("Set up this counter"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # Qt ships no Thai translation of its own buttons, so the wizard names them itself.
        buttons = QWizard.WizardButton
        self.setButtonText(buttons.BackButton, self.tr("< Back"))
        self.setButtonText(buttons.NextButton, self.tr("Next >"))
        self.setButtonText(buttons.CancelButton, self.tr("Cancel"))
        self.setButtonText(buttons.FinishButton, self.tr("Finish"))
        self.district_page = DistrictPage()
        self.supervisor_page = SupervisorPage()
        self.services_page = ServicesPage(rows)
        self.addPage(self.district_page)
        self.addPage(self.supervisor_page)
        self.addPage(self.services_page)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.services_page.layout().addWidget(self.error)
        self.resize(900, 680)

    def accept(self) -> None:
        district = self.district_page.value()
        full_name = self.supervisor_page.full_name.text()
        username = self.supervisor_page.username.text()
        password = self.supervisor_page.password.text()
        keys = self.services_page.chosen_keys()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def save() -> OfficerInfo:
            with self.ctx.store.write() as session:
                save_district(session, district, by=None)
                supervisor = create_officer(
                    session, username=username, full_name=full_name, password=password, role=Role.SUPERVISOR
                )
                set_offered(session, [OfferedChoice(k) for k in keys], by=supervisor.id)
                return supervisor

        self.ctx.runner.run_db(save, self._saved, self._failed)

    def _saved(self, supervisor: OfficerInfo) -> None:
        super().accept()
        self._on_done(supervisor)

    def _failed(self, error: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if not isinstance(error, KioskError):
            raise error
        self.error.setText(error.message())
