"""The app shell the way a supervisor meets it: first-run wizard, login, main window, language switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from kiosk.district import load_district
from kiosk.events import append_event, new_id
from kiosk.i18n import Text
from kiosk.messages import error as publish_error
from kiosk.offered import list_offered
from kiosk.officers import OfficerInfo
from ui.app import CounterApp, service_rows_for
from ui.context import AppContext
from ui.login import LoginController, LoginView
from ui.mainwindow import MainWindow, page_index
from ui.wizard import FirstRunWizard


def fill_wizard(qtbot: QtBot, wizard: FirstRunWizard, services: int) -> None:
    page = wizard.district_page.form
    # QTest can only synthesise Latin key presses; Thai text arrives as the input method would commit it.
    page.province.insert("ยโสธร")
    page.district.insert("ค้อวัง")
    page.centre_name.insert("ศูนย์ดำรงธรรมอำเภอค้อวัง")
    page.dopa_code.setFocus()
    qtbot.keyClicks(page.dopa_code, "3506")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    sup = wizard.supervisor_page
    sup.full_name.insert("นางสาวมาลี ใจดี")
    qtbot.keyClicks(sup.username, "malee")
    qtbot.keyClicks(sup.password, "khowang2569")
    qtbot.keyClicks(sup.confirm, "khowang2569")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    services_page = wizard.services_page
    for index in range(services):
        services_page.list.item(index).setCheckState(Qt.CheckState.Checked)


def test_wizard_sets_up_district_supervisor_and_services(qtbot: QtBot, ctx: AppContext) -> None:
    done: list[OfficerInfo] = []
    wizard = FirstRunWizard(ctx, service_rows_for(ctx.store), done.append)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_wizard(qtbot, wizard, services=5)
    assert "5" in wizard.services_page.count.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done))
    assert done[0].is_supervisor and done[0].username == "malee"
    with ctx.store.read() as session:
        district = load_district(session)
        assert district is not None and district.dopa_code == "3506"
        assert len(list_offered(session)) == 5


def test_wizard_warns_below_the_kpi_minimum_and_rejects_bad_input(qtbot: QtBot, ctx: AppContext) -> None:
    wizard = FirstRunWizard(ctx, service_rows_for(ctx.store), lambda _o: None)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    fill_wizard(qtbot, wizard, services=3)
    assert "อย่างน้อย 5" in wizard.services_page.count.text()
    wizard.services_page.filter.setText("ประกันสังคม")
    visible = [
        wizard.services_page.list.item(i)
        for i in range(wizard.services_page.list.count())
        if not wizard.services_page.list.item(i).isHidden()
    ]
    assert visible and all("ประกันสังคม" in item.text() for item in visible)


def test_wizard_refuses_mismatched_passwords(qtbot: QtBot, ctx: AppContext) -> None:
    wizard = FirstRunWizard(ctx, service_rows_for(ctx.store), lambda _o: None)
    qtbot.addWidget(wizard)
    wizard.show()
    form = wizard.district_page.form
    form.province.setText("ยโสธร")
    form.district.setText("ค้อวัง")
    form.centre_name.setText("ศูนย์")
    form.dopa_code.setText("3506")
    wizard.next()
    wizard.supervisor_page.full_name.setText("ก")
    wizard.supervisor_page.username.setText("k")
    wizard.supervisor_page.password.setText("khowang2569")
    wizard.supervisor_page.confirm.setText("khowang2570")
    wizard.next()
    assert wizard.currentPage() is wizard.supervisor_page
    assert "ไม่ตรงกัน" in wizard.supervisor_page.problems.text()


def test_login_with_keyboard_only(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view = LoginView("ศูนย์ดำรงธรรมอำเภอเมืองยโสธร")
    qtbot.addWidget(view)
    logged_in: list[OfficerInfo] = []
    LoginController(demo_ctx, view, logged_in.append)
    view.show()
    qtbot.keyClicks(view.username, "officer")
    qtbot.keyClick(view.username, Qt.Key.Key_Return)
    qtbot.keyClicks(view.password, "wrong-pass1")
    qtbot.keyClick(view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "ไม่ถูกต้อง" in view.status.text())
    assert view.password.text() == ""
    assert not logged_in
    qtbot.keyClicks(view.password, "demo1234")
    qtbot.keyClick(view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(logged_in))
    assert logged_in[0].username == "officer"
    assert demo_ctx.officer == logged_in[0]


def test_main_window_pages_status_bar_and_messages(qtbot: QtBot, demo_ctx: AppContext) -> None:
    with demo_ctx.store.write() as session:
        append_event(
            session,
            stream_type="visit",
            stream_id=new_id(),
            kind="visit.started",
            payload={},
            officer_id=None,
        )
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.navigation.count() == 5
    qtbot.waitUntil(lambda: "1" in window.status.sync.text())
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentIndex() == 4
    qtbot.waitUntil(lambda: window.settings_view.offered.table.rowCount() == 16)
    publish_error(Text("เครื่องพิมพ์ไม่ตอบสนอง", "The printer does not answer."))
    qtbot.waitUntil(lambda: window.message_bar.isVisible())
    assert "เครื่องพิมพ์" in window.message_bar.label.text()
    assert page_index(window, window.navigation.item(0).text()) == 0


def test_app_walks_from_fresh_directory_to_wizard(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    counter = CounterApp(app, tmp_path, demo=False)
    try:
        assert counter.login_view.isVisible()
        qtbot.waitUntil(lambda: counter.wizard is not None and counter.wizard.isVisible(), timeout=15_000)
        assert not counter.login_view.isVisible()
    finally:
        if counter.wizard is not None:
            counter.wizard.close()
        counter.login_view.close()
        counter.shutdown()


def test_demo_app_logs_in_and_switches_language(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    counter = CounterApp(app, tmp_path, demo=True)
    try:
        view = counter.login_view
        qtbot.waitUntil(lambda: view.submit.isEnabled(), timeout=15_000)
        assert "demo1234" in view.hint.text()
        view.username.setText("supervisor")
        view.password.setText("demo1234")
        view.submit.click()
        qtbot.waitUntil(
            lambda: counter.main_window is not None and counter.main_window.isVisible(), timeout=15_000
        )
        window = counter.main_window
        assert window is not None
        assert window.navigation.item(4).text() == "ตั้งค่า"  # Thai by default
        window.navigation.setCurrentRow(4)
        qtbot.waitUntil(lambda: window.settings_view.language.count() == 2)
        window.settings_view.language.setCurrentIndex(1)
        qtbot.waitUntil(lambda: counter.main_window is not window, timeout=10_000)
        assert counter.main_window is not None
        assert counter.main_window.navigation.item(4).text() == "Settings"
    finally:
        if counter.main_window is not None:
            counter.main_window.close()
        counter.login_view.close()
        counter.shutdown()


def test_garbage_is_collected_on_the_gui_thread_only(qtbot: QtBot) -> None:
    import gc

    from ui.gc import GarbageCollector

    collector = GarbageCollector()
    try:
        assert not gc.isenabled()
        for _ in range(2000):
            cycle: list[object] = []
            cycle.append(cycle)
        before = gc.get_count()[0]
        collector.check()
        assert gc.get_count()[0] < before
    finally:
        collector.stop()
    assert gc.isenabled()


def test_ending_a_visit_offers_the_survey_only_when_the_citizen_screen_is_open(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    survey = window.survey_page.controller
    window.counter_page.controller.visit_ended.emit("citizen-2")
    assert survey.kiosk is None  # never thrown full screen over the officer's monitor
    survey.open_kiosk()
    qtbot.waitUntil(lambda: survey.kiosk is not None)
    window.counter_page.controller.visit_ended.emit("citizen-2")
    kiosk = survey.kiosk
    assert kiosk is not None
    qtbot.waitUntil(lambda: kiosk.state.service_key == "citizen-2")
    survey.window.close()  # type: ignore[union-attr]
