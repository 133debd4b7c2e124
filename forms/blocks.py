"""Layout pieces shared by the documents: label/value fields, side-by-side columns, Thai dates and styles."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from forms.data import DistrictHeader
from forms.fonts import REGULAR as REGULAR_FONT
from forms.text import Content, Para, TextStyle, draw_block, layout
from kiosk.clock import to_local
from kiosk.thai.dates import be_year, month_name

BODY = TextStyle(size=11)
SMALL = BODY.but(size=9.5)
BOLD = BODY.but(bold=True)
HEADING = BODY.but(size=13, bold=True)
TITLE = BODY.but(size=15, bold=True, align="centre")


def thai_date(day: date) -> str:
    """``22 พ.ย. 2569``: the short month with the full B.E. year, as Thai receipts print it."""
    return f"{day.day} {month_name(day.month, short=True)} {be_year(day.year)}"


def thai_datetime(moment: datetime) -> str:
    """``22 พ.ย. 2569 เวลา 14:05 น.``: aware datetimes (the store keeps UTC) are shown in Thai time."""
    local = to_local(moment) if moment.tzinfo is not None else moment
    return f"{thai_date(local.date())} เวลา {local:%H:%M} น."


def district_line(district: DistrictHeader) -> str:
    return f"อำเภอ{district.district} จังหวัด{district.province}"


class Fields(Flowable):  # type: ignore[misc]
    """Rows of a bold label and a wrapped value, labels in a fixed-width column."""

    def __init__(
        self,
        rows: Sequence[tuple[str, Content]],
        style: TextStyle,
        *,
        label_width: float,
        gap: float = 2.0,
        label_style: TextStyle | None = None,
    ):
        super().__init__()
        self.rows = list(rows)
        self.style = style
        self.label_style = label_style or style.but(bold=True)
        self.label_width = label_width
        self.gap = gap
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        value_width = availWidth - self.label_width
        self._heights = [
            max(
                len(layout(label, self.label_style, self.label_width - 4)) * self.label_style.line_height,
                len(layout(value, self.style, value_width)) * self.style.line_height,
            )
            for label, value in self.rows
        ]
        self.height = sum(self._heights) + self.gap * max(0, len(self.rows) - 1)
        return self.width, self.height

    def draw(self) -> None:
        top = self.height
        for (label, value), height in zip(self.rows, self._heights, strict=True):
            draw_block(self.canv, label, 0, top, self.label_width - 4, self.label_style)
            draw_block(self.canv, value, self.label_width, top, self.width - self.label_width, self.style)
            top -= height + self.gap


class Columns(Flowable):  # type: ignore[misc]
    """Flowables side by side, each in its share of the width, top-aligned (a header with a barcode beside it)."""

    def __init__(self, cells: Sequence[Sequence[Flowable]], widths: Sequence[float], *, gap: float = 0.0):
        super().__init__()
        if len(cells) != len(widths):
            raise ValueError("one width per column")
        self.cells = [list(cell) for cell in cells]
        self.fractions = list(widths)
        self.gap = gap
        self._sizes: list[list[tuple[float, float]]] = []
        self._widths: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        usable = availWidth - self.gap * (len(self.cells) - 1)
        total = sum(self.fractions)
        self._widths = [usable * fraction / total for fraction in self.fractions]
        self._sizes = [
            [flowable.wrap(width, availHeight) for flowable in cell]
            for cell, width in zip(self.cells, self._widths, strict=True)
        ]
        self.height = max(
            sum(h + f.getSpaceBefore() + f.getSpaceAfter() for f, (_, h) in zip(cell, sizes, strict=True))
            for cell, sizes in zip(self.cells, self._sizes, strict=True)
        )
        return self.width, self.height

    def draw(self) -> None:
        x = 0.0
        for cell, sizes, width in zip(self.cells, self._sizes, self._widths, strict=True):
            y = self.height
            for flowable, (_, height) in zip(cell, sizes, strict=True):
                y -= flowable.getSpaceBefore() + height
                flowable.drawOn(self.canv, x, y)
                y -= flowable.getSpaceAfter()
            x += width + self.gap


def para(content: Content, style: TextStyle = BODY, *, before: float = 0, after: float = 0) -> Para:
    return Para(content, style, space_before=before, space_after=after)


def grid(
    rows: Sequence[Sequence[Flowable | str | list[Flowable]]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    style: TextStyle = BODY,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table whose cells are Thai paragraphs (strings become :class:`Para` in ``style``).

    The header rows repeat on every page the table continues on.
    """
    cells = [[Para(cell, style) if isinstance(cell, str) else cell for cell in row] for row in rows]
    commands: list[tuple[Any, ...]] = [
        # Cells are flowables, but the table still selects a cell font; without this it names Helvetica.
        ("FONT", (0, 0), (-1, -1), REGULAR_FONT, style.size),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8e8e8")))
    commands.extend(extra)
    return Table(cells, colWidths=list(widths), repeatRows=header_rows, style=TableStyle(commands))
