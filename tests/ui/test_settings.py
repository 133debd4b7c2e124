"""Settings as a supervisor uses it: offered services, officers, district; and what an officer may not do."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from kiosk.district import load_district
from kiosk.offered import list_offered
from kiosk.officers import LoginFailed, OfficerInfo, authenticate, list_officers
from ui.context import AppContext
from ui.pages.settings import SettingsController, SettingsView


def settings_for(qtbot: QtBot, ctx: AppContext, username: str) -> tuple[SettingsView, SettingsController]:
    with ctx.store.write() as session:
        ctx.officer = authenticate(session, username, "demo1234")
    view = SettingsView()
    qtbot.addWidget(view)
    controller = SettingsController(ctx, view)
    view.show()
    qtbot.waitUntil(lambda: view.offered.table.rowCount() == 16)
    return view, controller


def test_supervisor_edits_offered_services(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view, _controller = settings_for(qtbot, demo_ctx, "supervisor")
    table = view.offered.table
    table.setItem(0, 2, QTableWidgetItem("นายประสาน งานดี"))
    table.setItem(0, 3, QTableWidgetItem("045-712-345"))
    table.setCurrentCell(1, 0)
    qtbot.mouseClick(view.offered.up, Qt.MouseButton.LeftButton)
    second_before = list_offered_keys(demo_ctx)[1]
    view.offered.add_search.setText("ทะเบียนรถ")
    view.offered.add_search.textEdited.emit("ทะเบยนรถ")  # typed without the tone mark
    qtbot.keyClick(view.offered.add_search, Qt.Key.Key_Return)
    assert table.rowCount() == 17
    qtbot.mouseClick(view.offered.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "บันทึก" in view.offered.kpi.text() or "Saved" in view.offered.kpi.text())
    with demo_ctx.store.read() as session:
        offered = list_offered(session)
    assert len(offered) == 17
    assert offered[0].service_key == second_before
    assert offered[1].coordinator_name == "นายประสาน งานดี"
    assert "ทะเบียนรถ" in offered[-1].name


def list_offered_keys(ctx: AppContext) -> list[str]:
    with ctx.store.read() as session:
        return [o.service_key for o in list_offered(session)]


def test_kpi_warning_when_removing_below_five(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view, _ = settings_for(qtbot, demo_ctx, "supervisor")
    while view.offered.table.rowCount() > 4:
        view.offered.table.setCurrentCell(0, 0)
        view.offered.remove.click()
    assert "อย่างน้อย 5" in view.offered.kpi.text()


def test_supervisor_manages_officers(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view, _ = settings_for(qtbot, demo_ctx, "supervisor")
    officers = view.officers
    qtbot.waitUntil(lambda: officers.table.rowCount() == 2)
    officers.full_name.setText("นายใหม่ มาทำงาน")
    officers.username.setText("newbie")
    officers.password.setText("short")
    officers.add.click()
    qtbot.waitUntil(lambda: "8" in officers.status.text())
    officers.password.setText("welcome2569")
    officers.add.click()
    qtbot.waitUntil(lambda: officers.table.rowCount() == 3)
    with demo_ctx.store.write() as session:
        assert authenticate(session, "newbie", "welcome2569").full_name == "นายใหม่ มาทำงาน"
    row = next(r for r in range(3) if officers.table.item(r, 1).text() == "newbie")
    officers.table.setCurrentCell(row, 0)
    officers.toggle.click()
    qtbot.waitUntil(lambda: any(not o.active for o in all_officers(demo_ctx)))
    with demo_ctx.store.write() as session:
        try:
            authenticate(session, "newbie", "welcome2569")
            raise AssertionError("a deactivated officer logged in")
        except LoginFailed:
            pass


def all_officers(ctx: AppContext) -> list[OfficerInfo]:
    with ctx.store.read() as session:
        return list_officers(session, include_inactive=True)


def test_last_supervisor_cannot_be_deactivated(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view, _ = settings_for(qtbot, demo_ctx, "supervisor")
    officers = view.officers
    qtbot.waitUntil(lambda: officers.table.rowCount() == 2)
    row = next(r for r in range(2) if officers.table.item(r, 1).text() == "supervisor")
    officers.table.setCurrentCell(row, 0)
    officers.toggle.click()
    qtbot.waitUntil(lambda: "หัวหน้า" in officers.status.text())
    assert all(o.active for o in all_officers(demo_ctx))


def test_supervisor_edits_the_district(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view, _ = settings_for(qtbot, demo_ctx, "supervisor")
    qtbot.waitUntil(lambda: view.district_form.dopa_code.text() == "3501")
    view.district_form.phone.setText("045-999-999")
    view.save_district.click()
    qtbot.waitUntil(lambda: bool(view.district_status.text()))
    with demo_ctx.store.read() as session:
        district = load_district(session)
    assert district is not None and district.phone == "045-999-999"
    assert replace(district, phone="") != district


def test_officer_sees_settings_read_only(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view, controller = settings_for(qtbot, demo_ctx, "officer")
    assert controller.officers is None
    assert not view.tabs.isTabVisible(view.officers_tab)
    assert not view.save_district.isVisible()
    assert not view.offered.save.isVisible()
    assert not view.district_form.isEnabled()
