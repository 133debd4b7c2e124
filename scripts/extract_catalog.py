"""Extract the OPDC e-Service catalogue and the Yasothon example from seed 001 into packaged JSON.

A developer runs this by hand when the seed changes; the app only ever reads the JSON it writes:

    .venv/bin/python scripts/extract_catalog.py            # write resources/catalog/eservices.json and
                                                            # resources/demo/yasothon.json
    .venv/bin/python scripts/extract_catalog.py --check    # exit 1 if the packaged JSON is out of date

The seed is a PDF-to-text extraction of the OPDC manual (appendix "ตารางสรุปรายชื่องานบริการ e-Service
(จำนวน 325 งานบริการ)"). Its table rows are tab-separated (ลำดับ, หน่วยงาน, ชื่องานบริการ, Link); page
headers repeat, and a long link continues on the next line (or the next page) in a row whose first three
cells are empty. The text carries two kinds of damage that no rule can repair safely, so every repair is
listed in :data:`FIXES` with its reason:

* line-wrap artefacts: a space where a table cell wrapped ("คนไทย ในต่างแดน"), or a lost space between
  two list items ("กรุงเทพมหานครนนทบุรี"). Spaces that Thai writing really uses (between list items, before
  "กรณี" or "ในเขต", around Latin words and numbers) are kept.
* misread characters (OCR-like errors from the PDF's font mapping), fixed only where the link, another row
  or the standard Thai term shows the right spelling beyond doubt. Doubtful rows stay as the seed prints
  them.

Each fix names the exact text it replaces and the run fails if that text is not found, so a new seed cannot be
silently "corrected" by stale fixes. Output is deterministic: catalogue sorted by category (seed order) then
number; JSON keys in a fixed order, UTF-8, two-space indent, trailing newline.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEED = REPO_ROOT.parent / "shared" / "seeds" / "001_97d358300cfad9e2.txt"
CATALOG_OUT = REPO_ROOT / "resources" / "catalog" / "eservices.json"
DEMO_OUT = REPO_ROOT / "resources" / "demo" / "yasothon.json"

CATALOG_VERSION = 1
"""Bump whenever the extracted data changes: the app re-syncs its services table when this grows."""
CATALOG_DIGEST = "8083bbddda09466ad640638071bac2a796bff412914a747ec827b4ace284a47d"
"""SHA-256 of the entries of :data:`CATALOG_VERSION`. The run fails when the data no longer matches it, so
changed data cannot ship under an old version number: bump the version, then paste the new digest here."""

CATALOG_SOURCE = (
    "สำนักงาน ก.พ.ร., คู่มือการให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ (e-Service) ประจำปีงบประมาณ "
    "พ.ศ. 2564, ภาคผนวก ตารางสรุปรายชื่องานบริการ e-Service (จำนวน 325 งานบริการ), ข้อมูล ณ เดือนมีนาคม 2564"
)

Category = Literal["citizen", "business", "labour"]
Field = Literal["agency", "name", "link"]

CATEGORY_HEADINGS: dict[str, Category] = {
    "งานบริการเพื่อประชาชน": "citizen",
    "งานบริการผู้ประกอบการธุรกิจ/SMEs": "business",
    "งานบริการด้านแรงงานหรือส่งเสริมการมีงานทำ": "labour",
}
EXPECTED_COUNTS: dict[Category, int] = {"citizen": 87, "business": 192, "labour": 46}
CATEGORY_ORDER: tuple[Category, ...] = ("citizen", "business", "labour")

TABLE_TITLE = "ตารางสรุปรายชื่องานบริการ e-Service (จำนวน 325 งานบริการ)"
TABLE_HEADER = ("ลำดับ", "หน่วยงาน", "ชื่องานบริการ", "Link ในการให้บริการ e-Service")
TABLE_END_PREFIX = "หมายเหตุ (ข้อมูล ณ เดือน"
NO_LINK = {"", "-"}


class ExtractError(Exception):
    """The seed does not look the way this script expects; a person must look at it."""


@dataclass(frozen=True)
class Fix:
    """Replace ``old`` (which must occur exactly once in the field) by ``new``.

    ``number`` None applies the fix to every row of the category whose field contains ``old`` (an agency name
    misprinted the same way on several rows); ``category`` None widens that to every category.
    """

    kind: Literal["wrap", "ocr"]
    field: Field
    old: str
    new: str
    reason: str
    category: Category | None = None
    number: int | None = None


def _wrap(category: Category, number: int, old: str, new: str | None = None, reason: str = "") -> Fix:
    """A wrap artefact in a service name; by default the fix just deletes the spaces."""
    return Fix(
        "wrap",
        "name",
        old,
        old.replace(" ", "") if new is None else new,
        reason or "the cell wrapped inside one phrase",
        category,
        number,
    )


def _agency_wrap(old: str, reason: str) -> Fix:
    return Fix("wrap", "agency", old, old.replace(" ", ""), reason)


FIXES: tuple[Fix, ...] = (
    # --- Agencies whose name wrapped inside the cell. The official names carry no space; where the same
    # agency appears elsewhere in the table, that occurrence is printed without the space too.
    _agency_wrap("กรมทรัพยากรทางทะเล และชายฝั่ง", "official name has no space"),
    _agency_wrap("กรมฝนหลวงและการบิน เกษตร", "official name has no space"),
    _agency_wrap("กรมการแพทย์แผนไทย และการแพทย์ทางเลือก", "official name has no space"),
    _agency_wrap("สำนักงานปลัด กระทรวงคมนาคม", "official name has no space"),
    _agency_wrap("สำนักงานปลัดกระทรวง ยุติธรรม", "labour rows 29-30 print it without the space"),
    _agency_wrap("สำนักงานพระพุทธศาสนา แห่งชาติ", "official name has no space"),
    _agency_wrap("สำนักงานมาตรฐาน ผลิตภัณฑ์อุตสาหกรรม", "business rows 183-189 print it without the space"),
    _agency_wrap("สำนักงานสลาก กินแบ่งรัฐบาล", "official name has no space"),
    # --- Service names (citizen).
    _wrap("citizen", 1, "คนไทย ในต่างแดน"),
    _wrap("citizen", 7, "น้ำและ เตือนภัย"),
    _wrap("citizen", 8, "คุณภาพ อากาศ"),
    _wrap("citizen", 9, "รายงานตัว ออนไลน์"),
    _wrap("citizen", 12, "ที่ดินและ ค้นหา"),
    _wrap("citizen", 12, "จดทะเบียน อาคารชุด"),
    _wrap("citizen", 13, "ภาษีอากร ในการ"),
    _wrap("citizen", 13, "นิติกรรม ที่สำนักงาน"),
    _wrap("citizen", 15, "คดี แพ่ง"),
    _wrap("citizen", 18, "บุคคล ล้มละลาย"),
    _wrap("citizen", 20, "ด้วย ตนเอง"),
    _wrap("citizen", 22, "สวัสดิการ รักษาพยาบาล"),
    _wrap("citizen", 24, "ที่ดิน กรรมสิทธิ์"),
    _wrap("citizen", 29, "และ เมล็ดพันธุ์", reason="the list is 'สารเร่ง พด. หญ้าแฝก และเมล็ดพันธุ์...'"),
    _wrap("citizen", 37, "อิเล็กทรอนิกส์ จุดเดียว"),
    *(
        _wrap(
            "citizen",
            number,
            "กรุงเทพมหานครนนทบุรี",
            "กรุงเทพมหานคร นนทบุรี",
            "the wrap swallowed the space between two province names of a list",
        )
        for number in (47, 48, 53)
    ),
    _wrap("citizen", 81, "ผ่าน อินเทอร์เน็ต"),
    _wrap("citizen", 86, "มาตรฐาน ผลิตภัณฑ์ชุมชน", reason="มาตรฐานผลิตภัณฑ์ชุมชน (มผช.) is one term"),
    _wrap("citizen", 87, "ตัวแทน จำหน่าย"),
    # --- Service names (business).
    _wrap("business", 2, "การ ส่งออก"),
    _wrap("business", 4, "สินค้า มาตรฐาน/"),
    _wrap("business", 4, "มาตรฐาน สินค้า"),
    _wrap("business", 7, "ผู้ประกอบการ ตรวจสอบ", reason="the row's link spells the phrase without a space"),
    _wrap("business", 8, "จาก ด"),  # then ด้าน -> ด่าน below
    _wrap("business", 26, "ผู้ประกอบการ สมุนไพร"),
    _wrap("business", 30, "ผู้ประกอบการ ขนส่ง"),
    _wrap("business", 31, "ผู้ประกอบการ ขนส่ง"),
    # --- A link that broke across two pages and lost its "%" there; business 4 has the same path intact.
    Fix(
        "wrap",
        "link",
        "%B8%87E0%B8%AD",
        "%B8%87%E0%B8%AD",
        "percent-escape split by a page break",
        "business",
        7,
    ),
    # --- Misread characters. Each has evidence beyond "it reads better".
    Fix("ocr", "name", "น้ค", "นัด", "'น้ค' is not Thai; นัดรายงานตัว = reporting appointment", "citizen", 9),
    Fix("ocr", "name", "ไม่มีค่า", "ไม้มีค่า", "valuable-tree registration (link: rfd_tree_farms)", "citizen", 24),
    Fix("ocr", "name", "กรมศตมป์", "อากรแสตมป์", "stamp duty (link: estamp.rd.go.th)", "citizen", 41),
    Fix("ocr", "agency", "กรมอุดมศึกษา", "กรมอุตุนิยมวิทยา", "link is data.tmd.go.th (TMD)", "citizen", 45),
    Fix("ocr", "name", "ศูนย์มหาวิทยาลัย", "อุตุนิยมวิทยา", "TMD data request (data.tmd.go.th)", "citizen", 45),
    Fix("ocr", "name", "ตดสอบ", "ทดสอบ", "transformer testing; 'ตด' is not the word", "citizen", 58),
    Fix("ocr", "name", "Coporate", "Corporate", "English misspelling", "citizen", 64),
    Fix("ocr", "name", "ขอออกซึ่ง", "ขาออกซึ่ง", "the row's link spells ค้าขาออก (export trade)", "business", 4),
    Fix("ocr", "name", "เครื่องซึ่งตวงวัด", "เครื่องชั่งตวงวัด", "weights and measures", "business", 8),
    Fix("ocr", "name", "ด้านศุลกากร", "ด่านศุลกากร", "customs checkpoint", "business", 8),
    Fix("ocr", "name", "การค่าน้ำมัน", "การค้าน้ำมัน", "palm-oil trade report, cf. business 20", "business", 19),
    Fix(
        "ocr",
        "agency",
        "กรมทรัพยากรทางปัญญา",
        "กรมทรัพย์สินทางปัญญา",
        "Department of Intellectual Property (links: ipthailand.go.th)",
        "business",
    ),
    Fix("ocr", "name", "ทรัพยากรทางปัญญา", "ทรัพย์สินทางปัญญา", "intellectual property", "business", 34),
    Fix("ocr", "name", "เพื่อค่าน้ำมัน", "เพื่อค้าน้ำมัน", "approval to trade fuel", "business", 44),
    Fix("ocr", "name", "ไม่ใช่แล้ว", "ไม่ใช้แล้ว", "unused materials (วัสดุที่ไม่ใช้แล้ว)", "business", 93),
    Fix("ocr", "name", "หอเผาทั้ง", "หอเผาทิ้ง", "flare stack (link: /flare/)", "business", 96),
    *(
        Fix("ocr", "agency", "กรมศิลปากร", "กรมศุลกากร", "customs services (customs.go.th, NSW)", "business", n)
        for n in (109, 110, 111)
    ),
    Fix("ocr", "name", "ร้านค้ารายโอเคะ", "ร้านคาราโอเกะ", "karaoke shop licence", "business", 114),
    Fix("ocr", "name", "ยาสูบ ไฟ ผ่าน", "ยาสูบ ไพ่ ผ่าน", "the row's link spells สุรายาสูบไพ่", "business", 126),
    Fix("ocr", "name", "แก๊สมันตรังสี", "กัมมันตรังสี", "radioactive, cf. business 88", "business", 181),
)


@dataclass
class _Row:
    category: Category
    number: int
    agency: str
    name: str
    link: str


def _clean_text(text: str) -> str:
    """NFC and single spaces: the PDF extraction leaves runs of spaces and stray tabs inside cells."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def _clean_link(text: str) -> str | None:
    """Links never contain whitespace; any found there was put in by a wrap (business 124)."""
    link = re.sub(r"\s+", "", text)
    return None if link in NO_LINK else link


def _table_lines(lines: Sequence[str]) -> Iterator[str]:
    try:
        start = lines.index(TABLE_TITLE)
    except ValueError:
        raise ExtractError(f"catalogue title {TABLE_TITLE!r} not found") from None
    for line in lines[start + 1 :]:
        if line.startswith(TABLE_END_PREFIX):
            return
        yield line
    raise ExtractError(f"end of catalogue ({TABLE_END_PREFIX!r}) not found")


def _parse_rows(lines: Sequence[str]) -> list[_Row]:
    rows: list[_Row] = []
    category: Category | None = None
    for line in _table_lines(lines):
        if not line.strip():
            continue
        cells = line.split("\t")
        first = cells[0].strip()
        if tuple(c.strip() for c in cells) == TABLE_HEADER:
            continue  # repeated on every page
        if first in CATEGORY_HEADINGS and not "".join(cells[1:]).strip():
            category = CATEGORY_HEADINGS[first]
            continue
        if len(cells) != 4:
            raise ExtractError(f"expected 4 tab-separated cells: {line!r}")
        if first.isdigit():
            if category is None:
                raise ExtractError(f"row before any category heading: {line!r}")
            rows.append(_Row(category, int(first), cells[1], cells[2], cells[3]))
        elif not first and rows:
            # A row that wrapped onto the next line (or the next page): glue each cell to the previous row.
            last = rows[-1]
            last.agency += " " + cells[1] if cells[1].strip() else ""
            last.name += " " + cells[2] if cells[2].strip() else ""
            last.link += cells[3].strip()
        else:
            raise ExtractError(f"unrecognised catalogue line: {line!r}")
    return rows


def _applies(fix: Fix, row: _Row) -> bool:
    if fix.category is not None and fix.category != row.category:
        return False
    if fix.number is not None:
        return fix.number == row.number
    return fix.old in getattr(row, fix.field)


def _apply_fixes(rows: list[_Row], fixes: Sequence[Fix]) -> None:
    for fix in fixes:
        hits = [row for row in rows if _applies(fix, row)]
        if not hits:
            raise ExtractError(f"fix matches no row: {fix}")
        for row in hits:
            value: str = getattr(row, fix.field)
            if value.count(fix.old) != 1:
                raise ExtractError(f"{fix.old!r} occurs {value.count(fix.old)} times in {value!r} ({fix})")
            setattr(row, fix.field, value.replace(fix.old, fix.new))


def _check(rows: Sequence[_Row]) -> None:
    for category in CATEGORY_ORDER:
        numbers = [row.number for row in rows if row.category == category]
        expected = list(range(1, EXPECTED_COUNTS[category] + 1))
        if numbers != expected:
            raise ExtractError(f"{category}: numbers are not 1..{EXPECTED_COUNTS[category]} in order")
    spaceless: dict[str, str] = {}
    for agency in sorted({row.agency for row in rows}):
        other = spaceless.setdefault(agency.replace(" ", ""), agency)
        if other != agency:
            raise ExtractError(f"one agency spelt two ways: {other!r} / {agency!r}; add a fix")
    missing = [f"{row.category}-{row.number}" for row in rows if _clean_link(row.link) is None]
    if len(missing) != 1:
        raise ExtractError(f"the seed has exactly one entry without a link, found {missing}")


def build_catalog(seed_text: str) -> dict[str, Any]:
    """The catalogue document written to ``resources/catalog/eservices.json``."""
    rows = _parse_rows(seed_text.splitlines())
    for row in rows:
        row.agency, row.name = _clean_text(row.agency), _clean_text(row.name)
    _apply_fixes(rows, FIXES)
    _check(rows)
    rows.sort(key=lambda row: (CATEGORY_ORDER.index(row.category), row.number))
    entries = [
        {
            "category": row.category,
            "number": row.number,
            "agency": row.agency,
            "name": row.name,
            "link": _clean_link(row.link),
        }
        for row in rows
    ]
    digest = entries_digest(entries)
    if digest != CATALOG_DIGEST:
        raise ExtractError(
            f"the catalogue data changed: bump CATALOG_VERSION (now {CATALOG_VERSION}) and set "
            f"CATALOG_DIGEST = {digest!r}"
        )
    return {"version": CATALOG_VERSION, "source": CATALOG_SOURCE, "entries": entries}


def entries_digest(entries: Sequence[dict[str, Any]]) -> str:
    canonical = json.dumps(list(entries), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- The Yasothon example -------------------------------------------------------------------------------
#
# The seed lists the 16 services the Yasothon districts chose ("รายชื่องานบริการที่อำเภอคัดเลือกให้บริการ"):
# order, the district's own wording of the service, and the provincial office that owns it (a merged cell,
# so blank rows repeat the office above). The wording differs from the catalogue's, so the matching
# catalogue entry is given by hand below. A second table (the province web page) adds coordinator and
# manual-link columns for three services; its coordinator column is empty in the seed, so coordinators and
# phones stay null.

YASOTHON_HEADER = "ลำดับ\tงานบริการผ่านระบบอิเล็กทรอนิกส์ (e-Service)\tหน่วยงานเจ้าของงานบริการ"
YASOTHON_LINKS_HEADER_PREFIX = "1. ชื่อหน่วยงานเจ้าของงานบริการ\t2. ชื่องานบริการ"
YASOTHON_COUNT = 16

YASOTHON_ENTRIES: dict[int, tuple[Category, int]] = {
    1: ("labour", 22),  # ขึ้นทะเบียนผู้ประกันตน มาตรา 40
    2: ("labour", 23),  # ขอรับประโยชน์ทดแทน กรณีว่างงาน
    3: ("labour", 26),  # ทำธุรกรรมผ่านอินเทอร์เน็ต (สำนักงานประกันสังคม)
    4: ("labour", 5),  # ขึ้นทะเบียนคนว่างงาน
    5: ("labour", 1),  # ลงทะเบียนคนหางานในต่างประเทศ
    6: ("labour", 18),  # รายงานสภาพการจ้างและสภาพการทำงาน
    7: ("labour", 20),  # คำร้องทั่วไปหรือคำร้องเกี่ยวกับสิทธิได้รับเงิน
    8: ("business", 63),  # แจ้งโรคระบาดสัตว์
    9: ("citizen", 29),  # ขอรับสารเร่ง พด. หญ้าแฝก และเมล็ดพันธุ์พืชปุ๋ยสด
    10: ("citizen", 30),  # ขอแหล่งน้ำในไร่นานอกเขตชลประทาน
    11: ("citizen", 2),  # จองคิวทำใบขับขี่
    12: ("business", 126),  # ขอใบอนุญาตสุรา ยาสูบ ไพ่ (the seed's worked example of this very service)
    13: ("business", 46),  # ลงทะเบียนผู้ค้ากับภาครัฐ
    14: ("citizen", 51),  # ขอใช้น้ำประปา ในเขตต่างจังหวัด
    15: ("citizen", 49),  # ชำระค่าน้ำ ในเขตต่างจังหวัด
    16: ("citizen", 56),  # ขอใช้ไฟฟ้า ในเขตต่างจังหวัด
}

YASOTHON_OFFICE_FIXES: dict[int, tuple[str, str | None, str]] = {
    6: (
        "สำนักงานสวัสดิการ และคุ้มครองแรงงาน จังหวัดยโสธร",
        "สำนักงานสวัสดิการและคุ้มครองแรงงาน จังหวัดยโสธร",
        "cell wrap inside the office name",
    ),
    11: (
        "สำนักงานจัดหางาน จังหวัดยโสธร",
        None,
        "driving-licence queues belong to the land transport office, and the seed counts 10 offices, "
        "which holds only if this row is not the employment office; the right office is not printed, "
        "so it stays unknown",
    ),
}

# Rows of the web-page table, by the service wording printed there, and which of the 16 services each one is.
YASOTHON_LINK_ROWS: dict[str, int] = {
    "ลงทะเบียนผู้จัดจ้างภาครัฐ": 13,
    "ขอใบนำประทับส่วนภูมิภาค สาขาโยธธา": 14,
    "ขอชำระค่านำประทับ": 15,
}

YASOTHON_LINK_FIXES: dict[str, tuple[str, str]] = {
    # old: (new, why). The catalogue's links for the same services (citizen 49, 51) use pwa.co.th.
    "pma.co.th": ("pwa.co.th", "host misread; PWA (การประปาส่วนภูมิภาค) links use pwa.co.th"),
}


def _yasothon_services(lines: Sequence[str]) -> list[dict[str, Any]]:
    try:
        start = lines.index(YASOTHON_HEADER)
    except ValueError:
        raise ExtractError("Yasothon table header not found") from None
    services: list[dict[str, Any]] = []
    office: str | None = None
    for line in lines[start + 1 : start + 1 + YASOTHON_COUNT]:
        cells = [_clean_text(cell) for cell in line.split("\t")]
        if len(cells) != 3 or not cells[0].isdigit():
            raise ExtractError(f"unrecognised Yasothon row: {line!r}")
        order = int(cells[0])
        if order != len(services) + 1:
            raise ExtractError(f"Yasothon rows out of order at {line!r}")
        office = cells[2] or office  # merged cell: blank means "same office as above"
        local_office = office
        if order in YASOTHON_OFFICE_FIXES:
            old, new, _why = YASOTHON_OFFICE_FIXES[order]
            if local_office != old:
                raise ExtractError(f"Yasothon office fix for row {order} is stale: {local_office!r}")
            local_office = new
        category, number = YASOTHON_ENTRIES[order]
        services.append(
            {
                "order": order,
                "category": category,
                "number": number,
                "label": cells[1],
                "local_office": local_office,
                "coordinator_name": None,
                "coordinator_phone": None,
                "manual_link": None,
            }
        )
    return services


def _fix_link(link: str) -> str:
    for old, (new, _why) in YASOTHON_LINK_FIXES.items():
        link = link.replace(old, new)
    return link


def _yasothon_link_rows(lines: Sequence[str]) -> dict[int, tuple[str | None, str | None]]:
    """Coordinator cell and manual link of the web-page table, keyed by the service's order."""
    starts = [i for i, line in enumerate(lines) if line.startswith(YASOTHON_LINKS_HEADER_PREFIX)]
    if len(starts) != 1:
        raise ExtractError("Yasothon web-page table header not found exactly once")
    found: dict[int, tuple[str | None, str | None]] = {}
    for line in lines[starts[0] + 1 :]:
        if not line.strip():
            break
        cells = [_clean_text(cell) for cell in line.split("\t")]
        if len(cells) != 5 or cells[1] not in YASOTHON_LINK_ROWS:
            raise ExtractError(f"unrecognised Yasothon web-page row: {line!r}")
        found[YASOTHON_LINK_ROWS[cells[1]]] = (cells[2] or None, _fix_link(cells[4]) if cells[4] else None)
    if set(found) != set(YASOTHON_LINK_ROWS.values()):
        raise ExtractError("Yasothon web-page table rows missing")
    return found


def build_demo(seed_text: str, catalog: dict[str, Any]) -> dict[str, Any]:
    """The demo document written to ``resources/demo/yasothon.json``."""
    lines = seed_text.splitlines()
    services = _yasothon_services(lines)
    for order, (coordinator, manual_link) in _yasothon_link_rows(lines).items():
        # The seed's coordinator cell holds "name/phone" when filled; it is empty for every row it prints.
        if coordinator is not None:
            raise ExtractError(f"Yasothon row {order} now has a coordinator; teach the script to split it")
        services[order - 1]["manual_link"] = manual_link
    keys = {(entry["category"], entry["number"]) for entry in catalog["entries"]}
    for service in services:
        if (service["category"], service["number"]) not in keys:
            raise ExtractError(f"Yasothon service {service['order']} points at no catalogue entry")
    return {
        "source": "สำนักงาน ก.พ.ร., คู่มือการให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ (e-Service) พ.ศ. 2564, "
        "กรณีตัวอย่าง การให้บริการ e-Service ของจังหวัดยโสธร (ดำเนินการตามตัวชี้วัด ปี 2564)",
        "province": "ยโสธร",
        "services": services,
    }


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="seed 001 text file")
    parser.add_argument(
        "--check", action="store_true", help="only compare; exit 1 if the JSON is out of date"
    )
    args = parser.parse_args(argv)
    try:
        text = args.seed.read_text(encoding="utf-8")
        catalog = build_catalog(text)
        outputs = {CATALOG_OUT: render(catalog), DEMO_OUT: render(build_demo(text, catalog))}
    except (OSError, ExtractError) as exc:
        print(f"extract_catalog: {exc}", file=sys.stderr)
        return 2
    stale = [
        path for path, content in outputs.items() if not path.exists() or path.read_text("utf-8") != content
    ]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(REPO_ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(outputs[path], encoding="utf-8", newline="\n")
        print(f"wrote {path.relative_to(REPO_ROOT)}")
    counts = {c: sum(e["category"] == c for e in catalog["entries"]) for c in CATEGORY_ORDER}
    print(f"catalogue v{CATALOG_VERSION}: {counts}, {len(FIXES)} documented fixes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
