"""Parsing card fields into typed values, including the cases other readers crash on, and fuzzing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.cardreader.layout import TEXT_FIELDS, Field
from services.cardreader.model import Age, BirthDate, PersonName, Sex
from services.cardreader.parse import (
    decode,
    parse_address,
    parse_birth,
    parse_date,
    parse_name,
    parse_sex,
    parse_text,
)


def tis(text: str, length: int = 100) -> bytes:
    return text.encode("cp874").ljust(length, b" ")


def test_decode_accepts_byte_a0_that_tis_620_rejects() -> None:
    raw = "นาย".encode("cp874") + b"\xa0" + "ก".encode("cp874")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("tis_620")
    assert decode(raw) == "นาย\u00a0ก"


def test_decode_strips_space_and_nul_padding() -> None:
    assert decode(b"  abc  \x00\x00") == "abc"


def test_thai_name_with_middle_name() -> None:
    name = parse_name(tis("นาย#อาทิตย์#ไมเคิล#สมิธวงศ์"))
    assert name == PersonName("นาย", "อาทิตย์", "ไมเคิล", "สมิธวงศ์")
    assert name.full() == "นายอาทิตย์ ไมเคิล สมิธวงศ์"


def test_english_name_keeps_its_title_apart() -> None:
    name = parse_name(tis("Miss#Natthida##Wongsawat"))
    assert name == PersonName("Miss", "Natthida", None, "Wongsawat")
    assert name.full() == "Miss Natthida Wongsawat"
    assert name.full(with_title=False) == "Natthida Wongsawat"


def test_name_with_missing_separators_does_not_crash() -> None:
    assert parse_name(tis("สมชาย")) == PersonName("สมชาย", None, None, None)
    assert parse_name(b" " * 100).is_empty()


def test_birth_date_full() -> None:
    assert parse_birth(b"25380417") == BirthDate(1995, 4, 17)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"24850000", BirthDate(1942, None, None)),
        (b"25300700", BirthDate(1987, 7, None)),
        (b"25301300", BirthDate(1987, None, None)),
        (b"25380231", BirthDate(1995, 2, None)),
        (b"00000000", BirthDate()),
        (b"2538041 ", BirthDate()),
        (b"\xff\xff\xff\xff\xff\xff\xff\xff", BirthDate()),
    ],
)
def test_unknown_or_broken_birth_parts_become_none(raw: bytes, expected: BirthDate) -> None:
    assert parse_birth(raw) == expected


TODAY = dt.date(2025, 6, 15)


@pytest.mark.parametrize(
    ("birth", "age"),
    [
        (BirthDate(1995, 4, 17), Age(30, 30)),
        (BirthDate(1995, 6, 16), Age(29, 29)),
        (BirthDate(1995, 6, 15), Age(30, 30)),
        (BirthDate(1942, None, None), Age(82, 83)),
        (BirthDate(1987, 7, None), Age(37, 37)),
        (BirthDate(1987, 6, None), Age(37, 38)),
        (BirthDate(2025, None, None), Age(0, 0)),
    ],
)
def test_age_from_what_is_known(birth: BirthDate, age: Age) -> None:
    assert birth.age_on(TODAY) == age


def test_age_of_leap_day_birthday() -> None:
    birth = BirthDate(2000, 2, 29)
    assert birth.age_on(dt.date(2025, 2, 28)) == Age(24, 24)
    assert birth.age_on(dt.date(2025, 3, 1)) == Age(25, 25)


def test_no_age_without_a_year_or_for_a_future_birth() -> None:
    assert BirthDate().age_on(TODAY) is None
    assert BirthDate(2030, 1, 1).age_on(TODAY) is None


def test_dates_are_buddhist_era_on_the_card() -> None:
    assert parse_date(b"25660520") == dt.date(2023, 5, 20)
    assert parse_date(b"99999999") is None
    assert parse_date(b"        ") is None


def test_sex_codes() -> None:
    assert parse_sex(b"1") is Sex.MALE
    assert parse_sex(b"2") is Sex.FEMALE
    assert parse_sex(b" ") is None


def test_bangkok_address_has_no_province_prefix() -> None:
    raw = tis("2541/189##ตรอกโรงน้ำแข็ง#ซอยเจริญกรุง 107#ถนนเจริญกรุง#แขวงบางคอแหลม#เขตบางคอแหลม#กรุงเทพมหานคร", 160)
    address = parse_address(raw)
    assert (address.house_no, address.moo, address.trok, address.soi, address.road) == (
        "2541/189",
        None,
        "โรงน้ำแข็ง",
        "เจริญกรุง 107",
        "เจริญกรุง",
    )
    assert (address.subdistrict, address.district, address.province) == (
        "บางคอแหลม",
        "บางคอแหลม",
        "กรุงเทพมหานคร",
    )
    assert address.text == (
        "2541/189 ตรอกโรงน้ำแข็ง ซอยเจริญกรุง 107 ถนนเจริญกรุง แขวงบางคอแหลม เขตบางคอแหลม กรุงเทพมหานคร"
    )


def test_provincial_address_parts_lose_their_prefixes() -> None:
    address = parse_address(tis("45/2#หมู่ที่ 7###ถนนแจ้งสนิท#ตำบลในเมือง#อำเภอเมืองยโสธร#จังหวัดยโสธร", 160))
    assert address.moo == "7"
    assert address.road == "แจ้งสนิท"
    assert (address.subdistrict, address.district, address.province) == ("ในเมือง", "เมืองยโสธร", "ยโสธร")
    assert address.text == "45/2 หมู่ที่ 7 ถนนแจ้งสนิท ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร"


def test_address_with_dropped_empty_parts_is_read_by_prefix() -> None:
    address = parse_address(tis("12#หมู่ที่ 2#ตำบลนาแก#อำเภอนาแก#จังหวัดนครพนม", 160))
    assert (address.house_no, address.moo, address.subdistrict, address.district, address.province) == (
        "12",
        "2",
        "นาแก",
        "นาแก",
        "นครพนม",
    )
    bangkok = parse_address(tis("9#แขวงวังบูรพาภิรมย์#เขตพระนคร#กรุงเทพมหานคร", 160))
    assert (bangkok.subdistrict, bangkok.district, bangkok.province) == (
        "วังบูรพาภิรมย์",
        "พระนคร",
        "กรุงเทพมหานคร",
    )


def test_dash_means_none() -> None:
    address = parse_address(tis("12#หมู่ที่ 2#-#-#-#ตำบลนาแก#อำเภอนาแก#จังหวัดนครพนม", 160))
    assert (address.trok, address.soi, address.road) == (None, None, None)
    assert address.text == "12 หมู่ที่ 2 ตำบลนาแก อำเภอนาแก จังหวัดนครพนม"


def test_lifelong_card_has_no_expiry_date() -> None:
    fields = {Field.EXPIRY: b"99999999", Field.ISSUE_DATE: b"25630810"}
    text = parse_text(fields, b"")
    assert text.lifelong is True
    assert text.expiry_date is None
    assert text.issue_date == dt.date(2020, 8, 10)


def test_repr_of_card_data_shows_no_personal_data() -> None:
    fields = {
        Field.CID: b"1101401234566",
        Field.NAME_TH: tis("นางสาว#ณัฐธิดา##วงศ์สวัสดิ์"),
        Field.ADDRESS: tis("1#หมู่ที่ 1#####ตำบลก#อำเภอข#จังหวัดค", 160),
        Field.BIRTH: b"25380417",
    }
    shown = repr(parse_text(fields, b"\x3b"))
    for secret in ("1101401234566", "ณัฐธิดา", "วงศ์สวัสดิ์", "ตำบล", "1995", "จังหวัด"):
        assert secret not in shown


field_bytes = st.fixed_dictionaries({item: st.binary(max_size=item.length) for item in TEXT_FIELDS})


@settings(max_examples=300, deadline=None)
@given(fields=field_bytes, atr=st.binary(max_size=33))
def test_arbitrary_bytes_in_any_field_never_crash_the_parser(fields: dict[Field, bytes], atr: bytes) -> None:
    text = parse_text(fields, atr)
    assert isinstance(text.cid_valid, bool)
    if text.birth.year is not None:
        text.birth.age_on(TODAY)
    assert isinstance(text.address.text, str)


thai_ish = st.lists(
    st.sampled_from(
        [
            "#",
            " ",
            "\x00",
            "หมู่ที่",
            "ตำบล",
            "แขวง",
            "อำเภอ",
            "เขต",
            "จังหวัด",
            "ซอย",
            "ถนน",
            "ตรอก",
            "-",
            "ก",
            "1",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(thai_ish)
def test_address_like_text_never_crashes(text: str) -> None:
    address = parse_address(text.encode("cp874")[:160])
    for part in (address.moo, address.subdistrict, address.district, address.province):
        assert part is None or part.strip() == part
