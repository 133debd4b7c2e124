"""Visits as the counter's read models hold them, written directly: the statistics read nothing else."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from kiosk.db.models import Visit, VisitItem
from kiosk.events import new_id

AddVisit = Callable[..., str]


def _add_visit(
    session: Session,
    started_at: datetime,
    *,
    citizen_ref: str | None = None,
    services: Sequence[tuple[str, str | None, float | None]] = (("labour-22", "done", 300.0),),
) -> str:
    """One visit at ``started_at`` (aware) using ``services`` as (service key, outcome, duration in seconds)."""
    visit_id = new_id()
    session.add(
        Visit(
            id=visit_id,
            started_at=started_at,
            ended_at=started_at + timedelta(minutes=20),
            officer_id=None,
            citizen_ref=citizen_ref,
            source="card",
            consent=citizen_ref is not None,
        )
    )
    session.flush()
    for key, outcome, duration in services:
        session.add(
            VisitItem(
                id=new_id(),
                visit_id=visit_id,
                service_key=key,
                opened_at=started_at,
                saved_at=started_at + timedelta(minutes=10),
                outcome=outcome,
                duration_s=duration,
            )
        )
    return visit_id


@pytest.fixture
def add_visit() -> AddVisit:
    return _add_visit
