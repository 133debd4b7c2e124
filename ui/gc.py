"""Collect Python's cyclic garbage on the GUI thread only (qutebrowser's ``GarbageCollector``).

CPython runs the cyclic collector in whichever thread happens to allocate. If that is a task-runner thread and
the garbage holds a Qt object, the object is destroyed off the GUI thread and the app crashes. So automatic
collection is switched off and a timer on the GUI thread collects instead, young generations often and the old
one when its threshold says so, exactly as the automatic collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first <= self._thresholds[0]:
            return
        if third > self._thresholds[2]:
            gc.collect(2)
        elif second > self._thresholds[1]:
            gc.collect(1)
        else:
            gc.collect(0)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
