"""The Counter page the way an officer works it: card in, consent, service searched and opened, outcome saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.audit import recent
from kiosk.counter.vocab import FailureReason, RequestStatus
from kiosk.db.models import Attachment, Event, Request, Visit, VisitItem
from kiosk.privacy import CitizenVault
from services.virtualcard.card import VirtualThaiIdCard
from services.virtualcard.citizens import DEFAULT_PROFILE, profile_named
from services.virtualcard.inprocess import InProcessBackend
from ui.card.events import Phase
from ui.context import AppContext
from ui.counter.keys import KeyState
from ui.counter.page import CounterPage
from ui.printing.controller import Document

SERVICE = "ขึ้นทะเบียนคนว่างงาน"


class Officer:
    """Records what the page sends outside: the browser, the printer, the file dialog."""

    def __init__(self) -> None:
        self.opened: list[tuple[str, str]] = []
        self.printed: list[Document] = []
        self.files: list[Path] = []

    def launch(self, url: str, command: str) -> None:
        self.opened.append((url, command))

    def choose(self, _parent: QWidget) -> list[Path]:
        return list(self.files)


@pytest.fixture
def backend() -> InProcessBackend:
    return InProcessBackend("test")


@pytest.fixture
def outside() -> Officer:
    return Officer()


@pytest.fixture
def page(
    qtbot: QtBot, demo_ctx: AppContext, backend: InProcessBackend, vault: CitizenVault, outside: Officer
) -> Iterator[CounterPage]:
    counter = CounterPage(
        demo_ctx,
        card_backend=backend,
        keys=lambda: KeyState(vault),
        launcher=outside.launch,
        print_document=outside.printed.append,
        choose_files=outside.choose,
    )
    qtbot.addWidget(counter)
    counter.resize(1100, 760)
    counter.show()
    qtbot.waitExposed(counter)
    counter.activateWindow()
    yield counter
    backend.remove()


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the officer's focus is."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def identify(qtbot: QtBot, page: CounterPage, backend: InProcessBackend) -> None:
    backend.insert(VirtualThaiIdCard(profile_named(DEFAULT_PROFILE)))
    card = page.controller.card
    assert card is not None
    qtbot.waitUntil(lambda: card.state.phase is Phase.CONSENT)
    press(qtbot, Qt.Key.Key_Return)  # 1: the citizen agrees
    qtbot.waitUntil(lambda: card.state.phase is Phase.READ)
    press(qtbot, Qt.Key.Key_Return)  # 2: use these details
    qtbot.waitUntil(lambda: page.controller.visit is not None and page.picker.search.hasFocus())


def open_service(qtbot: QtBot, page: CounterPage, query: str) -> None:
    page.picker.search.insert(
        query
    )  # QTest types only Latin keys; Thai arrives as the input method commits it
    assert query in page.picker.name.text()
    press(qtbot, Qt.Key.Key_Return)  # 3: open the highlighted service
    qtbot.waitUntil(lambda: page.controller.item is not None)


def test_officer_serves_a_card_citizen_with_the_keyboard_alone(
    qtbot: QtBot, page: CounterPage, backend: InProcessBackend, outside: Officer, demo_ctx: AppContext
) -> None:
    identify(qtbot, page, backend)
    assert page.citizen.isVisible()
    name = page.citizen.name.text()
    assert name and "x" in page.citizen.cid.text()  # the ID is masked
    open_service(qtbot, page, SERVICE)
    qtbot.waitUntil(lambda: len(outside.opened) == 1)
    assert outside.opened[0][0].startswith("https://")
    assert page.steps.currentWidget() is page.outcome
    press(qtbot, Qt.Key.Key_2)  # 4: submitted, waiting for the agency
    assert "tracking number" in page.outcome.request_hint.text()
    assert page.outcome.phone.hasFocus()
    qtbot.keyClicks(page.outcome.phone, "0812345678")  # 5: the contact phone
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # 6: save (and print)
    qtbot.waitUntil(lambda: len(outside.printed) == 1, timeout=15000)
    assert page.steps.currentWidget() is page.saved
    tracking = page.saved.tracking.text()
    assert tracking.startswith("3501-1-")
    assert outside.printed[0].kind == "receipt" and outside.printed[0].reference == tracking
    assert outside.printed[0].pdf.startswith(b"%PDF")
    assert tracking in page.citizen.served.text()
    with demo_ctx.store.read() as session:
        request = session.scalar(select(Request))
        assert request is not None and request.status == RequestStatus.SENT.value
        assert request.tracking == tracking.replace("-", "")
        visit = session.get(Visit, request.visit_id)
        assert visit is not None and visit.consent and visit.source == "card" and visit.citizen_ref
        item = session.get(VisitItem, request.visit_item_id)
        assert item is not None and item.duration_s is not None
        kinds = [e.kind for e in session.scalars(select(Event).order_by(Event.occurred_at, Event.seq))]
    assert kinds[:2] == ["visit.started", "visit.service_opened"]
    assert "request.created" in kinds and "visit.outcome_recorded" in kinds
    press(qtbot, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: page.controller.visit is None)
    with demo_ctx.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Visit).where(Visit.ended_at.is_(None))) == 0


def test_a_final_result_needs_no_phone_and_makes_no_request(
    qtbot: QtBot, page: CounterPage, backend: InProcessBackend, outside: Officer, demo_ctx: AppContext
) -> None:
    identify(qtbot, page, backend)
    open_service(qtbot, page, SERVICE)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.saved)
    assert page.saved.tracking.text() == "" and outside.printed == []
    with demo_ctx.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Request)) == 0


def test_the_form_says_what_is_missing_and_saves_nothing(
    qtbot: QtBot, page: CounterPage, backend: InProcessBackend, demo_ctx: AppContext
) -> None:
    identify(qtbot, page, backend)
    open_service(qtbot, page, SERVICE)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "1–4" in page.outcome.problems.text()
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "เลือกสาเหตุ" in page.outcome.problems.text()
    with demo_ctx.store.read() as session:
        item = session.scalar(select(VisitItem))
        assert item is not None and item.saved_at is None
    reason = page.outcome.reason
    reason.setCurrentIndex(reason.findData(FailureReason.MISSING_DOCUMENTS))
    assert "no request" in page.outcome.request_hint.text()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.saved)
    with demo_ctx.store.read() as session:
        item = session.scalar(select(VisitItem))
        assert item is not None and item.outcome == "failed"


def test_a_request_without_an_identified_citizen_is_refused(
    qtbot: QtBot, page: CounterPage, demo_ctx: AppContext
) -> None:
    press(qtbot, Qt.Key.Key_F2)  # serve without an ID card
    qtbot.waitUntil(lambda: page.controller.visit is not None and page.picker.search.hasFocus())
    assert "not identified" in page.citizen.name.text()
    open_service(qtbot, page, SERVICE)
    press(qtbot, Qt.Key.Key_2)
    assert page.outcome.phone.hasFocus()
    qtbot.keyClicks(page.outcome.phone, "0812345678")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "ต้องมีข้อมูลผู้รับบริการ" in page.outcome.problems.text()
    with demo_ctx.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Request)) == 0
        visit = session.scalar(select(Visit))
        assert visit is not None and visit.source == "anonymous" and not visit.consent


def test_esc_twice_discards_and_a_waiting_card_is_read_next(
    qtbot: QtBot, page: CounterPage, backend: InProcessBackend
) -> None:
    identify(qtbot, page, backend)
    first_visit = page.controller.visit
    open_service(qtbot, page, SERVICE)
    backend.insert(VirtualThaiIdCard(profile_named(DEFAULT_PROFILE)))
    card = page.controller.card
    assert card is not None
    qtbot.waitUntil(lambda: card.state.phase is Phase.CONSENT)
    assert page.steps.currentWidget() is page.outcome  # the open service stays on screen
    page.outcome.focus_first()
    press(qtbot, Qt.Key.Key_Escape)
    assert page.controller.item is not None and "Esc อีกครั้ง" in page.message.label.text()
    press(qtbot, Qt.Key.Key_Escape)
    assert page.controller.item is None
    assert page.controller.visit is first_visit


def test_showing_the_full_id_is_audited(
    qtbot: QtBot, page: CounterPage, backend: InProcessBackend, demo_ctx: AppContext
) -> None:
    identify(qtbot, page, backend)
    masked = page.citizen.cid.text()
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.citizen.cid.text() != masked and "x" not in page.citizen.cid.text()

    def audited() -> bool:
        with demo_ctx.store.read() as session:
            return any(e.action == "citizen.id_revealed" for e in recent(session))

    qtbot.waitUntil(audited)


def test_scans_are_checked_when_attached_and_saved_with_the_outcome(
    qtbot: QtBot,
    page: CounterPage,
    backend: InProcessBackend,
    outside: Officer,
    demo_ctx: AppContext,
    tmp_path: Path,
) -> None:
    good = tmp_path / "สำเนาบัตร.jpg"
    good.write_bytes(b"%PDF-1.4\n" + b"0" * 3000)  # a PDF with the wrong extension is still a PDF
    disguised = tmp_path / "แบบฟอร์ม.pdf"
    disguised.write_bytes(b"PK\x03\x04" + b"0" * 3000)  # a Word file renamed to .pdf
    outside.files = [good, disguised]
    identify(qtbot, page, backend)
    open_service(qtbot, page, SERVICE)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.outcome.attachments.count() == 1)
    assert "PDF" in page.outcome.attachments.item(0).text()
    qtbot.waitUntil(lambda: "แบบฟอร์ม.pdf" in page.message.label.text())
    page.outcome.focus_first()
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.saved)
    with demo_ctx.store.read() as session:
        kinds = [a.kind for a in session.scalars(select(Attachment))]
    assert kinds == ["pdf"]
