"""The district's monthly report to the province: usage per service and satisfaction by the OPDC method.

The input is the JSON of ``report monthly --json`` (issue 6) plus a ``district`` object (``centre``,
``district``, ``province``) and a ``month`` label; both additions may be missing (a fresh counter has no district
profile yet) and then print empty or are derived from the period. The numbers are printed as computed, never
recomputed here: the statistics module owns the formula. A mean of ``null`` (nobody answered) prints as a dash.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer

from forms.blocks import BODY, Columns, Fields, grid, para, thai_date
from forms.document import A4_PAPER, Decorate, PageInfo, build_pdf
from forms.text import TextStyle, draw_text
from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.thai.dates import format_month_year

ITEM_ROWS = (
    ("process", "1. ด้านกระบวนการขั้นตอนการให้บริการ"),
    ("q1_1", "1.1 ให้บริการตรงตามความต้องการ"),
    ("q1_2", "1.2 ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน"),
    ("q1_3", "1.3 ได้รับบริการที่รวดเร็ว"),
    ("staff", "2. ด้านเจ้าหน้าที่ให้บริการ"),
    ("q2_1", "2.1 มีเจ้าหน้าที่พร้อมให้บริการ"),
    ("q2_2", "2.2 ให้บริการด้วยความสุภาพและเป็นกันเอง"),
    ("q2_3", "2.3 เจ้าหน้าที่มีความรู้ ความเข้าใจในงานบริการ"),
    ("facilities", "3. ด้านสถานที่และการอำนวยความสะดวก"),
    ("q3_1", "3.1 มีจุดให้บริการที่ชัดเจน"),
    ("q3_2", "3.2 ความพร้อมของวัสดุอุปกรณ์ในการให้บริการ"),
    ("q3_3", "3.3 ความสะดวกในการเดินทางมารับบริการ"),
    ("overall", "4. ความพึงพอใจโดยรวมต่อการให้บริการ"),
)
GROUPS = ("process", "staff", "facilities", "overall")
TABLE = BODY.but(size=10.5)
ITEMS = ("q1_1", "q1_2", "q1_3", "q2_1", "q2_2", "q2_3", "q3_1", "q3_2", "q3_3", "q4")


class ReportDataError(KioskError):
    """The report data does not have the shape of ``report monthly --json``."""

    def __init__(self, problem: str) -> None:
        super().__init__(
            Text(
                f"ข้อมูลรายงานประจำเดือนไม่ถูกต้อง: {problem}", f"The monthly report data is not valid: {problem}"
            ),
            Text(
                "สร้างข้อมูลใหม่ด้วยคำสั่ง report monthly --json",
                "Produce it again with the report monthly --json command.",
            ),
        )


@dataclass(frozen=True)
class ServiceCount:
    service: str
    agency: str
    visits: int


@dataclass(frozen=True)
class Satisfaction:
    respondents: int
    items: Mapping[str, float | None]
    groups: Mapping[str, float | None]
    score: float | None
    percent: float | None


@dataclass(frozen=True)
class MonthlyReport:
    centre: str
    district: str
    province: str
    month: str
    start: date
    end: date
    visits: int
    unique_citizens: int
    per_service: tuple[ServiceCount, ...]
    satisfaction: Satisfaction
    problems: tuple[str, ...]
    suggestions: tuple[str, ...]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MonthlyReport:
        try:
            district = data.get("district") or {}
            period = data["period"]
            start, end = date.fromisoformat(period["start"]), date.fromisoformat(period["end"])
            satisfaction = data["satisfaction"]
            items = {key: _mean(satisfaction["items"].get(key)) for key in ITEMS}
            groups = {key: _mean(satisfaction["groups"].get(key)) for key in GROUPS}
            return cls(
                centre=str(district.get("centre") or ""),
                district=str(district.get("district") or ""),
                province=str(district.get("province") or ""),
                month=str(data.get("month") or format_month_year(start.year, start.month)),
                start=start,
                end=end,
                visits=int(data["visits"]),
                unique_citizens=int(data["unique_citizens"]),
                per_service=tuple(
                    ServiceCount(str(row["service"]), str(row.get("agency") or ""), int(row["visits"]))
                    for row in data["per_service"]
                ),
                satisfaction=Satisfaction(
                    respondents=int(satisfaction["respondents"]),
                    items=items,
                    groups=groups,
                    score=_mean(satisfaction.get("score")),
                    percent=_number(satisfaction.get("percent")),
                ),
                problems=tuple(str(text) for text in data.get("problems") or ()),
                suggestions=tuple(str(text) for text in data.get("suggestions") or ()),
            )
        except KeyError as missing:
            raise ReportDataError(f"missing field {missing}") from None
        except (TypeError, ValueError, AttributeError) as error:
            raise ReportDataError(str(error)) from None


def _number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{value!r} is not a number")
    return float(value)


def _mean(value: Any) -> float | None:
    number = _number(value)
    if number is not None and not 1 <= number <= 5:
        raise ValueError(f"a satisfaction mean must be within 1-5, got {number}")
    return number


def _fmt(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


class Bar(Flowable):  # type: ignore[misc]
    """A horizontal bar for ``value`` out of ``maximum`` (chart labels stay in the table's shaped text)."""

    def __init__(self, value: float | None, maximum: float, *, height: float = 3 * mm):
        super().__init__()
        self.value = value
        self.maximum = maximum
        self.bar_height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.bar_height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillGray(0.92)
        canvas.rect(0, 0, self.width, self.bar_height, stroke=0, fill=1)
        if self.value is not None and self.maximum > 0:
            canvas.setFillColorRGB(0.18, 0.38, 0.62)
            canvas.rect(
                0, 0, self.width * min(1.0, self.value / self.maximum), self.bar_height, stroke=0, fill=1
            )
        canvas.restoreState()


def _decorate(report: MonthlyReport, sample: bool) -> Decorate:
    footer = TextStyle(size=9, color="#444444")

    def decorate(canvas: Canvas, page: PageInfo) -> None:
        draw_text(canvas, A4_PAPER.left, 8 * mm, f"รายงานผลการให้บริการ e-Service {report.month}", footer)
        draw_text(
            canvas,
            page.width - A4_PAPER.right,
            8 * mm,
            f"หน้า {page.number}/{page.count}",
            footer.but(align="right"),
        )
        if sample:
            banner = TextStyle(size=10, bold=True, color="#b00000", align="centre")
            draw_text(
                canvas,
                page.width / 2,
                page.height - 9 * mm,
                "ข้อมูลตัวอย่าง ไม่ใช่รายงานจริง · SAMPLE DATA, NOT A REAL REPORT",
                banner,
            )

    return decorate


def _watermark(canvas: Canvas, width: float, height: float) -> None:
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    draw_text(canvas, 0, 0, "ตัวอย่าง · SAMPLE", TextStyle(size=64, bold=True, color="#ebebeb", align="centre"))


def _lines(texts: Sequence[str]) -> list[Flowable]:
    if not texts:
        return [para("– ไม่มี –", BODY.but(color="#555555"), before=2)]
    return [para(f"{n}. {text}", BODY, before=2) for n, text in enumerate(texts, start=1)]


def _usage(report: MonthlyReport, width: float) -> list[Flowable]:
    header = BODY.but(bold=True, align="centre")
    busiest = max((row.visits for row in report.per_service), default=0)
    rows: list[list[Flowable | str | list[Flowable]]] = [
        [para("ที่", header), para("งานบริการ", header), para("หน่วยงาน", header), para("ครั้ง", header), ""]
    ]
    for number, row in enumerate(report.per_service, start=1):
        rows.append(
            [
                para(str(number), TABLE.but(align="centre")),
                para(row.service, TABLE),
                para(row.agency, TABLE.but(size=10)),
                para(str(row.visits), TABLE.but(align="right")),
                Bar(row.visits, busiest),
            ]
        )
    if len(rows) == 1:
        rows.append(["", para("ไม่มีการให้บริการในเดือนนี้", BODY), "", "", ""])
    fixed = 9 * mm + 16 * mm + 28 * mm
    widths = [9 * mm, (width - fixed) * 0.55, (width - fixed) * 0.45, 16 * mm, 28 * mm]
    return [grid(rows, widths, extra=[("SPAN", (3, 0), (4, 0))])]


def _satisfaction(report: MonthlyReport, width: float) -> list[Flowable]:
    sat = report.satisfaction
    header = BODY.but(bold=True, align="centre")
    rows: list[list[Flowable | str | list[Flowable]]] = [
        [para("ประเด็น", header), para("คะแนนเฉลี่ย", header), para("", header)]
    ]
    extra: list[tuple[Any, ...]] = [("SPAN", (1, 0), (2, 0))]
    for number, (key, label) in enumerate(ITEM_ROWS, start=1):
        is_group = key in GROUPS
        value = sat.groups[key] if is_group else sat.items[key]
        style = TABLE.but(bold=is_group)
        rows.append([para(label, style), para(_fmt(value), style.but(align="right")), Bar(value, 5.0)])
        if is_group and key != "overall":
            extra.append(("BACKGROUND", (0, number), (-1, number), "#f4f4f4"))
    total = TABLE.but(bold=True)
    rows.append(
        [
            para("คะแนนภาพรวม (เฉลี่ย 4 ประเด็นหลัก)", total),
            para(_fmt(sat.score), total.but(align="right")),
            Bar(sat.score, 5.0),
        ]
    )
    rows.append(
        [
            para("ร้อยละของความพึงพอใจ (คะแนนภาพรวม × 20)", total),
            para(_fmt(sat.percent), total.but(align="right")),
            Bar(sat.percent, 100.0),
        ]
    )
    widths = [width - 24 * mm - 40 * mm, 24 * mm, 40 * mm]
    respondents = (
        f"จำนวนผู้ตอบแบบสำรวจ {sat.respondents} คน"
        if sat.respondents
        else "ไม่มีผู้ตอบแบบสำรวจในเดือนนี้ จึงไม่มีคะแนนความพึงพอใจ"
    )
    return [para(respondents, BODY, after=3), grid(rows, widths, extra=extra)]


def render_monthly_report(data: Mapping[str, Any], *, sample: bool = False) -> bytes:
    """The report PDF; ``sample=True`` stamps every page as sample data."""
    report = MonthlyReport.from_json(data)
    width = A4_PAPER.content_width
    where = " ".join(
        part
        for part in (
            report.centre,
            f"อำเภอ{report.district}" if report.district else "",
            f"จังหวัด{report.province}" if report.province else "",
        )
        if part
    )
    section = BODY.but(size=12.5, bold=True)
    story: list[Flowable] = [
        para(
            f"รายงานผลการให้บริการ e-Service ประจำเดือน{report.month}",
            BODY.but(size=15, bold=True, align="centre"),
        ),
        para(where or "(ยังไม่ได้ตั้งค่าข้อมูลอำเภอ)", BODY.but(size=12, align="centre")),
        para(
            f"ระหว่างวันที่ {thai_date(report.start)} ถึง {thai_date(report.end)}",
            BODY.but(align="centre"),
            after=6,
        ),
        para("1. สรุปผลการให้บริการ", section, before=4, after=2),
        Fields(
            [
                ("จำนวนครั้งที่ให้บริการ", f"{report.visits:,} ครั้ง"),
                ("จำนวนผู้รับบริการ (ไม่นับซ้ำ)", f"{report.unique_citizens:,} คน"),
                ("งานบริการที่มีผู้ใช้", f"{len(report.per_service)} งานบริการ"),
            ],
            BODY,
            label_width=62 * mm,
        ),
        para("2. การให้บริการแยกตามงานบริการ", section, before=8, after=3),
        *_usage(report, width),
        KeepTogether(
            [
                para("3. ผลการสำรวจความพึงพอใจของผู้รับบริการ", section, before=8, after=2),
                *_satisfaction(report, width),
            ]
        ),
        KeepTogether([para("4. ปัญหาอุปสรรค", section, before=8), *_lines(report.problems)]),
        KeepTogether([para("5. ข้อเสนอแนะ", section, before=8), *_lines(report.suggestions)]),
        Spacer(1, 14 * mm),
        KeepTogether(
            [
                Columns(
                    [
                        [
                            para(
                                "ลงชื่อ ..................................................",
                                BODY.but(align="centre"),
                            ),
                            para(
                                "(..................................................)",
                                BODY.but(align="centre"),
                                before=3,
                            ),
                            para("เจ้าหน้าที่ผู้รายงาน", BODY.but(align="centre")),
                        ],
                        [
                            para(
                                "ลงชื่อ ..................................................",
                                BODY.but(align="centre"),
                            ),
                            para(
                                "(..................................................)",
                                BODY.but(align="centre"),
                                before=3,
                            ),
                            para("ปลัดอำเภอผู้รับรอง", BODY.but(align="centre")),
                        ],
                    ],
                    [1, 1],
                    gap=8 * mm,
                ),
                para(
                    "ส่งรายงานให้จังหวัดภายในวันที่ 30 ของทุกเดือน",
                    BODY.but(size=9.5, color="#444444", align="centre"),
                    before=10,
                ),
            ]
        ),
    ]
    title = f"รายงานผลการให้บริการ e-Service {report.month}"
    return build_pdf(
        story,
        A4_PAPER,
        title=title,
        subject="monthly-report",
        decorate=_decorate(report, sample),
        underlay=_watermark if sample else None,
    )
