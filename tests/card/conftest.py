"""Card test setup: Qt offscreen, and for the e2e tests a real pcscd with vsmartcard's vpcd reader slots.

The e2e fixture starts its own pcscd (foreground, config directory with our vpcd entry on a free port) and stops
it after the session. A pcscd left running by an earlier, killed session is recognised as ours and reused. Any
other pcscd belongs to the system: the tests refuse to touch it and say how to stop it. The tests are skipped
only when the pcscd binary or the vpcd driver is missing.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import fcntl
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from card_support import PcscEnv, run_cli

LOCK_PATH = Path(tempfile.gettempdir()) / "damrongdham-card-e2e.lock"
LOCK_WAIT = 120.0


def _take_lock() -> int:
    descriptor = os.open(LOCK_PATH, os.O_RDWR | os.O_CREAT, 0o600)
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return descriptor
        except BlockingIOError:
            if time.monotonic() > deadline:
                os.close(descriptor)
                pytest.fail(
                    "another test session holds the pcscd e2e lock; run the card e2e tests in one process"
                )
            time.sleep(0.2)


@pytest.fixture(scope="session")
def pcsc_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PcscEnv]:
    from services.virtualcard import pcscd

    tools = pcscd.find_tools()
    if tools is None:
        pytest.skip(
            "pcscd or the vsmartcard vpcd driver is not installed (apt-get install pcscd vsmartcard-vpcd)"
        )
    lock = _take_lock()
    try:
        running = pcscd.running_pcscd()
        if running is not None:
            if not running.ours or running.port is None:
                pytest.fail(
                    f"a pcscd not started by these tests is running (pid {running.pid}); stop it "
                    "(systemctl stop pcscd.socket pcscd, or kill it) so the tests can run their own"
                )
            yield PcscEnv(running.port, None)
            return
        data_dir = tmp_path_factory.mktemp("service-down")
        before = run_cli("--data-dir", str(data_dir), "card", "read", "--json")
        daemon = pcscd.PrivatePcscd(tools, pcscd.free_port_pair())
        daemon.start()
        try:
            yield PcscEnv(daemon.port, before)
        finally:
            daemon.stop()
    finally:
        os.close(lock)
