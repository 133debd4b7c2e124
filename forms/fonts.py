"""Registering the embedded Thai font with reportlab, once per process.

reportlab keeps a process-wide font registry; registering is cheap (~10 ms) but must happen before the first
document, and a second registration of the same name would replace a font other code may be holding. Every
document calls :func:`ensure_fonts` first.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources.fonts import SARABUN_BOLD, SARABUN_REGULAR

REGULAR = "Sarabun"
BOLD = "Sarabun-Bold"

_lock = threading.Lock()
_registered = False


def ensure_fonts() -> None:
    """Register Sarabun Regular and Bold (embedded as subsets in every PDF)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        pdfmetrics.registerFont(TTFont(REGULAR, str(SARABUN_REGULAR)))
        pdfmetrics.registerFont(TTFont(BOLD, str(SARABUN_BOLD)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
