"""Keep the ``services`` table in step with the packaged OPDC catalogue.

The catalogue ships with the app as data. On start, a newer packaged version updates names, agencies and links in
place (keys are stable: category + number) and marks entries that disappeared as retired instead of deleting
them, because visits and the district's offered services still point at them. The district's choices are never
touched.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.catalog import Catalog, load_catalog
from kiosk.db.models import Service


@dataclass(frozen=True)
class SyncResult:
    version: int
    added: int
    updated: int
    retired: int

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.retired)


def stored_catalog_version(session: Session) -> int:
    return session.scalar(select(func.max(Service.catalog_version))) or 0


def sync_catalog(session: Session, catalog: Catalog | None = None) -> SyncResult:
    catalog = catalog or load_catalog()
    if stored_catalog_version(session) >= catalog.version:
        return SyncResult(catalog.version, 0, 0, 0)
    existing = {row.key: row for row in session.scalars(select(Service))}
    added = updated = retired = 0
    for entry in catalog.entries:
        row = existing.pop(entry.key, None)
        if row is None:
            session.add(
                Service(
                    key=entry.key,
                    category=entry.category,
                    number=entry.number,
                    agency=entry.agency,
                    name=entry.name,
                    link=entry.link,
                    catalog_version=catalog.version,
                    retired=False,
                )
            )
            added += 1
            continue
        new_values = (entry.agency, entry.name, entry.link, False)
        if (row.agency, row.name, row.link, row.retired) != new_values:
            updated += 1
        row.agency, row.name, row.link, row.retired = new_values
        row.catalog_version = catalog.version
    for row in existing.values():
        if not row.retired:
            row.retired = True
            retired += 1
        row.catalog_version = catalog.version
    return SyncResult(catalog.version, added, updated, retired)
