"""Sample citizens and card profiles for demos, officer training and tests.

The people are fictional but shaped like real cards, including the cases other readers get wrong: a Bangkok
address longer than 100 bytes with แขวง/เขต and no จังหวัด, a provincial address with หมู่ที่/ตำบล/อำเภอ/จังหวัด, a
lifelong card, a birth date with unknown month and day, a middle name, the ``3B 67`` card generation, and photos
whose end cannot be found by guessing. Citizen IDs get their check digit from python-stdnum, so they validate.

A profile is a citizen plus how the chip behaves (ATR, how it hands out data, whether it accepts reads that span
several fields), so one run can exercise every path of the reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from stdnum.th import pin

from services.virtualcard.photos import PhotoVariant

ATR_STANDARD = bytes.fromhex("3B6800000073C84012009000")
ATR_3B67 = bytes.fromhex("3B67000073200046689000")
"""Cards of this generation want GET RESPONSE with P2 = 01."""
ATR_FOREIGN = bytes.fromhex("3BF81300008131FE454A434F5076323431B7")
"""A generic JavaCard (the kind used for staff badges): not a Thai ID card."""


class AtrVariant(Enum):
    STANDARD = "standard"
    B67 = "3b67"

    @property
    def atr(self) -> bytes:
        return ATR_3B67 if self is AtrVariant.B67 else ATR_STANDARD


class ResponseStyle(Enum):
    GET_RESPONSE = "get-response"
    """READ answers ``61 LL``; the data comes with GET RESPONSE (T=0 cards, the common case)."""
    DIRECT = "direct"
    """READ answers with the data and ``90 00`` (what some T=1 readers pass up)."""


@dataclass(frozen=True)
class SampleCitizen:
    """What the card stores, as the card stores it (Buddhist-era dates, Thai prefixes in the address)."""

    cid_base: str
    """The first twelve digits; the check digit is computed."""
    name_th: tuple[str, str, str, str]
    name_en: tuple[str, str, str, str]
    birth: str
    sex: str
    issuer: str
    issue_date: str
    expiry_date: str
    address: tuple[str, str, str, str, str, str, str, str]
    card_number: str
    photo_seed: int
    photo_variant: PhotoVariant = PhotoVariant.PLAIN

    @property
    def cid(self) -> str:
        return self.cid_base + str(pin.calc_check_digit(self.cid_base))


@dataclass(frozen=True)
class CardProfile:
    name: str
    description: str
    citizen: SampleCitizen | None
    """None for a card that is not a Thai ID card at all."""
    atr: bytes = ATR_STANDARD
    response_style: ResponseStyle = ResponseStyle.GET_RESPONSE
    reject_spanning_reads: bool = False
    """An older chip that refuses a READ crossing a field boundary, forcing the per-field fallback."""
    tags: frozenset[str] = field(default_factory=frozenset)


BANGKOK = SampleCitizen(
    cid_base="110140123456",
    name_th=("นางสาว", "ณัฐธิดา", "", "วงศ์สวัสดิ์"),
    name_en=("Miss", "Natthida", "", "Wongsawat"),
    birth="25380417",
    sex="2",
    issuer="ท้องถิ่นเขตบางคอแหลม/กรุงเทพมหานคร",
    issue_date="25660520",
    expiry_date="25740416",
    address=(
        "2541/189 อาคารริเวอร์ไซด์ทาวเวอร์ ชั้น 12",
        "",
        "ตรอกโรงน้ำแข็ง",
        "ซอยเจริญกรุง 107 แยก 5-4 (ซอยสุวรรณสวัสดิ์)",
        "ถนนเจริญกรุง",
        "แขวงบางคอแหลม",
        "เขตบางคอแหลม",
        "กรุงเทพมหานคร",
    ),
    card_number="10140520123456",
    photo_seed=11,
)

YASOTHON = SampleCitizen(
    cid_base="135010006123",
    name_th=("นาย", "ประเสริฐ", "", "บุญมา"),
    name_en=("Mr.", "Prasert", "", "Boonma"),
    birth="25221103",
    sex="1",
    issuer="อำเภอเมืองยโสธร/ยโสธร",
    issue_date="25650115",
    expiry_date="25731102",
    address=("45/2", "หมู่ที่ 7", "", "", "ถนนแจ้งสนิท", "ตำบลในเมือง", "อำเภอเมืองยโสธร", "จังหวัดยโสธร"),
    card_number="35010115006123",
    photo_seed=22,
    photo_variant=PhotoVariant.FFD9_IN_PADDING,
)

ELDER = SampleCitizen(
    cid_base="348020004567",
    name_th=("นาง", "บุญเรือน", "", "แก้วมณี"),
    name_en=("Mrs.", "Boonruean", "", "Kaewmanee"),
    birth="24850000",
    sex="2",
    issuer="อำเภอนาแก/นครพนม",
    issue_date="25630810",
    expiry_date="99999999",
    address=("12", "หมู่ที่ 2", "", "", "", "ตำบลนาแก", "อำเภอนาแก", "จังหวัดนครพนม"),
    card_number="48020810004567",
    photo_seed=33,
)

MIDDLE_NAME = SampleCitizen(
    cid_base="150990078901",
    name_th=("นาย", "อาทิตย์", "ไมเคิล", "สมิธวงศ์"),
    name_en=("Mr.", "Arthit", "Michael", "Smithwong"),
    birth="25300700",
    sex="1",
    issuer="อำเภอเมืองเชียงใหม่/เชียงใหม่",
    issue_date="25640302",
    expiry_date="25720701",
    address=(
        "88/8",
        "หมู่ที่ 4",
        "",
        "ซอย 3",
        "ถนนห้วยแก้ว",
        "ตำบลสุเทพ",
        "อำเภอเมืองเชียงใหม่",
        "จังหวัดเชียงใหม่",
    ),
    card_number="50990302078901",
    photo_seed=44,
    photo_variant=PhotoVariant.PADDING_LOOKALIKE,
)

PROFILES: dict[str, CardProfile] = {
    profile.name: profile
    for profile in (
        CardProfile(
            "bangkok",
            "Bangkok resident, long address (แขวง/เขต, no จังหวัด), standard card",
            BANGKOK,
            tags=frozenset({"long-address", "bangkok"}),
        ),
        CardProfile(
            "yasothon",
            "Provincial address (หมู่ที่/ตำบล/อำเภอ/จังหวัด); reader passes data with 90 00; FF D9 in photo padding",
            YASOTHON,
            response_style=ResponseStyle.DIRECT,
            tags=frozenset({"provincial", "direct", "ffd9-in-padding"}),
        ),
        CardProfile(
            "elder",
            "Lifelong card, birth month and day unknown; old chip that refuses multi-field reads",
            ELDER,
            reject_spanning_reads=True,
            tags=frozenset({"lifelong", "unknown-birth", "fallback"}),
        ),
        CardProfile(
            "middle",
            "Middle name, birth day unknown, 3B 67 card (GET RESPONSE P2=01), photo with padding-like bytes",
            MIDDLE_NAME,
            atr=ATR_3B67,
            tags=frozenset({"middle-name", "3b67", "padding-lookalike"}),
        ),
        CardProfile(
            "foreign",
            "A smart card that is not a Thai ID card (SELECT answers 6A82)",
            None,
            atr=ATR_FOREIGN,
            tags=frozenset({"foreign"}),
        ),
    )
}
DEFAULT_PROFILE = "bangkok"


def thai_id_profiles() -> list[CardProfile]:
    return [profile for profile in PROFILES.values() if profile.citizen is not None]


def profile_named(name: str) -> CardProfile:
    """The profile called ``name``; KeyError lists the known ones."""
    try:
        return PROFILES[name]
    except KeyError:
        raise KeyError(f"unknown card profile {name!r}; known: {', '.join(PROFILES)}") from None
