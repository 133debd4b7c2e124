"""Counter test setup: an in-memory citizen-data key (as demo mode uses), the attachments folder, the app context."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.attachments import AttachmentFiles
from kiosk.db import Store
from kiosk.officers import list_officers
from kiosk.paths import DataLayout
from kiosk.privacy import CitizenVault
from ui.bridge import MessageBridge
from ui.context import AppContext
from ui.taskrunner import TaskRunner


@pytest.fixture
def vault() -> CitizenVault:
    return CitizenVault.ephemeral_key()


@pytest.fixture
def files(data_dir: Path) -> AttachmentFiles:
    return AttachmentFiles(DataLayout(data_dir).attachments)


@pytest.fixture
def demo_ctx(demo_store: Store, runner: TaskRunner, data_dir: Path) -> Iterator[AppContext]:
    """The demo district with the officer logged in (the counter pages need whose work it is)."""
    bridge = MessageBridge()
    with demo_store.read() as session:
        officer = next(o for o in list_officers(session) if o.username == "officer")
    yield AppContext(
        data_dir=data_dir, store=demo_store, runner=runner, bridge=bridge, demo=True, officer=officer
    )
    bridge.close()
