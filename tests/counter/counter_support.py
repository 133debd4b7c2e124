"""Helpers shared by the counter tests: a citizen, and serving one service end to end in the domain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from stdnum.th import pin

from kiosk.attachments import AttachmentFiles
from kiosk.counter.visits import (
    OutcomeForm,
    SavedOutcome,
    VisitSource,
    open_service,
    record_outcome,
    start_visit,
)
from kiosk.db import Store
from kiosk.db.models import Officer
from kiosk.privacy import Citizen, CitizenVault

CID = "110170012345" + str(pin.calc_check_digit("110170012345"))
OTHER_CID = "350990001234" + str(pin.calc_check_digit("350990001234"))
CITIZEN = Citizen(name="นางสมศรี ใจงาม", cid=CID, phone="")


def officer_id(store: Store, username: str = "officer") -> str:
    with store.read() as session:
        found = session.scalar(select(Officer.id).where(Officer.username == username))
    assert found is not None
    return found


def serve(
    store: Store,
    vault: CitizenVault,
    files: AttachmentFiles,
    form: OutcomeForm,
    *,
    service_key: str = "citizen-1",
    citizen: Citizen = CITIZEN,
    officer: str | None = None,
    opened: datetime | None = None,
    saved: datetime | None = None,
) -> SavedOutcome:
    """One visit, one service, one outcome: each step its own transaction, as the counter does it."""
    with store.write() as session:
        visit_id = start_visit(
            session,
            officer_id=officer,
            source=VisitSource.CARD,
            consent=True,
            citizen_ref=vault.citizen_ref(citizen.cid),
            now=opened,
        )
    with store.write() as session:
        item_id = open_service(
            session, visit_id=visit_id, service_key=service_key, officer_id=officer, now=opened
        )
    with store.write() as session:
        return record_outcome(
            session,
            visit_id=visit_id,
            item_id=item_id,
            form=form,
            officer_id=officer,
            citizen=citizen,
            vault=vault,
            files=files,
            now=saved,
        )
