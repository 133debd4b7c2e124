"""A counter PC switched off at the wall loses nothing that was saved and keeps nothing half-saved.

The child process (``crash_child.py``) serves citizens through the real domain code and reports each request only
after its transaction committed; the test kills it with SIGKILL - no cleanup, no atexit, like a power cut - and
reopens the data directory.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.bootstrap import open_data_dir
from kiosk.db.models import Event, OutboxEntry, Request, RequestPersonal, TrackingSequence, VisitItem

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


class Child:
    def __init__(self, data_dir: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)])}
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "crash_child.py"), str(data_dir), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )

    def line(self) -> str:
        assert self.process.stdout is not None
        text = self.process.stdout.readline()
        if not text:
            assert self.process.stderr is not None
            pytest.fail(f"the child died: {self.process.stderr.read()}")
        return text.strip()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def child_factory() -> Iterator[list[Child]]:
    children: list[Child] = []
    yield children
    for child in children:
        if child.process.poll() is None:
            child.kill()


def _check_consistent(data_dir: Path, committed: list[str]) -> int:
    """Every reported request is there with everything that belongs to it; nothing exists half-way."""
    store = open_data_dir(data_dir)
    try:
        with store.read() as session:
            requests = list(session.scalars(select(Request)))
            trackings = {r.tracking for r in requests}
            assert set(committed) <= trackings
            for request in requests:
                kinds = [e.kind for e in session.scalars(select(Event).where(Event.stream_id == request.id))]
                assert kinds == ["request.created"]
                assert session.get(RequestPersonal, request.id) is not None
                item = session.get(VisitItem, request.visit_item_id)
                assert item is not None and item.saved_at is not None and item.outcome == "submitted"
            events = session.scalar(select(func.count()).select_from(Event))
            assert session.scalar(select(func.count()).select_from(OutboxEntry)) == events
            saved_items = session.scalar(
                select(func.count()).select_from(VisitItem).where(VisitItem.saved_at.is_not(None))
            )
            assert saved_items == len(requests)
            sequences = list(session.scalars(select(TrackingSequence)))
            assert sum(s.last for s in sequences) == len(requests)
            return len(requests)
    finally:
        store.close()


def test_killed_between_two_writes_of_one_save(data_dir: Path, child_factory: list[Child]) -> None:
    child = Child(data_dir, "pause")
    child_factory.append(child)
    assert child.line() == "ready"
    committed = [child.line(), child.line()]
    assert child.line() == "paused"  # the request row and its event are written, not committed
    child.kill()
    assert _check_consistent(data_dir, committed) == 2


def test_killed_at_a_random_moment_under_load(data_dir: Path, child_factory: list[Child]) -> None:
    child = Child(data_dir)
    child_factory.append(child)
    assert child.line() == "ready"
    committed = [child.line() for _ in range(5)]
    time.sleep(0.037)  # lands somewhere inside a later transaction, or between two
    child.kill()
    assert _check_consistent(data_dir, committed) >= 5
