"""Start the GUI: login window first, then the first-run wizard or the main window.

The login window is shown before the database is opened (migrations and the catalogue check run on the DB thread),
so the officer sees the app at once even on a slow disk. Demo mode works on a throwaway data directory filled with
the sample district, so a trainer can do anything without touching real records.

Only what the login window needs is imported up front; the database layer (SQLAlchemy, Alembic) and the other
windows load on the DB thread or when first shown, which halves the time to a visible window.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from kiosk.errors import KioskError
from kiosk.i18n import Language, current_language, set_language
from kiosk.logsetup import configure_logging
from kiosk.paths import DataLayout, resolve_data_dir
from ui.bridge import MessageBridge
from ui.crash import Crash, CrashHandler
from ui.gc import GarbageCollector
from ui.login import LoginController, LoginView
from ui.look import apply_style, install_translator, register_fonts
from ui.taskrunner import TaskRunner

if TYPE_CHECKING:
    from kiosk.db import Store
    from kiosk.officers import OfficerInfo
    from ui.context import AppContext
    from ui.mainwindow import MainWindow
    from ui.wizard import FirstRunWizard, ServiceChoiceRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Opened:
    store: Store
    centre_name: str
    language: Language
    needs_setup: bool
    rows: list[ServiceChoiceRow]


class CounterApp:
    """Owns the windows and walks the officer from login to work and back."""

    def __init__(self, app: QApplication, data_dir: Path, demo: bool) -> None:
        self.app = app
        self.data_dir = data_dir
        self.demo = demo
        self.collector = GarbageCollector()
        self.runner = TaskRunner(on_unhandled=self._unhandled)
        self.bridge = MessageBridge()
        self.crash = CrashHandler(DataLayout(data_dir).crash_log)
        self.crash.crashed.connect(self._show_crash)
        self.translator: QTranslator | None = install_translator(app, current_language())
        self.ctx: AppContext | None = None
        self.main_window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.login_view = LoginView("")
        self.login_view.submit.setEnabled(False)
        self.login_view.status.setText(QCoreApplication.translate("CounterApp", "Opening the database…"))
        self.login_view.show()
        self.runner.run_db(self._open, self._opened, self._open_failed)

    def _open(self) -> Opened:
        from kiosk import settings
        from kiosk.bootstrap import open_data_dir
        from kiosk.demo import seed_demo
        from kiosk.district import load_district

        store = open_data_dir(self.data_dir)
        with store.write() as session:
            if self.demo:
                seed_demo(session)
            district = load_district(session)
            language: Language = "en" if settings.get(session, settings.LANGUAGE) == "en" else "th"
        needs_setup = district is None
        return Opened(
            store=store,
            centre_name=district.centre_name if district else "",
            language=language,
            needs_setup=needs_setup,
            rows=service_rows_for(store) if needs_setup else [],
        )

    def _opened(self, opened: Opened) -> None:
        from ui.context import AppContext
        from ui.wizard import FirstRunWizard

        self.ctx = AppContext(
            data_dir=self.data_dir, store=opened.store, runner=self.runner, bridge=self.bridge, demo=self.demo
        )
        self.runner.run(warm_up_printing)
        if opened.language != current_language():
            self._switch_language(opened.language)
            self._rebuild_login()
        if opened.needs_setup:
            self.login_view.hide()
            self.wizard = FirstRunWizard(self.ctx, opened.rows, self._setup_done)
            self.wizard.show()
            return
        self._show_login(opened.centre_name)

    def _show_login(self, centre_name: str) -> None:
        assert self.ctx is not None
        view = self.login_view
        view.title.setText(
            centre_name or QCoreApplication.translate("CounterApp", "Damrongdham e-Service Counter")
        )
        view.submit.setEnabled(True)
        view.status.setText("")
        if self.demo:
            from kiosk.demo import DEMO_OFFICER, DEMO_PASSWORD, DEMO_SUPERVISOR

            view.hint.setText(
                QCoreApplication.translate("CounterApp", "Demo: log in as %1 or %2, password %3.")
                .replace("%1", DEMO_OFFICER)
                .replace("%2", DEMO_SUPERVISOR)
                .replace("%3", DEMO_PASSWORD)
            )
        self.login = LoginController(self.ctx, view, self._logged_in)
        view.show()
        view.username.setFocus()

    def _rebuild_login(self) -> None:
        old = self.login_view
        self.login_view = LoginView("")
        self.login_view.submit.setEnabled(False)
        self.login_view.move(old.pos())
        old.close()
        old.deleteLater()

    def _setup_done(self, supervisor: OfficerInfo) -> None:
        assert self.ctx is not None
        self.wizard = None
        self._logged_in(supervisor)

    def _logged_in(self, officer: OfficerInfo) -> None:
        assert self.ctx is not None
        self.ctx.officer = officer
        self.login_view.hide()
        self._show_main()

    def _show_main(self) -> None:
        from ui.mainwindow import MainWindow

        assert self.ctx is not None
        if self.main_window is not None:
            self.main_window.close()
            self.main_window.deleteLater()
        self.main_window = MainWindow(self.ctx)
        self.main_window.language_changed.connect(self._language_setting_changed)
        self.main_window.show()

    def _language_setting_changed(self, language: str) -> None:
        self._switch_language("en" if language == "en" else "th")
        self._show_main()
        assert self.main_window is not None
        self.main_window.navigation.setCurrentRow(self.main_window.navigation.count() - 1)

    def _switch_language(self, language: Language) -> None:
        set_language(language)
        if self.translator is not None:
            self.app.removeTranslator(self.translator)
        self.translator = install_translator(self.app, language)

    def _open_failed(self, error: BaseException) -> None:
        if not isinstance(error, KioskError):
            raise error
        self.login_view.status.setText(error.message())

    def _unhandled(self, error: BaseException) -> None:
        sys.excepthook(type(error), error, error.__traceback__)

    def _show_crash(self, crash: Crash) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CounterApp", "Something went wrong"),
            crash.summary,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "CounterApp",
                "The app hit an unexpected error. Saved records are safe. "
                "If it happens again, send the log folder to support.",
            )
        )
        box.setDetailedText(crash.details)
        box.exec()

    def shutdown(self) -> None:
        for window in (self.main_window, self.wizard, self.login_view):
            if window is not None:
                window.close()
        if self.translator is not None:
            self.app.removeTranslator(self.translator)
            self.translator = None
        self.runner.shutdown()
        self.collector.stop()
        self.bridge.close()
        self.crash.uninstall()
        if self.ctx is not None:
            self.ctx.store.close()


def warm_up_printing() -> None:
    """Load reportlab, the fonts and the Thai dictionary while the officer logs in: the first receipt is instant."""
    from forms.kinds import warm_up

    warm_up()


def service_rows_for(store: Store) -> list[ServiceChoiceRow]:
    from sqlalchemy import select

    from kiosk.db.models import Service
    from ui.wizard import ServiceChoiceRow

    with store.read() as session:
        services = session.scalars(select(Service).where(Service.retired.is_(False)))
        return [
            ServiceChoiceRow(s.key, f"{s.name} — {s.agency}")
            for s in sorted(services, key=lambda s: (s.category != "citizen", s.category, s.number))
        ]


def run_gui(data_dir: Path | None, demo: bool) -> int:
    throwaway: Path | None = None
    if demo and data_dir is None:
        throwaway = Path(tempfile.mkdtemp(prefix="counter-demo-"))
        data_dir = throwaway
    root = resolve_data_dir(data_dir)
    configure_logging(DataLayout(root).logs)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Damrongdham e-Service Counter")
    register_fonts(app)
    apply_style(app)
    counter = CounterApp(app, root, demo)
    try:
        return app.exec()
    finally:
        counter.shutdown()
        if throwaway is not None:
            shutil.rmtree(throwaway, ignore_errors=True)
