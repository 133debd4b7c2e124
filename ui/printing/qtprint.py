"""Printing a PDF through Qt: to any printer the OS knows, with or without the print dialog.

Qt cannot pass a PDF through to a printer; it paints. Each page is rendered by Qt's PDF module (PDFium) at the
printer's resolution, capped so an A3 page at 1200 dpi does not need half a gigabyte, and painted onto the full
sheet. This is the route on Windows and after the print dialog (which lets the officer change anything, so we
print exactly what it configured). Painting on a QPrinter is allowed off the GUI thread, so all of this runs on
a worker; only the dialog itself is shown on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from services.printing import Media, PrintProblem, Problem

# Enough for barcodes to stay sharp on any office printer; more only costs memory and spool size.
MAX_DPI = 600
# Above this many pixels a page is rendered at a lower resolution (A3 at 600 dpi is ~70 Mpx).
MAX_PIXELS = 40_000_000


@dataclass(frozen=True)
class PdfInfo:
    pages: int
    width_pt: float
    height_pt: float


def open_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """Load PDF bytes without a temporary file (a request form carries a citizen's name and address).

    The buffer must outlive the document, so both are returned.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintProblem(Problem.FAILED, detail="the document could not be read")
    return document, buffer


def pdf_info(pdf: bytes) -> PdfInfo:
    document, _buffer = open_pdf(pdf)
    size = document.pagePointSize(0)
    return PdfInfo(document.pageCount(), size.width(), size.height())


def make_printer(name: str, media: Media) -> QPrinter:
    """A QPrinter on the named printer (empty: the default) with the media as a margin-less full page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    target = name or QPrinterInfo.defaultPrinterName()
    if not target:
        raise PrintProblem(Problem.NO_PRINTER)
    info = QPrinterInfo.printerInfo(target)
    if info.isNull():
        raise PrintProblem(Problem.NOT_FOUND, target)
    if info.state() == QPrinter.PrinterState.Error:
        raise PrintProblem(Problem.OFFLINE, target)
    printer.setPrinterName(target)
    apply_media(printer, media)
    return printer


def apply_media(printer: QPrinter, media: Media) -> None:
    if media.name:
        page_size = QPageSize(QPageSize.PageSizeId[media.name])
    else:
        page_size = QPageSize(
            QSizeF(media.width_pt, media.height_pt),
            QPageSize.Unit.Point,
            "receipt",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    layout = QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    printer.setPageLayout(layout)
    printer.setFullPage(True)


def _render_dpi(printer: QPrinter, width_pt: float, height_pt: float) -> int:
    dpi = min(printer.resolution(), MAX_DPI)
    while dpi > 150 and (width_pt / 72 * dpi) * (height_pt / 72 * dpi) > MAX_PIXELS:
        dpi //= 2
    return max(dpi, 72)


def print_pdf(pdf: bytes, printer: QPrinter, *, title: str) -> int:
    """Paint every page (or the dialog's page range) of ``pdf`` onto ``printer``; returns pages printed."""
    document, _buffer = open_pdf(pdf)
    printer.setDocName(title)
    first, last = 1, document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(last, printer.toPage() or last)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintProblem(Problem.FAILED, printer.printerName(), "the printer did not start the job")
    options = QPdfDocumentRenderOptions()
    try:
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            size = document.pagePointSize(number - 1)
            dpi = _render_dpi(printer, size.width(), size.height())
            image = document.render(
                number - 1, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi)), options
            )
            if image.isNull():
                raise PrintProblem(Problem.FAILED, printer.printerName(), f"page {number} could not be drawn")
            if printer.colorMode() == QPrinter.ColorMode.GrayScale:
                image = image.convertToFormat(QImage.Format.Format_Grayscale8)
            painter.drawImage(_fit(printer.paperRect(QPrinter.Unit.DevicePixel), image), image)
    finally:
        painter.end()
    return last - first + 1


def _fit(paper: QRectF, image: QImage) -> QRectF:
    """The largest rectangle of the image's aspect ratio centred on the paper (1:1 when sizes match)."""
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        paper.x() + (paper.width() - width) / 2, paper.y() + (paper.height() - height) / 2, width, height
    )
