"""Settings: language, the district profile and the offered services (changes by supervisors only)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk import settings
from kiosk.district import District, load_district
from kiosk.i18n import Language
from kiosk.offered import OfferedRow, kpi_warning, list_offered
from ui.context import AppContext
from ui.widgets import title_label


@dataclass(frozen=True)
class SettingsSnapshot:
    language: str
    district: District | None
    offered: list[OfferedRow]


class SettingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(objectName="language")
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.district = QLabel(objectName="district")
        self.district.setWordWrap(True)
        self.offered = QTableWidget(0, 4, objectName="offered")
        self.offered.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Agency"), self.tr("Coordinator"), self.tr("Phone")]
        )
        self.offered.horizontalHeader().setStretchLastSection(True)
        self.offered.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.kpi = QLabel(objectName="kpi")
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        district_box = QGroupBox(self.tr("District"))
        QVBoxLayout(district_box).addWidget(self.district)
        offered_box = QGroupBox(self.tr("Services offered at this counter"))
        offered_layout = QVBoxLayout(offered_box)
        offered_layout.addWidget(self.offered)
        offered_layout.addWidget(self.kpi)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Settings")))
        layout.addWidget(general)
        layout.addWidget(district_box)
        layout.addWidget(offered_box, 1)


class SettingsController(QObject):
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, view: SettingsView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        view.language.currentIndexChanged.connect(self._language_picked)
        self.refresh()

    def refresh(self) -> None:
        def load() -> SettingsSnapshot:
            with self.ctx.store.read() as session:
                return SettingsSnapshot(
                    language=settings.get(session, settings.LANGUAGE),
                    district=load_district(session),
                    offered=list_offered(session),
                )

        self.ctx.runner.run(load, self._show)

    def _show(self, snapshot: SettingsSnapshot) -> None:
        view = self.view
        index = view.language.findData(snapshot.language)
        view.language.blockSignals(True)
        view.language.setCurrentIndex(max(index, 0))
        view.language.blockSignals(False)
        d = snapshot.district
        if d is None:
            view.district.setText(self.tr("Not set up yet."))
        else:
            view.district.setText(
                f"{d.centre_name}\n{self.tr('District')} {d.district}  {self.tr('Province')} {d.province}\n"
                f"{self.tr('DOPA code')} {d.dopa_code}  {self.tr('Counter')} {d.counter_code}\n{d.address}  {d.phone}"
            )
        view.offered.setRowCount(len(snapshot.offered))
        for row, item in enumerate(snapshot.offered):
            for column, text in enumerate(
                (item.name, item.agency, item.coordinator_name, item.coordinator_phone)
            ):
                view.offered.setItem(row, column, QTableWidgetItem(text))
        view.offered.resizeColumnsToContents()
        warning = kpi_warning(len(snapshot.offered))
        view.kpi.setText(
            warning.get() if warning else self.tr("%n service(s) offered.", "", len(snapshot.offered))
        )

    def _language_picked(self) -> None:
        language: Language = "en" if self.view.language.currentData() == "en" else "th"

        def save() -> str:
            with self.ctx.store.write() as session:
                settings.put(session, settings.LANGUAGE, language)
            return language

        self.ctx.runner.run_db(save, self.language_changed.emit)
