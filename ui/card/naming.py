"""Object names on the panel's widgets: the handles the pytest-qt tests and the stylesheet use."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget
