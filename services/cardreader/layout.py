"""Where the Thai ID card applet keeps each field, and the plan that reads them in as few exchanges as possible.

The applet (AID ``A0 00 00 00 54 48 00 01``) exposes one flat file; ``READ`` takes any offset and a length up to
255 bytes. Readers that fetch one field per command spend about twenty exchanges on the text; because the fields
sit close together, :func:`plan_spans` merges neighbours into reads of at most 255 bytes and needs three. If a card
refuses such a span, the reader falls back to the fields inside it one at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

MAX_READ = 0xFF


class Field(Enum):
    """Text fields of the card, in file order, with their Thai and English names for messages."""

    CID = ("cid", 0x0004, 13, "เลขประจำตัวประชาชน", "citizen ID")
    NAME_TH = ("name_th", 0x0011, 100, "ชื่อภาษาไทย", "Thai name")
    NAME_EN = ("name_en", 0x0075, 100, "ชื่อภาษาอังกฤษ", "English name")
    BIRTH = ("birth", 0x00D9, 8, "วันเกิด", "date of birth")
    SEX = ("sex", 0x00E1, 1, "เพศ", "sex")
    ISSUER = ("issuer", 0x00F6, 100, "ผู้ออกบัตร", "issuing office")
    ISSUE_DATE = ("issue_date", 0x0167, 8, "วันออกบัตร", "issue date")
    EXPIRY = ("expiry", 0x016F, 8, "วันบัตรหมดอายุ", "expiry date")
    ADDRESS = ("address", 0x1579, 160, "ที่อยู่", "address")
    CARD_NUMBER = ("card_number", 0x1619, 14, "เลขใต้รูป", "card number")

    def __init__(self, key: str, offset: int, length: int, name_th: str, name_en: str) -> None:
        self.key = key
        self.offset = offset
        self.length = length
        self.name_th = name_th
        self.name_en = name_en

    @property
    def end(self) -> int:
        return self.offset + self.length


TEXT_FIELDS: tuple[Field, ...] = tuple(Field)

PHOTO_OFFSET = 0x017B
PHOTO_END = 0x1579
"""The photo area is 0x017B-0x1578 inclusive (5118 bytes); the JPEG inside is shorter and padded."""
PHOTO_AREA = PHOTO_END - PHOTO_OFFSET
PHOTO_NAME_TH = "รูปถ่าย"
PHOTO_NAME_EN = "photo"


@dataclass(frozen=True)
class Span:
    """One READ covering ``fields`` (in file order) from the first one's offset."""

    offset: int
    length: int
    fields: tuple[Field, ...]

    def slice_of(self, data: bytes, field: Field) -> bytes:
        start = field.offset - self.offset
        return data[start : start + field.length]


def plan_spans(fields: Iterable[Field], max_read: int = MAX_READ) -> list[Span]:
    """Group fields into the fewest reads of at most ``max_read`` bytes, never splitting a field.

    Greedy in file order is optimal here: each read starts at the first field not yet covered and takes every
    following field that still ends within ``max_read`` bytes of that start.
    """
    ordered = sorted(set(fields), key=lambda f: f.offset)
    spans: list[Span] = []
    current: list[Field] = []
    for item in ordered:
        if item.length > max_read:
            raise ValueError(f"field {item.key} is longer than one read")
        if current and item.end - current[0].offset > max_read:
            spans.append(_span(current))
            current = []
        current.append(item)
    if current:
        spans.append(_span(current))
    return spans


def per_field_spans(fields: Iterable[Field]) -> list[Span]:
    """One read per field: the fallback, and what other readers do (the benchmark's baseline)."""
    return [_span([item]) for item in sorted(set(fields), key=lambda f: f.offset)]


def _span(fields: list[Field]) -> Span:
    start = fields[0].offset
    return Span(start, max(f.end for f in fields) - start, tuple(fields))
