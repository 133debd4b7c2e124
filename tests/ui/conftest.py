from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.db import Store
from ui.bridge import MessageBridge
from ui.context import AppContext
from ui.taskrunner import TaskRunner


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
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
