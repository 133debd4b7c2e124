"""Take the README's screenshots of the app shell: run under Xvfb (``xvfb-run -a .venv/bin/python scripts/screenshots.py``).

Real windows on a real (virtual) X screen, filled the way an officer would fill them, grabbed to
``docs/screenshots/``. Look at every picture after a UI change.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.bootstrap import open_data_dir
from kiosk.demo import seed_demo
from kiosk.i18n import set_language
from ui.app import service_rows_for
from ui.bridge import MessageBridge
from ui.context import AppContext
from ui.login import LoginView
from ui.look import apply_style, install_translator, register_fonts
from ui.mainwindow import MainWindow
from ui.taskrunner import TaskRunner
from ui.wizard import FirstRunWizard

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, name: str) -> None:
    widget.show()
    widget.raise_()
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def main() -> None:
    app = QApplication(sys.argv)
    register_fonts(app)
    apply_style(app)
    set_language("th")
    install_translator(app, "th")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = open_data_dir(Path(tmp) / "fresh")
        runner = TaskRunner()
        bridge = MessageBridge()
        ctx = AppContext(data_dir=Path(tmp) / "fresh", store=fresh, runner=runner, bridge=bridge)
        wizard = FirstRunWizard(ctx, service_rows_for(fresh), lambda _o: None)
        page = wizard.district_page.form
        page.province.setText("ยโสธร")
        page.district.setText("ค้อวัง")
        page.centre_name.setText("ศูนย์ดำรงธรรมอำเภอค้อวัง")
        page.dopa_code.setText("3506")
        page.address.setText("ที่ว่าการอำเภอค้อวัง ตำบลค้อวัง อำเภอค้อวัง จังหวัดยโสธร 35160")
        page.phone.setText("045-797-123")
        grab(wizard, "wizard-district")
        wizard.next()
        wizard.supervisor_page.full_name.setText("นางสาวมาลี ใจดี")
        wizard.supervisor_page.username.setText("malee")
        wizard.next()
        services = wizard.services_page
        for index in (0, 1, 2):
            services.list.item(index).setCheckState(Qt.CheckState.Checked)
        grab(wizard, "wizard-services")
        wizard.close()

        demo = open_data_dir(Path(tmp) / "demo")
        with demo.write() as session:
            seed_demo(session)
        login = LoginView("ศูนย์ดำรงธรรมอำเภอเมืองยโสธร")
        login.username.setText("officer")
        login.hint.setText(
            QCoreApplication.translate("CounterApp", "Demo: log in as %1 or %2, password %3.")
            .replace("%1", "officer")
            .replace("%2", "supervisor")
            .replace("%3", "demo1234")
        )
        login.resize(640, 420)
        grab(login, "login")
        login.close()

        from kiosk.officers import authenticate

        with demo.write() as session:
            officer = authenticate(session, "supervisor", "demo1234")
        demo_ctx = AppContext(
            data_dir=Path(tmp) / "demo", store=demo, runner=runner, bridge=bridge, demo=True, officer=officer
        )
        window = MainWindow(demo_ctx)
        window.navigation.setCurrentRow(window.navigation.count() - 1)
        settle(800)
        grab(window, "main-settings")
        window.navigation.setCurrentRow(0)
        settle(300)
        grab(window, "main-counter")
        window.close()
        runner.shutdown()
        bridge.close()
        fresh.close()
        demo.close()


if __name__ == "__main__":
    main()
