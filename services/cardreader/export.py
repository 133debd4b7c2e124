"""The JSON shape of a read card (``main.py card read --json``), for scripts and other systems at the counter.

The shape is a contract: keys are always present, unknown values are ``null``, dates are ISO 8601 in the common
era, and the photo is identified by the SHA-256 of the exact JPEG bytes rather than embedded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from services.cardreader.model import PersonName, ThaiIdCard


def card_to_json(card: ThaiIdCard) -> dict[str, Any]:
    text = card.text
    address = text.address
    return {
        "cid": text.cid,
        "cid_valid": text.cid_valid,
        "name_th": _name(text.name_th),
        "name_en": _name(text.name_en),
        "birth": {"year": text.birth.year, "month": text.birth.month, "day": text.birth.day},
        "sex": text.sex.value if text.sex is not None else None,
        "issuer": text.issuer,
        "issue_date": _iso(text.issue_date),
        "expiry_date": _iso(text.expiry_date),
        "lifelong": text.lifelong,
        "address": {
            "house_no": address.house_no,
            "moo": address.moo,
            "trok": address.trok,
            "soi": address.soi,
            "road": address.road,
            "subdistrict": address.subdistrict,
            "district": address.district,
            "province": address.province,
            "text": address.text,
        },
        "card_number": text.card_number,
        "photo_sha256": card.photo_sha256,
        "atr": text.atr.hex(" ").upper(),
    }


def _name(name: PersonName) -> dict[str, str | None]:
    return {"title": name.title, "first": name.first, "middle": name.middle, "last": name.last}


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None
