"""What every window and controller of a running app shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.paths import DataLayout

if TYPE_CHECKING:
    from kiosk.db import Store
    from kiosk.officers import OfficerInfo
    from ui.bridge import MessageBridge
    from ui.printing import PrintController
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

    @cached_property
    def printing(self) -> PrintController:
        """The app's one print controller: every screen prints through it, so one job log and one retry path."""
        from ui.printing import app_print_controller

        return app_print_controller(self)
