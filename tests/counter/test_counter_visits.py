"""The visit stream: outcomes saved durably, requests created exactly when the citizen is still owed something."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from counter_support import CID, CITIZEN, officer_id, serve
from sqlalchemy import func, select

from kiosk.attachments import AttachmentFiles, check_content
from kiosk.counter import visits
from kiosk.counter.visits import (
    OutcomeForm,
    VisitError,
    VisitSource,
    end_visit,
    open_service,
    record_outcome,
    start_visit,
    usage_counts,
)
from kiosk.counter.vocab import FailureReason, NextStep, Outcome, RequestStatus, request_status_for
from kiosk.db import Store
from kiosk.db.models import (
    Attachment,
    Event,
    OutboxEntry,
    Request,
    RequestPersonal,
    TrackingSequence,
    Visit,
    VisitItem,
)
from kiosk.events import pending_outbox_count
from kiosk.privacy import CitizenVault, NoCitizenKey
from kiosk.tracking import parse_tracking_number

SUBMITTED = OutcomeForm(
    Outcome.SUBMITTED, agency_ref="SSO-2569-001", phone="081-234-5678", notes="ยื่นแบบ สปส. 1-20"
)
T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("outcome", "reason", "next_step", "status"),
    [
        (Outcome.COMPLETED, None, NextStep.NONE, None),
        (Outcome.COMPLETED, None, NextStep.PICKUP, None),
        (Outcome.SUBMITTED, None, NextStep.ONLINE, RequestStatus.SENT),
        (Outcome.SUBMITTED, None, NextStep.PICKUP, RequestStatus.APPOINTMENT),
        (Outcome.PAID, None, NextStep.POST, RequestStatus.SENT),
        (Outcome.FAILED, FailureReason.SITE_DOWN, NextStep.NONE, RequestStatus.RECEIVED),
        (Outcome.FAILED, FailureReason.MISSING_DOCUMENTS, NextStep.NONE, None),
        (Outcome.FAILED, FailureReason.NOT_ELIGIBLE, NextStep.NONE, None),
        (Outcome.FAILED, FailureReason.CITIZEN_LEFT, NextStep.NONE, None),
    ],
)
def test_which_outcomes_become_requests(
    outcome: Outcome, reason: FailureReason | None, next_step: NextStep, status: RequestStatus | None
) -> None:
    assert request_status_for(outcome, reason, next_step) is status


def test_a_submitted_service_becomes_a_request_in_one_transaction(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    officer = officer_id(demo_store)
    saved = serve(
        demo_store, vault, files, SUBMITTED, officer=officer, opened=T0, saved=T0 + timedelta(minutes=7)
    )
    assert saved.duration_s == 420.0
    assert saved.request is not None and saved.request.status is RequestStatus.SENT
    assert saved.request.tracking.display.startswith("3501-1-69-")
    with demo_store.read() as session:
        request = session.get(Request, saved.request.request_id)
        assert request is not None
        assert (request.status, request.agency_ref, request.officer_id) == ("sent", "SSO-2569-001", officer)
        assert request.tracking == saved.request.tracking.compact
        assert request.citizen_ref == vault.citizen_ref(CID)
        item = session.get(VisitItem, saved.item_id)
        assert item is not None and (item.outcome, item.duration_s) == ("submitted", 420.0)
        kinds = [e.kind for e in session.scalars(select(Event).order_by(Event.occurred_at, Event.seq))]
        assert kinds.count("request.created") == 1 and kinds.count("visit.outcome_recorded") == 1
        # Every event, the request's included, waits in the outbox.
        assert pending_outbox_count(session) == session.scalar(select(func.count()).select_from(Event))
        personal = session.get(RequestPersonal, saved.request.request_id)
        assert personal is not None and personal.phone_last4 == "5678"
        opened = vault.open_citizen(personal)
        assert (opened.name, opened.cid, opened.phone) == (CITIZEN.name, CID, "0812345678")


def test_events_carry_the_pseudonym_never_the_personal_data(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    serve(demo_store, vault, files, SUBMITTED)
    with demo_store.read() as session:
        payloads = [str(e.payload) for e in session.scalars(select(Event))]
    assert payloads
    for text in payloads:
        assert CID not in text and "สมศรี" not in text and "5678" not in text


def test_a_completed_service_keeps_no_personal_data(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    saved = serve(
        demo_store, vault, files, OutcomeForm(Outcome.COMPLETED), opened=T0, saved=T0 + timedelta(seconds=95)
    )
    assert saved.request is None and saved.duration_s == 95.0
    with demo_store.read() as session:
        assert session.scalar(select(func.count()).select_from(Request)) == 0
        assert session.scalar(select(func.count()).select_from(RequestPersonal)) == 0
        assert session.get(TrackingSequence, 2569) is None


def test_site_down_is_received_for_later_submission(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    form = OutcomeForm(Outcome.FAILED, reason=FailureReason.SITE_DOWN, phone="0812345678")
    saved = serve(demo_store, vault, files, form)
    assert saved.request is not None and saved.request.status is RequestStatus.RECEIVED


def test_tracking_numbers_follow_the_counter_sequence(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    numbers = [serve(demo_store, vault, files, SUBMITTED, saved=T0).request for _ in range(3)]
    assert [n.tracking.sequence for n in numbers if n] == [1, 2, 3]
    assert all(parse_tracking_number(n.tracking.display) == n.tracking for n in numbers if n)


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        (OutcomeForm(Outcome.FAILED), "Choose why"),
        (OutcomeForm(Outcome.FAILED, reason=FailureReason.OTHER), "explain it"),
        (OutcomeForm(Outcome.SUBMITTED), "contact phone is needed"),
        (OutcomeForm(Outcome.SUBMITTED, phone="12345"), "not valid"),
        (OutcomeForm(Outcome.COMPLETED, phone="0812"), "not valid"),
        (OutcomeForm(Outcome.SUBMITTED, phone="0812345678", next_step=NextStep.PICKUP), "pick-up date"),
        (
            OutcomeForm(
                Outcome.SUBMITTED,
                phone="0812345678",
                next_step=NextStep.PICKUP,
                pickup_date=date(2026, 11, 22),
            ),
            "past",
        ),
    ],
)
def test_the_form_says_what_to_fix(form: OutcomeForm, expected: str) -> None:
    problems = form.problems(date(2026, 11, 23))
    assert any(expected in p.en for p in problems), [p.en for p in problems]
    assert all(p.th for p in problems)


def test_a_valid_form_has_no_problems() -> None:
    assert SUBMITTED.problems(date(2026, 11, 23)) == []
    assert OutcomeForm(Outcome.COMPLETED).problems(date(2026, 11, 23)) == []


def test_a_request_needs_the_citizen_and_a_key(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    with demo_store.write() as session:
        visit_id = start_visit(
            session, officer_id=None, source=VisitSource.MANUAL, consent=False, citizen_ref=None
        )
        item_id = open_service(session, visit_id=visit_id, service_key="citizen-1", officer_id=None)
    common = {"visit_id": visit_id, "item_id": item_id, "form": SUBMITTED, "officer_id": None, "files": files}
    with pytest.raises(VisitError, match="citizen's details"), demo_store.write() as session:
        record_outcome(session, citizen=None, vault=vault, **common)  # type: ignore[arg-type]
    with pytest.raises(NoCitizenKey), demo_store.write() as session:
        record_outcome(session, citizen=CITIZEN, vault=None, **common)  # type: ignore[arg-type]
    with demo_store.write() as session:
        saved = record_outcome(
            session,
            visit_id=visit_id,
            item_id=item_id,
            form=OutcomeForm(Outcome.COMPLETED),
            officer_id=None,
            citizen=None,
            vault=None,
            files=files,
        )
    assert saved.request is None


def test_an_outcome_is_saved_once_and_an_ended_visit_takes_nothing_more(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    with demo_store.write() as session:
        visit_id = start_visit(
            session, officer_id=None, source=VisitSource.CARD, consent=True, citizen_ref=None
        )
        item_id = open_service(session, visit_id=visit_id, service_key="citizen-1", officer_id=None)
    args = {
        "visit_id": visit_id,
        "item_id": item_id,
        "form": OutcomeForm(Outcome.COMPLETED),
        "officer_id": None,
        "citizen": None,
        "vault": None,
        "files": files,
    }
    with demo_store.write() as session:
        record_outcome(session, **args)  # type: ignore[arg-type]
    with pytest.raises(VisitError, match="already saved"), demo_store.write() as session:
        record_outcome(session, **args)  # type: ignore[arg-type]
    with demo_store.write() as session:
        assert end_visit(session, visit_id=visit_id, officer_id=None)
        assert not end_visit(session, visit_id=visit_id, officer_id=None)
    with pytest.raises(VisitError, match="already ended"), demo_store.write() as session:
        open_service(session, visit_id=visit_id, service_key="citizen-2", officer_id=None)
    with demo_store.read() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None and visit.ended_at is not None and visit.consent


def test_a_failure_half_way_leaves_nothing_behind(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_store.write() as session:
        visit_id = start_visit(
            session, officer_id=None, source=VisitSource.CARD, consent=True, citizen_ref=None
        )
        item_id = open_service(session, visit_id=visit_id, service_key="citizen-1", officer_id=None)
    with demo_store.read() as session:
        events_before = session.scalar(select(func.count()).select_from(Event))

    def power_cut(*_args: object, **_kwargs: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(visits, "create_request", power_cut)
    with pytest.raises(OSError, match="power cut"), demo_store.write() as session:
        record_outcome(
            session,
            visit_id=visit_id,
            item_id=item_id,
            form=SUBMITTED,
            officer_id=None,
            citizen=CITIZEN,
            vault=vault,
            files=files,
        )
    with demo_store.read() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == events_before
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == events_before
        item = session.get(VisitItem, item_id)
        assert item is not None and item.saved_at is None
        assert session.get(TrackingSequence, 2569) is None


def test_attachments_are_recorded_with_the_outcome(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    scan = check_content(b"%PDF-1.7\n" + b"x" * 2000, "scan.pdf")
    form = OutcomeForm(Outcome.COMPLETED, attachments=(scan,))
    saved = serve(demo_store, vault, files, form)
    with demo_store.read() as session:
        rows = list(session.scalars(select(Attachment)))
        events = list(session.scalars(select(Event).where(Event.kind == "visit.outcome_recorded")))
    assert [(r.visit_item_id, r.kind, r.size) for r in rows] == [(saved.item_id, "pdf", scan.size)]
    assert events[0].payload["attachments"] == [{"digest": rows[0].digest, "kind": "pdf", "size": scan.size}]
    assert files.load(vault, rows[0].digest) == scan.content


def test_usage_counts_order_the_picker(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    for key in ("citizen-2", "citizen-2", "citizen-1"):
        serve(demo_store, vault, files, OutcomeForm(Outcome.COMPLETED), service_key=key)
    with demo_store.read() as session:
        assert usage_counts(session) == {"citizen-2": 2, "citizen-1": 1}
        assert usage_counts(session, since=datetime.now(UTC) + timedelta(days=1)) == {}
