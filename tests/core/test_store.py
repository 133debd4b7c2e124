from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

from kiosk.bootstrap import open_data_dir
from kiosk.db import Store
from kiosk.db.migrate import SchemaTooNew, head_revision, known_revisions
from kiosk.db.models import AuditEntry, Base, Event, OutboxEntry, Service
from kiosk.events import append_event, new_id, pending_outbox_count, stream_events
from kiosk.paths import DataLayout

FIXTURES = Path(__file__).parents[1] / "fixtures" / "schemas"


def test_fresh_directory_is_created_and_migrated(store: Store) -> None:
    assert store.migration.before is None
    assert store.migration.after == head_revision()
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Service)) == 325


def test_connection_pragmas(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_migrated_schema_matches_the_models(store: Store) -> None:
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_reopening_is_idempotent(data_dir: Path) -> None:
    open_data_dir(data_dir).close()
    again = open_data_dir(data_dir)
    assert again.migration.before == again.migration.after == head_revision()
    again.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.sqlite3")), ids=lambda p: p.stem)
def test_every_released_schema_upgrades_with_its_data(fixture: Path, data_dir: Path) -> None:
    shutil.copy(fixture, DataLayout(data_dir).database)
    store = open_data_dir(data_dir)
    try:
        assert store.migration.after == head_revision()
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(Event)) >= 1
            assert pending_outbox_count(session) >= 1
            assert session.scalar(select(func.count()).select_from(AuditEntry)) >= 1
    finally:
        store.close()


def test_there_is_a_fixture_for_every_released_revision() -> None:
    released = {p.stem for p in FIXTURES.glob("v*.sqlite3")}
    assert released == {f"v{index}" for index in range(1, len(known_revisions()) + 1)}


def test_database_from_a_newer_app_is_refused_untouched(data_dir: Path) -> None:
    open_data_dir(data_dir).close()
    path = DataLayout(data_dir).database
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew) as caught:
        open_data_dir(data_dir)
    assert "newer version" in caught.value.message("en")
    assert "ใหม่กว่า" in caught.value.message("th")
    assert path.read_bytes() == before


def test_event_and_outbox_row_are_written_together(store: Store) -> None:
    stream = new_id()
    with store.write() as session:
        first = append_event(
            session,
            stream_type="visit",
            stream_id=stream,
            kind="visit.started",
            payload={"a": 1},
            officer_id=None,
        )
        second = append_event(
            session, stream_type="visit", stream_id=stream, kind="visit.ended", payload={}, officer_id=None
        )
    assert (first.seq, second.seq) == (1, 2)
    with store.read() as session:
        assert [e.kind for e in stream_events(session, stream)] == ["visit.started", "visit.ended"]
        assert pending_outbox_count(session) == 2


def test_a_failed_transaction_leaves_neither_event_nor_outbox(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as session:
        append_event(session, stream_type="visit", stream_id=new_id(), kind="x", payload={}, officer_id=None)
        raise RuntimeError("power cut")
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0


def test_foreign_keys_are_enforced(store: Store) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.write() as session:
        session.add(
            OutboxEntry(event_id="no-such-event", enqueued_at=__import__("kiosk.clock").clock.now_utc())
        )
