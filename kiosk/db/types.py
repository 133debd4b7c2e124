"""Column types the SQLite dialect does not get right by itself.

SQLite has no time-zone aware timestamp; SQLAlchemy's ``DateTime(timezone=True)`` silently drops the offset. We
store every instant as UTC text in one fixed-width format, so that text comparison is time order and range
queries use the index, and hand back aware datetimes. A naive datetime is refused rather than guessed at.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

UTC_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def to_utc_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime: pass an aware datetime (e.g. datetime.now(UTC))")
    return value.astimezone(UTC).strftime(UTC_FORMAT)


class UTCDateTime(TypeDecorator[datetime]):
    impl = String(26)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else to_utc_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.strptime(value, UTC_FORMAT).replace(tzinfo=UTC)
