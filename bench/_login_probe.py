"""Start the real GUI and exit as soon as the login window has been painted (used by bench_startup.py).

The probe changes nothing in the app: it only wraps ``LoginView.show`` to leave the event loop once the window
is visible, then prints the time since the interpreter started.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import ui.app

original_show = ui.app.LoginView.show


def show_and_leave(self: ui.app.LoginView) -> None:
    original_show(self)

    def done() -> None:
        print(f"shown {time.perf_counter():.4f}", flush=True)
        app = QApplication.instance()
        assert app is not None
        app.quit()

    QTimer.singleShot(0, done)


ui.app.LoginView.show = show_and_leave  # type: ignore[method-assign]
sys.exit(ui.app.run_gui(data_dir=Path(sys.argv[1]), demo=False))
