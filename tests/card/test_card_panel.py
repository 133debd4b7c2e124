"""The card panel with pytest-qt: consent before reading, the read card on screen, errors, manual entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from card_support import thread_submit
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from services.virtualcard.card import VirtualThaiIdCard
from services.virtualcard.citizens import BANGKOK, ELDER, profile_named
from services.virtualcard.inprocess import READER_NAME, InProcessBackend
from ui.card.controller import CardPanelController
from ui.card.events import IdentifiedCitizen, ManualReason, PanelState, Phase
from ui.card.panel import CardPanel

TODAY = dt.date(2025, 6, 15)
CONSENT_TIME = dt.datetime(2025, 6, 15, 9, 30, tzinfo=dt.UTC)


class Held:
    """A runner that keeps tasks until the test runs them, to play out races deterministically."""

    def __init__(self) -> None:
        self.tasks: list[
            tuple[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]]
        ] = []

    def __call__(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        self.tasks.append((fn, on_done, on_error))

    def run_next(self) -> None:
        fn, on_done, on_error = self.tasks.pop(0)
        try:
            value = fn()
        except BaseException as error:
            on_error(error)
        else:
            on_done(value)


@pytest.fixture
def backend() -> InProcessBackend:
    return InProcessBackend("test")


def make_panel(qtbot: QtBot, backend: InProcessBackend, submit: Any) -> Iterator[CardPanel]:
    controller = CardPanelController(backend, submit, clock=lambda: CONSENT_TIME)
    panel = CardPanel(controller, today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.show()
    controller.start()
    yield panel
    controller.stop()


@pytest.fixture
def panel(qtbot: QtBot, backend: InProcessBackend) -> Iterator[CardPanel]:
    yield from make_panel(qtbot, backend, thread_submit)


def phase_is(panel: CardPanel, phase: Phase) -> Callable[[], bool]:
    return lambda: panel.controller.state.phase is phase


def insert(backend: InProcessBackend, profile: str = "bangkok") -> VirtualThaiIdCard:
    card = VirtualThaiIdCard(profile_named(profile))
    backend.insert(card)
    return card


def all_text(panel: CardPanel) -> str:
    return "\n".join(label.text() for label in panel.findChildren(QLabel))


def test_waiting_shows_the_reader(qtbot: QtBot, panel: CardPanel) -> None:
    qtbot.waitUntil(lambda: READER_NAME in panel.waiting.status.text())
    assert panel.pages.currentWidget() is panel.waiting


def test_card_is_not_read_before_the_citizen_consents(
    qtbot: QtBot, panel: CardPanel, backend: InProcessBackend
) -> None:
    card = insert(backend)
    qtbot.waitUntil(phase_is(panel, Phase.CONSENT))
    assert panel.pages.currentWidget() is panel.consent
    qtbot.wait(50)
    assert card.commands == 0


def test_read_card_shows_name_masked_id_age_address_and_photo(
    qtbot: QtBot, panel: CardPanel, backend: InProcessBackend
) -> None:
    insert(backend)
    qtbot.waitUntil(phase_is(panel, Phase.CONSENT))
    qtbot.mouseClick(panel.consent.accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.controller.state.photo is not None)
    page = panel.read
    assert panel.pages.currentWidget() is page
    assert page.name_th.text() == "นางสาวณัฐธิดา วงศ์สวัสดิ์"
    assert page.name_en.text() == "Miss Natthida Wongsawat"
    assert "1-1014-xxxxx-xx-6" in page.cid.text()
    assert "30" in page.age.text()
    assert page.address.text().endswith("แขวงบางคอแหลม เขตบางคอแหลม กรุงเทพมหานคร")
    assert not page.photo.pixmap().isNull()
    assert BANGKOK.cid not in all_text(panel)  # PDPA: never the full number on screen


def test_use_hands_the_citizen_on_with_the_consent_and_clears_the_screen(
    qtbot: QtBot, panel: CardPanel, backend: InProcessBackend
) -> None:
    insert(backend, "elder")
    qtbot.waitUntil(phase_is(panel, Phase.CONSENT))
    panel.consent.accept.click()
    qtbot.waitUntil(lambda: panel.controller.state.photo is not None)
    assert "82–83" in panel.read.age.text()  # birth month and day unknown on this card
    with qtbot.waitSignal(panel.controller.citizenIdentified) as signal:
        panel.read.use.click()
    citizen = signal.args[0]
    assert isinstance(citizen, IdentifiedCitizen)
    assert citizen.source == "card"
    assert citizen.cid == ELDER.cid
    assert citizen.consent.given_at == CONSENT_TIME
    assert citizen.photo is not None and citizen.photo.endswith(b"\xff\xd9")
    assert panel.controller.state.phase is Phase.WAITING
    assert "บุญเรือน" not in all_text(panel)


def test_declining_consent_never_reads_the_card(
    qtbot: QtBot, panel: CardPanel, backend: InProcessBackend
) -> None:
    card = insert(backend)
    qtbot.waitUntil(phase_is(panel, Phase.CONSENT))
    panel.consent.decline.click()
    assert panel.controller.state.phase is Phase.WAITING
    qtbot.wait(50)
    assert card.commands == 0


def test_card_pulled_out_while_reading_shows_a_clear_error(
    qtbot: QtBot, panel: CardPanel, backend: InProcessBackend
) -> None:
    card = VirtualThaiIdCard(profile_named("bangkok"))
    card.pull_out_after(3)
    backend.insert(card)
    qtbot.waitUntil(phase_is(panel, Phase.CONSENT))
    panel.consent.accept.click()
    qtbot.waitUntil(phase_is(panel, Phase.ERROR))
    assert panel.pages.currentWidget() is panel.error
    assert panel.error.message.text()  # the Thai or English text of CardRemovedError
    assert panel.controller.state.error is not None and "removed" in panel.controller.state.error.en


def test_foreign_card_leads_to_manual_entry_for_a_non_thai_card(
    qtbot: QtBot, panel: CardPanel, backend: InProcessBackend
) -> None:
    insert(backend, "foreign")
    qtbot.waitUntil(phase_is(panel, Phase.CONSENT))
    panel.consent.accept.click()
    qtbot.waitUntil(phase_is(panel, Phase.ERROR))
    panel.error.manual.click()
    assert panel.pages.currentWidget() is panel.manual
    assert panel.manual.reason.currentData() is ManualReason.NON_THAI_CARD


def test_manual_entry_validates_the_check_digit_as_the_officer_types(qtbot: QtBot, panel: CardPanel) -> None:
    panel.waiting.manual.click()
    form = panel.manual
    assert not form.use.isEnabled()
    qtbot.keyClicks(form.cid, "1-1014-01234-56-7")
    assert form.cid_status.property("check") == "bad-check-digit"
    form.cid.clear()
    qtbot.keyClicks(form.cid, "110140123456")
    assert form.cid_status.property("check") == "incomplete"
    qtbot.keyClicks(form.cid, "6")
    assert form.cid_status.property("check") == "valid"
    form.first.setText("สมหญิง")  # QTest cannot type Thai; a Thai keyboard layout would
    form.last.setText("ใจงาม")
    assert not form.use.isEnabled()  # consent still missing
    form.consent.setChecked(True)
    assert form.use.isEnabled()
    with qtbot.waitSignal(panel.controller.citizenIdentified) as signal:
        form.use.click()
    citizen = signal.args[0]
    assert citizen.source == "manual"
    assert citizen.cid == "1101401234566"
    assert citizen.manual_reason is ManualReason.NO_CARD
    assert citizen.name_th.full() == "สมหญิง ใจงาม"
    assert citizen.consent.given_at == CONSENT_TIME
    assert form.cid.text() == "" and form.first.text() == ""  # the next citizen sees none of it


def test_enter_and_escape_drive_the_panel(qtbot: QtBot, panel: CardPanel, backend: InProcessBackend) -> None:
    insert(backend)
    qtbot.waitUntil(phase_is(panel, Phase.CONSENT))
    panel.activateWindow()
    panel.consent.accept.setFocus()
    qtbot.keyClick(panel.consent.accept, Qt.Key.Key_Escape)
    assert panel.controller.state.phase is Phase.WAITING
    backend.insert(VirtualThaiIdCard(profile_named("yasothon")))
    qtbot.waitUntil(phase_is(panel, Phase.CONSENT))
    qtbot.keyClick(panel.consent.accept, Qt.Key.Key_Return)
    qtbot.waitUntil(phase_is(panel, Phase.READ))


def test_every_state_reaches_the_view_on_the_gui_thread(
    qtbot: QtBot, panel: CardPanel, backend: InProcessBackend
) -> None:
    threads: list[bool] = []
    gui = QApplication.instance()
    assert gui is not None

    def record(state: PanelState) -> None:
        threads.append(QThread.currentThread() is gui.thread())

    panel.controller.stateChanged.connect(record)
    insert(backend)
    qtbot.waitUntil(phase_is(panel, Phase.CONSENT))
    panel.consent.accept.click()
    qtbot.waitUntil(lambda: panel.controller.state.photo is not None)
    backend.remove()
    qtbot.wait(50)
    assert threads and all(threads)


def test_results_of_an_abandoned_read_are_dropped(qtbot: QtBot, backend: InProcessBackend) -> None:
    held = Held()
    panel = next(make_panel(qtbot, backend, held))
    insert(backend)
    qtbot.waitUntil(phase_is(panel, Phase.CONSENT))
    panel.consent.accept.click()
    assert panel.controller.state.phase is Phase.READING
    backend.remove()
    qtbot.waitUntil(phase_is(panel, Phase.ERROR))
    insert(backend, "middle")
    qtbot.waitUntil(phase_is(panel, Phase.CONSENT))
    held.run_next()  # the first read finishes late (reading the new card, even): nobody wants it now
    qtbot.wait(50)
    assert panel.controller.state.phase is Phase.CONSENT
    assert panel.controller.state.text is None
    panel.controller.stop()


def test_service_down_is_shown_while_waiting(qtbot: QtBot, panel: CardPanel) -> None:
    from services.cardreader import CardEvent, CardEventKind

    qtbot.waitUntil(
        lambda: READER_NAME in panel.controller.state.readers
    )  # the monitor's first events are in
    panel.controller._cardEvent.emit(CardEvent(CardEventKind.SERVICE_UNAVAILABLE))
    qtbot.waitUntil(lambda: not panel.controller.state.service_available)
    assert panel.waiting.status.text() == "The smart card service is not running"
