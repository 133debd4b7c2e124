"""The paper citizen satisfaction survey: the whole OPDC form of seed 001 (parts 1-3) for one district.

Pre-filled with the service point and, in item 1.7, the district's offered services (the manual asks districts to
name their own). Every page carries the form number as text and Code128 — ``S-<DOPA district code>-<B.E. year,
2 digits>-<6-digit sequence>`` — so a filled form keyed in at the counter is counted once even if its two pages
are separated. The form is anonymous: nothing on it identifies the citizen.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from forms.blocks import BODY, Columns, grid, para
from forms.data import SurveyFormData
from forms.document import A4_PAPER, Decorate, PageInfo, Paper, build_pdf
from forms.marks import DEFAULT_MODULE, Choice, Choices, WriteIn, barcode_width, draw_barcode
from forms.questions import INDENT, QUESTION, suitability_question
from forms.text import Span, TextStyle, draw_text

TITLE = "แบบสำรวจความพึงพอใจของผู้รับบริการ"
SUBTITLE = "การให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ (e-Service)"
PAPER = Paper("A4", A4_PAPER.width, A4_PAPER.height, top=24 * mm, right=16 * mm, bottom=14 * mm, left=16 * mm)

SEX = ("ชาย", "หญิง")
AGE_BANDS = ("ไม่เกิน 20 ปี", "21 – 30 ปี", "31 – 40 ปี", "41 – 50 ปี", "51 – 60 ปี", "มากกว่า 60 ปี ขึ้นไป")
OCCUPATIONS = (
    "เกษตรกรรม",
    "รับจ้างทั่วไป",
    "รับราชการ/รัฐวิสาหกิจ",
    "ลูกจ้าง/พนักงานบริษัท",
    "ค้าขาย/อาชีพอิสระ",
    "นักเรียน/นักศึกษา",
    "ว่างงาน",
)
EDUCATION = (
    "ต่ำกว่าประถมศึกษา/ไม่ได้เรียน",
    "ประถมศึกษา",
    "มัธยมศึกษา",
    "อนุปริญญาหรือเทียบเท่า",
    "ปริญญาตรี",
    "สูงกว่าปริญญาตรี",
)
VISITS = ("ไม่เคยใช้บริการ", "1 ครั้ง", "2 - 5 ครั้ง", "มากกว่า 5 ครั้ง")
HEARD_FROM = (
    "เสียงตามสาย",
    "กำนัน/ผู้ใหญ่บ้าน/อบต.",
    "เพื่อนบ้าน/คนรอบข้าง",
    "ป้ายประกาศที่อำเภอ/อบต./จังหวัด",
    "เว็บไซต์",
)
RATING_LABELS = ("มากที่สุด\n(5)", "มาก\n(4)", "ปานกลาง\n(3)", "น้อย\n(2)", "น้อยที่สุด\n(1)")
# (number, text, is a group heading); the keys q1_1 ... q4 of the survey model follow this order.
RATING_ROWS = (
    ("1.", "ด้านกระบวนการขั้นตอนการให้บริการ", True),
    ("1.1", "ให้บริการตรงตามความต้องการ", False),
    ("1.2", "ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน", False),
    ("1.3", "ได้รับบริการที่รวดเร็ว", False),
    ("2.", "ด้านเจ้าหน้าที่ให้บริการ", True),
    ("2.1", "มีเจ้าหน้าที่พร้อมให้บริการ", False),
    ("2.2", "ให้บริการด้วยความสุภาพและเป็นกันเอง", False),
    ("2.3", "เจ้าหน้าที่มีความรู้ ความเข้าใจในงานบริการ", False),
    ("3.", "ด้านสถานที่และการอำนวยความสะดวก", True),
    ("3.1", "มีจุดให้บริการที่ชัดเจน", False),
    ("3.2", "ความพร้อมของวัสดุอุปกรณ์ในการให้บริการ", False),
    ("3.3", "ความสะดวกในการเดินทางมารับบริการ", False),
    ("4.", "ความพึงพอใจโดยรวมต่อการให้บริการ", False),
)
SUITABLE_BECAUSE = (
    "ลดระยะเวลาและค่าใช้จ่ายในการเดินทาง",
    "มีความสะดวก",
    "มีเจ้าหน้าที่ช่วยให้บริการ",
    "ที่บ้านไม่มีอุปกรณ์/อินเทอร์เน็ต",
    "ไม่มีความรู้เกี่ยวกับงานบริการ (เช่น ขั้นตอน วิธีการกรอกข้อมูล ฯลฯ)",
)

TABLE = BODY.but(size=10.5)


def _question(label: str, choices: list[Choice], columns: int) -> Flowable:
    return KeepTogether(
        [para(label, QUESTION, before=3), Choices(choices, BODY, columns=columns, indent=INDENT)]
    )


def _part1(data: SurveyFormData) -> list[Flowable]:
    services = [Choice(f"{number}. {name}") for number, name in enumerate(data.offered_services, start=1)]
    return [
        para("ส่วนที่ 1 : ข้อมูลทั่วไปของผู้ตอบแบบสำรวจ", BODY.but(size=12.5, bold=True), before=6),
        para("(กรุณาทำเครื่องหมายถูกลงในช่องสี่เหลี่ยมหน้าคำตอบ)", BODY),
        _question("1.1 เพศ", [Choice(label) for label in SEX], 4),
        _question("1.2 อายุ", [Choice(label) for label in AGE_BANDS], 3),
        _question(
            "1.3 อาชีพ",
            [*(Choice(label) for label in OCCUPATIONS), Choice("อื่น ๆ (โปรดระบุ)", write_in=True)],
            2,
        ),
        _question("1.4 ระดับการศึกษาสูงสุด", [Choice(label) for label in EDUCATION], 2),
        _question(
            "1.5 ในรอบ 6 เดือนที่ผ่านมา ท่านมารับบริการด้วยระบบอิเล็กทรอนิกส์ (e-Service) มากน้อยเพียงใด",
            [Choice(label) for label in VISITS],
            4,
        ),
        _question(
            "1.6 ท่านทราบว่ามีการเปิดให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ (e-Service) "
            f"ณ {data.district.centre_name} จากแหล่งใด",
            [*(Choice(label) for label in HEARD_FROM), Choice("อื่น ๆ (โปรดระบุ)", write_in=True)],
            2,
        ),
        _question(
            "1.7 ท่านมารับบริการผ่านระบบอิเล็กทรอนิกส์ (e-Service) เรื่องใด (เลือกได้มากกว่า 1 งานบริการ)",
            services,
            2 if len(services) > 3 else 1,
        ),
    ]


def _part2(width: float) -> list[Flowable]:
    header = BODY.but(size=10, bold=True, align="centre")
    rating_width = 19 * mm
    rows: list[list[Flowable | str]] = [
        [para("ประเด็น", header), para("ระดับความพึงพอใจ", header), "", "", "", ""],
        ["", *(para(label, header.but(size=9.5)) for label in RATING_LABELS)],
    ]
    extra: list[tuple[object, ...]] = [
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (5, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), "#e8e8e8"),
    ]
    for number, (label, text, heading) in enumerate(RATING_ROWS, start=2):
        rows.append(
            [para([Span(f"{label} {text}", bold=heading or label == "4.")], TABLE), "", "", "", "", ""]
        )
        if heading:
            extra.append(("BACKGROUND", (0, number), (-1, number), "#f4f4f4"))
    return [
        CondPageBreak(120 * mm),
        para("ส่วนที่ 2 : ระดับความพึงพอใจของผู้รับบริการ", BODY.but(size=12.5, bold=True), before=6),
        para(
            "2.1 ระดับความพึงพอใจของผู้รับบริการ (โปรดทำเครื่องหมายถูกลงในช่องที่ตรงกับระดับความพึงพอใจของท่าน)",
            QUESTION,
        ),
        para("ระดับความพึงพอใจ 5 = มากที่สุด 4 = มาก 3 = ปานกลาง 2 = น้อย 1 = น้อยที่สุด", BODY, after=3),
        grid(rows, [width - 5 * rating_width, *([rating_width] * 5)], header_rows=2, extra=extra),
    ]


def _part3(data: SurveyFormData) -> list[Flowable]:
    place = data.district.centre_name
    return [
        para("ส่วนที่ 3 : ปัญหาอุปสรรค และข้อเสนอแนะ", BODY.but(size=12.5, bold=True), before=6),
        suitability_question(
            f"3.1 ท่านเห็นว่า การเปิดให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ (e-Service) ณ {place} เหมาะสมหรือไม่",
            "เหมาะสม เพราะ (เลือกได้มากกว่า 1 ข้อ)",
            SUITABLE_BECAUSE,
            columns=2,
            before=3,
        ),
        KeepTogether(
            [
                para(f"3.2 ท่านต้องการให้{place}เปิดให้บริการใดเพิ่มเติม (โปรดระบุ)", QUESTION, before=3),
                Columns(
                    [
                        [WriteIn(f"({n}) งานบริการ", BODY, indent=INDENT) for n in (1, 3)],
                        [WriteIn(f"({n}) งานบริการ", BODY) for n in (2, 4)],
                    ],
                    [1, 1],
                    gap=4 * mm,
                ),
            ]
        ),
        KeepTogether(
            [
                para("3.3 ปัญหาอุปสรรคในการมารับบริการ ได้แก่", QUESTION, before=3),
                *(WriteIn(f"({n})", BODY, indent=INDENT) for n in range(1, 4)),
            ]
        ),
        KeepTogether(
            [
                para("3.4 ข้อเสนอแนะ", QUESTION, before=3),
                WriteIn("", BODY, indent=INDENT, extra_lines=2),
            ]
        ),
        Spacer(1, 3 * mm),
        para("*****ขอบคุณในความร่วมมือ มา ณ โอกาสนี้*****", BODY.but(bold=True, align="centre")),
    ]


def _decorate(form_number: str) -> Decorate:
    label = TextStyle(size=9, color="#444444", align="right")

    def decorate(canvas: Canvas, page: PageInfo) -> None:
        right = page.width - PAPER.right
        barcode_height = 8 * mm
        width = barcode_width(form_number)
        # The quiet zone may run into the margin; the bars end where the text column ends.
        x = right - width + 10 * DEFAULT_MODULE
        draw_barcode(canvas, form_number, x, page.height - 8 * mm - barcode_height, height=barcode_height)
        draw_text(
            canvas, right, page.height - 8 * mm - barcode_height - 11, f"เลขที่แบบสำรวจ {form_number}", label
        )
        left = TextStyle(size=9, color="#444444")
        draw_text(canvas, PAPER.left, page.height - 12 * mm, "แบบสำรวจนี้ไม่ต้องระบุชื่อหรือเลขประจำตัวประชาชน", left)
        draw_text(canvas, right, 7 * mm, f"หน้า {page.number}/{page.count}", label)

    return decorate


def render_survey_form(data: SurveyFormData) -> bytes:
    width = PAPER.content_width
    story: list[Flowable] = [
        para(TITLE, BODY.but(size=15, bold=True, align="centre")),
        para(SUBTITLE, BODY.but(size=12.5, bold=True, align="centre")),
        para(
            f"ณ {data.district.centre_name} จังหวัด{data.district.province}",
            BODY.but(size=12, align="centre"),
            after=4,
        ),
        para(
            "วันที่มารับบริการ : วันที่ ............ เดือน ................................ พ.ศ. ..............", BODY
        ),
        para(
            [
                Span("คำชี้แจง : ", bold=True),
                Span(
                    "แบบสำรวจนี้มีวัตถุประสงค์เพื่อประเมินความพึงพอใจของผู้รับบริการ และข้อเสนอแนะต่อการให้บริการ "
                    "เพื่อเป็นข้อมูลในการปรับปรุงการให้บริการให้มีประสิทธิภาพมากยิ่งขึ้น"
                ),
            ],
            BODY,
            before=3,
        ),
        *_part1(data),
        *_part2(width),
        *_part3(data),
    ]
    return build_pdf(
        story,
        PAPER,
        title=f"{TITLE} {data.form_number}",
        subject="survey",
        decorate=_decorate(data.form_number),
    )
