"""Run work off the GUI thread and hand results back to it (the shape of Anki's ``aqt.taskman``).

Two executors: a single thread for every database write, so writes happen one at a time and in the order they were
asked for, and a small pool for slow I/O (card reader, printers, network). Background functions must not touch
widgets; their result or exception is delivered to the callbacks on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")
log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


@dataclass(frozen=True)
class _Finished:
    future: Future[Any]
    on_done: OnDone | None
    on_error: OnError | None


class TaskRunner(QObject):
    """Owns the executors; create one per application and :meth:`shutdown` it on exit."""

    _finished = Signal(object)

    def __init__(self, pool_size: int = 4, on_unhandled: OnError | None = None) -> None:
        super().__init__()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-writer")
        self._pool = ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="io")
        self._on_unhandled = on_unhandled
        self._pending = 0
        self._lock = threading.Lock()
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run_db(
        self, fn: Callable[[], T], on_done: Callable[[T], None] | None = None, on_error: OnError | None = None
    ) -> Future[T]:
        """Run a database write on the single writer thread."""
        return self._submit(self._db, fn, on_done, on_error)

    def run(
        self, fn: Callable[[], T], on_done: Callable[[T], None] | None = None, on_error: OnError | None = None
    ) -> Future[T]:
        """Run slow I/O (card, printer, network, rendering) on the pool."""
        return self._submit(self._pool, fn, on_done, on_error)

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)
        self._db.shutdown(wait=True)

    def _submit(
        self,
        executor: ThreadPoolExecutor,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None,
        on_error: OnError | None,
    ) -> Future[T]:
        with self._lock:
            self._pending += 1
        future = executor.submit(fn)
        future.add_done_callback(lambda f: self._finished.emit(_Finished(f, on_done, on_error)))
        return future

    @Slot(object)
    def _deliver(self, finished: _Finished) -> None:
        with self._lock:
            self._pending -= 1
        future = finished.future
        if future.cancelled():
            return
        error = future.exception()
        if error is None:
            if finished.on_done is not None:
                finished.on_done(future.result())
            return
        if finished.on_error is not None:
            finished.on_error(error)
        elif self._on_unhandled is not None:
            self._on_unhandled(error)
        else:
            log.error("background task failed", exc_info=error)
