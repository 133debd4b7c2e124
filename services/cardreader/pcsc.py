"""PC/SC through pyscard's ``smartcard.scard`` layer: the production :class:`CardBackend`.

We use the thin ``scard`` API rather than pyscard's object layer because we need the PC/SC result code of every
call to tell a person exactly what happened (service down, no reader, card pulled out), and a fresh context per
operation so the counter survives pcscd being restarted underneath it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from smartcard import scard

from services.cardreader.backend import CardConnection, CardEventCallback, Monitor
from services.cardreader.errors import (
    CardCommunicationError,
    CardReaderError,
    CardRemovedError,
    NoCardError,
    NoReaderError,
    PcscUnavailableError,
)

_SERVICE_DOWN = frozenset({scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED})
_NO_READER = frozenset(
    {scard.SCARD_E_NO_READERS_AVAILABLE, scard.SCARD_E_UNKNOWN_READER, scard.SCARD_E_READER_UNAVAILABLE}
)
_NO_CARD = frozenset({scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_REMOVED_CARD})
_GONE_DURING_TRANSMIT = frozenset(
    {
        scard.SCARD_W_REMOVED_CARD,
        scard.SCARD_E_NO_SMARTCARD,
        scard.SCARD_E_NOT_TRANSACTED,
        scard.SCARD_F_COMM_ERROR,
        scard.SCARD_W_RESET_CARD,
        scard.SCARD_E_READER_UNAVAILABLE,
        scard.SCARD_E_INVALID_HANDLE,
    }
)
PROTOCOLS = scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1


def error_for(hresult: int) -> CardReaderError:
    """The person-facing error for a PC/SC failure outside a card transaction."""
    if hresult in _SERVICE_DOWN:
        return PcscUnavailableError()
    if hresult in _NO_READER:
        return NoReaderError()
    if hresult in _NO_CARD:
        return NoCardError()
    return CardCommunicationError()


def _check(hresult: int) -> None:
    if hresult != scard.SCARD_S_SUCCESS:
        raise error_for(hresult)


@contextmanager
def pcsc_context() -> Iterator[Any]:
    """A PC/SC context for one operation, always released."""
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    _check(hresult)
    try:
        yield context
    finally:
        scard.SCardReleaseContext(context)


def list_readers_in(context: Any) -> list[str]:
    hresult, readers = scard.SCardListReaders(context, [])
    if hresult in _NO_READER:
        return []
    _check(hresult)
    return list(readers)


class PcscConnection:
    """A shared connection to one card; owns its own context so it may outlive the call that opened it."""

    def __init__(self, reader: str) -> None:
        hresult, self._context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        _check(hresult)
        self._card: Any = None
        try:
            hresult, card, protocol = scard.SCardConnect(
                self._context, reader, scard.SCARD_SHARE_SHARED, PROTOCOLS
            )
            _check(hresult)
            self._card = card
            self._pci = scard.SCARD_PCI_T1 if protocol == scard.SCARD_PROTOCOL_T1 else scard.SCARD_PCI_T0
            hresult, _name, _state, _protocol, atr = scard.SCardStatus(card)
            _check(hresult)
            self._atr = bytes(atr)
        except BaseException:
            self.close()
            raise

    @property
    def atr(self) -> bytes:
        return self._atr

    def transmit(self, apdu: bytes) -> bytes:
        hresult, response = scard.SCardTransmit(self._card, self._pci, list(apdu))
        if hresult == scard.SCARD_S_SUCCESS:
            return bytes(response)
        if hresult in _GONE_DURING_TRANSMIT:
            raise CardRemovedError()
        if hresult in _SERVICE_DOWN:
            raise PcscUnavailableError()
        raise CardCommunicationError()

    def close(self) -> None:
        if self._card is not None:
            scard.SCardDisconnect(self._card, scard.SCARD_LEAVE_CARD)
            self._card = None
        if self._context is not None:
            scard.SCardReleaseContext(self._context)
            self._context = None


class PcscBackend:
    """Readers attached to this computer through the OS smart card service."""

    def list_readers(self) -> list[str]:
        with pcsc_context() as context:
            return list_readers_in(context)

    def readers_with_card(self) -> list[str]:
        with pcsc_context() as context:
            readers = list_readers_in(context)
            if not readers:
                return []
            states = [(name, scard.SCARD_STATE_UNAWARE) for name in readers]
            hresult, current = scard.SCardGetStatusChange(context, 0, states)
            if hresult in _NO_READER:
                return []
            _check(hresult)
            return [name for name, state, _atr in current if state & scard.SCARD_STATE_PRESENT]

    def connect(self, reader: str) -> CardConnection:
        return PcscConnection(reader)

    def start_monitor(self, callback: CardEventCallback) -> Monitor:
        from services.cardreader.monitor import PcscMonitor

        monitor = PcscMonitor(callback)
        monitor.start()
        return monitor
