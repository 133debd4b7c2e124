"""The OPDC e-Service catalogue (325 services, March 2564 edition) and the Yasothon demo selection.

The catalogue ships as data (``resources/catalog``), produced from the OPDC manual by
``scripts/extract_catalog.py``; it is read once per process and never changes while the app runs. An entry is
identified by its category and its number within that category, as the manual numbers them, so the key
(``"citizen-12"``) stays stable across catalogue versions and can be stored in visits and reports.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from kiosk.errors import KioskError
from kiosk.i18n import Text

CATALOG_PACKAGE = "resources.catalog"
DEMO_PACKAGE = "resources.demo"


class Category(StrEnum):
    """The manual's three groups of services, in the manual's order."""

    CITIZEN = "citizen"
    BUSINESS = "business"
    LABOUR = "labour"

    @property
    def label(self) -> Text:
        """The heading the manual gives the group."""
        return _LABELS[self]

    @property
    def short_label(self) -> Text:
        """A label short enough for a filter chip or a table column."""
        return _SHORT_LABELS[self]

    @property
    def order(self) -> int:
        return _ORDER[self]


_LABELS: Mapping[Category, Text] = {
    Category.CITIZEN: Text("งานบริการเพื่อประชาชน", "Services for citizens"),
    Category.BUSINESS: Text("งานบริการผู้ประกอบการธุรกิจ/SMEs", "Services for businesses and SMEs"),
    Category.LABOUR: Text("งานบริการด้านแรงงานหรือส่งเสริมการมีงานทำ", "Labour and employment services"),
}
_SHORT_LABELS: Mapping[Category, Text] = {
    Category.CITIZEN: Text("ประชาชน", "Citizens"),
    Category.BUSINESS: Text("ผู้ประกอบการ/SMEs", "Business/SMEs"),
    Category.LABOUR: Text("แรงงาน", "Labour"),
}
_ORDER: Mapping[Category, int] = {category: index for index, category in enumerate(Category)}


def entry_key(category: Category, number: int) -> str:
    return f"{category.value}-{number}"


def parse_key(key: str) -> tuple[Category, int]:
    """Split ``"citizen-12"``; raises ValueError for anything else."""
    category, _, number = key.partition("-")
    if not number.isdecimal():
        raise ValueError(f"not a catalogue key: {key!r}")
    return Category(category), int(number)


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    category: Category
    number: int
    agency: str
    name: str
    link: str | None
    """The agency's e-Service page; None where the manual gives none (one entry)."""

    @property
    def key(self) -> str:
        return entry_key(self.category, self.number)

    @property
    def has_link(self) -> bool:
        return self.link is not None


@dataclass(frozen=True)
class Catalog:
    version: int
    """Grows whenever the packaged data changes, so a data directory knows when to re-sync its copy."""
    source: str
    entries: tuple[CatalogEntry, ...]
    agency_aliases: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    """Abbreviations and short names officers type for an agency (agency name -> aliases)."""
    _by_key: Mapping[str, CatalogEntry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_key = {entry.key: entry for entry in self.entries}
        if len(by_key) != len(self.entries):
            raise ValueError("duplicate catalogue keys")
        object.__setattr__(self, "_by_key", MappingProxyType(by_key))

    def get(self, key: str) -> CatalogEntry | None:
        return self._by_key.get(key)

    def __getitem__(self, key: str) -> CatalogEntry:
        return self._by_key[key]

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __iter__(self) -> Iterator[CatalogEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def in_category(self, category: Category) -> tuple[CatalogEntry, ...]:
        return tuple(entry for entry in self.entries if entry.category is category)


@dataclass(frozen=True, slots=True)
class DemoOfferedService:
    """One of the services the Yasothon example offers, as the seed lists it."""

    order: int
    entry: CatalogEntry
    label: str
    """The district's own wording of the service on its poster."""
    local_office: str | None
    """The provincial office of the owning agency; None where the seed's table is wrong or silent."""
    coordinator_name: str | None
    coordinator_phone: str | None
    manual_link: str | None

    @property
    def service_key(self) -> str:
        return self.entry.key


class CatalogDataError(KioskError):
    """The packaged data is missing or damaged: only a reinstall fixes it."""

    def __init__(self, resource: str, problem: str) -> None:
        super().__init__(
            Text(
                f"ข้อมูลรายการงานบริการ e-Service ที่มากับโปรแกรมเสียหาย ({resource}: {problem})",
                f"The e-Service catalogue data shipped with the app is damaged ({resource}: {problem}).",
            ),
            Text("ติดตั้งโปรแกรมใหม่อีกครั้ง", "Reinstall the application."),
        )


def _read_json(package: str, name: str) -> Any:
    try:
        return json.loads(resources.files(package).joinpath(name).read_text(encoding="utf-8"))
    except (OSError, ModuleNotFoundError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogDataError(name, type(exc).__name__) from exc


def _get(mapping: Any, key: str, kind: type[Any], where: str, *, optional: bool = False) -> Any:
    """Fetch a typed value from decoded JSON, or say which resource is damaged and where."""
    value = mapping.get(key) if isinstance(mapping, dict) else None
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise CatalogDataError(where, f"{key!r} is not {kind.__name__}")
    return value


def _parse_catalog(raw: Any, raw_aliases: Any) -> Catalog:
    where = "eservices.json"
    entries: list[CatalogEntry] = []
    for item in _get(raw, "entries", list, where):
        try:
            category = Category(_get(item, "category", str, where))
        except ValueError:
            raise CatalogDataError(where, f"unknown category in {item!r}") from None
        entries.append(
            CatalogEntry(
                category=category,
                number=_get(item, "number", int, where),
                agency=_get(item, "agency", str, where),
                name=_get(item, "name", str, where),
                link=_get(item, "link", str, where, optional=True),
            )
        )
    aliases: dict[str, tuple[str, ...]] = {}
    for agency, names in _get(raw_aliases, "aliases", dict, "agency_aliases.json").items():
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            raise CatalogDataError("agency_aliases.json", f"aliases of {agency!r} are not a list of text")
        aliases[agency] = tuple(names)
    try:
        return Catalog(
            version=_get(raw, "version", int, where),
            source=_get(raw, "source", str, where),
            entries=tuple(entries),
            agency_aliases=MappingProxyType(aliases),
        )
    except ValueError as exc:
        raise CatalogDataError(where, str(exc)) from exc


@cache
def load_catalog() -> Catalog:
    """The packaged catalogue, read once per process."""
    return _parse_catalog(
        _read_json(CATALOG_PACKAGE, "eservices.json"), _read_json(CATALOG_PACKAGE, "agency_aliases.json")
    )


@cache
def load_demo_offered() -> tuple[DemoOfferedService, ...]:
    """The 16 services of the Yasothon example (seed 001), in the province's order, for demo mode."""
    where = "yasothon.json"
    catalog = load_catalog()
    services: list[DemoOfferedService] = []
    for item in _get(_read_json(DEMO_PACKAGE, where), "services", list, where):
        key = f"{_get(item, 'category', str, where)}-{_get(item, 'number', int, where)}"
        entry = catalog.get(key)
        if entry is None:
            raise CatalogDataError(where, f"{key} is not in the catalogue")
        services.append(
            DemoOfferedService(
                order=_get(item, "order", int, where),
                entry=entry,
                label=_get(item, "label", str, where),
                local_office=_get(item, "local_office", str, where, optional=True),
                coordinator_name=_get(item, "coordinator_name", str, where, optional=True),
                coordinator_phone=_get(item, "coordinator_phone", str, where, optional=True),
                manual_link=_get(item, "manual_link", str, where, optional=True),
            )
        )
    return tuple(sorted(services, key=lambda service: service.order))
