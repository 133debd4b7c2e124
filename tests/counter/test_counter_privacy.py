"""Personal data at rest: pseudonyms, encryption bound to its place, nothing readable on disk, purge on time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from counter_support import CID, OTHER_CID, serve
from sqlalchemy import func, select

from kiosk.attachments import AttachmentFiles, check_content
from kiosk.audit import recent
from kiosk.counter.visits import OutcomeForm
from kiosk.counter.vocab import Outcome
from kiosk.db import Store
from kiosk.db.models import Attachment, Event, Request, RequestPersonal
from kiosk.paths import DataLayout
from kiosk.privacy import (
    Citizen,
    CitizenVault,
    NoCitizenKey,
    UnreadablePersonalData,
    purge_expired,
    referenced_attachments,
)

T0 = datetime(2026, 1, 5, 3, 0, tzinfo=UTC)


def test_the_pseudonym_is_stable_per_key_and_ignores_formatting(vault: CitizenVault) -> None:
    ref = vault.citizen_ref(CID)
    assert len(ref) == 64 and all(c in "0123456789abcdef" for c in ref)
    dashed = f"{CID[0]}-{CID[1:5]}-{CID[5:10]}-{CID[10:12]}-{CID[12]}"
    assert vault.citizen_ref(dashed) == ref
    assert vault.citizen_ref(OTHER_CID) != ref
    assert CitizenVault.ephemeral_key().citizen_ref(CID) != ref
    assert CID not in ref


def test_sealed_fields_open_only_in_their_place_and_under_their_key(vault: CitizenVault) -> None:
    token = vault.seal("นางสมศรี ใจงาม", context="r1/name")
    assert "สมศรี" not in token and token.startswith("v1.")
    assert vault.open(token, context="r1/name") == "นางสมศรี ใจงาม"
    with pytest.raises(UnreadablePersonalData):
        vault.open(token, context="r2/name")  # moved to another request
    with pytest.raises(UnreadablePersonalData):
        CitizenVault.ephemeral_key().open(token, context="r1/name")
    tampered = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    with pytest.raises(UnreadablePersonalData):
        vault.open(tampered, context="r1/name")
    with pytest.raises(UnreadablePersonalData):
        vault.open("plain text", context="r1/name")


def test_a_key_survives_the_keyring_round_trip() -> None:
    secret = CitizenVault.new_secret()
    first, again = CitizenVault.from_secret(secret), CitizenVault.from_secret(secret)
    assert first.citizen_ref(CID) == again.citizen_ref(CID)
    assert again.open(first.seal("0812345678", context="x"), context="x") == "0812345678"
    assert not first.ephemeral
    for damaged in ("not base64!", "c2hvcnQ="):
        with pytest.raises(NoCitizenKey) as caught:
            CitizenVault.from_secret(damaged)
        assert "damaged" in caught.value.message("en")


def test_nothing_personal_is_readable_in_the_database_files(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles, data_dir: Path
) -> None:
    citizen = Citizen("นางสมศรี ใจงาม", CID, "")
    serve(demo_store, vault, files, OutcomeForm(Outcome.SUBMITTED, phone="0812345678"), citizen=citizen)
    demo_store.checkpoint()
    raw = b"".join(p.read_bytes() for p in data_dir.glob("counter.sqlite3*"))
    for secret in (CID, "0812345678", "สมศรี"):
        assert secret.encode() not in raw, secret


def test_purge_forgets_expired_personal_data_and_attachments(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles, data_dir: Path
) -> None:
    scan = check_content(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "id-copy.png")
    recent_scan = check_content(b"\xff\xd8\xff\xe0" + b"\x01" * 64, "recent.jpg")
    submitted = OutcomeForm(Outcome.SUBMITTED, phone="0812345678", attachments=(scan,))
    old = serve(demo_store, vault, files, submitted, opened=T0, saved=T0)
    old_completed = serve(
        demo_store, vault, files, OutcomeForm(Outcome.COMPLETED, attachments=(scan,)), opened=T0, saved=T0
    )
    fresh = serve(
        demo_store,
        vault,
        files,
        OutcomeForm(Outcome.SUBMITTED, phone="0812345678", attachments=(recent_scan,)),
        opened=T0 + timedelta(days=300),
        saved=T0 + timedelta(days=300),
    )
    assert old.request and fresh.request and old_completed.request is None
    with demo_store.read() as session:
        events_before = session.scalar(select(func.count()).select_from(Event))
    now = T0 + timedelta(days=366)
    with demo_store.write() as session:
        result = purge_expired(session, now=now, retention_days=365)
    assert (result.requests, result.attachments) == (1, 2)
    with demo_store.read() as session:
        assert session.get(RequestPersonal, old.request.request_id) is None
        assert session.get(RequestPersonal, fresh.request.request_id) is not None
        assert session.get(Request, old.request.request_id) is not None  # the non-personal record stays
        assert session.scalar(select(func.count()).select_from(Event)) == events_before
        assert [a.visit_item_id for a in session.scalars(select(Attachment))] == [fresh.item_id]
        keep = referenced_attachments(session)
        assert any(entry.action == "privacy.purged" for entry in recent(session))
    assert files.sweep(keep) == 1
    remaining = list(DataLayout(data_dir).attachments.glob("*/*"))
    assert [p.name.split(".")[0] for p in remaining] == sorted(keep)
    with demo_store.write() as session:
        again = purge_expired(session, now=now, retention_days=365)
    assert (again.requests, again.attachments) == (0, 0)


def test_an_open_request_keeps_its_data_while_it_is_being_followed_up(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    from kiosk.counter.requests import StatusUpdate, change_status
    from kiosk.counter.vocab import RequestStatus

    saved = serve(
        demo_store, vault, files, OutcomeForm(Outcome.SUBMITTED, phone="0812345678"), opened=T0, saved=T0
    )
    assert saved.request is not None
    with demo_store.write() as session:
        change_status(
            session,
            saved.request.request_id,
            StatusUpdate(RequestStatus.IN_PROGRESS),
            officer_id=None,
            today=(T0 + timedelta(days=200)).date(),
            now=T0 + timedelta(days=200),
        )
    with demo_store.write() as session:
        assert purge_expired(session, now=T0 + timedelta(days=400), retention_days=365).requests == 0
