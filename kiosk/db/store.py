"""The open local store: one engine, migrated, with read sessions and a single writer.

SQLite allows one writer at a time; rather than let threads queue on the file lock, the store serialises writes
in-process. The GUI routes every write through its single DB-writer thread anyway; the lock makes the rule hold
for the CLI and tests too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db.engine import create_sqlite_engine
from kiosk.db.migrate import MigrationResult, migrate
from kiosk.paths import DataLayout


@dataclass
class Store:
    engine: Engine
    path: Path
    migration: MigrationResult

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_lock = threading.Lock()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all."""
        with self._write_lock, self._sessions.begin() as session:
            yield session

    def checkpoint(self) -> None:
        with self.engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

    def close(self) -> None:
        self.engine.dispose()


def open_store(layout: DataLayout) -> Store:
    """Open (creating if needed) and migrate the database of a data directory."""
    layout.root.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(layout.database)
    try:
        result = migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine=engine, path=layout.database, migration=result)
