"""Turning a story of flowables into PDF bytes on a given paper.

One place decides what every printout shares: Sarabun as the only font (no unembedded Helvetica reference),
reproducible bytes (``invariant``: the same data gives the same file, so tests and caches can compare),
metadata, and page decorations that need the page count ("หน้า 1/2") — drawn after the last page is known.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A3, A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate

from forms.fonts import REGULAR, ensure_fonts

PRODUCER = "Damrongdham e-Service Counter"


@dataclass(frozen=True)
class Paper:
    """A sheet size and its margins, in points."""

    name: str
    width: float
    height: float
    top: float = 15 * mm
    right: float = 15 * mm
    bottom: float = 15 * mm
    left: float = 15 * mm

    @property
    def content_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def content_height(self) -> float:
        return self.height - self.top - self.bottom


A4_PAPER = Paper("A4", A4[0], A4[1])
A5_PAPER = Paper("A5", A5[0], A5[1], top=10 * mm, right=10 * mm, bottom=10 * mm, left=10 * mm)
A3_PAPER = Paper("A3", A3[0], A3[1], top=18 * mm, right=18 * mm, bottom=18 * mm, left=18 * mm)
# 80 mm thermal roll; the head prints 72 mm. The length is set per receipt to fit its content.
ROLL_80_WIDTH = 80 * mm
ROLL_80_MARGIN = 4 * mm


@dataclass(frozen=True)
class PageInfo:
    number: int
    count: int
    width: float
    height: float


Decorate = Callable[[Canvas, PageInfo], None]


class _DecoratedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page back until the end so decorations can say how many pages there are."""

    decorate: Decorate | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self.decorate is not None:
                width, height = self._pagesize
                self.saveState()
                self.decorate(self, PageInfo(number, count, width, height))
                self.restoreState()
            Canvas.showPage(self)
        Canvas.save(self)


def build_pdf(
    story: Sequence[Flowable],
    paper: Paper,
    *,
    title: str,
    subject: str = "",
    decorate: Decorate | None = None,
    underlay: Callable[[Canvas, float, float], None] | None = None,
) -> bytes:
    """Lay ``story`` out on ``paper`` (as many pages as it needs) and return the PDF.

    ``decorate`` draws over each finished page and knows the page count; ``underlay(canvas, width, height)``
    draws beneath the content as each page starts (a watermark).
    """
    ensure_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(paper.width, paper.height),
        leftMargin=paper.left,
        rightMargin=paper.right,
        topMargin=paper.top,
        bottomMargin=paper.bottom,
        title=title,
        subject=subject,
        author=PRODUCER,
        creator=PRODUCER,
        producer=PRODUCER,
        invariant=True,
        initialFontName=REGULAR,
        lang="th-TH",
    )
    frame = Frame(
        paper.left,
        paper.bottom,
        paper.content_width,
        paper.content_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if underlay is not None:
            canvas.saveState()
            underlay(canvas, paper.width, paper.height)
            canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    canvas_class = type(
        "DocumentCanvas", (_DecoratedCanvas,), {"decorate": staticmethod(decorate) if decorate else None}
    )
    doc.build(list(story), canvasmaker=canvas_class)
    return buffer.getvalue()


def story_height(story: Sequence[Flowable], width: float) -> float:
    """The height ``story`` takes in one frame of ``width`` (for paper whose length follows the content)."""
    ensure_fonts()
    scratch = Canvas(io.BytesIO(), initialFontName=REGULAR)
    total = 0.0
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            # KeepTogether reports an impossible height on purpose to force a split; measure its content.
            total += story_height(flowable._content, width)
            continue
        _, height = flowable.wrapOn(scratch, width, 100_000)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total
