"""Project-wide test setup: Qt offscreen with strict enums, a fresh data directory per test, the GUI fixtures.

The environment variables must be set before PySide6 is first imported; the README's test command exports them
as well, so a plugin importing Qt earlier cannot undo them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYSIDE6_OPTION_PYTHON_ENUM", "0x11")
os.environ.setdefault("KIOSK_LANG", "th")

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.db import Store
from kiosk.i18n import current_language, set_language
from ui.bridge import MessageBridge
from ui.context import AppContext
from ui.taskrunner import TaskRunner


@pytest.fixture(autouse=True)
def thai() -> Iterator[None]:
    """Messages are asserted in Thai, the counter's default, whatever an earlier test switched to."""
    before = current_language()
    set_language("th")
    yield
    set_language(before)


@pytest.fixture(autouse=True)
def garbage_collected_on_the_main_thread() -> Iterator[None]:
    """The app collects cyclic garbage on the GUI thread only (ui/gc.py); tests do the same between tests.

    Otherwise a collection may start in a task-runner thread and destroy a Qt widget there, which crashes.
    Deferred deletions run first, so no wrapper is collected while its widget still waits for deleteLater.
    """
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    from kiosk.bootstrap import open_data_dir

    opened = open_data_dir(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    from kiosk.demo import seed_demo

    with store.write() as session:
        seed_demo(session)
    return store


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    """The app's task runner; any background error nobody handled fails the test."""
    errors: list[BaseException] = []
    task_runner = TaskRunner(on_unhandled=errors.append)
    yield task_runner
    task_runner.shutdown()
    assert errors == [], errors


@pytest.fixture
def ctx(store: Store, runner: TaskRunner, data_dir: Path) -> Iterator[AppContext]:
    bridge = MessageBridge()
    yield AppContext(data_dir=data_dir, store=store, runner=runner, bridge=bridge)
    bridge.close()


@pytest.fixture
def demo_ctx(demo_store: Store, runner: TaskRunner, data_dir: Path) -> Iterator[AppContext]:
    bridge = MessageBridge()
    yield AppContext(data_dir=data_dir, store=demo_store, runner=runner, bridge=bridge, demo=True)
    bridge.close()
