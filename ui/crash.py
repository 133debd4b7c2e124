"""Crash handling: an uncaught exception becomes a dialog, not a silently dead window.

``sys.excepthook`` may run on any thread, so it only logs and emits a signal; the dialog is shown by the slot on
the GUI thread. faulthandler writes native crashes (segfaults in a driver, say) to the data directory's crash log,
which the supervisor can send to support.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Crash:
    summary: str
    details: str


class CrashHandler(QObject):
    crashed = Signal(object)

    def __init__(self, crash_log: Path) -> None:
        super().__init__()
        crash_log.parent.mkdir(parents=True, exist_ok=True)
        self._fault_file: IO[str] = crash_log.open("a", encoding="utf-8")
        faulthandler.enable(self._fault_file)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def _hook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.critical("uncaught exception: %s", details)
        self.crashed.emit(Crash(summary=f"{kind.__name__}: {value}", details=details))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        faulthandler.disable()
        self._fault_file.close()
