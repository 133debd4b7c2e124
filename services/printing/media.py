"""Paper as CUPS names it: the standard sheets by name, a receipt roll as a custom size cut to the content.

A PDF printed on media of its own page size comes out 1:1; on any other media CUPS scales it to fit, which
shrinks a receipt's barcode below what a scanner reads. So every job names its media explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4

# The paper choices offered in Settings, by the name stored in the settings.
ROLL_80 = "80mm"
SHEETS: dict[str, tuple[float, float]] = {
    "A5": (148 * MM, 210 * MM),
    "A4": (210 * MM, 297 * MM),
    "A3": (297 * MM, 420 * MM),
}
PAPERS: tuple[str, ...] = (ROLL_80, *SHEETS)


@dataclass(frozen=True)
class Media:
    """The paper a job asks for: a named sheet, or a custom size in points (a length of roll)."""

    width_pt: float
    height_pt: float
    name: str = ""

    @property
    def cups_option(self) -> str:
        """The value of ``lp -o media=...``."""
        if self.name:
            return self.name
        return f"Custom.{self.width_pt:.2f}x{self.height_pt:.2f}"

    @property
    def width_mm(self) -> float:
        return self.width_pt / MM

    @property
    def height_mm(self) -> float:
        return self.height_pt / MM


def media_for(paper: str, page_width_pt: float, page_height_pt: float) -> Media:
    """The media for a document of the given first-page size on the paper chosen in Settings.

    A roll is cut to the document's length; a sheet keeps its standard size (a landscape page still goes on the
    portrait sheet, the printer rotates it).
    """
    if paper == ROLL_80:
        return Media(page_width_pt, page_height_pt)
    try:
        width, height = SHEETS[paper]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}; expected one of {', '.join(PAPERS)}") from None
    return Media(width, height, paper)


def paper_for_page(page_width_pt: float, page_height_pt: float) -> str:
    """The standard paper whose size matches a page (either orientation), or the roll for anything else."""
    short, long = sorted((page_width_pt, page_height_pt))
    for name, (width, height) in SHEETS.items():
        if abs(short - width) < 2 and abs(long - height) < 2:
            return name
    return ROLL_80
