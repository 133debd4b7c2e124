"""The seam between the card-reading logic and whatever carries APDUs to a card.

Production uses PC/SC (:mod:`services.cardreader.pcsc`); demo mode without pcscd and the UI tests use the
in-process virtual card (:mod:`services.virtualcard.inprocess`). Both implement these protocols, so the read plan,
the parser and the panel run the same code whichever is behind them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol


class CardEventKind(Enum):
    INSERTED = "inserted"
    REMOVED = "removed"
    READER_ADDED = "reader-added"
    READER_REMOVED = "reader-removed"
    SERVICE_UNAVAILABLE = "service-unavailable"
    """The PC/SC service went away (or was never there); the monitor keeps retrying until it is back."""


@dataclass(frozen=True)
class CardEvent:
    """One change seen by a monitor. ``atr`` is set for insertions only."""

    kind: CardEventKind
    reader: str = ""
    atr: bytes = field(default=b"", repr=False)


CardEventCallback = Callable[[CardEvent], None]


class CardConnection(Protocol):
    """An open connection to the card in one reader."""

    @property
    def atr(self) -> bytes: ...

    def transmit(self, apdu: bytes) -> bytes:
        """Send one command APDU and return the whole response (data followed by SW1 SW2).

        Raises :class:`~services.cardreader.errors.CardRemovedError` when the card is gone and
        :class:`~services.cardreader.errors.CardCommunicationError` for other transport failures.
        """
        ...

    def close(self) -> None: ...


class Monitor(Protocol):
    def stop(self) -> None:
        """Stop watching; no callback runs after this returns."""
        ...


class CardBackend(Protocol):
    def list_readers(self) -> list[str]:
        """Names of the connected readers (empty when there are none)."""
        ...

    def readers_with_card(self) -> list[str]:
        """Names of the readers that hold a card right now, in :meth:`list_readers` order."""
        ...

    def connect(self, reader: str) -> CardConnection:
        """Open a shared connection (T=0 or T=1) to the card in ``reader``."""
        ...

    def start_monitor(self, callback: CardEventCallback) -> Monitor:
        """Call ``callback`` from a background thread for every change, starting with the cards present now."""
        ...
