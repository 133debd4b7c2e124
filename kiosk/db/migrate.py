"""Bring a database to the schema this build knows, or refuse one from the future.

Alembic keeps the history; this module runs it in-process on start. A database stamped with a revision this build
has never heard of was written by a newer version of the app: opening it could corrupt data the newer version
relies on, so we stop with a message that says to update the app instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from kiosk.errors import KioskError
from kiosk.i18n import Text

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaTooNew(KioskError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            Text(
                f"ฐานข้อมูลนี้สร้างด้วยโปรแกรมรุ่นที่ใหม่กว่า (schema {revision})",
                f"This database was written by a newer version of the app (schema {revision}).",
            ),
            Text(
                "โปรดติดตั้งโปรแกรมรุ่นล่าสุด ข้อมูลยังอยู่ครบ ไม่มีการแก้ไขใด ๆ",
                "Install the latest version of the app; the data has not been touched.",
            ),
        )


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> list[str]:
    """Every revision this build ships, oldest first."""
    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, target: str = "head") -> MigrationResult:
    """Upgrade to ``target`` (the newest by default); refuse a database newer than this build."""
    with engine.begin() as connection:
        before = current_revision(connection)
        if before is not None and before not in known_revisions():
            raise SchemaTooNew(before)
        if before == head_revision() and target == "head":
            return MigrationResult(before=before, after=before)
        command.upgrade(_config(connection), target)
        after = current_revision(connection)
    assert after is not None
    return MigrationResult(before=before, after=after)
