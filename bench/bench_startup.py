"""Cold start to a visible login window (goal < 1.0 s), on a fresh and on an existing data directory.

Each run is a new interpreter (``python -X importtime`` is not used, so the number is what an officer waits),
measured from spawning the process to the probe's line after the login window is shown. Offscreen platform, so
the number excludes the window manager. Prints a Markdown table.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = Path(__file__).with_name("_login_probe.py")
RUNS = 7


def one_start(data_dir: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(PROBE), str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError("the login window never showed")
    process.wait(timeout=60)
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = [one_start(Path(tmp) / f"fresh{i}") for i in range(RUNS)]
        existing_dir = Path(tmp) / "existing"
        one_start(existing_dir)
        time.sleep(1.0)
        existing = [one_start(existing_dir) for _ in range(RUNS)]
    print("| start | median | max | goal |")
    print("|---|---|---|---|")
    for label, values in (("fresh data directory", fresh), ("existing data directory", existing)):
        print(
            f"| {label} | {statistics.median(values) * 1000:.0f} ms | {max(values) * 1000:.0f} ms | < 1000 ms |"
        )


if __name__ == "__main__":
    main()
