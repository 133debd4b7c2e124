"""The printed request form: everything captured for one e-Service request, for the citizen to check and sign.

Modelled on seed 004's one-stop-service printout (centre header, request number and time, owning agency, officer,
applicant, subject, details) plus what an assisted request adds: the location, the attached files, the
citizen's consent to the officer filing on their behalf, and both signatures. The citizen ID is masked.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer

from forms.blocks import BODY, Columns, Fields, district_line, para, thai_datetime
from forms.data import RequestFormData
from forms.document import A4_PAPER, Decorate, PageInfo, build_pdf
from forms.marks import Barcode, Rule
from forms.text import TextStyle, draw_text

TITLE = "แบบคำร้องขอรับบริการผ่านระบบอิเล็กทรอนิกส์ (e-Service)"
SECTION = BODY.but(size=12, bold=True)
LABEL_WIDTH = 42 * mm
CONSENT = (
    "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ และยินยอมให้เจ้าหน้าที่ยื่นคำร้องนี้ผ่านระบบอิเล็กทรอนิกส์"
    "ของหน่วยงานเจ้าของงานบริการแทนข้าพเจ้า โดยใช้ข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการดำเนินการตามคำร้องนี้เท่านั้น"
)


def _decorate(data: RequestFormData) -> Decorate:
    style = TextStyle(size=9, color="#444444")

    def decorate(canvas: Canvas, page: PageInfo) -> None:
        draw_text(canvas, A4_PAPER.left, 8 * mm, f"เลขที่คำร้อง {data.request_number}", style)
        draw_text(
            canvas,
            page.width - A4_PAPER.right,
            8 * mm,
            f"หน้า {page.number}/{page.count}",
            style.but(align="right"),
        )

    return decorate


def _signature(role: str, name: str) -> list[Flowable]:
    centre = BODY.but(align="centre", keep_all=True)
    return [
        para("ลงชื่อ ..................................................", centre),
        para(f"({name})", centre, before=3),
        para(role, centre),
    ]


def render_request_form(data: RequestFormData) -> bytes:
    district = data.district
    small = BODY.but(size=10)
    header_left: list[Flowable] = [
        para(district.centre_name, BODY.but(size=13, bold=True)),
        para(district.address or district_line(district), small),
    ]
    if district.phone:
        header_left.append(para(f"โทรศัพท์ {district.phone}", small))
    header_right: list[Flowable] = [
        para(f"เลขที่คำร้อง {data.request_number}", BODY.but(bold=True, align="right")),
        para(f"วันที่ {thai_datetime(data.submitted_at)}", small.but(align="right")),
        Spacer(1, 1.5 * mm),
        Barcode(data.barcode_value, height=10 * mm, align="right"),
    ]
    applicant = [
        ("ชื่อ-นามสกุล", data.citizen_name),
        ("เลขประจำตัวประชาชน", data.citizen_id_masked),
        ("เบอร์โทรศัพท์", data.phone),
        ("ที่อยู่", data.address),
    ]
    request: list[tuple[str, str]] = [
        ("งานบริการ", data.service.name),
        ("หน่วยงานเจ้าของเรื่อง", data.service.agency),
        ("เจ้าหน้าที่รับคำร้อง", data.officer_name),
        ("หัวข้อเรื่อง", data.subject),
        ("รายละเอียด", data.details),
    ]
    if data.location:
        request.append(("สถานที่ให้ดำเนินการ", data.location))
    attachments = "\n".join(f"{n}. {name}" for n, name in enumerate(data.attachments, start=1)) or "ไม่มี"
    request += [("เอกสารประกอบ", attachments), ("สถานะ", data.status)]
    story: list[Flowable] = [
        Columns([header_left, header_right], [1.1, 1], gap=6 * mm),
        Rule(thickness=1, space=4),
        para(TITLE, BODY.but(size=14, bold=True, align="centre"), after=4),
        para("ส่วนที่ 1 ข้อมูลผู้ยื่นคำร้อง", SECTION, before=4, after=2),
        Fields(applicant, BODY, label_width=LABEL_WIDTH),
        para("ส่วนที่ 2 รายละเอียดคำร้อง", SECTION, before=8, after=2),
        Fields(request, BODY, label_width=LABEL_WIDTH),
        KeepTogether(
            [
                para("ส่วนที่ 3 คำรับรองของผู้ยื่นคำร้อง", SECTION, before=8, after=2),
                para(CONSENT, BODY),
                para("จึงเรียนมาเพื่อโปรดพิจารณา", BODY, before=4),
                Spacer(1, 12 * mm),
                Columns(
                    [
                        _signature("ผู้ยื่นคำร้อง", data.citizen_name),
                        _signature("เจ้าหน้าที่ผู้รับคำร้อง", data.officer_name),
                    ],
                    [1, 1],
                    gap=8 * mm,
                ),
            ]
        ),
        Spacer(1, 8 * mm),
        para(
            f"ติดตามผลได้ที่{district.centre_name}"
            + (f" โทร.\u00a0{district.phone}" if district.phone else "")
            + " โดยแจ้งเลขที่คำร้องและเบอร์โทรศัพท์ 4 ตัวท้ายของผู้ยื่นคำร้อง",
            small.but(color="#333333"),
        ),
    ]
    return build_pdf(
        story, A4_PAPER, title=f"คำร้อง {data.request_number}", subject="request", decorate=_decorate(data)
    )
