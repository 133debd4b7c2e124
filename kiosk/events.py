"""Append-only events with a transactional outbox.

Everything that must reach the province is an event with a client-generated UUID, written together with its
outbox row in the caller's transaction: either both are durable or neither is, so a crash can lose neither the
record nor the duty to send it. A stream's current state is the fold of its events; read models are updated by
the caller in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.clock import now_utc
from kiosk.db.models import Event, OutboxEntry


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class RecordedEvent:
    id: str
    stream_id: str
    seq: int
    kind: str
    occurred_at: datetime


def append_event(
    session: Session,
    *,
    stream_type: str,
    stream_id: str,
    kind: str,
    payload: Mapping[str, object],
    officer_id: str | None,
    occurred_at: datetime | None = None,
    event_id: str | None = None,
) -> RecordedEvent:
    """Add an event at the end of its stream and queue it for the server, in ``session``'s transaction."""
    moment = occurred_at or now_utc()
    last = session.scalar(select(func.max(Event.seq)).where(Event.stream_id == stream_id))
    seq = (last or 0) + 1
    event = Event(
        id=event_id or new_id(),
        stream_type=stream_type,
        stream_id=stream_id,
        seq=seq,
        kind=kind,
        occurred_at=moment,
        officer_id=officer_id,
        payload=dict(payload),
    )
    session.add(event)
    session.flush()
    session.add(OutboxEntry(event_id=event.id, enqueued_at=moment, attempts=0))
    return RecordedEvent(id=event.id, stream_id=stream_id, seq=seq, kind=kind, occurred_at=moment)


def stream_events(session: Session, stream_id: str) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.stream_id == stream_id).order_by(Event.seq)))


def pending_outbox_count(session: Session) -> int:
    return (
        session.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.sent_at.is_(None)))
        or 0
    )
