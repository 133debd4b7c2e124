"""Turn the raw bytes of each card field into :mod:`services.cardreader.model` values.

The parser never raises on bad content: a damaged chip or an unusual card yields None (or an empty string) for the
part that makes no sense and the officer fixes it on screen, which beats refusing the whole card. Text is TIS-620;
Python's ``tis_620`` codec rejects byte 0xA0 (no-break space, which cards do use), so we decode with ``cp874``, its
superset, replacing the few bytes neither defines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from kiosk.cid import is_valid_cid
from kiosk.thai.dates import ce_year
from services.cardreader.layout import Field
from services.cardreader.model import Address, BirthDate, CardText, PersonName, Sex

ENCODING = "cp874"
LIFELONG = "99999999"
_PADDING = " \x00\u00a0\t\r\n"


def decode(raw: bytes) -> str:
    """TIS-620 text with the card's space/NUL padding removed."""
    return raw.decode(ENCODING, errors="replace").strip(_PADDING)


def parse_cid(raw: bytes) -> str:
    return raw.decode("ascii", errors="replace").strip(_PADDING)


def parse_name(raw: bytes) -> PersonName:
    """``title#first#middle#last``; extra separators are kept in the last name rather than lost."""
    parts = [p.strip(_PADDING) or None for p in decode(raw).split("#", 3)]
    parts += [None] * (4 - len(parts))
    return PersonName(parts[0], parts[1], parts[2], parts[3])


def parse_birth(raw: bytes) -> BirthDate:
    """``YYYYMMDD`` in the Buddhist era; ``00`` for an unknown month or day."""
    text = decode(raw)
    if len(text) != 8 or not text.isascii() or not text.isdigit():
        return BirthDate()
    year = _ce_year(int(text[:4]))
    if year is None:
        return BirthDate()
    month = int(text[4:6])
    day = int(text[6:8])
    if not 1 <= month <= 12:
        return BirthDate(year)
    if day == 0:
        return BirthDate(year, month)
    try:
        dt.date(year, month, day)
    except ValueError:
        return BirthDate(year, month)
    return BirthDate(year, month, day)


def parse_date(raw: bytes) -> dt.date | None:
    """A full Buddhist-era ``YYYYMMDD`` date, or None."""
    text = decode(raw)
    if len(text) != 8 or not text.isascii() or not text.isdigit():
        return None
    year = _ce_year(int(text[:4]))
    if year is None:
        return None
    try:
        return dt.date(year, int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def parse_sex(raw: bytes) -> Sex | None:
    return {"1": Sex.MALE, "2": Sex.FEMALE}.get(decode(raw))


def _ce_year(be_year: int) -> int | None:
    year = ce_year(be_year)
    return year if dt.MINYEAR <= year <= dt.MAXYEAR else None


_MOO = ("หมู่ที่", "หมู่", "ม.")
_TROK = ("ตรอก",)
_SOI = ("ซอย", "ซ.")
_ROAD = ("ถนน", "ถ.")
_SUBDISTRICT = ("ตำบล", "แขวง", "ต.")
_DISTRICT = ("อำเภอ", "เขต", "อ.")
_PROVINCE = ("จังหวัด", "จ.")
_POSITIONAL = (None, _MOO, _TROK, _SOI, _ROAD, _SUBDISTRICT, _DISTRICT, _PROVINCE)
_KEYS = ("house_no", "moo", "trok", "soi", "road", "subdistrict", "district", "province")


def parse_address(raw: bytes) -> Address:
    """``house#moo#trok#soi#road#subdistrict#district#province``, each part with its Thai prefix.

    Cards written to the standard have exactly eight parts and are read by position. Older or unusual cards
    that drop empty parts are read by prefix instead; the part without a known prefix after the district is the
    province (Bangkok's has none). A bare ``-`` is how some offices wrote "none".
    """
    text = decode(raw)
    parts = [p.strip(_PADDING) for p in text.split("#")]
    values: dict[str, str | None] = dict.fromkeys(_KEYS)
    if len(parts) == len(_KEYS):
        for key, prefixes, part in zip(_KEYS, _POSITIONAL, parts, strict=True):
            values[key] = _strip_prefix(part, prefixes or ())
    else:
        _classify_by_prefix(parts, values)
    printable = " ".join(p for p in parts if p and p != "-")
    return Address(text=printable, **values)


def _classify_by_prefix(parts: list[str], values: dict[str, str | None]) -> None:
    kinds = list(zip(_KEYS[1:], _POSITIONAL[1:], strict=True))
    for index, part in enumerate(parts):
        if not part or part == "-":
            continue
        if index == 0:
            values["house_no"] = part
            continue
        for key, prefixes in kinds:
            if prefixes and part.startswith(prefixes) and values[key] is None:
                values[key] = _strip_prefix(part, prefixes)
                break
        else:
            if values["province"] is None and values["district"] is not None:
                values["province"] = part


def _strip_prefix(part: str, prefixes: tuple[str, ...]) -> str | None:
    if not part or part == "-":
        return None
    for prefix in prefixes:
        if part.startswith(prefix):
            return part[len(prefix) :].strip(_PADDING) or None
    return part


def parse_text(fields: Mapping[Field, bytes], atr: bytes) -> CardText:
    """Build :class:`CardText` from the raw bytes of every text field (missing fields parse as empty)."""

    def raw(item: Field) -> bytes:
        return fields.get(item, b"")

    cid = parse_cid(raw(Field.CID))
    expiry_text = decode(raw(Field.EXPIRY))
    lifelong = expiry_text == LIFELONG
    return CardText(
        cid=cid,
        cid_valid=is_valid_cid(cid),
        name_th=parse_name(raw(Field.NAME_TH)),
        name_en=parse_name(raw(Field.NAME_EN)),
        birth=parse_birth(raw(Field.BIRTH)),
        sex=parse_sex(raw(Field.SEX)),
        issuer=decode(raw(Field.ISSUER)),
        issue_date=parse_date(raw(Field.ISSUE_DATE)),
        expiry_date=None if lifelong else parse_date(raw(Field.EXPIRY)),
        lifelong=lifelong,
        address=parse_address(raw(Field.ADDRESS)),
        card_number=decode(raw(Field.CARD_NUMBER)),
        atr=atr,
    )
