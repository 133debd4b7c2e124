"""The citizen's survey kiosk with pytest-qt: touch-only completion, reset, debounce, and the officer lock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.db.models import SurveyResponse
from kiosk.demo import DEMO_OFFICER, DEMO_PASSWORD
from kiosk.i18n import Text
from kiosk.survey.model import Choice
from ui.context import AppContext
from ui.survey.kiosk_controller import KioskState, KioskStatus, SurveyKioskController
from ui.survey.kiosk_view import SurveyKioskWindow

OFFERED = [
    Choice("labour-22", Text("ขึ้นทะเบียนผู้ประกันตน มาตรา 40", "")),
    Choice("citizen-3", Text("เสียภาษีรถยนต์", "")),
]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float = 1.0) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk(qtbot: QtBot, demo_ctx: AppContext, clock: FakeClock) -> Iterator[SurveyKioskController]:
    window = SurveyKioskWindow()
    qtbot.addWidget(window)
    controller = SurveyKioskController(demo_ctx, window, offered=OFFERED, idle_seconds=90, clock=clock)
    window.resize(1366, 768)
    window.show()
    yield controller
    window.release()


def tap(qtbot: QtBot, clock: FakeClock, button: object) -> None:
    clock.tick()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def answer_button(kiosk: SurveyKioskController, key: str, code: str) -> object:
    return kiosk.view.question.answer_buttons[(key, code)]


def saved_rows(ctx: AppContext) -> list[SurveyResponse]:
    with ctx.store.read() as session:
        return list(session.scalars(select(SurveyResponse)))


def test_a_citizen_completes_the_survey_by_touch_and_it_resets(
    qtbot: QtBot, kiosk: SurveyKioskController, clock: FakeClock, demo_ctx: AppContext
) -> None:
    view = kiosk.view
    assert view.stack.currentWidget() is view.attract
    tap(qtbot, clock, view.attract.start)
    assert kiosk.kiosk_state is KioskState.ANSWERING
    for key in ("q1_1", "q1_2", "q1_3"):
        tap(qtbot, clock, answer_button(kiosk, key, "5"))
    tap(qtbot, clock, view.question.next)
    tap(qtbot, clock, answer_button(kiosk, "q2_2", "4"))
    tap(qtbot, clock, view.question.next)
    tap(qtbot, clock, view.question.skip)  # facilities skipped
    tap(qtbot, clock, answer_button(kiosk, "q4", "5"))
    tap(qtbot, clock, view.question.next)
    tap(qtbot, clock, answer_button(kiosk, "sex", "female"))
    tap(qtbot, clock, answer_button(kiosk, "age_band", "over_60"))
    while not kiosk.state.is_last:
        if kiosk.state.page.key == "services":
            tap(qtbot, clock, answer_button(kiosk, "services", "citizen-3"))
        tap(qtbot, clock, view.question.next)
    assert view.question.next.text() == "ส่งแบบสำรวจ"
    tap(qtbot, clock, view.question.next)
    qtbot.waitUntil(lambda: kiosk.kiosk_state is KioskState.THANKS)
    assert view.stack.currentWidget() is view.thanks
    (row,) = saved_rows(demo_ctx)
    assert (row.q1_1, row.q1_2, row.q2_1, row.q2_2, row.q3_1, row.q4, row.source) == (
        5,
        5,
        None,
        4,
        None,
        5,
        "kiosk",
    )
    assert row.answers == {"sex": "female", "age_band": "over_60", "services": ["citizen-3"]}
    kiosk.thanks_timer.setInterval(10)
    kiosk.thanks_timer.start()
    qtbot.waitUntil(lambda: kiosk.kiosk_state is KioskState.WAITING)
    assert view.stack.currentWidget() is view.attract
    tap(qtbot, clock, view.attract.start)
    assert kiosk.state.ratings == {} and kiosk.state.choices == {}
    assert not view.question.answer_buttons[("q1_1", "5")].isChecked()  # type: ignore[attr-defined]


def test_inactivity_throws_the_answers_away(
    qtbot: QtBot, kiosk: SurveyKioskController, clock: FakeClock
) -> None:
    tap(qtbot, clock, kiosk.view.attract.start)
    tap(qtbot, clock, answer_button(kiosk, "q1_1", "2"))
    tap(qtbot, clock, kiosk.view.question.next)
    assert kiosk.idle.isActive()
    kiosk.idle.setInterval(20)
    kiosk.idle.start()
    qtbot.waitUntil(lambda: kiosk.kiosk_state is KioskState.WAITING)
    assert kiosk.view.stack.currentWidget() is kiosk.view.attract
    assert kiosk.state.ratings == {} and kiosk.state.index == 0


def test_rapid_presses_count_once(qtbot: QtBot, kiosk: SurveyKioskController, clock: FakeClock) -> None:
    tap(qtbot, clock, kiosk.view.attract.start)
    qtbot.mouseClick(kiosk.view.question.next, Qt.MouseButton.LeftButton)
    assert kiosk.state.index == 0  # the start tap was a moment ago: a bounce, ignored
    clock.tick()
    qtbot.mouseClick(kiosk.view.question.next, Qt.MouseButton.LeftButton)
    clock.tick(0.1)
    qtbot.mouseClick(kiosk.view.question.next, Qt.MouseButton.LeftButton)
    assert kiosk.state.index == 1  # a double tap on "next" moves one page, not two
    clock.tick()
    qtbot.mouseClick(answer_button(kiosk, "q2_1", "3"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    clock.tick(0.05)
    qtbot.mouseClick(answer_button(kiosk, "q2_1", "1"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert kiosk.state.ratings == {"q2_1": 3}
    assert answer_button(kiosk, "q2_1", "3").isChecked()  # type: ignore[attr-defined]
    assert not answer_button(kiosk, "q2_1", "1").isChecked()  # type: ignore[attr-defined]


def test_the_screen_cannot_be_closed_without_an_officer_password(
    qtbot: QtBot, kiosk: SurveyKioskController, clock: FakeClock
) -> None:
    view = kiosk.view
    closed: list[bool] = []
    kiosk.closed.connect(lambda: closed.append(True))
    event = QCloseEvent()
    view.closeEvent(event)
    assert not event.isAccepted()
    assert not view.close() and view.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.isVisible()
    tap(qtbot, clock, view.attract.start)
    tap(qtbot, clock, answer_button(kiosk, "q1_1", "1"))
    tap(qtbot, clock, view.staff)
    assert kiosk.kiosk_state is KioskState.STAFF and view.stack.currentWidget() is view.unlock
    qtbot.keyClicks(view.unlock.username, DEMO_OFFICER)
    qtbot.keyClicks(view.unlock.password, "not-the-password1")
    tap(qtbot, clock, view.unlock.unlock)
    qtbot.waitUntil(lambda: view.unlock.error.text() != "")
    assert view.isVisible() and not closed and view.unlock.password.text() == ""
    tap(qtbot, clock, view.unlock.cancel)
    assert kiosk.kiosk_state is KioskState.ANSWERING and kiosk.state.ratings == {"q1_1": 1}
    tap(qtbot, clock, view.staff)
    qtbot.keyClicks(view.unlock.username, DEMO_OFFICER)
    qtbot.keyClicks(view.unlock.password, DEMO_PASSWORD)
    clock.tick()
    qtbot.keyClick(view.unlock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(closed))
    assert not view.isVisible() and kiosk.kiosk_state is KioskState.CLOSED
    assert kiosk.state.ratings == {}


def test_the_officer_side_learns_the_state_never_the_answers(
    qtbot: QtBot, kiosk: SurveyKioskController, clock: FakeClock
) -> None:
    statuses: list[object] = []
    kiosk.status_changed.connect(statuses.append)
    tap(qtbot, clock, kiosk.view.attract.start)
    tap(qtbot, clock, answer_button(kiosk, "q1_1", "4"))
    assert statuses == [KioskStatus(KioskState.ANSWERING, 0)]
    assert all(set(vars(s)) == {"state", "saved"} for s in statuses)  # type: ignore[arg-type]


def test_nothing_rated_is_thanked_but_not_stored(
    qtbot: QtBot, kiosk: SurveyKioskController, clock: FakeClock, demo_ctx: AppContext
) -> None:
    tap(qtbot, clock, kiosk.view.attract.start)
    while kiosk.kiosk_state is KioskState.ANSWERING:
        tap(qtbot, clock, kiosk.view.question.skip)
    assert kiosk.kiosk_state is KioskState.THANKS
    assert saved_rows(demo_ctx) == []


def test_a_visit_can_start_the_survey_with_its_service(
    qtbot: QtBot, kiosk: SurveyKioskController, clock: FakeClock, demo_ctx: AppContext
) -> None:
    kiosk.start(service_key="labour-22")
    kiosk.state.rate("q4", 5)
    kiosk.state.index = len(kiosk.state.pages) - 1
    kiosk.submit()
    qtbot.waitUntil(lambda: kiosk.kiosk_state is KioskState.THANKS)
    (row,) = saved_rows(demo_ctx)
    assert row.service_key == "labour-22" and row.q4 == 5
