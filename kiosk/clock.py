"""The one place the domain asks for the time, so tests can pin it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

BANGKOK = timezone(timedelta(hours=7), "ICT")
"""Thailand keeps UTC+7 all year (no daylight saving), so a fixed offset is exact and needs no tz database."""


def now_utc() -> datetime:
    return datetime.now(UTC)


def to_local(moment: datetime) -> datetime:
    return moment.astimezone(BANGKOK)
