"""Behaviour of the survey kiosk: one citizen at a time, a clean slate for the next, and no way out without an
officer's password.

- Every press goes through a gate, so a double tap counts once.
- Inactivity in the middle of a survey throws the answers away and returns to the attract screen, so the next
  citizen never sees the previous one's answers; so does the end of the thank-you screen.
- Saving runs on the DB-writer thread (``runner.run_db``); the screen says "saving" and cannot be pressed meanwhile.
- The officer's side learns only the kiosk's state (waiting, answering, thanks) and how many were saved, never the
  answers being given.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import messages
from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.survey.answers import Source
from kiosk.survey.model import Choice
from kiosk.survey.record import record_response, today_local
from ui.context import AppContext
from ui.survey.debounce import Clock, PressGate
from ui.survey.flow import FlowState, Words, build_pages
from ui.survey.kiosk_view import LANG, SurveyKioskWindow

NAV_GATE_S = 0.6
"""Navigation presses closer than this are one press (a double tap must not skip a page)."""
ANSWER_GATE_S = 0.25
THANKS_SECONDS = 8


class KioskState(StrEnum):
    CLOSED = "closed"
    WAITING = "waiting"
    ANSWERING = "answering"
    SAVING = "saving"
    THANKS = "thanks"
    STAFF = "staff"


@dataclass(frozen=True)
class KioskStatus:
    state: KioskState
    saved: int
    """Responses saved since the screen was opened."""


class SurveyKioskController(QObject):
    status_changed = Signal(object)
    closed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        view: SurveyKioskWindow,
        *,
        offered: list[Choice],
        idle_seconds: int,
        centre_name: str = "",
        clock: Clock = time.monotonic,
        thanks_seconds: int = THANKS_SECONDS,
        on_saved: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.offered = offered
        self.nav_gate = PressGate(NAV_GATE_S, clock)
        self.answer_gate = PressGate(ANSWER_GATE_S, clock)
        self.state = FlowState(build_pages(offered))
        self.kiosk_state = KioskState.WAITING
        self.saved = 0
        self.on_saved = on_saved
        self._before_staff = KioskState.WAITING
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(max(5, idle_seconds) * 1000)
        self.idle.timeout.connect(self.reset)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(thanks_seconds * 1000)
        self.thanks_timer.timeout.connect(self.reset)
        view.attract.centre.setText(centre_name)
        view.attract.start.clicked.connect(lambda: self._nav(self.start))
        page = view.question
        page.next.clicked.connect(lambda: self._nav(self.next))
        page.back.clicked.connect(lambda: self._nav(self.back))
        page.skip.clicked.connect(lambda: self._nav(self.skip))
        page.rated.connect(self._rated)
        page.toggled.connect(self._toggled)
        page.typed.connect(self._typed)
        view.staff.clicked.connect(lambda: self._nav(self.ask_staff))
        view.unlock.cancel.clicked.connect(lambda: self._nav(self.cancel_staff))
        view.unlock.unlock.clicked.connect(self.try_unlock)
        self._show_attract()

    # -- navigation ---------------------------------------------------------------------------------------------

    def _nav(self, action: Callable[[], None]) -> None:
        if self.nav_gate.allow():
            action()

    def _touch(self) -> None:
        self.idle.start()

    def _set_state(self, state: KioskState) -> None:
        self.kiosk_state = state
        self.status_changed.emit(KioskStatus(state, self.saved))

    def _show_attract(self) -> None:
        self.view.stack.setCurrentWidget(self.view.attract)
        self._set_state(KioskState.WAITING)

    def start(self, service_key: str | None = None) -> None:
        """Begin a fresh survey (from the attract screen, or from the counter at the end of a visit)."""
        self.thanks_timer.stop()
        self.state = FlowState(build_pages(self.offered), service_key=service_key)
        self._show_page()
        self._set_state(KioskState.ANSWERING)

    def _show_page(self) -> None:
        self.view.question.render(self.state)
        self.view.stack.setCurrentWidget(self.view.question)
        self._touch()

    def next(self) -> None:
        if self.kiosk_state is not KioskState.ANSWERING:
            return
        if self.state.is_last:
            self.submit()
            return
        self.state.index += 1
        self._show_page()

    def back(self) -> None:
        if self.kiosk_state is KioskState.ANSWERING and self.state.index > 0:
            self.state.index -= 1
            self._show_page()

    def skip(self) -> None:
        if self.kiosk_state is KioskState.ANSWERING:
            self.state.clear_page()
            self.next()

    def reset(self) -> None:
        """Forget the citizen in progress and wait for the next one."""
        self.idle.stop()
        self.thanks_timer.stop()
        self.state = FlowState(build_pages(self.offered))
        self.view.unlock.clear()
        self._show_attract()

    # -- answers ------------------------------------------------------------------------------------------------

    def _rated(self, key: str, value: int) -> None:
        if self.answer_gate.allow() and self.kiosk_state is KioskState.ANSWERING:
            self.state.rate(key, value)
        self.view.question.show_picks(self.state)
        self._touch()

    def _toggled(self, key: str, code: str) -> None:
        if self.answer_gate.allow() and self.kiosk_state is KioskState.ANSWERING:
            question = next(q for q in self.state.page.questions if q.key == key)
            self.state.toggle(question, code)
        self.view.question.show_picks(self.state)
        self._touch()

    def _typed(self, key: str, text: str) -> None:
        self.state.texts[key] = text
        self._touch()

    # -- saving -------------------------------------------------------------------------------------------------

    def submit(self) -> None:
        response = self.state.response(today_local())
        if response.rated == 0:
            # Nothing the province can score; thank the citizen and keep nothing.
            self._thank(saved=True)
            return
        self.idle.stop()
        self._set_state(KioskState.SAVING)
        self.view.question.set_busy(True, Words.SAVING.get(LANG))

        def save() -> str:
            with self.ctx.store.write() as session:
                return record_response(session, response, source=Source.KIOSK, officer_id=None)

        self.ctx.runner.run_db(save, self._saved, self._save_failed)

    def _saved(self, _response_id: str) -> None:
        self.saved += 1
        if self.on_saved is not None:
            self.on_saved()
        self._thank(saved=True)

    def _save_failed(self, error: BaseException) -> None:
        text = error.what if isinstance(error, KioskError) else Text(str(error), str(error))
        messages.error(
            Text(
                f"บันทึกแบบสำรวจจากหน้าจอผู้รับบริการไม่สำเร็จ: {text.th}", f"A kiosk survey was not saved: {text.en}"
            )
        )
        self._thank(saved=False)

    def _thank(self, *, saved: bool) -> None:
        self.view.question.set_busy(False)
        self.view.thanks.show_result(saved)
        self.view.stack.setCurrentWidget(self.view.thanks)
        self.idle.stop()
        self.thanks_timer.start()
        self._set_state(KioskState.THANKS)

    # -- the officer's way out ----------------------------------------------------------------------------------

    def ask_staff(self) -> None:
        if self.kiosk_state in (KioskState.STAFF, KioskState.SAVING):
            return
        self._before_staff = self.kiosk_state
        self.thanks_timer.stop()
        self.view.unlock.clear()
        self.view.stack.setCurrentWidget(self.view.unlock)
        self.view.unlock.username.setFocus()
        self._set_state(KioskState.STAFF)
        self._touch()

    def cancel_staff(self) -> None:
        if self.kiosk_state is not KioskState.STAFF:
            return
        self.view.unlock.clear()
        if self._before_staff is KioskState.ANSWERING:
            self._show_page()
            self._set_state(KioskState.ANSWERING)
        else:
            self.reset()

    def try_unlock(self) -> None:
        if self.kiosk_state is not KioskState.STAFF or not self.nav_gate.allow():
            return
        username = self.view.unlock.username.text()
        password = self.view.unlock.password.text()
        self.view.unlock.unlock.setEnabled(False)
        self._touch()

        def check() -> str:
            from kiosk.officers import authenticate

            with self.ctx.store.write() as session:
                return authenticate(session, username, password).id

        self.ctx.runner.run_db(check, self._unlocked, self._unlock_failed)

    def _unlocked(self, _officer_id: str) -> None:
        self.idle.stop()
        self.thanks_timer.stop()
        self.state = FlowState(build_pages(self.offered))
        self.view.unlock.clear()
        self.view.unlock.unlock.setEnabled(True)
        self.view.release()
        self.view.close()
        self._set_state(KioskState.CLOSED)
        self.closed.emit()

    def _unlock_failed(self, error: BaseException) -> None:
        self.view.unlock.unlock.setEnabled(True)
        self.view.unlock.password.clear()
        if not isinstance(error, KioskError):
            raise error
        self.view.unlock.error.setText(error.message())
