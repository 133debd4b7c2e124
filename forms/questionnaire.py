"""The officer questionnaire of seed 001: filled once per district at the end of each fiscal year for OPDC."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer

from forms.blocks import BODY, Columns, para, thai_date
from forms.data import QuestionnaireData
from forms.document import A4_PAPER, PageInfo, build_pdf
from forms.marks import Choice, Choices, WriteIn
from forms.questions import INDENT, QUESTION, suitability_question
from forms.text import Span, TextStyle, draw_text

TITLE = "แบบสอบถามของผู้ให้บริการ"

SUITABLE_BECAUSE = (
    "ลดระยะเวลาและค่าใช้จ่ายในการเดินทาง",
    "ลดข้อจำกัดความไม่พร้อมของประชาชน (เช่น ไม่มีอินเทอร์เน็ต/อุปกรณ์ ฯลฯ)",
    "มีความสะดวก",
)
PROBLEM_AREAS = (
    "ด้านสถานที่ (โปรดระบุ)",
    "ด้านเครื่องมือ (โปรดระบุ)",
    "ด้านอุปกรณ์ (โปรดระบุ)",
    "ด้านความรู้เกี่ยวกับงานบริการ (โปรดระบุ)",
    "อื่น ๆ (โปรดระบุ)",
)


def _footer(canvas: Canvas, page: PageInfo) -> None:
    style = TextStyle(size=9, color="#444444", align="right")
    draw_text(canvas, page.width - A4_PAPER.right, 8 * mm, f"หน้า {page.number}/{page.count}", style)


def render_questionnaire(data: QuestionnaireData) -> bytes:
    district = data.district
    place = district.centre_name
    opened = (
        thai_date(data.opened_on)
        if data.opened_on
        else "วันที่ ............ เดือน .............................. พ.ศ. ............"
    )
    heading: list[Flowable] = [
        para(TITLE, BODY.but(size=15, bold=True, align="centre")),
        para(
            "การให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ (e-Service)", BODY.but(size=12.5, bold=True, align="centre")
        ),
        para(f"ณ {place} จังหวัด{district.province}", BODY.but(size=12, align="centre")),
    ]
    if data.fiscal_year_be:
        heading.append(para(f"ปีงบประมาณ พ.ศ. {data.fiscal_year_be}", BODY.but(size=12, align="centre")))
    story: list[Flowable] = [
        *heading,
        para(f"วันที่เปิดให้บริการ : {opened}", BODY, before=6),
        para(
            [
                Span("คำชี้แจง : ", bold=True),
                Span(
                    "แบบสอบถามนี้มีวัตถุประสงค์เพื่อสอบถามผู้ให้บริการ และข้อเสนอแนะต่อการให้บริการ "
                    "เพื่อเป็นข้อมูลในการปรับปรุงการให้บริการให้มีประสิทธิภาพมากยิ่งขึ้น"
                ),
            ],
            BODY,
            before=3,
            after=4,
        ),
        suitability_question(
            f"1. ท่านเห็นว่า การเปิดให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ (e-Service) ณ {place} เหมาะสมหรือไม่",
            "เหมาะสม เพราะ",
            SUITABLE_BECAUSE,
            columns=1,
            before=4,
        ),
        KeepTogether(
            [
                para(
                    f"2. ปัญหาอุปสรรคในการให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ (e-Service) ณ {place} ได้แก่",
                    QUESTION,
                    before=6,
                ),
                Choices(
                    [Choice(label, write_in=True) for label in PROBLEM_AREAS], BODY, columns=1, indent=INDENT
                ),
            ]
        ),
        KeepTogether(
            [
                para("3. ข้อเสนอแนะ", QUESTION, before=6),
                *(WriteIn(f"({n})", BODY, indent=INDENT) for n in range(1, 4)),
            ]
        ),
        Spacer(1, 10 * mm),
        Columns(
            [
                [],
                [
                    para("ลงชื่อ ........................................................ ผู้ตอบแบบสอบถาม", BODY),
                    para(
                        "(........................................................)",
                        BODY.but(align="centre"),
                        before=4,
                    ),
                    para("ตำแหน่ง ........................................................", BODY, before=4),
                ],
            ],
            [1, 1.25],
        ),
        Spacer(1, 8 * mm),
        para("*****ขอบคุณในความร่วมมือ มา ณ โอกาสนี้*****", BODY.but(bold=True, align="centre")),
        para(
            [
                Span("หมายเหตุ : ", bold=True),
                Span(
                    "สำหรับแบบสอบถามของผู้ให้บริการนี้ สำนักงาน ก.พ.ร. ขอให้จัดทำอำเภอละชุดเมื่อสิ้นสุดปีงบประมาณ "
                    "เพื่อเป็นข้อมูลประกอบการพัฒนาระบบการให้บริการ e-Service ของสำนักงาน ก.พ.ร. ต่อไป"
                ),
            ],
            BODY.but(size=9.5),
            before=8,
        ),
    ]
    return build_pdf(story, A4_PAPER, title=f"{TITLE} {place}", subject="questionnaire", decorate=_footer)
