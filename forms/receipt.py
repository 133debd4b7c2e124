"""The citizen's receipt: on an 80 mm thermal roll (the counter's default) or on A5 paper.

The roll's length follows the content, so a visit with one service wastes no paper and one with four is not cut
off. The tracking number is printed large (to read over the phone), as Code128 (the compact form, so a scanner
types exactly what the search box accepts) and as a QR code of the follow-up address.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from forms.blocks import Fields, district_line, thai_datetime
from forms.data import ReceiptData
from forms.document import A5_PAPER, ROLL_80_MARGIN, ROLL_80_WIDTH, Paper, build_pdf, story_height
from forms.marks import Barcode, QrCode, Rule
from forms.text import Para, Span, TextStyle

TITLE_TEXT = "ใบรับเรื่อง e-Service"


def _story(data: ReceiptData, *, scale: float, label_width: float, qr_size: float) -> list[Flowable]:
    base = TextStyle(size=9.5 * scale)
    centre = base.but(align="centre")
    small = centre.but(size=8.5 * scale)
    district = data.district
    story: list[Flowable] = [
        Para(district.centre_name, centre.but(size=11 * scale, bold=True)),
        Para(district_line(district), centre),
    ]
    if district.phone:
        story.append(Para(f"โทร.\u00a0{district.phone}", centre))
    story += [
        Rule(space=2.5 * scale),
        Para(TITLE_TEXT, centre.but(size=12.5 * scale, bold=True)),
        Para("เลขรับเรื่อง", small),
        Para(data.tracking_number, centre.but(size=15 * scale, bold=True)),
        Spacer(1, 1 * mm),
        Barcode(data.barcode_value, height=11 * mm * min(scale, 1.3)),
        Spacer(1, 1 * mm),
        Para(thai_datetime(data.issued_at), centre),
        Rule(dashed=True, space=2.5 * scale),
    ]
    rows: list[tuple[str, str | list[Span]]] = [("ผู้รับบริการ", f"เลขประจำตัวประชาชน {data.citizen_id_masked}")]
    for number, service in enumerate(data.services, start=1):
        label = "งานบริการ" if number == 1 else ""
        prefix = f"{number}. " if len(data.services) > 1 else ""
        rows.append((label, [Span(f"{prefix}{service.name}"), Span(f"\n{service.agency}")]))
    rows += [
        ("สถานะ", [Span(data.status, bold=True)]),
        ("ขั้นตอนต่อไป", data.next_step),
        ("เจ้าหน้าที่", [Span(data.officer_name)]),
    ]
    story += [
        Fields(rows, base, label_width=label_width, gap=1.5 * scale),
        Rule(dashed=True, space=2.5 * scale),
        Para("การติดตามเรื่อง", base.but(bold=True)),
        Para(
            f"แจ้งเลขรับเรื่องพร้อมเบอร์โทรศัพท์ 4 ตัวท้าย ({data.phone_last4}) ที่{district.centre_name}"
            + (f" โทร.\u00a0{district.phone}" if district.phone else "")
            + " หรือสแกนคิวอาร์โค้ดเพื่อดูสถานะ",
            base,
        ),
        Spacer(1, 1.5 * mm),
        QrCode(data.follow_up_url, qr_size),
        Para(data.follow_up_url, small),
        Rule(space=2.5 * scale),
        Para("กรุณาเก็บใบรับเรื่องนี้ไว้จนกว่าจะได้รับผล\nขอบคุณที่ใช้บริการ", small),
    ]
    return story


def render_receipt(data: ReceiptData) -> bytes:
    """The receipt on an 80 mm roll, as long as its content."""
    width = ROLL_80_WIDTH - 2 * ROLL_80_MARGIN
    story = _story(data, scale=1.0, label_width=21 * mm, qr_size=24 * mm)
    # A little slack so rounding never pushes the last line onto a second "page" of the roll.
    height = story_height(story, width) + 2 * ROLL_80_MARGIN + 3 * mm
    paper = Paper(
        "80mm", ROLL_80_WIDTH, height, ROLL_80_MARGIN, ROLL_80_MARGIN, ROLL_80_MARGIN, ROLL_80_MARGIN
    )
    return build_pdf(story, paper, title=f"{TITLE_TEXT} {data.tracking_number}", subject="receipt")


def render_receipt_a5(data: ReceiptData) -> bytes:
    """The same receipt on A5, for counters without a roll printer."""
    story = _story(data, scale=1.1, label_width=28 * mm, qr_size=26 * mm)
    return build_pdf(story, A5_PAPER, title=f"{TITLE_TEXT} {data.tracking_number}", subject="receipt")
