"""Thai text on a reportlab page: shaped, measured and broken into lines at word boundaries.

reportlab alone gets Thai wrong twice: unshaped text stacks tone marks on top of vowels (ที่ prints like ที) and
its line breaking only knows spaces. So every string goes through HarfBuzz (``shapeStr``; ``canvas.drawString``
draws a shaped string correctly, its own ``shaping=True`` flag does nothing without the non-PyPI ``rlbidi``),
is measured by the shaped advances, and is broken only where :mod:`forms.linebreak` allows. Words are shaped one
at a time and cached: a receipt repeats the same few hundred words, so a warm render shapes almost nothing.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from forms import linebreak
from forms.fonts import BOLD, REGULAR, ensure_fonts

Align = Literal["left", "centre", "right"]

# Sarabun's extremes (units of the font size) above and below the baseline, stacked Thai marks included.
ASCENT = 1.068
DESCENT = 0.232
# Characters after which a URL or a long code reads naturally when it must be cut.
_SOFT_CUTS = frozenset("/?&=_-.")


@dataclass(frozen=True)
class TextStyle:
    """Size, weight, colour and alignment of a run of text; ``leading`` is the line pitch in points."""

    size: float = 11.0
    bold: bool = False
    leading: float = 0.0
    color: str = "#000000"
    align: Align = "left"
    # Like CSS ``word-break: keep-all``: break between space-separated words only, unless one is wider than the
    # line. For personal names, whose parts the dictionary does not know and which read badly when split.
    keep_all: bool = False

    @property
    def line_height(self) -> float:
        # Thai stacks marks above and below the letters; 1.45 x size keeps neighbouring lines apart.
        return self.leading or round(self.size * 1.45, 2)

    @property
    def font(self) -> str:
        return BOLD if self.bold else REGULAR

    def but(self, **changes: Any) -> TextStyle:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Span:
    """A part of a paragraph in its own weight (a bold label before a regular value)."""

    text: str
    bold: bool = False


Content = str | Sequence[Span]


@dataclass(frozen=True)
class Run:
    """Shaped text in one font, ready for ``canvas.drawString``."""

    font: str
    text: str
    width: float


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float
    # The characters the line shows (shaped runs hold glyph codes, not text): for tests and debugging.
    source: str = ""


@lru_cache(maxsize=16384)
def shape(text: str, font: str, size: float) -> tuple[str, float]:
    """``text`` shaped by HarfBuzz in ``font`` and its advance width in points."""
    ensure_fonts()
    shaped = shapeStr(text, font, size, force=True)
    return shaped, _advance(shaped, size)


def text_width(text: str, style: TextStyle) -> float:
    return sum(shape(chunk, style.font, style.size)[1] for chunk in linebreak.chunks(text)) if text else 0.0


def _join(parts: Sequence[str]) -> str:
    """Concatenate shaped strings keeping their glyph positions (``ShapedStr.__add__`` copies quadratically)."""
    if len(parts) == 1:
        return parts[0]
    data: list[Any] = []
    for part in parts:
        data.extend(part.__shapeData__)  # type: ignore[attr-defined]
    joined: str = ShapedStr("".join(parts), shapeData=data)
    return joined


def _clusters(text: str) -> list[str]:
    """User-perceived characters: a base letter with the marks stacked on it never splits."""
    clusters: list[str] = []
    for char in text:
        if clusters and unicodedata.category(char) in ("Mn", "Me"):
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _force_split(chunk: str, font: str, size: float, width: float) -> list[str]:
    """Cut a piece wider than the whole line (a URL, a long code) into pieces that fit."""
    clusters = _clusters(chunk)
    pieces: list[str] = []
    start = 0
    while start < len(clusters):
        end = start + 1
        while end < len(clusters) and shape("".join(clusters[start : end + 1]), font, size)[1] <= width:
            end += 1
        if end < len(clusters):
            soft = [i + 1 for i in range(start, end) if clusters[i] in _SOFT_CUTS]
            if soft and soft[-1] - start >= (end - start) // 3:
                end = soft[-1]
        pieces.append("".join(clusters[start:end]))
        start = end
    return pieces


def _advance(shaped: str, size: float) -> float:
    return float(sum(data.x_advance for data in shaped.__shapeData__)) * size / 1000  # type: ignore[attr-defined]


@dataclass
class _LineBuilder:
    size: float
    runs: list[tuple[str, list[str]]] = dataclasses.field(default_factory=list)
    sources: list[str] = dataclasses.field(default_factory=list)
    width: float = 0.0

    def add(self, font: str, shaped: str, width: float, is_space: bool, source: str) -> None:
        if is_space and not self.runs:
            return
        self.sources.append(source)
        if self.runs and self.runs[-1][0] == font:
            self.runs[-1][1].append(shaped)
        else:
            self.runs.append((font, [shaped]))
        self.width += width

    def finish(self) -> Line:
        runs = [(font, list(parts)) for font, parts in self.runs]
        while runs:
            parts = runs[-1][1]
            while parts and not parts[-1].strip():
                parts.pop()
            if parts:
                break
            runs.pop()
        built = tuple(
            Run(font, text, _advance(text, self.size)) for font, text in ((f, _join(p)) for f, p in runs)
        )
        return Line(built, sum(run.width for run in built), "".join(self.sources).rstrip())


def _units(paragraph: str, keep_all: bool) -> list[tuple[str, ...]]:
    """Groups of break pieces to keep on one line if at all possible (one piece each unless ``keep_all``)."""
    pieces = linebreak.chunks(paragraph)
    if not keep_all:
        return [(piece,) for piece in pieces]
    units: list[tuple[str, ...]] = []
    for piece in pieces:
        if units and piece.strip() and units[-1][-1].strip():
            units[-1] = (*units[-1], piece)
        else:
            units.append((piece,))
    return units


class _Breaker:
    """Greedy line filling: a piece goes on the current line if it fits, else it starts the next one."""

    def __init__(self, size: float, width: float) -> None:
        self.size = size
        self.width = width
        self.lines: list[Line] = []
        self.current = _LineBuilder(size)

    def new_line(self) -> None:
        self.lines.append(self.current.finish())
        self.current = _LineBuilder(self.size)

    def fits(self, width: float) -> bool:
        return self.current.width + width <= self.width + 0.01

    def place(self, piece: str, font: str) -> None:
        shaped, piece_width = shape(piece, font, self.size)
        is_space = not piece.strip()
        if is_space or self.fits(piece_width):
            self.current.add(font, shaped, piece_width, is_space, piece)
            return
        if self.current.runs:
            self.new_line()
        if piece_width <= self.width:
            self.current.add(font, shaped, piece_width, False, piece)
            return
        for part in _force_split(piece, font, self.size, self.width):
            if self.current.runs:
                self.new_line()
            shaped_part, part_width = shape(part, font, self.size)
            self.current.add(font, shaped_part, part_width, False, part)

    def place_unit(self, unit: tuple[str, ...], font: str) -> None:
        if len(unit) > 1:
            unit_width = sum(shape(piece, font, self.size)[1] for piece in unit)
            if not self.fits(unit_width) and unit_width <= self.width and self.current.runs:
                self.new_line()
        for piece in unit:
            self.place(piece, font)

    def finish(self) -> list[Line]:
        self.lines.append(self.current.finish())
        return self.lines


def layout(content: Content, style: TextStyle, width: float) -> list[Line]:
    """Break ``content`` into lines no wider than ``width``; ``\\n`` forces a break."""
    spans = [Span(content, style.bold)] if isinstance(content, str) else list(content)
    breaker = _Breaker(style.size, width)
    for span in spans:
        font = BOLD if span.bold else REGULAR
        for number, paragraph in enumerate(span.text.split("\n")):
            if number:
                breaker.new_line()
            for unit in _units(paragraph, style.keep_all) if paragraph else ():
                breaker.place_unit(unit, font)
    return breaker.finish()


def _baseline_offset(style: TextStyle) -> float:
    """Distance from the top of a line box to its baseline: the glyphs' extent centred in the leading."""
    return (style.line_height - (ASCENT + DESCENT) * style.size) / 2 + ASCENT * style.size


def draw_line(canvas: Canvas, line: Line, x: float, baseline: float, width: float, style: TextStyle) -> None:
    """Draw one laid-out line inside ``[x, x + width]`` with the style's alignment."""
    if style.align == "centre":
        x += (width - line.width) / 2
    elif style.align == "right":
        x += width - line.width
    canvas.setFillColor(_color(style.color))
    for run in line.runs:
        canvas.setFont(run.font, style.size)
        canvas.drawString(x, baseline, run.text)
        x += run.width


def draw_text(canvas: Canvas, x: float, baseline: float, text: str, style: TextStyle) -> float:
    """Draw a single line anchored at ``x`` (its left, centre or right by alignment); returns its width."""
    line = layout(text.replace("\n", " "), style, float("inf"))[0]
    anchor = {"left": x, "centre": x - line.width / 2, "right": x - line.width}[style.align]
    draw_line(canvas, line, anchor, baseline, line.width, style.but(align="left"))
    return line.width


def draw_block(
    canvas: Canvas, content: Content, x: float, top: float, width: float, style: TextStyle
) -> float:
    """Draw wrapped text whose first line box starts at ``top``; returns the height used."""
    lines = layout(content, style, width)
    for number, line in enumerate(lines):
        draw_line(canvas, line, x, top - number * style.line_height - _baseline_offset(style), width, style)
    return len(lines) * style.line_height


@lru_cache(maxsize=64)
def _color(value: str) -> Color:
    return HexColor(value)


class Para(Flowable):  # type: ignore[misc]
    """A paragraph of Thai (or any) text for platypus stories and table cells, breaking at word boundaries."""

    def __init__(
        self, content: Content, style: TextStyle, *, space_before: float = 0, space_after: float = 0
    ):
        super().__init__()
        self.content = content
        self.style = style
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._lines: list[Line] = []
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._lines or availWidth != self._width:
            self._lines = layout(self.content, self.style, availWidth)
            self._width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.line_height
        return self.width, self.height

    def minWidth(self) -> float:
        return max((line.width for line in self._lines), default=0.0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.line_height)
        if fits <= 0 or fits >= len(self._lines):
            return []
        return [
            _Lines(self._lines[:fits], self.style, availWidth, self.spaceBefore, 0),
            _Lines(self._lines[fits:], self.style, availWidth, 0, self.spaceAfter),
        ]

    def draw(self) -> None:
        _draw_lines(self.canv, self._lines, self._width, self.style)


class _Lines(Para):
    """The part of a :class:`Para` that a page break left on one side."""

    def __init__(self, lines: list[Line], style: TextStyle, width: float, before: float, after: float):
        super().__init__("", style, space_before=before, space_after=after)
        self._lines = lines
        self._width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self._width
        self.height = len(self._lines) * self.style.line_height
        return self.width, self.height


def _draw_lines(canvas: Canvas, lines: Sequence[Line], width: float, style: TextStyle) -> None:
    top = len(lines) * style.line_height
    for number, line in enumerate(lines):
        draw_line(canvas, line, 0, top - number * style.line_height - _baseline_offset(style), width, style)
