"""Machine-readable and hand-filled marks: Code128 barcodes, QR codes, tick boxes and dotted write-in lines.

Barcodes and QR codes are drawn as vectors so they stay sharp on any printer. Code128 bars are sized in whole
dots of a 203 dpi thermal head (the common receipt printer): a bar that falls between dots prints blurred and
stops decoding. Thai fonts have no ☐ or ✓ glyphs, so boxes and ticks are drawn as lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import segno
from reportlab.graphics.barcode.code128 import Code128, Code128Auto
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from forms.text import TextStyle, draw_block, layout

THERMAL_DOT = inch / 203
# Three thermal dots per narrow bar: ~0.375 mm, the narrowest bar cheap scanners and zbar read reliably.
DEFAULT_MODULE = 3 * THERMAL_DOT


def _code128(value: str, module: float, height: float) -> Code128:
    """The shorter of the fixed code set B and the automatic A/B/C switching encoding of ``value``."""
    options = [
        cls(
            value,
            barWidth=module,
            barHeight=height,
            humanReadable=False,
            quiet=True,
            lquiet=10 * module,
            rquiet=10 * module,
        )
        for cls in (Code128, Code128Auto)
    ]
    return min(options, key=lambda symbol: symbol.width)


class Barcode(Flowable):  # type: ignore[misc]
    """A Code128 symbol (quiet zones included), centred in the width it is given unless ``align`` says else."""

    def __init__(
        self, value: str, *, height: float = 12 * mm, module: float = DEFAULT_MODULE, align: str = "centre"
    ):
        super().__init__()
        if not value or not value.isascii():
            raise ValueError(f"Code128 needs ASCII text, got {value!r}")
        self.value = value
        self.symbol = _code128(value, module, height)
        self.align = align
        self._avail = self.symbol.width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = max(availWidth, self.symbol.width)
        return self._avail, self.symbol.height

    def draw(self) -> None:
        offset = {
            "left": 0.0,
            "centre": (self._avail - self.symbol.width) / 2,
            "right": self._avail - self.symbol.width,
        }
        self.symbol.drawOn(self.canv, offset[self.align], 0)


def draw_barcode(
    canvas: Canvas, value: str, x: float, y: float, *, height: float, module: float = DEFAULT_MODULE
) -> float:
    """Draw a Code128 symbol with its lower-left quiet zone corner at ``(x, y)``; returns its width."""
    symbol = _code128(value, module, height)
    symbol.drawOn(canvas, x, y)
    return float(symbol.width)


def barcode_width(value: str, module: float = DEFAULT_MODULE) -> float:
    return float(_code128(value, module, 10).width)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw a QR code (error correction M, 2-module margin) filling the square of side ``size`` at ``(x, y)``."""
    qr = segno.make(payload, error="m", micro=False)
    matrix = qr.matrix
    modules = len(matrix) + 4
    cell = size / modules
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for row_number, row in enumerate(matrix):
        top = y + size - (row_number + 2) * cell
        column = 0
        while column < len(row):
            if row[column]:
                start = column
                while column < len(row) and row[column]:
                    column += 1
                path.rect(x + (start + 2) * cell, top - cell, (column - start) * cell, cell)
            else:
                column += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code of side ``size``, centred in the width it is given."""

    def __init__(self, payload: str, size: float, *, align: str = "centre"):
        super().__init__()
        self.payload = payload
        self.size = size
        self.align = align
        self._avail = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = max(availWidth, self.size)
        return self._avail, self.size

    def draw(self) -> None:
        offset = {"left": 0.0, "centre": (self._avail - self.size) / 2, "right": self._avail - self.size}
        draw_qr(self.canv, self.payload, offset[self.align], 0, self.size)


def draw_box(canvas: Canvas, x: float, y: float, size: float, *, ticked: bool = False) -> None:
    """A tick box with its lower-left corner at ``(x, y)``."""
    canvas.saveState()
    canvas.setLineWidth(0.7)
    canvas.rect(x, y, size, size, stroke=1, fill=0)
    if ticked:
        canvas.setLineWidth(1.2)
        path = canvas.beginPath()
        path.moveTo(x + size * 0.18, y + size * 0.5)
        path.lineTo(x + size * 0.42, y + size * 0.2)
        path.lineTo(x + size * 0.85, y + size * 0.85)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def draw_dots(canvas: Canvas, x0: float, x1: float, y: float) -> None:
    """A dotted write-in line from ``x0`` to ``x1`` at height ``y``."""
    if x1 - x0 < 4:
        return
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setDash(0.6, 2.2)
    canvas.setStrokeGray(0.35)
    canvas.line(x0, y, x1, y)
    canvas.restoreState()


@dataclass(frozen=True)
class Choice:
    """One answer next to a tick box; ``write_in`` adds a dotted line for "other (please specify)"."""

    label: str
    write_in: bool = False
    ticked: bool = False


class Choices(Flowable):  # type: ignore[misc]
    """Tick-box answers laid out in columns, each label wrapping inside its own column."""

    def __init__(
        self, choices: Sequence[Choice], style: TextStyle, *, columns: int = 2, indent: float = 6 * mm
    ):
        super().__init__()
        self.choices = list(choices)
        self.style = style
        self.columns = columns
        self.indent = indent
        self._rows: list[list[tuple[Choice, int]]] = []
        self._row_heights: list[float] = []

    @property
    def _box(self) -> float:
        return self.style.size * 0.8

    def _column_width(self, width: float) -> float:
        return (width - self.indent) / self.columns

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        label_width = self._column_width(availWidth) - self._box - 5
        self._rows = []
        self._row_heights = []
        for start in range(0, len(self.choices), self.columns):
            row = self.choices[start : start + self.columns]
            counts = [len(layout(choice.label, self.style, label_width)) for choice in row]
            self._rows.append(list(zip(row, counts, strict=True)))
            self._row_heights.append(max(counts) * self.style.line_height)
        self.height = sum(self._row_heights)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        column_width = self._column_width(self.width)
        box = self._box
        top = self.height
        for row, row_height in zip(self._rows, self._row_heights, strict=True):
            for column, (choice, _lines) in enumerate(row):
                x = self.indent + column * column_width
                first_baseline = top - self.style.line_height * 0.72
                draw_box(canvas, x, first_baseline - box * 0.12, box, ticked=choice.ticked)
                label_x = x + box + 5
                used = draw_block(canvas, choice.label, label_x, top, column_width - box - 5, self.style)
                if choice.write_in:
                    last = layout(choice.label, self.style, column_width - box - 5)[-1]
                    dots_y = top - used + self.style.line_height * 0.2
                    draw_dots(canvas, label_x + last.width + 3, x + column_width - 6, dots_y)
            top -= row_height


class WriteIn(Flowable):  # type: ignore[misc]
    """A label followed by dotted lines to write on: the rest of the first line, then ``extra_lines`` more."""

    def __init__(
        self,
        label: str,
        style: TextStyle,
        *,
        extra_lines: int = 0,
        indent: float = 0.0,
        line_height: float | None = None,
    ):
        super().__init__()
        self.label = label
        self.style = style
        self.extra_lines = extra_lines
        self.indent = indent
        self.pitch = line_height or style.line_height * 1.2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._label_lines = layout(self.label, self.style, availWidth - self.indent) if self.label else []
        label_height = max(1, len(self._label_lines)) * self.style.line_height
        self.height = label_height + self.extra_lines * self.pitch
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        start = self.indent
        if self.label:
            used = draw_block(canvas, self.label, self.indent, top, self.width - self.indent, self.style)
            start += self._label_lines[-1].width + 3
        else:
            used = self.style.line_height
        draw_dots(canvas, start, self.width, top - used + self.style.line_height * 0.2)
        y = top - used + self.style.line_height * 0.2
        for _ in range(self.extra_lines):
            y -= self.pitch
            draw_dots(canvas, self.indent, self.width, y)


class Rule(Flowable):  # type: ignore[misc]
    """A horizontal line across the available width."""

    def __init__(
        self, *, thickness: float = 0.6, gray: float = 0.0, dashed: bool = False, space: float = 3.0
    ):
        super().__init__()
        self.thickness = thickness
        self.gray = gray
        self.dashed = dashed
        self.space = space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.space * 2 + self.thickness

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(self.thickness)
        canvas.setStrokeGray(self.gray)
        if self.dashed:
            canvas.setDash(2, 2)
        canvas.line(0, self.space, self.width, self.space)
        canvas.restoreState()
