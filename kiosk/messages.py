"""A message bridge: how code without widgets tells the officer something (after qutebrowser's ``message``).

The domain core and the adapters call :func:`error`, :func:`warning` or :func:`info`; the GUI subscribes once and
shows them in its message area (on the GUI thread); the CLI subscribes and prints them. Nothing here knows Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from kiosk.i18n import Text


class Level(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Message:
    level: Level
    text: Text


Listener = Callable[[Message], None]
_listeners: list[Listener] = []
_lock = threading.Lock()


def subscribe(listener: Listener) -> Callable[[], None]:
    """Add a listener; returns a function that removes it again."""
    with _lock:
        _listeners.append(listener)

    def unsubscribe() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return unsubscribe


def publish(message: Message) -> None:
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        listener(message)


def info(text: Text) -> None:
    publish(Message(Level.INFO, text))


def warning(text: Text) -> None:
    publish(Message(Level.WARNING, text))


def error(text: Text) -> None:
    publish(Message(Level.ERROR, text))
