"""The audit log: who did what, for the supervisor and for PDPA accountability.

Callers pass identifiers and actions only; personal data (names, citizen IDs, addresses) never goes in here.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.clock import now_utc
from kiosk.db.models import AuditEntry


def record(session: Session, officer_id: str | None, action: str, target: str = "", detail: str = "") -> None:
    session.add(AuditEntry(at=now_utc(), officer_id=officer_id, action=action, target=target, detail=detail))


def recent(session: Session, limit: int = 100) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))
