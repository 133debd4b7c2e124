"""Where the counter keeps its files.

One data directory holds the database, attachments, logs and crash reports, so that backing up or moving a
counter is copying one folder. platformdirs picks the per-user location of each OS; ``--data-dir`` overrides it
(tests, tools and a second counter profile on one PC).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "damrongdham-counter"
APP_AUTHOR = "damrongdham"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(explicit: Path | None) -> Path:
    """Return the data directory to use, created if missing."""
    path = (explicit if explicit is not None else default_data_dir()).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class DataLayout:
    """The files inside one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "counter.sqlite3"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def crash_log(self) -> Path:
        return self.logs / "crash.log"

    @property
    def print_jobs(self) -> Path:
        return self.root / "print-jobs"
