"""Consistent online backups of the local store.

Copying the database file while the app writes can capture half a transaction (and misses the WAL). SQLite's
backup API copies a consistent snapshot page by page while others keep working; we then check the copy opens
and passes ``integrity_check`` before calling it a backup.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from kiosk.db import Store
from kiosk.errors import KioskError
from kiosk.i18n import Text


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    schema: str


class BackupFailed(KioskError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            Text(f"สำรองข้อมูลไปที่ {path} ไม่สำเร็จ ({reason})", f"Could not back up to {path} ({reason})."),
            Text(
                "ตรวจสอบว่าปลายทางมีพื้นที่ว่างและเขียนได้ แล้วลองใหม่",
                "Check that the destination has free space and is writable, then try again.",
            ),
        )


def backup_database(store: Store, destination: Path) -> BackupResult:
    destination = destination.expanduser().resolve()
    partial = destination.with_name(destination.name + ".partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        source = sqlite3.connect(store.path, timeout=5)
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            verdict = target.execute("PRAGMA integrity_check").fetchone()[0]
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
            source.close()
        if verdict != "ok":
            raise BackupFailed(destination, f"integrity check: {verdict}")
        partial.replace(destination)
    except (OSError, sqlite3.Error) as error:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        raise BackupFailed(destination, type(error).__name__ + ": " + str(error)) from error
    return BackupResult(destination, destination.stat().st_size, store.migration.after)
