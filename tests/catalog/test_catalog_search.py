"""Catalogue search: what an officer types at the service picker finds the service they mean."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.catalog import Catalog, CatalogEntry, Category
from kiosk.search import Match, SearchIndex, normalise

SSO = "สำนักงานประกันสังคม"
DLT = "กรมการขนส่งทางบก"


def keys(index: SearchIndex, query: str, limit: int = 50) -> list[str]:
    return [hit.entry.key for hit in index.search(query, limit=limit)]


def agency_keys(catalog: Catalog, agency: str) -> set[str]:
    return {entry.key for entry in catalog if entry.agency == agency}


def test_name_typed_without_tone_marks_is_found(index: SearchIndex) -> None:
    assert keys(index, "จองคิวทำใบขับขี")[0] == "citizen-2"  # จองคิวทำใบขับขี่
    assert keys(index, "ขอความชวยเหลือคนไทย")[0] == "citizen-1"  # ช่วยเหลือ
    assert keys(index, "ขอใชไฟฟา")[:2] == ["citizen-56", "citizen-53"]  # ขอใช้ไฟฟ้า (shorter name first)


def test_abbreviation_finds_the_agencys_services(catalog: Catalog, index: SearchIndex) -> None:
    sso = agency_keys(catalog, SSO)
    assert len(sso) == 10
    for query in ("สปส", "สปส.", "SSO", "sso"):
        found = keys(index, query)
        assert sso <= set(found), query
    assert set(keys(index, "สปส")) == sso


def test_short_agency_name_finds_land_transport(catalog: Catalog, index: SearchIndex) -> None:
    dlt = agency_keys(catalog, DLT)
    assert dlt == {"citizen-2", "citizen-3", "citizen-4"}
    assert dlt <= set(keys(index, "ขนส่ง"))
    assert set(keys(index, "ขบ.")) == dlt


def test_full_agency_name_finds_all_its_services(catalog: Catalog, index: SearchIndex) -> None:
    assert set(keys(index, "กรมพัฒนาธุรกิจการค้า")) == agency_keys(catalog, "กรมพัฒนาธุรกิจการค้า")
    assert agency_keys(catalog, "กรมพัฒนาธุรกิจการค้า") <= set(keys(index, "DBD"))


def test_spaces_are_ignored(index: SearchIndex) -> None:
    assert keys(index, "ขอ ใช้ ไฟฟ้า") == keys(index, "ขอใช้ไฟฟ้า")
    assert keys(index, "  ขอใช้ไฟ ฟ้า ")[:2] == ["citizen-56", "citizen-53"]  # a space inside a word
    assert keys(index, "คนไทย ในต่างแดน") == ["citizen-1"]  # the seed's wrapped spelling still works


def test_words_in_any_order_across_name_and_agency(index: SearchIndex) -> None:
    assert keys(index, "ว่างงาน สปส") == ["labour-23"]
    assert keys(index, "ต่างจังหวัด ขอใช้")[:2] == ["citizen-56", "citizen-51"]


def test_nothing_to_search_for_gives_nothing(index: SearchIndex) -> None:
    for query in ("", "   ", "\t\n", "่", "...", "()"):
        assert index.search(query) == [], repr(query)
    assert index.search("ไฟฟ้า", limit=0) == []


def test_limit_is_respected(index: SearchIndex) -> None:
    assert len(index.search("ขอ", limit=7)) == 7
    assert len(index.search("ขอ")) == 50


def test_category_words_find_the_category_after_better_matches(catalog: Catalog, index: SearchIndex) -> None:
    hits = index.search("แรงงาน", limit=400)
    labour = {entry.key for entry in catalog.in_category(Category.LABOUR)}
    assert labour <= {hit.entry.key for hit in hits}
    assert hits[0].match is Match.NAME_SUBSTRING
    assert [hit.match for hit in hits] == sorted(hit.match for hit in hits)
    assert {hit.entry.category for hit in index.search("SMEs", limit=400)} == {Category.BUSINESS}


def test_sara_am_tone_marks_and_doubled_sara_e_are_folded() -> None:
    assert normalise("น้ำ") == normalise("นํ้า") == normalise("นำ") == normalise("น ้ ำ")
    assert normalise("เเจ้ง") == normalise("แจ้ง")
    assert normalise("มาตรา ๔๐") == normalise("มาตรา 40") == "มาตรา40"
    assert normalise("ภ.ง.ด. 91") == "ภงด91"
    assert normalise("SSO Connect") == "ssoconnect"


def test_typed_tone_marks_are_preferred_when_present(index: SearchIndex) -> None:
    assert "น้ำ" in index.search("น้ำ")[0].entry.name  # not นำเข้า, which matches only without the mark
    assert index.search("นำ")[0].entry.name.startswith("นำ")


def test_doubled_sara_e_and_thai_digits_find_services(index: SearchIndex) -> None:
    assert keys(index, "เเจ้งโรคระบาดสัตว์") == ["business-63"]
    assert keys(index, "ผู้ประกันตน มาตรา ๔๐") == ["labour-22"]


def _entry(number: int, name: str, agency: str = "หน่วยงานทดสอบ") -> CatalogEntry:
    return CatalogEntry(Category.CITIZEN, number, agency, name, None)


def test_ranking_name_exact_then_prefix_then_substring_then_agency_then_category() -> None:
    entries = [
        _entry(1, "บริการอื่น", agency="การไฟฟ้าทดสอบ"),
        _entry(2, "ชำระค่าไฟฟ้า"),
        _entry(3, "ไฟฟ้าดับ"),
        _entry(4, "ไฟฟ้า"),
        _entry(5, "บริการไฟ ฟ้า"),
    ]
    index = SearchIndex(entries)
    hits = index.search("ไฟฟ้า")
    assert [(hit.entry.number, hit.match) for hit in hits] == [
        (4, Match.NAME_EXACT),
        (3, Match.NAME_PREFIX),
        (5, Match.NAME_SUBSTRING),  # earlier in the name than entry 2's match
        (2, Match.NAME_SUBSTRING),
        (1, Match.AGENCY),
    ]
    assert [hit.entry.number for hit in index.search("ประชาชน")] == [1, 2, 3, 4, 5]
    assert {hit.match for hit in index.search("ประชาชน")} == {Match.CATEGORY}


def test_usage_boost_orders_equal_matches_but_never_beats_a_better_match() -> None:
    entries = [_entry(1, "ขอใช้น้ำประปา"), _entry(2, "ชำระค่าน้ำประปา"), _entry(3, "ตรวจสอบค่าน้ำประปา")]
    index = SearchIndex(entries)
    assert [hit.entry.number for hit in index.search("ค่าน้ำ")] == [2, 3]
    boosted = index.search("ค่าน้ำ", boost={"citizen-3": 12.0, "citizen-2": 1.0})
    assert [hit.entry.number for hit in boosted] == [3, 2]
    # A prefix match stays ahead of a substring match however often the substring one is used.
    index = SearchIndex([_entry(1, "น้ำประปา"), _entry(2, "ชำระค่าน้ำประปา")])
    hits = index.search("น้ำประปา", boost={"citizen-2": 1000.0})
    assert [hit.entry.number for hit in hits] == [1, 2]


def test_aliases_are_matched_without_their_dots() -> None:
    index = SearchIndex([_entry(1, "ขอเลขทะเบียนรถ", agency=DLT)], {DLT: ["ขบ."]})
    assert [hit.match for hit in index.search("ขบ")] == [Match.AGENCY]
    assert index.search("ขบ", limit=1)[0].entry.number == 1


@settings(max_examples=300, deadline=None)
@given(query=st.text(), limit=st.integers(min_value=-3, max_value=400))
def test_search_never_raises_and_keeps_its_promises(index: SearchIndex, query: str, limit: int) -> None:
    hits = index.search(query, limit=limit)
    assert len(hits) <= max(limit, 0)
    assert len({hit.entry.key for hit in hits}) == len(hits)
    if not normalise(query):
        assert hits == []


THAI_AND_ASCII = st.text(
    alphabet=st.sampled_from([chr(c) for c in range(0x0E01, 0x0E5C) if chr(c).isprintable()])
    | st.sampled_from(string.printable),
    max_size=40,
)


@given(THAI_AND_ASCII)
def test_normalise_is_idempotent_and_has_no_spaces_or_tone_marks(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert not any(char.isspace() for char in once)
    assert not set(once) & set("\u0e48\u0e49\u0e4a\u0e4b\u0e4d")
