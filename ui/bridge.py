"""Qt side of the message bridge: domain messages and core events arrive on the GUI thread as signals.

Listeners of :mod:`kiosk.messages` may be called from any thread; emitting a signal from there and connecting it
queued moves the delivery onto the GUI thread, where widgets may be touched (Electrum's and qutebrowser's way).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk import messages


class MessageBridge(QObject):
    """Re-emits every :class:`kiosk.messages.Message` as ``message`` (one frozen dataclass per emit)."""

    message = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._unsubscribe = messages.subscribe(self.message.emit)

    def close(self) -> None:
        self._unsubscribe()
