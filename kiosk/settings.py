"""Every option of the app, declared in one place with its default.

Options are stored in the database's ``settings`` table as JSON; what is not stored reads as its default, so a new
option needs nothing but a declaration here. When an option is renamed or its meaning changes, bump
``SETTINGS_VERSION`` and add an upgrade step: stored settings are upgraded once, in order, on open (the way
Picard versions its options). Secrets (server tokens) are not options: they live in the OS keyring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db.models import Setting

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    doc: str


LANGUAGE = Option("ui.language", "th", "UI language: th or en")
BROWSER_COMMAND = Option(
    "counter.browser_command", "", "command to open e-Service links; empty = system browser"
)
RECEIPT_PRINTER = Option("printing.receipt.printer", "", "printer for receipts; empty = system default")
RECEIPT_PAPER = Option("printing.receipt.paper", "80mm", "receipt paper: 80mm roll or A5")
DOCUMENT_PRINTER = Option(
    "printing.document.printer", "", "printer for A4/A3 documents; empty = system default"
)
SURVEY_SCREEN = Option("survey.screen", -1, "index of the screen facing the citizen; -1 = the last screen")
SURVEY_IDLE_SECONDS = Option("survey.idle_seconds", 90, "reset the survey kiosk after this much inactivity")
SYNC_SERVER_URL = Option("sync.server_url", "", "central server URL; empty = offline only")
RETENTION_DAYS = Option("privacy.retention_days", 365, "purge citizens' personal data after this many days")

ALL_OPTIONS: tuple[Option[object], ...] = cast(
    "tuple[Option[object], ...]",
    (
        LANGUAGE,
        BROWSER_COMMAND,
        RECEIPT_PRINTER,
        RECEIPT_PAPER,
        DOCUMENT_PRINTER,
        SURVEY_SCREEN,
        SURVEY_IDLE_SECONDS,
        SYNC_SERVER_URL,
        RETENTION_DAYS,
    ),
)

SETTINGS_VERSION = 1
_VERSION_KEY = "settings.version"
Upgrade = Callable[[dict[str, object]], None]
UPGRADES: dict[int, Upgrade] = {}
"""``UPGRADES[n]`` turns version ``n - 1`` settings into version ``n`` in place."""


def get(session: Session, option: Option[T]) -> T:
    row = session.get(Setting, option.key)
    if row is None:
        return option.default
    if type(row.value) is not type(option.default):
        return option.default
    value: T = row.value
    return value


def put(session: Session, option: Option[T], value: T) -> None:
    if type(value) is not type(option.default):
        raise TypeError(f"{option.key} takes {type(option.default).__name__}, not {type(value).__name__}")
    row = session.get(Setting, option.key)
    if row is None:
        session.add(Setting(key=option.key, value=value))
    else:
        row.value = value


def upgrade_settings(session: Session) -> int:
    """Apply pending upgrade steps; returns the version the stored settings are now at."""
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    version = stored.pop(_VERSION_KEY, 0)
    if not isinstance(version, int):
        version = 0
    if version >= SETTINGS_VERSION:
        return version
    for step in range(version + 1, SETTINGS_VERSION + 1):
        if step in UPGRADES:
            UPGRADES[step](stored)
    for row in session.scalars(select(Setting)):
        if row.key != _VERSION_KEY and row.key not in stored:
            session.delete(row)
    for key, value in stored.items():
        existing = session.get(Setting, key)
        if existing is None:
            session.add(Setting(key=key, value=value))
        else:
            existing.value = value
    version_row = session.get(Setting, _VERSION_KEY)
    if version_row is None:
        session.add(Setting(key=_VERSION_KEY, value=SETTINGS_VERSION))
    else:
        version_row.value = SETTINGS_VERSION
    return SETTINGS_VERSION
