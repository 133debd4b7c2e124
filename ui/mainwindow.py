"""The main window: navigation on the left, one page at a time, device and sync state in the status bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.events import pending_outbox_count
from kiosk.messages import Message
from ui.card.events import PanelState, Phase
from ui.context import AppContext
from ui.counter.page import CounterPage
from ui.pages.settings import SettingsController, SettingsView
from ui.printing.problem_prompt import ProblemPrompt
from ui.reports.page import ReportsPage
from ui.requests.page import RequestsPage
from ui.statusbar import CounterStatusBar, DeviceState, Health
from ui.survey.page import SurveyPage
from ui.widgets import MessageBar


@dataclass(frozen=True)
class SyncSnapshot:
    pending: int


@dataclass(frozen=True)
class PrinterSnapshot:
    name: str
    problem: str | None
    """None: no such printer; empty: ready; otherwise what stops it, in the officer's language."""


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    logout_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Damrongdham e-Service Counter"))
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setFixedWidth(220)
        self.pages = QStackedWidget(objectName="pages")
        self.message_bar = MessageBar()
        self.status = CounterStatusBar()
        self.setStatusBar(self.status)
        self._add_pages()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.message_bar)
        right_layout.addWidget(self.pages, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        for index in range(self.navigation.count()):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.navigation.setCurrentRow(i))
        ctx.bridge.message.connect(self.show_message)
        self.print_problems = ProblemPrompt(ctx.printing, self)
        officer = ctx.officer
        if officer is not None:
            role = self.tr("supervisor") if officer.is_supervisor else self.tr("officer")
            self.status.officer.setText(f"{officer.full_name} ({role})")
        self.status.card.set_state(DeviceState(Health.UNKNOWN, self.tr("Card reader: not checked")))
        self.status.printer.set_state(DeviceState(Health.UNKNOWN, self.tr("Printer: not checked")))
        self._sync_timer = QTimer(self)
        self._sync_timer.timeout.connect(self.refresh_sync_state)
        self._sync_timer.timeout.connect(self.refresh_printer_state)
        self._sync_timer.start(15_000)
        self.refresh_sync_state()
        self.refresh_printer_state()
        self.resize(1280, 800)

    def _add_pages(self) -> None:
        self.settings_view = SettingsView()
        self.settings = SettingsController(self.ctx, self.settings_view)
        self.settings.language_changed.connect(self.language_changed)
        self.counter_page = CounterPage(self.ctx)
        self.counter_page.controller.card_state.connect(self._show_card_state)
        self.survey_page = SurveyPage(self.ctx)
        self.counter_page.controller.visit_ended.connect(self._invite_to_survey)
        pages: list[tuple[str, QWidget]] = [
            (self.tr("Counter"), self.counter_page),
            (self.tr("Requests"), RequestsPage(self.ctx)),
            (self.tr("Survey"), self.survey_page),
            (self.tr("Reports"), ReportsPage(self.ctx)),
            (self.tr("Settings"), self.settings_view),
        ]
        for title, page in pages:
            self.navigation.addItem(title)
            self.pages.addWidget(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop polling: a closed window must not queue work on a runner that is shutting down."""
        self._sync_timer.stop()
        super().closeEvent(event)

    def show_message(self, message: Message) -> None:
        self.message_bar.show_message(message.level, message.text.get())

    def refresh_sync_state(self) -> None:
        def count() -> SyncSnapshot:
            with self.ctx.store.read() as session:
                return SyncSnapshot(pending_outbox_count(session))

        self.ctx.runner.run(count, self._show_sync)

    def _invite_to_survey(self, service_key: str | None) -> None:
        """At the end of a visit the citizen's screen offers the survey, if that screen is open: a survey window
        is never thrown full screen over the officer's own monitor."""
        survey = self.survey_page.controller
        if survey.kiosk is not None:
            survey.invite(service_key)

    def _show_card_state(self, state: PanelState) -> None:
        if not state.service_available:
            shown = DeviceState(Health.PROBLEM, self.tr("Card reader: PC/SC service not running"))
        elif not state.readers:
            shown = DeviceState(Health.PROBLEM, self.tr("Card reader: none connected"))
        elif state.phase is Phase.ERROR:
            shown = DeviceState(Health.WARNING, self.tr("Card reader: last read failed"))
        else:
            shown = DeviceState(Health.OK, self.tr("Card reader: ready"))
        self.status.card.set_state(shown)

    def refresh_printer_state(self) -> None:
        ctx = self.ctx

        def check() -> PrinterSnapshot:
            from ui.printing import settings_loader
            from ui.printing.settings_widget import discover_printers

            chosen = settings_loader(ctx).receipt_printer
            printers = discover_printers()
            default = next((p for p in printers if p.is_default), None)
            target = next((p for p in printers if p.name == chosen), None) if chosen else default
            if target is None:
                return PrinterSnapshot(chosen, None)
            return PrinterSnapshot(target.name, target.problem)

        self.ctx.runner.run(
            check, self._show_printer, lambda _error: self._show_printer(PrinterSnapshot("", None))
        )

    def _show_printer(self, snapshot: PrinterSnapshot) -> None:
        if snapshot.problem is None:
            state = DeviceState(Health.PROBLEM, self.tr("Receipt printer: not found"))
        elif snapshot.problem:
            state = DeviceState(
                Health.PROBLEM, self.tr("Receipt printer: %1").replace("%1", snapshot.problem)
            )
        else:
            state = DeviceState(Health.OK, self.tr("Receipt printer: %1").replace("%1", snapshot.name))
        self.status.printer.set_state(state)

    def _show_sync(self, snapshot: SyncSnapshot) -> None:
        if snapshot.pending == 0:
            state = DeviceState(Health.OK, self.tr("Sync: nothing waiting"))
        else:
            state = DeviceState(
                Health.WARNING, self.tr("Offline: %n record(s) waiting to sync", "", snapshot.pending)
            )
        self.status.sync.set_state(state)


def page_index(window: MainWindow, title: str) -> int:
    for index in range(window.navigation.count()):
        if window.navigation.item(index).text() == title:
            return index
    raise KeyError(title)
