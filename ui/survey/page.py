"""The officer's Survey page: open the citizen's survey screen, key in paper forms, import a CSV, and fill in
the yearly officer questionnaire.

The page shows the survey screen's state and how many responses were saved, never the answers: the citizen
answers in private even when the officer sits next to the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import settings
from kiosk.district import load_district
from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.offered import list_offered
from kiosk.survey.csv_import import ImportResult, import_survey_csv
from kiosk.survey.model import Choice
from kiosk.survey.record import survey_counts, today_local
from ui.context import AppContext
from ui.survey.kiosk_controller import KioskState, KioskStatus, SurveyKioskController
from ui.survey.kiosk_view import SurveyKioskWindow
from ui.survey.paper import PaperEntryController, PaperEntryView
from ui.survey.questionnaire import QuestionnaireController, QuestionnaireView
from ui.survey.screens import screen_labels, show_full_screen
from ui.widgets import primary_button, title_label


@dataclass(frozen=True)
class KioskSetup:
    screen: int
    idle_seconds: int
    offered: list[Choice]
    centre_name: str


@dataclass(frozen=True)
class Counts:
    today: int
    total: int


class KioskPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen = QComboBox(objectName="surveyScreen")
        self.open = primary_button(self.tr("Open the survey screen"))
        self.open.setObjectName("openKiosk")
        self.start = QPushButton(self.tr("Start a survey now"))
        self.start.setObjectName("startKiosk")
        self.start.setEnabled(False)
        self.state = QLabel(objectName="kioskState")
        self.state.setWordWrap(True)
        self.counts = QLabel(objectName="surveyCounts")
        explain = QLabel(
            self.tr(
                "The survey screen fills the chosen monitor (turn it towards the citizen). It resets itself after "
                "each survey and when left idle. Only an officer's username and password close it: tap "
                '"Staff" in its bottom corner.'
            )
        )
        explain.setProperty("role", "hint")
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Screen facing the citizen"), self.screen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open)
        buttons.addWidget(self.start)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("Citizen survey screen"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.state)
        inner.addWidget(explain)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.counts)
        layout.addStretch(1)


class ImportPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose = primary_button(self.tr("Import a CSV file…"))
        self.result = QPlainTextEdit(objectName="importResult")
        self.result.setReadOnly(True)
        explain = QLabel(
            self.tr(
                "A header row names the columns: date (YYYY-MM-DD or DD/MM/YYYY B.E.), form_number, sex, "
                "age_band, occupation, education, visits_6m, heard_from, services, q1_1 … q4, suitable, "
                "suitable_reasons, unsuitable_reason, wanted_services, problems, suggestions. Several values in "
                "one cell are separated by ';'. A file with any problem is not imported at all; importing the "
                "same file again adds nothing."
            )
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result, 1)


class SurveyPage(QWidget):
    """The page in the main window's navigation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kiosk_panel = KioskPanel()
        self.paper_view = PaperEntryView()
        self.import_panel = ImportPanel()
        self.questionnaire_view = QuestionnaireView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.kiosk_panel, self.tr("Survey screen"))
        self.tabs.addTab(self.paper_view, self.tr("Paper entry"))
        self.tabs.addTab(self.import_panel, self.tr("Import CSV"))
        self.tabs.addTab(self.questionnaire_view, self.tr("Officer questionnaire"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Citizen satisfaction survey")))
        layout.addWidget(self.tabs, 1)
        self.controller = SurveyPageController(ctx, self)
        self.paper = PaperEntryController(ctx, self.paper_view)
        self.questionnaire = QuestionnaireController(ctx, self.questionnaire_view)


class SurveyPageController(QObject):
    _shared: ClassVar[tuple[SurveyKioskWindow, SurveyKioskController] | None] = None
    """The survey screen outlives the page that opened it (a logout rebuilds the main window but must not
    unlock the citizen's screen); a new page takes over the open one."""

    def __init__(self, ctx: AppContext, page: SurveyPage) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.window: SurveyKioskWindow | None = None
        self.kiosk: SurveyKioskController | None = None
        self._invite_pending: tuple[str | None] | None = None
        panel = page.kiosk_panel
        panel.screen.addItems(screen_labels())
        panel.screen.currentIndexChanged.connect(self._screen_picked)
        panel.open.clicked.connect(self.open_kiosk)
        panel.start.clicked.connect(lambda: self.invite())
        page.import_panel.choose.clicked.connect(self._choose_file)
        self._show_status(KioskStatus(KioskState.CLOSED, 0))
        if SurveyPageController._shared is not None:
            self._adopt(*SurveyPageController._shared)
        self._load_screen()
        self.refresh_counts()

    def _adopt(self, window: SurveyKioskWindow, kiosk: SurveyKioskController) -> None:
        self.window, self.kiosk = window, kiosk
        SurveyPageController._shared = (window, kiosk)
        kiosk.status_changed.connect(self._show_status)
        kiosk.closed.connect(self._closed)
        kiosk.on_saved = self.refresh_counts
        self.page.kiosk_panel.open.setEnabled(True)
        self.page.kiosk_panel.start.setEnabled(True)
        self._show_status(KioskStatus(kiosk.kiosk_state, kiosk.saved))

    def _load_screen(self) -> None:
        def read() -> int:
            with self.ctx.store.read() as session:
                return settings.get(session, settings.SURVEY_SCREEN)

        def show(index: int) -> None:
            combo = self.page.kiosk_panel.screen
            combo.blockSignals(True)
            combo.setCurrentIndex(index if 0 <= index < combo.count() else combo.count() - 1)
            combo.blockSignals(False)

        self.ctx.runner.run(read, show)

    def _screen_picked(self, index: int) -> None:
        def write() -> None:
            with self.ctx.store.write() as session:
                settings.put(session, settings.SURVEY_SCREEN, index)

        self.ctx.runner.run_db(write)

    def invite(self, service_key: str | None = None) -> None:
        """Start a survey for the citizen just served (the counter calls this at the end of a visit), opening the
        survey screen first if it is closed. ``service_key`` is the visit's e-Service, kept with the response."""
        if self.kiosk is not None:
            self.kiosk.start(service_key=service_key)
            return
        self._invite_pending = (service_key,)
        self.open_kiosk()

    def open_kiosk(self) -> None:
        """Show the survey screen (or bring it back to the front if it is already open)."""
        if self.window is not None:
            show_full_screen(self.window, self.page.kiosk_panel.screen.currentIndex())
            return
        self.page.kiosk_panel.open.setEnabled(False)

        def read() -> KioskSetup:
            with self.ctx.store.read() as session:
                district = load_district(session)
                return KioskSetup(
                    screen=settings.get(session, settings.SURVEY_SCREEN),
                    idle_seconds=settings.get(session, settings.SURVEY_IDLE_SECONDS),
                    offered=[Choice(o.service_key, Text(o.name, o.name)) for o in list_offered(session)],
                    centre_name=district.centre_name if district else "",
                )

        self.ctx.runner.run(read, self._show_kiosk)

    def _show_kiosk(self, setup: KioskSetup) -> None:
        window = SurveyKioskWindow()
        kiosk = SurveyKioskController(
            self.ctx,
            window,
            offered=setup.offered,
            idle_seconds=setup.idle_seconds,
            centre_name=setup.centre_name,
        )
        self._adopt(window, kiosk)
        show_full_screen(window, self.page.kiosk_panel.screen.currentIndex())
        if self._invite_pending is not None:
            kiosk.start(service_key=self._invite_pending[0])
            self._invite_pending = None

    def _closed(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
        self.window, self.kiosk = None, None
        SurveyPageController._shared = None
        self.page.kiosk_panel.open.setEnabled(True)
        self.page.kiosk_panel.start.setEnabled(False)
        self._show_status(KioskStatus(KioskState.CLOSED, 0))
        self.refresh_counts()

    def _show_status(self, status: KioskStatus) -> None:
        texts = {
            KioskState.CLOSED: self.tr("The survey screen is closed."),
            KioskState.WAITING: self.tr("The survey screen is waiting for a citizen."),
            KioskState.ANSWERING: self.tr("A citizen is answering the survey."),
            KioskState.SAVING: self.tr("Saving a survey…"),
            KioskState.THANKS: self.tr("A survey was just completed."),
            KioskState.STAFF: self.tr("The survey screen is asking for an officer's password."),
        }
        self.page.kiosk_panel.state.setText(texts[status.state])

    def refresh_counts(self) -> None:
        def read() -> Counts:
            with self.ctx.store.read() as session:
                found = survey_counts(session, today_local())
                return Counts(found.today, found.total)

        def show(counts: Counts) -> None:
            self.page.kiosk_panel.counts.setText(
                self.tr("Surveys dated today: %1 · all surveys: %2")
                .replace("%1", str(counts.today))
                .replace("%2", str(counts.total))
            )

        self.ctx.runner.run(read, show)

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.page, self.tr("Import paper surveys"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        panel = self.page.import_panel
        panel.choose.setEnabled(False)
        panel.result.setPlainText(self.tr("Importing %1…").replace("%1", path.name))
        officer = self.ctx.officer.id if self.ctx.officer else None

        def work() -> ImportResult:
            with self.ctx.store.write() as session:
                return import_survey_csv(session, path, officer_id=officer)

        def done(result: ImportResult) -> None:
            panel.choose.setEnabled(True)
            panel.result.setPlainText(
                self.tr("Imported %1 of %2 row(s); %3 had been imported before.")
                .replace("%1", str(result.imported))
                .replace("%2", str(result.rows))
                .replace("%3", str(result.already_imported))
            )
            self.refresh_counts()

        def failed(error: BaseException) -> None:
            panel.choose.setEnabled(True)
            if not isinstance(error, KioskError):
                raise error
            panel.result.setPlainText(error.message())

        self.ctx.runner.run_db(work, done, failed)

    def shutdown(self) -> None:
        """Close the survey screen with the app itself (quitting, tests): no password needed from the app."""
        if self.window is not None:
            self.window.release()
            self.window.close()
            self.window.deleteLater()
        self.window, self.kiosk = None, None
        SurveyPageController._shared = None
