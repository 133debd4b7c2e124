"""The PySide6 we ship must not leak references to ``True`` on every signal emit.

PySide6 6.12.0 does (each ``Signal.emit()`` drops one reference); on Python 3.11 the process then aborts with
``bool_dealloc`` once the count reaches zero — after a few thousand task results or status polls. This test
emits far more than that in a child process, so a regression crashes the child, not the test run.
"""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    bare = Signal()
    carrying = Signal(object)

app = QCoreApplication([])
emitter = Emitter()
before = sys.getrefcount(True)
for _ in range(20_000):
    emitter.bare.emit()
    emitter.carrying.emit(object())
print(sys.getrefcount(True) - before)
"""


def test_signal_emits_do_not_leak_true() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert abs(int(result.stdout.strip())) < 100
