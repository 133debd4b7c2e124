"""The fonts the printed documents embed.

Sarabun (SIL Open Font License 1.1, see ``OFL.txt``) is the open release of the TH Sarabun New design that Thai
government documents use, copied here from the ``fontpkg-sarabun`` distribution so that a frozen (PyInstaller)
build finds it next to the code without depending on where pip put a package. Only Regular and Bold ship:
the forms need nothing else, and every extra weight is ~90 kB in each installer.
"""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent
SARABUN_REGULAR = FONT_DIR / "Sarabun-Regular.ttf"
SARABUN_BOLD = FONT_DIR / "Sarabun-Bold.ttf"
LICENSE = FONT_DIR / "OFL.txt"
