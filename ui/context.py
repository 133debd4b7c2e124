"""What every window and controller of a running app shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.db import Store
from kiosk.officers import OfficerInfo
from kiosk.paths import DataLayout
from ui.bridge import MessageBridge
from ui.taskrunner import TaskRunner


@dataclass
class AppContext:
    data_dir: Path
    store: Store
    runner: TaskRunner
    bridge: MessageBridge
    demo: bool = False
    officer: OfficerInfo | None = field(default=None)

    @property
    def layout(self) -> DataLayout:
        return DataLayout(self.data_dir)
