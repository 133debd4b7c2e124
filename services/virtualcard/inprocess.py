"""A card reader inside the process, for demo mode on a PC without pcscd and for the UI tests.

It implements :class:`~services.cardreader.backend.CardBackend` by handing APDUs straight to a
:class:`~services.virtualcard.card.VirtualThaiIdCard`, so the read plan and the parser are the production ones;
only PC/SC is skipped. Like a real monitor it reports events from a thread of its own. Because a fake reader in a
production counter would let anyone "read" a made-up citizen, it refuses to exist unless the caller says it runs
in demo or test mode.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Literal

from kiosk.errors import KioskError
from kiosk.i18n import Text
from services.cardreader.backend import CardConnection, CardEvent, CardEventCallback, CardEventKind, Monitor
from services.cardreader.errors import CardRemovedError, NoCardError, NoReaderError
from services.virtualcard.card import CardPulledOut, VirtualThaiIdCard

log = logging.getLogger(__name__)

FakeMode = Literal["demo", "test"]
READER_NAME = "Virtual Thai ID reader (in-process)"


class FakeReaderNotAllowedError(KioskError):
    def __init__(self) -> None:
        super().__init__(
            Text(
                "เครื่องอ่านบัตรจำลองใช้ได้เฉพาะโหมดสาธิตหรือทดสอบ",
                "The simulated card reader is only available in demo or test mode.",
            )
        )


class InProcessBackend:
    """One simulated reader; :meth:`insert` and :meth:`remove` play the citizen's hand."""

    def __init__(self, mode: FakeMode) -> None:
        if mode not in ("demo", "test"):
            raise FakeReaderNotAllowedError()
        self._lock = threading.Lock()
        self._card: VirtualThaiIdCard | None = None
        self._monitors: list[_InProcessMonitor] = []

    @property
    def card(self) -> VirtualThaiIdCard | None:
        return self._card

    def insert(self, card: VirtualThaiIdCard) -> None:
        with self._lock:
            previous, self._card = self._card, card
            card.reset()
            monitors = list(self._monitors)
        for monitor in monitors:
            if previous is not None:
                monitor.post(CardEvent(CardEventKind.REMOVED, READER_NAME))
            monitor.post(CardEvent(CardEventKind.INSERTED, READER_NAME, card.atr))

    def remove(self) -> None:
        with self._lock:
            previous, self._card = self._card, None
            monitors = list(self._monitors)
        if previous is not None:
            for monitor in monitors:
                monitor.post(CardEvent(CardEventKind.REMOVED, READER_NAME))

    def list_readers(self) -> list[str]:
        return [READER_NAME]

    def readers_with_card(self) -> list[str]:
        return [READER_NAME] if self._card is not None else []

    def connect(self, reader: str) -> CardConnection:
        if reader != READER_NAME:
            raise NoReaderError()
        card = self._card
        if card is None:
            raise NoCardError()
        card.reset()
        return InProcessConnection(self, card)

    def start_monitor(self, callback: CardEventCallback) -> Monitor:
        monitor = _InProcessMonitor(callback, self._forget)
        with self._lock:
            self._monitors.append(monitor)
            card = self._card
        monitor.post(CardEvent(CardEventKind.READER_ADDED, READER_NAME))
        if card is not None:
            monitor.post(CardEvent(CardEventKind.INSERTED, READER_NAME, card.atr))
        return monitor

    def _forget(self, monitor: _InProcessMonitor) -> None:
        with self._lock:
            if monitor in self._monitors:
                self._monitors.remove(monitor)

    def holds(self, card: VirtualThaiIdCard) -> bool:
        """Whether ``card`` is still in the reader (a connection to a card since removed must fail)."""
        return self._card is card


class InProcessConnection:
    def __init__(self, backend: InProcessBackend, card: VirtualThaiIdCard) -> None:
        self._backend = backend
        self._card: VirtualThaiIdCard | None = card

    @property
    def atr(self) -> bytes:
        return self._card.atr if self._card is not None else b""

    def transmit(self, apdu: bytes) -> bytes:
        card = self._card
        if card is None or not self._backend.holds(card):
            raise CardRemovedError()
        try:
            return card.process(apdu)
        except CardPulledOut:
            self._backend.remove()
            raise CardRemovedError() from None

    def close(self) -> None:
        self._card = None


class _InProcessMonitor:
    """Delivers events on its own thread, in order, as the PC/SC monitor does."""

    _STOP = object()

    def __init__(self, callback: CardEventCallback, forget: Callable[[_InProcessMonitor], None]) -> None:
        self._callback = callback
        self._forget = forget
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="card-monitor-inprocess", daemon=True)
        self._thread.start()

    def post(self, event: CardEvent) -> None:
        if not self._stopped.is_set():
            self._queue.put(event)

    def stop(self) -> None:
        self._stopped.set()
        self._queue.put(self._STOP)
        self._forget(self)
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is self._STOP or self._stopped.is_set():
                return
            if isinstance(item, CardEvent):
                try:
                    self._callback(item)
                except Exception:
                    log.exception("card event callback failed for %s", item.kind.value)
