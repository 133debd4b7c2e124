"""The SQLite engine, configured the one way the counter needs it.

WAL lets the GUI read while the single writer thread commits; ``synchronous=FULL`` makes a commit survive a power
cut (a counter PC is switched off at the wall more often than anyone admits); foreign keys are off by default in
SQLite and must be switched on per connection; the busy timeout covers the CLI or a backup touching the file while
the app runs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _configure_connection)
    return engine


def sqlite_version() -> str:
    return sqlite3.sqlite_version
