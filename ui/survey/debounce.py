"""Ignoring rapid repeated presses on a touch screen.

An elderly citizen often taps twice, or rests a finger that the screen reads as several taps; without a gate a
double tap on "next" skips a page unseen. The clock is injectable so tests can press "fast" deterministically.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]


class PressGate:
    """Lets one press through, then none for ``interval_s`` seconds."""

    def __init__(self, interval_s: float, clock: Clock = time.monotonic) -> None:
        self.interval_s = interval_s
        self.clock = clock
        self._last: float | None = None

    def allow(self) -> bool:
        now = self.clock()
        if self._last is not None and now - self._last < self.interval_s:
            return False
        self._last = now
        return True

    def reset(self) -> None:
        self._last = None
