"""Project-wide test setup: Qt offscreen with strict enums, and a fresh data directory per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYSIDE6_OPTION_PYTHON_ENUM", "0x11")
os.environ.setdefault("KIOSK_LANG", "th")

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.db import Store


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
