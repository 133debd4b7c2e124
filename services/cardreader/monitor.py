"""Watch every reader for card insertion and removal, on a background thread, without Qt.

pyscard's ``CardMonitor``/``ReaderMonitor`` are process-wide singletons whose thread blocks up to a minute, cannot
be stopped promptly and dies for good when pcscd restarts. Counters run for days and pcscd does restart (driver
updates, a reader replugged on Windows), so this monitor owns its thread: one ``SCardGetStatusChange`` call over all
readers plus the PnP pseudo-reader (new readers wake it up), cancelled with ``SCardCancel`` on :meth:`stop`, and a
fresh context whenever the service comes back. The callback gets one frozen :class:`CardEvent` per change, on the
monitor thread: the UI forwards it to its own thread through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from smartcard import scard

from services.cardreader.backend import CardEvent, CardEventCallback, CardEventKind

log = logging.getLogger(__name__)

PNP_NOTIFICATION = "\\\\?PnP?\\Notification"
_CHANGED = scard.SCARD_STATE_CHANGED
_PRESENT = scard.SCARD_STATE_PRESENT
_SERVICE_DOWN = frozenset({scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED})
_RELIST = frozenset(
    {scard.SCARD_E_UNKNOWN_READER, scard.SCARD_E_READER_UNAVAILABLE, scard.SCARD_E_NO_READERS_AVAILABLE}
)


class PcscMonitor:
    """Reports cards already present at start as insertions, then every change until :meth:`stop`."""

    def __init__(self, callback: CardEventCallback, *, wait_ms: int = 1000, retry_delay: float = 1.0) -> None:
        self._callback = callback
        self._wait_ms = wait_ms
        self._retry_delay = retry_delay
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._context: Any = None
        self._thread = threading.Thread(target=self._run, name="card-monitor", daemon=True)
        self._readers: dict[str, int] = {}
        """Last state seen per reader (event counter in the high word, as pcsc-lite reports it)."""
        self._service_down_reported = False

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        with self._lock:
            if self._context is not None:
                scard.SCardCancel(self._context)
        if threading.current_thread() is not self._thread and self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stopping.is_set():
            hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if hresult != scard.SCARD_S_SUCCESS:
                self._service_lost()
                self._stopping.wait(self._retry_delay)
                continue
            with self._lock:
                self._context = context
            try:
                self._watch(context)
            finally:
                with self._lock:
                    self._context = None
                scard.SCardReleaseContext(context)

    def _watch(self, context: Any) -> None:
        pnp_state = 0
        while not self._stopping.is_set():
            hresult, names = scard.SCardListReaders(context, [])
            if hresult in _SERVICE_DOWN:
                self._service_lost()
                self._stopping.wait(self._retry_delay)
                return
            self._service_down_reported = False
            self._sync_readers(list(names) if hresult == scard.SCARD_S_SUCCESS else [])
            states = [(PNP_NOTIFICATION, pnp_state)] + [
                (name, state) for name, state in self._readers.items()
            ]
            hresult, current = scard.SCardGetStatusChange(context, self._wait_ms, states)
            if hresult == scard.SCARD_E_CANCELLED or self._stopping.is_set():
                return
            if hresult in _SERVICE_DOWN:
                self._service_lost()
                self._stopping.wait(self._retry_delay)
                return
            if hresult == scard.SCARD_E_TIMEOUT or hresult in _RELIST:
                continue
            if hresult != scard.SCARD_S_SUCCESS:
                log.warning("SCardGetStatusChange failed: %s", scard.SCardGetErrorMessage(hresult))
                self._stopping.wait(self._retry_delay)
                return
            for name, state, atr in current:
                if name == PNP_NOTIFICATION:
                    pnp_state = state & ~_CHANGED
                elif name in self._readers:
                    self._reader_state(name, state & ~_CHANGED, bytes(atr))

    def _sync_readers(self, names: list[str]) -> None:
        for gone in [name for name in self._readers if name not in names]:
            if self._readers.pop(gone) & _PRESENT:
                self._emit(CardEvent(CardEventKind.REMOVED, gone))
            self._emit(CardEvent(CardEventKind.READER_REMOVED, gone))
        for name in names:
            if name not in self._readers:
                self._readers[name] = scard.SCARD_STATE_UNAWARE
                self._emit(CardEvent(CardEventKind.READER_ADDED, name))

    def _reader_state(self, name: str, state: int, atr: bytes) -> None:
        before = self._readers[name]
        self._readers[name] = state
        was_present = bool(before & _PRESENT)
        is_present = bool(state & _PRESENT)
        swapped = was_present and is_present and (before >> 16) != (state >> 16)
        if was_present and (not is_present or swapped):
            self._emit(CardEvent(CardEventKind.REMOVED, name))
        if is_present and (not was_present or swapped):
            self._emit(CardEvent(CardEventKind.INSERTED, name, atr))

    def _service_lost(self) -> None:
        if self._readers:
            self._sync_readers([])
        if not self._service_down_reported:
            self._service_down_reported = True
            self._emit(CardEvent(CardEventKind.SERVICE_UNAVAILABLE))

    def _emit(self, event: CardEvent) -> None:
        if self._stopping.is_set():
            return
        try:
            self._callback(event)
        except Exception:
            log.exception("card event callback failed for %s", event.kind.value)
