"""Which monitor the survey kiosk goes on: the one facing the citizen, chosen by the officer.

A counter usually has the officer's monitor and, when the district has one, a second monitor turned towards the
citizen. The setting ``survey.screen`` holds the chosen screen's index; -1 (the default) or an index that no longer
exists (the second monitor was unplugged) means the last screen, which is the second monitor when there is one.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def screen_for(index: int) -> QScreen:
    screens = QGuiApplication.screens()
    if 0 <= index < len(screens):
        return screens[index]
    return screens[-1]


def screen_labels() -> list[str]:
    labels = []
    for number, screen in enumerate(QGuiApplication.screens(), start=1):
        size = screen.geometry()
        labels.append(f"{number}: {screen.name() or screen.model()} ({size.width()}×{size.height()})")
    return labels


def show_full_screen(window: QWidget, index: int) -> QScreen:
    screen = screen_for(index)
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    window.activateWindow()
    return screen
