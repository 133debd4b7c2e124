"""Finding requests the way officers look for them, and the follow-up age buckets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from counter_support import CID, OTHER_CID, officer_id, serve
from stdnum.iso7064 import mod_11_2

from kiosk.attachments import AttachmentFiles
from kiosk.catalog import load_catalog
from kiosk.counter.queries import (
    AgeBucket,
    RequestFilter,
    age_days,
    bucket_counts,
    bucket_of,
    filter_choices,
    find_requests,
)
from kiosk.counter.requests import StatusUpdate, change_status
from kiosk.counter.visits import OutcomeForm
from kiosk.counter.vocab import Outcome, RequestStatus
from kiosk.db import Store
from kiosk.privacy import Citizen, CitizenVault
from kiosk.thai.digits import to_thai_digits

TODAY = date(2026, 11, 23)
NOON = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)  # 12:00 in Bangkok


@pytest.mark.parametrize(
    ("updated", "days", "bucket"),
    [
        (datetime(2026, 11, 23, 16, 59, tzinfo=UTC), 1, AgeBucket.WEEK),  # 23:59 ICT, still today
        (datetime(2026, 11, 22, 17, 0, tzinfo=UTC), 1, AgeBucket.WEEK),  # 00:00 ICT today
        (datetime(2026, 11, 22, 16, 59, tzinfo=UTC), 2, AgeBucket.WEEK),  # 23:59 ICT yesterday
        (datetime(2026, 11, 17, 5, 0, tzinfo=UTC), 7, AgeBucket.WEEK),
        (datetime(2026, 11, 16, 5, 0, tzinfo=UTC), 8, AgeBucket.FORTNIGHT),
        (datetime(2026, 11, 9, 5, 0, tzinfo=UTC), 15, AgeBucket.FORTNIGHT),
        (datetime(2026, 11, 8, 5, 0, tzinfo=UTC), 16, AgeBucket.OLDER),
    ],
)
def test_age_counts_bangkok_days(updated: datetime, days: int, bucket: AgeBucket) -> None:
    assert age_days(updated, TODAY) == days
    assert bucket_of(days) is bucket


def _submit(
    store: Store,
    vault: CitizenVault,
    files: AttachmentFiles,
    when: datetime,
    *,
    citizen: Citizen,
    service_key: str = "citizen-1",
    officer: str | None = None,
) -> str:
    saved = serve(
        store,
        vault,
        files,
        OutcomeForm(Outcome.SUBMITTED, phone=citizen.phone),
        citizen=citizen,
        service_key=service_key,
        officer=officer,
        opened=when,
        saved=when,
    )
    assert saved.request is not None
    return saved.request.request_id


@pytest.fixture
def requests(demo_store: Store, vault: CitizenVault, files: AttachmentFiles) -> dict[str, str]:
    """Five requests of different ages, services, officers and citizens."""
    officer = officer_id(demo_store)
    supervisor = officer_id(demo_store, "supervisor")
    somsri = Citizen("นางสมศรี ใจงาม", CID, "0812345678")
    boonmee = Citizen("นายบุญมี มีสุข", OTHER_CID, "0899991111")
    made = {
        "today": _submit(demo_store, vault, files, NOON, citizen=somsri, officer=officer),
        "week": _submit(
            demo_store,
            vault,
            files,
            NOON - timedelta(days=6),
            citizen=boonmee,
            service_key="labour-1",
            officer=officer,
        ),
        "fortnight": _submit(
            demo_store, vault, files, NOON - timedelta(days=10), citizen=boonmee, officer=supervisor
        ),
        "old": _submit(
            demo_store, vault, files, NOON - timedelta(days=40), citizen=somsri, officer=supervisor
        ),
        "done": _submit(demo_store, vault, files, NOON - timedelta(days=30), citizen=boonmee),
    }
    with demo_store.write() as session:
        change_status(
            session,
            made["done"],
            StatusUpdate(RequestStatus.DONE),
            officer_id=None,
            today=TODAY,
            now=NOON - timedelta(days=20),
        )
    return made


def _ids(store: Store, vault: CitizenVault | None, filt: RequestFilter) -> set[str]:
    with store.read() as session:
        result = find_requests(session, filt, vault=vault, today=TODAY)
    assert result.problem is None, result.problem
    return {row.id for row in result.rows}


def _tracking(store: Store, vault: CitizenVault, request_id: str) -> str:
    with store.read() as session:
        rows = find_requests(session, RequestFilter(), vault=vault, today=TODAY).rows
    return next(row.tracking for row in rows if row.id == request_id)


def test_bucket_counts_cover_open_requests_only(demo_store: Store, requests: dict[str, str]) -> None:
    with demo_store.read() as session:
        counts = bucket_counts(session, TODAY)
    assert counts == {AgeBucket.WEEK: 2, AgeBucket.FORTNIGHT: 1, AgeBucket.OLDER: 1}


@pytest.mark.parametrize(
    ("bucket", "expected"),
    [(AgeBucket.WEEK, {"today", "week"}), (AgeBucket.FORTNIGHT, {"fortnight"}), (AgeBucket.OLDER, {"old"})],
)
def test_clicking_a_bucket_filters(
    demo_store: Store, vault: CitizenVault, requests: dict[str, str], bucket: AgeBucket, expected: set[str]
) -> None:
    assert _ids(demo_store, vault, RequestFilter(bucket=bucket)) == {requests[k] for k in expected}


def test_search_by_tracking_number_in_every_form(
    demo_store: Store, vault: CitizenVault, requests: dict[str, str]
) -> None:
    display = _tracking(demo_store, vault, requests["week"])
    compact = display.replace("-", "")
    for typed in (
        display,
        compact,
        compact.lower(),
        to_thai_digits(display),
        f" {display[:9]} {display[9:]} ",
    ):
        assert _ids(demo_store, vault, RequestFilter(text=typed)) == {requests["week"]}, typed


def test_a_mistyped_tracking_number_is_refused_not_guessed(
    demo_store: Store, vault: CitizenVault, requests: dict[str, str]
) -> None:
    compact = _tracking(demo_store, vault, requests["week"]).replace("-", "")
    swapped = compact[:10] + compact[11] + compact[10] + compact[12:]
    assert swapped != compact and not mod_11_2.is_valid(swapped)
    with demo_store.read() as session:
        result = find_requests(session, RequestFilter(text=swapped), vault=vault, today=TODAY)
    assert result.rows == () and result.problem is not None
    assert "check digit" in result.problem.en and "ตัวตรวจสอบ" in result.problem.th


def test_search_by_citizen_id_phone_and_name(
    demo_store: Store, vault: CitizenVault, requests: dict[str, str]
) -> None:
    somsri = {requests["today"], requests["old"]}
    assert _ids(demo_store, vault, RequestFilter(text=CID)) == somsri
    assert _ids(demo_store, vault, RequestFilter(text="5678")) == somsri
    assert _ids(demo_store, vault, RequestFilter(text="สมศรี")) == somsri
    assert _ids(demo_store, vault, RequestFilter(text="ใจ งาม")) == somsri
    assert _ids(demo_store, vault, RequestFilter(text="บุญมี")) == {
        requests["week"],
        requests["fortnight"],
        requests["done"],
    }


def test_without_the_key_names_are_hidden_and_not_searchable(
    demo_store: Store, vault: CitizenVault, requests: dict[str, str]
) -> None:
    with demo_store.read() as session:
        listed = find_requests(session, RequestFilter(), vault=None, today=TODAY)
        by_name = find_requests(session, RequestFilter(text="สมศรี"), vault=None, today=TODAY)
        other_key = find_requests(session, RequestFilter(), vault=CitizenVault.ephemeral_key(), today=TODAY)
    assert len(listed.rows) == 5 and all(row.citizen_name is None for row in listed.rows)
    assert by_name.problem is not None
    assert all(row.citizen_name is None and row.cid_masked == "" for row in other_key.rows)


def test_rows_show_the_masked_id_and_the_name(
    demo_store: Store, vault: CitizenVault, requests: dict[str, str]
) -> None:
    with demo_store.read() as session:
        rows = find_requests(session, RequestFilter(text=CID), vault=vault, today=TODAY).rows
    assert {row.citizen_name for row in rows} == {"นางสมศรี ใจงาม"}
    assert all(row.cid_masked.startswith("1-1017-xxxxx-xx-") for row in rows)
    assert [row.id for row in rows] == [requests["today"], requests["old"]]  # most recently changed first


def test_filters(demo_store: Store, vault: CitizenVault, requests: dict[str, str]) -> None:
    officer = officer_id(demo_store)
    assert _ids(demo_store, vault, RequestFilter(statuses=frozenset({RequestStatus.DONE}))) == {
        requests["done"]
    }
    assert _ids(demo_store, vault, RequestFilter(service_key="labour-1")) == {requests["week"]}
    assert _ids(demo_store, vault, RequestFilter(officer_id=officer)) == {requests["today"], requests["week"]}
    assert _ids(demo_store, vault, RequestFilter(contacted_from=TODAY - timedelta(days=10))) == {
        requests["today"],
        requests["week"],
        requests["fortnight"],
    }
    assert _ids(
        demo_store,
        vault,
        RequestFilter(contacted_from=TODAY - timedelta(days=10), contacted_to=TODAY - timedelta(days=6)),
    ) == {requests["week"], requests["fortnight"]}
    assert _ids(
        demo_store, vault, RequestFilter(finished_from=TODAY - timedelta(days=20), finished_to=TODAY)
    ) == {requests["done"]}
    catalog = load_catalog()
    citizen_agency, labour_agency = catalog["citizen-1"].agency, catalog["labour-1"].agency
    assert citizen_agency != labour_agency
    assert _ids(demo_store, vault, RequestFilter(agency=labour_agency)) == {requests["week"]}
    with demo_store.read() as session:
        agencies, services, officers = filter_choices(session)
    assert agencies == sorted([citizen_agency, labour_agency])
    assert {key for key, _name in services} == {"citizen-1", "labour-1"}
    assert {name for _id, name in officers} == {"นายสมชาย รักงาน", "นางสาวมาลี ใจดี"}


def test_contact_date_uses_the_bangkok_calendar_day(
    demo_store: Store, vault: CitizenVault, files: AttachmentFiles
) -> None:
    late = datetime(2026, 11, 22, 16, 30, tzinfo=UTC)  # 23:30 on 22 November in Bangkok
    request_id = _submit(demo_store, vault, files, late, citizen=Citizen("ก ข", CID, "0812345678"))
    day = date(2026, 11, 22)
    assert _ids(demo_store, vault, RequestFilter(contacted_from=day, contacted_to=day)) == {request_id}
    assert _ids(demo_store, vault, RequestFilter(contacted_from=day + timedelta(days=1))) == set()
