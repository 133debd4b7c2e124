"""Settings: language for everyone; the district, offered services and officers for supervisors.

Officers see the district and the offered services read-only; only a supervisor's session gets the editors.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import settings
from kiosk.district import District, load_district, save_district
from kiosk.errors import KioskError
from kiosk.i18n import Language
from ui.context import AppContext
from ui.districtform import DistrictForm
from ui.pages.offered_editor import OfferedEditorController, OfferedEditorView
from ui.pages.officers_panel import OfficersController, OfficersView
from ui.printing import settings_loader, settings_saver
from ui.printing.settings_widget import PrinterSettingsController, PrinterSettingsView
from ui.widgets import title_label


@dataclass(frozen=True)
class SettingsSnapshot:
    language: str
    district: District | None


class SettingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(objectName="settings_tabs")
        general = QWidget()
        self.language = QComboBox(objectName="language")
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Language"), self.language)
        district_tab = QWidget()
        self.district_form = DistrictForm()
        self.save_district = QPushButton(self.tr("Save district"), objectName="save_district")
        self.district_status = QLabel(objectName="district_status")
        district_layout = QVBoxLayout(district_tab)
        district_layout.addWidget(self.district_form)
        district_layout.addWidget(self.save_district)
        district_layout.addWidget(self.district_status)
        district_layout.addStretch(1)
        self.offered = OfferedEditorView()
        self.printers = PrinterSettingsView()
        self.officers = OfficersView()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(district_tab, self.tr("District"))
        self.tabs.addTab(self.offered, self.tr("Offered services"))
        self.tabs.addTab(self.printers, self.tr("Printers"))
        self.officers_tab = self.tabs.addTab(self.officers, self.tr("Officers"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Settings")))
        layout.addWidget(self.tabs, 1)

    def set_supervisor(self, supervisor: bool) -> None:
        self.district_form.setEnabled(supervisor)
        self.save_district.setVisible(supervisor)
        self.tabs.setTabVisible(self.officers_tab, supervisor)


class SettingsController(QObject):
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, view: SettingsView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        supervisor = ctx.officer is not None and ctx.officer.is_supervisor
        view.set_supervisor(supervisor)
        self.offered = OfferedEditorController(ctx, view.offered)
        self.officers = OfficersController(ctx, view.officers) if supervisor else None
        self.printers = PrinterSettingsController(
            view.printers,
            lambda fn, on_done, on_error: ctx.runner.run(fn, on_done, on_error),
            load=lambda: settings_loader(ctx),
            save=lambda chosen: settings_saver(ctx, chosen),
            submit_write=lambda fn, on_done, on_error: ctx.runner.run_db(fn, on_done, on_error),
            test_print=self._print_test_receipt,
        )
        view.language.currentIndexChanged.connect(self._language_picked)
        view.save_district.clicked.connect(self._save_district)
        self.refresh()

    def refresh(self) -> None:
        def load() -> SettingsSnapshot:
            with self.ctx.store.read() as session:
                return SettingsSnapshot(
                    language=settings.get(session, settings.LANGUAGE), district=load_district(session)
                )

        self.ctx.runner.run(load, self._show)
        self.offered.load()
        if self.officers is not None:
            self.officers.load()

    def _print_test_receipt(self, kind_name: str) -> None:
        """Render the sample receipt on the pool (the first render loads fonts and the dictionary) and print it."""
        from forms.kinds import kind
        from ui.printing import Document

        def printed(pdf: bytes) -> None:
            self.ctx.printing.print_direct(Document(kind_name, pdf, title="test receipt", reference="test"))

        self.ctx.runner.run(kind(kind_name).render_sample, printed)

    def _show(self, snapshot: SettingsSnapshot) -> None:
        view = self.view
        index = view.language.findData(snapshot.language)
        view.language.blockSignals(True)
        view.language.setCurrentIndex(max(index, 0))
        view.language.blockSignals(False)
        if snapshot.district is not None:
            view.district_form.set_value(snapshot.district)

    def _save_district(self) -> None:
        if not self.view.district_form.check():
            return
        district = self.view.district_form.value()
        officer = self.ctx.officer

        def save() -> District:
            with self.ctx.store.write() as session:
                return save_district(session, district, by=officer.id if officer else None)

        self.ctx.runner.run_db(save, self._district_saved, self._district_failed)

    def _district_saved(self, _district: District) -> None:
        self.view.district_status.setText(self.tr("Saved."))

    def _district_failed(self, error: BaseException) -> None:
        if not isinstance(error, KioskError):
            raise error
        self.view.district_status.setText(error.message())

    def _language_picked(self) -> None:
        language: Language = "en" if self.view.language.currentData() == "en" else "th"

        def save() -> str:
            with self.ctx.store.write() as session:
                settings.put(session, settings.LANGUAGE, language)
            return language

        self.ctx.runner.run_db(save, self.language_changed.emit)
