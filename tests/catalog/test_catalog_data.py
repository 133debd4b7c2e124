"""The packaged catalogue and demo data: complete, clean, and exactly what the extraction script produces."""

from __future__ import annotations

import json
import re
import urllib.parse
from collections import Counter
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from kiosk.catalog import (
    Catalog,
    CatalogDataError,
    Category,
    _parse_catalog,
    load_catalog,
    load_demo_offered,
    parse_key,
)

SEED = Path(__file__).parents[2].parent / "shared" / "seeds" / "001_97d358300cfad9e2.txt"
# Thai characters that can only follow a consonant: a space before one was put there by a line wrap.
_NON_INITIAL = "ะัาำิีึืุู็่้๊๋์ํๆ"


def test_counts_per_category_match_the_manual(catalog: Catalog) -> None:
    counts = Counter(entry.category for entry in catalog)
    assert counts == {Category.CITIZEN: 87, Category.BUSINESS: 192, Category.LABOUR: 46}
    assert len(catalog) == 325


def test_numbers_are_contiguous_within_each_category_and_sorted(catalog: Catalog) -> None:
    for category in Category:
        numbers = [entry.number for entry in catalog.in_category(category)]
        assert numbers == list(range(1, len(numbers) + 1))
    order = [(entry.category.order, entry.number) for entry in catalog]
    assert order == sorted(order)


def test_exactly_one_entry_has_no_link_and_it_is_kept(catalog: Catalog) -> None:
    without = [entry for entry in catalog if not entry.has_link]
    assert [(entry.key, entry.name) for entry in without] == [("business-67", "ขอใบเบิกทาง")]
    assert without[0].link is None


def test_links_are_whole_urls(catalog: Catalog) -> None:
    for entry in catalog:
        if entry.link is None:
            continue
        assert re.fullmatch(r"https?://\S+", entry.link), entry.key
        # A link split across a page break once lost its "%"; every escape must decode.
        assert not re.search(r"%(?![0-9A-Fa-f]{2})", entry.link), entry.key
        urllib.parse.unquote(entry.link, errors="strict")


def test_no_text_field_keeps_a_wrap_artefact_that_the_script_fixes(
    catalog: Catalog, extract: ModuleType
) -> None:
    wraps = [fix for fix in extract.FIXES if fix.kind == "wrap" and fix.field in ("name", "agency")]
    assert wraps, "the script documents its wrap fixes"
    for fix in wraps:
        values = [getattr(entry, fix.field) for entry in catalog]
        assert not any(fix.old in value for value in values), fix.old
        assert any(fix.new in value for value in values), fix.new
    for fix in extract.FIXES:
        if fix.number is not None and fix.field != "link":
            entry = catalog[f"{fix.category}-{fix.number}"]
            assert fix.new in getattr(entry, fix.field), (entry.key, fix.new)


def test_text_fields_are_tidy(catalog: Catalog) -> None:
    for entry in catalog:
        for value in (entry.agency, entry.name):
            assert value == value.strip() and "  " not in value and "\t" not in value, entry.key
            assert not re.search(f" [{_NON_INITIAL}]", value), (entry.key, value)


def test_each_agency_is_spelt_one_way(catalog: Catalog) -> None:
    agencies = {entry.agency for entry in catalog}
    assert len({agency.replace(" ", "") for agency in agencies}) == len(agencies)


def test_named_examples_from_the_brief(catalog: Catalog) -> None:
    assert catalog["citizen-1"].name == "ขอความช่วยเหลือคนไทยในต่างแดน"
    assert catalog["citizen-10"].agency == "กรมทรัพยากรทางทะเลและชายฝั่ง"
    assert catalog["business-126"].name == "ขอใบอนุญาตสุรา ยาสูบ ไพ่ ผ่านอินเทอร์เน็ต"


def test_aliases_name_catalogue_agencies(catalog: Catalog) -> None:
    agencies = {entry.agency for entry in catalog}
    assert catalog.agency_aliases["สำนักงานประกันสังคม"] == ("สปส.", "ประกันสังคม", "SSO")
    assert set(catalog.agency_aliases) <= agencies
    for aliases in catalog.agency_aliases.values():
        assert aliases and all(alias.strip() == alias and alias for alias in aliases)


def test_lookup_by_key(catalog: Catalog) -> None:
    entry = catalog["labour-22"]
    assert (entry.category, entry.number, entry.key) == (Category.LABOUR, 22, "labour-22")
    assert catalog.get("labour-47") is None
    assert "citizen-87" in catalog and "citizen-88" not in catalog
    with pytest.raises(KeyError):
        catalog["nope-1"]
    assert parse_key(entry.key) == (Category.LABOUR, 22)
    for bad in ("citizen", "citizen-", "citizen-x", "other-3"):
        with pytest.raises(ValueError):
            parse_key(bad)


def test_categories_have_both_languages() -> None:
    for category in Category:
        for text in (category.label, category.short_label):
            assert text.th and text.en and text.th != text.en
    assert [category.order for category in Category] == [0, 1, 2]


def test_catalogue_is_read_once() -> None:
    assert load_catalog() is load_catalog()


def test_damaged_data_is_a_bilingual_error_not_a_traceback() -> None:
    good_aliases = {"aliases": {}}
    damaged = [
        {"version": "1", "source": "s", "entries": []},
        {
            "version": 1,
            "source": "s",
            "entries": [{"category": "other", "number": 1, "agency": "a", "name": "n"}],
        },
        {"version": 1, "source": "s", "entries": [{"category": "citizen", "number": 1, "agency": "a"}]},
        {
            "version": 1,
            "source": "s",
            "entries": [{"category": "citizen", "number": 1, "agency": "a", "name": "n"}] * 2,
        },
    ]
    for raw in damaged:
        with pytest.raises(CatalogDataError) as caught:
            _parse_catalog(raw, good_aliases)
        assert caught.value.what.th and caught.value.what.en and caught.value.todo is not None


def test_demo_offers_the_yasothon_selection(catalog: Catalog) -> None:
    demo = load_demo_offered()
    assert [service.order for service in demo] == list(range(1, 17))
    assert all(service.service_key in catalog for service in demo)
    assert len({service.service_key for service in demo}) == 16
    # The seed: "16 งานบริการ 10 หน่วยงาน".
    assert len({service.entry.agency for service in demo}) == 10
    # The seed prints no coordinator for any service, and manual links for three.
    assert all(s.coordinator_name is None and s.coordinator_phone is None for s in demo)
    assert [s.order for s in demo if s.manual_link] == [13, 14, 15]
    assert demo[0].entry.key == "labour-22" and demo[0].label == "งานขึ้นทะเบียนผู้ประกันตนตามมาตรา 40"


def test_packaged_data_carries_the_version_its_content_was_released_under(extract: ModuleType) -> None:
    raw = json.loads(resources.files("resources.catalog").joinpath("eservices.json").read_text("utf-8"))
    assert raw["version"] == extract.CATALOG_VERSION == load_catalog().version
    # Edited data with an old version number would never reach data directories that have that version.
    assert extract.entries_digest(raw["entries"]) == extract.CATALOG_DIGEST


@pytest.mark.skipif(not SEED.exists(), reason="seed documents (../shared) not beside the clone")
def test_packaged_json_is_what_the_script_extracts_from_the_seed(extract: ModuleType) -> None:
    text = SEED.read_text(encoding="utf-8")
    catalog = extract.build_catalog(text)
    assert extract.render(catalog) == extract.CATALOG_OUT.read_text(encoding="utf-8")
    assert extract.render(extract.build_demo(text, catalog)) == extract.DEMO_OUT.read_text(encoding="utf-8")


@pytest.mark.skipif(not SEED.exists(), reason="seed documents (../shared) not beside the clone")
def test_script_refuses_a_fix_that_no_longer_matches(extract: ModuleType) -> None:
    text = SEED.read_text(encoding="utf-8").replace("คนไทย ในต่างแดน", "คนไทยในต่างแดน")
    with pytest.raises(extract.ExtractError, match=r"occurs 0 times"):
        extract.build_catalog(text)
