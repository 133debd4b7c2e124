"""The Requests page: counters that filter, a scanner-friendly search box, updates, reprints and reveals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from counter_support import CID, serve
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk import settings
from kiosk.attachments import AttachmentFiles
from kiosk.audit import recent
from kiosk.clock import now_utc
from kiosk.counter.queries import AgeBucket
from kiosk.counter.visits import OutcomeForm
from kiosk.counter.vocab import Outcome, RequestStatus
from kiosk.db.models import RequestPersonal
from kiosk.privacy import Citizen, CitizenVault
from ui.context import AppContext
from ui.counter.keys import KeyState
from ui.printing.controller import Document
from ui.requests.page import RequestsPage


@pytest.fixture
def made(demo_ctx: AppContext, vault: CitizenVault, files: AttachmentFiles) -> dict[str, str]:
    """A request changed today and one untouched for three weeks; returns their tracking numbers."""
    now = now_utc()
    tracking: dict[str, str] = {}
    for name, when in (("fresh", now), ("stale", now - timedelta(days=21))):
        saved = serve(
            demo_ctx.store,
            vault,
            files,
            OutcomeForm(Outcome.SUBMITTED, phone="0812345678"),
            citizen=Citizen("นางสมศรี ใจงาม", CID, ""),
            opened=when,
            saved=when,
        )
        assert saved.request is not None
        tracking[name] = saved.request.tracking.display
    return tracking


@pytest.fixture
def printed() -> list[Document]:
    return []


@pytest.fixture
def page(
    qtbot: QtBot, demo_ctx: AppContext, vault: CitizenVault, made: dict[str, str], printed: list[Document]
) -> Iterator[RequestsPage]:
    requests = RequestsPage(demo_ctx, keys=lambda: KeyState(vault), print_document=printed.append)
    qtbot.addWidget(requests)
    requests.resize(1100, 760)
    requests.show()
    qtbot.waitExposed(requests)
    requests.activateWindow()
    qtbot.waitUntil(lambda: requests.table.rowCount() == 2)
    yield requests


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def test_age_counters_show_and_filter(qtbot: QtBot, page: RequestsPage, made: dict[str, str]) -> None:
    assert page.buckets[AgeBucket.WEEK].text().endswith("(1)")
    assert page.buckets[AgeBucket.FORTNIGHT].text().endswith("(0)")
    assert page.buckets[AgeBucket.OLDER].text().endswith("(1)")
    qtbot.mouseClick(page.buckets[AgeBucket.OLDER], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 0).text().startswith(made["stale"])
    assert page.table.item(0, 3).text().endswith("22 day(s)")
    qtbot.mouseClick(page.buckets[AgeBucket.OLDER], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)


def test_a_scanned_number_opens_its_request_and_a_misread_one_is_refused(
    qtbot: QtBot, page: RequestsPage, made: dict[str, str]
) -> None:
    compact = made["stale"].replace("-", "")
    page.search.setFocus()
    broken = compact[:-1] + ("1" if compact[-1] != "1" else "2")
    qtbot.keyClicks(page.search, broken)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.search_problem.text() != "")
    assert page.table.rowCount() == 0 and page.controller.detail is None
    page.search.clear()
    qtbot.keyClicks(page.search, compact)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.controller.detail is not None)
    assert page.detail.tracking.text() == made["stale"]
    assert page.search_problem.text() == ""


def test_search_by_phone_digits_and_name(qtbot: QtBot, page: RequestsPage) -> None:
    page.search.setText("5678")
    press_enter = page.search.returnPressed.emit
    press_enter()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    page.search.setText("สมหญิง")
    press_enter()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    page.search.setText("สมศรี")
    press_enter()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert "นางสมศรี ใจงาม" in page.table.item(0, 2).text()
    assert "x" in page.table.item(0, 2).text()


def test_filter_by_status_and_a_bad_date_is_explained(qtbot: QtBot, page: RequestsPage) -> None:
    page.status.setCurrentIndex(page.status.findData(RequestStatus.DONE.value))
    page.controller.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    page.status.setCurrentIndex(0)
    page.contacted_from.setText("31/02/2569")
    page.controller.refresh()
    assert "31/02/2569" in page.search_problem.text()


def test_update_needs_what_the_form_asks_and_esc_cancels(
    qtbot: QtBot, page: RequestsPage, made: dict[str, str]
) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.controller.detail is not None)
    press(qtbot, Qt.Key.Key_F4)
    form = page.detail.form
    assert form.isVisible()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # same status, nothing typed
    assert form.problems.text() != ""
    form.status.setCurrentIndex(form.status.findData(RequestStatus.APPOINTMENT))
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "วันนัดรับ" in form.problems.text()
    form.pickup.setText("+3")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.detail.history.rowCount() == 2)
    assert page.detail.status.text() == RequestStatus.APPOINTMENT.label.get()
    assert "pick-up" in page.detail.history.item(0, 2).text()
    press(qtbot, Qt.Key.Key_F4)
    assert form.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_reprint_and_reveal_are_recorded(
    qtbot: QtBot, page: RequestsPage, printed: list[Document], demo_ctx: AppContext
) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.controller.detail is not None)
    masked = page.detail.fields["cid"].text()
    assert "x" in masked
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.detail.fields["cid"].text().replace("-", "") == CID
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=15000)
    assert printed[0].reference == page.detail.tracking.text()

    def audited() -> set[str]:
        with demo_ctx.store.read() as session:
            return {entry.action for entry in recent(session)}

    qtbot.waitUntil(lambda: {"citizen.id_revealed", "receipt.reprinted"} <= audited())
    with demo_ctx.store.read() as session:
        for entry in recent(session):
            assert CID not in entry.detail and CID not in entry.target


def test_expired_personal_data_is_purged_when_the_page_opens(
    qtbot: QtBot, demo_ctx: AppContext, vault: CitizenVault, made: dict[str, str]
) -> None:
    with demo_ctx.store.write() as session:
        settings.put(session, settings.RETENTION_DAYS, 14)
    requests = RequestsPage(demo_ctx, keys=lambda: KeyState(vault), print_document=lambda _d: None)
    qtbot.addWidget(requests)

    def remaining() -> int:
        with demo_ctx.store.read() as session:
            return len(list(session.scalars(select(RequestPersonal))))

    qtbot.waitUntil(lambda: remaining() == 1)
    requests.controller.refresh()
    qtbot.waitUntil(lambda: requests.table.rowCount() == 2)
    citizens = {requests.table.item(row, 2).text() for row in range(2)}
    assert any("นางสมศรี" in text for text in citizens)
    assert any("นางสมศรี" not in text for text in citizens)
