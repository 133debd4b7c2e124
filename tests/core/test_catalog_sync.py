from __future__ import annotations

import dataclasses

from sqlalchemy import select

from kiosk.catalog import Catalog, load_catalog
from kiosk.catalog_sync import sync_catalog
from kiosk.db import Store
from kiosk.db.models import Service
from kiosk.offered import OfferedChoice, kpi_warning, list_offered, set_offered


def test_newer_catalogue_updates_in_place_and_keeps_the_districts_choices(store: Store) -> None:
    current = load_catalog()
    first, second, *rest = current.entries
    with store.write() as session:
        set_offered(session, [OfferedChoice(first.key, "คุณเอ", "045-000-000")], by=None)
    renamed = dataclasses.replace(second, name=second.name + " (ปรับปรุง)")
    newer = Catalog(
        version=current.version + 1,
        source=current.source,
        entries=(renamed, *rest),
        agency_aliases=current.agency_aliases,
    )
    with store.write() as session:
        result = sync_catalog(session, newer)
    assert (result.added, result.updated, result.retired) == (0, 1, 1)
    with store.read() as session:
        assert session.get(Service, second.key).name.endswith("(ปรับปรุง)")  # type: ignore[union-attr]
        assert session.get(Service, first.key).retired  # type: ignore[union-attr]
        offered = list_offered(session)
        assert [(o.service_key, o.coordinator_name) for o in offered] == [(first.key, "คุณเอ")]


def test_same_version_is_a_no_op(store: Store) -> None:
    with store.write() as session:
        assert not sync_catalog(session).changed
        assert len(list(session.scalars(select(Service)))) == 325


def test_entry_without_link_is_kept(store: Store) -> None:
    with store.read() as session:
        assert len(list(session.scalars(select(Service).where(Service.link.is_(None))))) == 1


def test_kpi_warning_below_five() -> None:
    assert kpi_warning(4) is not None
    assert kpi_warning(5) is None


def test_demo_seed_offers_the_yasothon_services(demo_store: Store) -> None:
    with demo_store.read() as session:
        offered = list_offered(session)
    assert len(offered) == 16
    assert [o.position for o in offered] == list(range(1, 17))
