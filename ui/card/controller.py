"""Behaviour of the card panel: from "insert the card" through consent and reading to handing the citizen on.

No card work runs on the GUI thread. Reads go through the injected ``submit(fn, on_done, on_error)`` (the app's
task runner); monitor events arrive on the monitor's thread and are re-emitted through a queued signal. Results
of background work are also funnelled through a queued signal, so widgets are only ever touched on the GUI
thread whatever runner is passed in. Each read carries a generation number: results of a read that the officer
or the card has since abandoned (card pulled out, a new card inserted) are dropped, never shown.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk.cid import CidCheck, check_cid, compact
from kiosk.errors import KioskError
from kiosk.i18n import Text
from services.cardreader import (
    Address,
    CardBackend,
    CardEvent,
    CardEventKind,
    CardRemovedError,
    CardSession,
    CardText,
    Monitor,
    NotThaiIdCardError,
    PersonName,
    UnreadableFieldError,
    open_session,
)
from services.cardreader.errors import CardCommunicationError
from ui.card.events import Consent, IdentifiedCitizen, ManualReason, PanelState, Phase

log = logging.getLogger(__name__)

Submit = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], object]
"""``submit(fn, on_done, on_error)``: run ``fn`` off the GUI thread, then call one of the callbacks."""

UNEXPECTED = Text("เกิดข้อผิดพลาดที่ไม่คาดคิดขณะอ่านบัตร", "An unexpected error happened while reading the card.")
UNEXPECTED_TODO = Text(
    "ลองอีกครั้ง หากยังไม่ได้ให้กรอกข้อมูลด้วยตนเองและแจ้งผู้ดูแลระบบ",
    "Try again; if it keeps failing, enter the details by hand and tell the administrator.",
)


@dataclass(frozen=True)
class _Outcome:
    """A finished background step, carried to the GUI thread."""

    generation: int
    step: str
    value: Any = None
    error: BaseException | None = None


@dataclass(frozen=True)
class ManualEntry:
    """What the officer typed in the manual-entry form."""

    reason: ManualReason
    cid: str
    title: str
    first: str
    last: str
    address: str
    consent: bool
    middle: str = ""


class ManualProblem(Exception):
    """The manual entry cannot be used yet; ``field`` names the form field to fix."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class CardPanelController(QObject):
    stateChanged = Signal(object)
    """Emits :class:`PanelState`."""
    citizenIdentified = Signal(object)
    """Emits :class:`IdentifiedCitizen` when the officer uses the details."""
    _cardEvent = Signal(object)
    _outcome = Signal(object)

    def __init__(
        self,
        backend: CardBackend,
        submit: Submit,
        *,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now().astimezone(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._submit = submit
        self._clock = clock
        self._state = PanelState(Phase.WAITING)
        self._monitor: Monitor | None = None
        self._generation = 0
        self._consent: Consent | None = None
        self._readers: list[str] = []
        self._cards: set[str] = set()
        self._service_available = True
        self._cardEvent.connect(self._on_card_event, Qt.ConnectionType.QueuedConnection)
        self._outcome.connect(self._on_outcome, Qt.ConnectionType.QueuedConnection)

    @property
    def state(self) -> PanelState:
        return self._state

    def start(self) -> None:
        """Start watching the readers (monitor events reach :meth:`_on_card_event` on this object's thread)."""
        if self._monitor is None:
            self._monitor = self._backend.start_monitor(self._cardEvent.emit)

    def stop(self) -> None:
        if self._monitor is not None:
            self._monitor.stop()
            self._monitor = None
        self._abandon()

    # Officer actions -------------------------------------------------------------------------------------------

    def give_consent(self) -> None:
        """The officer confirms the citizen agreed; read the card in the reader that reported it."""
        if self._state.phase is not Phase.CONSENT or self._state.reader is None:
            return
        self._consent = Consent(self._clock())
        self._read(self._state.reader)

    def decline_consent(self) -> None:
        """No consent, no read: forget the card (the citizen may still be served without one)."""
        self._consent = None
        self._set(PanelState(Phase.WAITING))

    def retry(self) -> None:
        reader = self._state.reader
        if reader is not None and reader in self._cards:
            if self._consent is not None:
                self._read(reader)
            else:
                self._set(PanelState(Phase.CONSENT, reader=reader))
        else:
            self._set(PanelState(Phase.WAITING))

    def clear(self) -> None:
        """Drop what is on screen (the next citizen must not see it)."""
        self._abandon()
        self._consent = None
        self._set(PanelState(Phase.WAITING))

    def start_manual(self) -> None:
        reason = self._state.suggested_reason
        self._abandon()
        self._set(PanelState(Phase.MANUAL, suggested_reason=reason))

    def accept(self) -> None:
        """Hand the read citizen on to the app, with the consent recorded before the read."""
        state = self._state
        if state.phase is not Phase.READ or state.text is None or self._consent is None:
            return
        text = state.text
        citizen = IdentifiedCitizen(
            source="card",
            cid=text.cid,
            cid_valid=text.cid_valid,
            name_th=text.name_th,
            name_en=text.name_en,
            birth=text.birth,
            address=text.address,
            photo=state.photo,
            card=text,
            consent=self._consent,
        )
        self._finish(citizen)

    def submit_manual(self, entry: ManualEntry) -> None:
        """Use typed details; raises :class:`ManualProblem` naming the first field that is not ready."""
        if check_cid(entry.cid) is not CidCheck.VALID:
            raise ManualProblem("cid")
        if not entry.first.strip() or not entry.last.strip():
            raise ManualProblem("name")
        if not entry.consent:
            raise ManualProblem("consent")
        name = PersonName(
            entry.title.strip() or None,
            entry.first.strip(),
            entry.middle.strip() or None,
            entry.last.strip(),
        )
        address = entry.address.strip()
        citizen = IdentifiedCitizen(
            source="manual",
            cid=compact(entry.cid),
            cid_valid=True,
            name_th=name,
            address=Address(text=address) if address else None,
            consent=Consent(self._clock()),
            manual_reason=entry.reason,
        )
        self._finish(citizen)

    def cancel_manual(self) -> None:
        self._set(PanelState(Phase.WAITING))

    # Events ----------------------------------------------------------------------------------------------------

    @Slot(object)
    def _on_card_event(self, event: CardEvent) -> None:
        kind = event.kind
        self._service_available = kind is not CardEventKind.SERVICE_UNAVAILABLE
        if kind is CardEventKind.SERVICE_UNAVAILABLE:
            self._readers.clear()
            self._cards.clear()
        elif kind is CardEventKind.READER_ADDED and event.reader not in self._readers:
            self._readers.append(event.reader)
        elif kind is CardEventKind.READER_REMOVED and event.reader in self._readers:
            self._readers.remove(event.reader)
        elif kind is CardEventKind.INSERTED:
            self._cards.add(event.reader)
            self._card_inserted(event.reader)
            return
        elif kind is CardEventKind.REMOVED:
            self._cards.discard(event.reader)
            self._card_removed(event.reader)
            return
        self._set(self._state)

    def _card_inserted(self, reader: str) -> None:
        if self._state.phase in (Phase.WAITING, Phase.ERROR, Phase.READ):
            self._abandon()
            self._consent = None
            self._set(PanelState(Phase.CONSENT, reader=reader))

    def _card_removed(self, reader: str) -> None:
        state = self._state
        if state.reader != reader:
            return
        if state.phase is Phase.CONSENT:
            self._set(PanelState(Phase.WAITING))
        elif state.phase is Phase.READING:
            self._abandon()
            self._show_error(CardRemovedError(), reader)

    def _read(self, reader: str) -> None:
        self._abandon()
        generation = self._generation
        self._set(PanelState(Phase.READING, reader=reader))
        backend = self._backend

        def read_text() -> tuple[CardSession, CardText]:
            session = open_session(backend, reader)
            try:
                return session, session.read_text()
            except BaseException:
                session.close()
                raise

        self._run(generation, "text", read_text)

    def _run(self, generation: int, step: str, work: Callable[[], Any]) -> None:
        self._submit(
            work,
            lambda value: self._outcome.emit(_Outcome(generation, step, value=value)),
            lambda error: self._outcome.emit(_Outcome(generation, step, error=error)),
        )

    @Slot(object)
    def _on_outcome(self, outcome: _Outcome) -> None:
        if outcome.generation != self._generation:
            if outcome.step == "text" and outcome.error is None:
                outcome.value[0].close()  # a read nobody waits for any more
            return
        if outcome.step == "text":
            self._text_read(outcome)
        else:
            self._photo_read(outcome)

    def _text_read(self, outcome: _Outcome) -> None:
        reader = self._state.reader
        if outcome.error is not None:
            self._show_error(outcome.error, reader)
            return
        session: CardSession = outcome.value[0]
        text: CardText = outcome.value[1]
        self._set(PanelState(Phase.READ, reader=reader, text=text))

        def read_photo() -> bytes:
            try:
                return session.read_photo()
            finally:
                session.close()

        self._run(self._generation, "photo", read_photo)

    def _photo_read(self, outcome: _Outcome) -> None:
        if outcome.error is not None:
            if not isinstance(outcome.error, KioskError):
                log.error("photo read failed", exc_info=outcome.error)
            self._set(replace(self._state, photo_failed=True))
        else:
            self._set(replace(self._state, photo=outcome.value))

    def _show_error(self, error: BaseException, reader: str | None) -> None:
        if isinstance(error, KioskError):
            what, todo = error.what, error.todo
        else:
            log.error("card read failed", exc_info=error)
            what, todo = UNEXPECTED, UNEXPECTED_TODO
        if isinstance(error, NotThaiIdCardError):
            reason = ManualReason.NON_THAI_CARD
        elif isinstance(error, UnreadableFieldError | CardCommunicationError):
            reason = ManualReason.DAMAGED_CHIP
        else:
            reason = ManualReason.NO_CARD
        self._set(
            PanelState(
                Phase.ERROR,
                reader=reader,
                error=what,
                error_todo=todo,
                suggested_reason=reason,
            )
        )

    def _finish(self, citizen: IdentifiedCitizen) -> None:
        self._abandon()
        self._consent = None
        self._set(PanelState(Phase.WAITING))
        self.citizenIdentified.emit(citizen)

    def _abandon(self) -> None:
        """Forget any read in flight; its results will be dropped (and its connection closed) when they arrive."""
        self._generation += 1

    def _set(self, state: PanelState) -> None:
        state = replace(state, readers=tuple(self._readers), service_available=self._service_available)
        self._state = state
        self.stateChanged.emit(state)
