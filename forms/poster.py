"""The service poster: what the district's centre offers, who owns each service, who to call, and QR codes to the
service and its manual — the Yasothon example of seed 001, on A4 for the counter or A3 for the notice board.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from forms.blocks import BODY, Columns, grid, para, thai_date
from forms.data import PosterData
from forms.document import A3_PAPER, A4_PAPER, Decorate, PageInfo, Paper, build_pdf, story_height
from forms.marks import QrCode
from forms.text import TextStyle, draw_text


def _link_cell(url: str, qr_size: float, style: TextStyle) -> list[Flowable]:
    if not url:
        return [para("–", style.but(align="centre"))]
    return [QrCode(url, qr_size), para(url, style.but(align="centre"), before=1)]


def _decorate(data: PosterData, paper: Paper, scale: float) -> Decorate:
    style = TextStyle(size=9 * scale, color="#444444", align="right")

    def decorate(canvas: Canvas, page: PageInfo) -> None:
        if page.count > 1:
            draw_text(
                canvas, page.width - paper.right, paper.bottom / 2, f"หน้า {page.number}/{page.count}", style
            )

    return decorate


def _story(data: PosterData, paper: Paper, scale: float, fit: float) -> list[Flowable]:
    """The poster with QR codes and link text at ``fit`` times their full size."""
    district = data.district
    width = paper.content_width
    body = BODY.but(size=10 * scale)
    small = BODY.but(size=7 * scale * max(fit, 0.85), color="#333333")
    title = BODY.but(size=20 * scale, bold=True, align="centre")
    qr = 21 * mm * scale * fit
    headline: list[Flowable] = [
        para(f"อำเภอ{district.district} จังหวัด{district.province}", title),
        para("เปิดให้บริการประชาชนผ่านระบบอิเล็กทรอนิกส์ “e-Service”", title.but(size=15 * scale)),
        para(
            f"รวม {len(data.services)} งานบริการ {data.agency_count} หน่วยงาน ณ {district.centre_name}",
            body.but(size=14 * scale, bold=True, align="centre"),
            before=2,
        ),
    ]
    if data.since:
        headline.append(
            para(f"ตั้งแต่วันที่ {thai_date(data.since)} เป็นต้นไป", body.but(size=13 * scale, align="centre"))
        )
    story: list[Flowable] = []
    if data.portal_url:
        story.append(
            Columns(
                [
                    headline,
                    [
                        QrCode(data.portal_url, 30 * mm * scale),
                        para("สแกนดูงานบริการทั้งหมด", small.but(size=8 * scale, align="centre")),
                    ],
                ],
                [4, 1],
                gap=4 * mm,
            )
        )
        story.append(
            para(f"คลิกที่เว็บไซต์ {data.portal_url} หรือสแกนที่ QR Code", body.but(align="centre"), before=3)
        )
    else:
        story.extend(headline)
    story.append(Spacer(1, 5 * mm * scale))
    header = body.but(bold=True, align="centre")
    rows: list[list[Flowable | str | list[Flowable]]] = [
        [
            para("ที่", header),
            para("หน่วยงานเจ้าของงานบริการ", header),
            para("ชื่องานบริการ", header),
            para("ผู้ประสานงาน / โทรศัพท์", header),
            para("Link + QR Code งานบริการ", header),
            para("Link + QR Code คู่มือการใช้งาน", header),
        ]
    ]
    for number, service in enumerate(data.services, start=1):
        contact = "\n".join(part for part in (service.coordinator, service.coordinator_phone) if part) or "–"
        rows.append(
            [
                para(str(number), body.but(align="centre")),
                para(service.agency, body),
                para(service.name, body.but(bold=True)),
                para(contact, body.but(keep_all=True)),
                _link_cell(service.service_url, qr, small),
                _link_cell(service.manual_url, qr, small),
            ]
        )
    fixed = [9 * mm * scale, 0.0, 0.0, 0.0, 31 * mm * scale, 31 * mm * scale]
    rest = width - sum(fixed)
    widths = [fixed[0], rest * 0.33, rest * 0.37, rest * 0.30, fixed[4], fixed[5]]
    story.append(grid(rows, widths, extra=[("VALIGN", (0, 1), (-1, -1), "TOP")]))
    contact_line = f"สอบถามข้อมูลเพิ่มเติม : {district.centre_name}"
    if district.phone:
        contact_line += f" โทร.\u00a0{district.phone}"
    if data.contact:
        contact_line += f" · {data.contact}"
    story.append(para(contact_line, body.but(size=11 * scale, bold=True, align="centre"), before=6 * scale))
    story.extend(para(note, body.but(align="centre")) for note in data.notes)
    return story


# QR codes shrink to these fractions of full size, in turn, until the poster fits one sheet; below 70% a phone
# held at arm's length struggles, so a long list flows onto more sheets instead.
_FITS = (1.0, 0.85, 0.7)


def _render(data: PosterData, paper: Paper, scale: float) -> bytes:
    district = data.district
    for fit in _FITS:
        story = _story(data, paper, scale, fit)
        if story_height(story, paper.content_width) <= paper.content_height:
            break
    return build_pdf(
        story,
        paper,
        title=f"งานบริการ e-Service {district.centre_name}",
        subject="poster",
        decorate=_decorate(data, paper, scale),
    )


def render_poster(data: PosterData) -> bytes:
    return _render(data, A4_PAPER, 1.0)


def render_poster_a3(data: PosterData) -> bytes:
    # A3 is A4 scaled by sqrt(2): the same layout, everything 41% larger, readable from across the hall.
    return _render(data, A3_PAPER, 1.41)
