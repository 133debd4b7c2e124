"""The status bar: card reader, printer and sync state at a glance, always in the same place."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class Health(StrEnum):
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"
    UNKNOWN = "unknown"


_COLOURS = {
    Health.OK: "#26a269",
    Health.WARNING: "#c88800",
    Health.PROBLEM: "#c01c28",
    Health.UNKNOWN: "#777",
}


@dataclass(frozen=True)
class DeviceState:
    health: Health
    text: str


class StatusIndicator(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.set_state(DeviceState(Health.UNKNOWN, "…"))

    def set_state(self, state: DeviceState) -> None:
        self.state = state
        colour = _COLOURS[state.health]
        self.setText(f"<span style='color:{colour}'>●</span> {state.text}")


class CounterStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = StatusIndicator("card_status")
        self.printer = StatusIndicator("printer_status")
        self.sync = StatusIndicator("sync_status")
        self.officer = QLabel(objectName="officer_status")
        for widget in (self.card, self.printer, self.sync):
            self.addPermanentWidget(widget)
        self.addWidget(self.officer)
