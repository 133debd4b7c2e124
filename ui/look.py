"""Fonts, translations and the stylesheet: how the app looks and which language it speaks.

Sarabun (the open release of the government's TH Sarabun New design, OFL) is bundled and registered at start so
Thai renders the same on every counter PC, whatever fonts the OS has. UI strings are written in English and
translated to Thai by Qt's translator; Thai is the default.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.i18n import Language

log = logging.getLogger(__name__)
UI_FONT_FAMILY = "Sarabun"
UI_POINT_SIZE = 13

STYLESHEET = """
QWidget { font-size: 13pt; }
QPushButton { padding: 6px 16px; min-height: 32px; }
QPushButton[primary="true"] { background: #1a5fb4; color: white; font-weight: bold; border-radius: 4px; }
QPushButton[primary="true"]:disabled { background: #8aa7cf; }
QLabel[role="title"] { font-size: 20pt; font-weight: bold; color: #1a3a6b; }
QLabel[role="hint"] { color: #555; }
QLabel[role="placeholder"] { font-size: 15pt; color: #555; }
QFrame[role="message"] { border-radius: 4px; padding: 4px; }
QFrame[level="error"] { background: #fde2e1; border: 1px solid #c01c28; }
QFrame[level="warning"] { background: #fff4ce; border: 1px solid #c88800; }
QFrame[level="info"] { background: #e3f0ff; border: 1px solid #1a5fb4; }
QListWidget#navigation { font-size: 15pt; background: #f3f6fb; border: none; }
QListWidget#navigation::item { padding: 12px 10px; }
QListWidget#navigation::item:selected { background: #1a5fb4; color: white; }
"""


def font_files() -> list[Path]:
    folder = resources.files("resources") / "fonts"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".ttf"))


def register_fonts(app: QApplication) -> bool:
    """Register the bundled fonts and make Sarabun the UI font; False if none could be loaded."""
    loaded = False
    for path in font_files():
        if QFontDatabase.addApplicationFont(str(path)) >= 0:
            loaded = True
        else:
            log.warning("could not load font %s", path.name)
    if loaded:
        app.setFont(QFont(UI_FONT_FAMILY, UI_POINT_SIZE))
    return loaded


def translations_dir() -> Path:
    return Path(str(resources.files("resources") / "i18n"))


def install_translator(app: QApplication, language: Language) -> QTranslator | None:
    """Load the Thai translation of the UI; English needs none (it is the source language)."""
    QLocale.setDefault(QLocale(QLocale.Language.Thai if language == "th" else QLocale.Language.English))
    if language != "th":
        return None
    translator = QTranslator(app)
    if not translator.load(str(translations_dir() / "th.qm")):
        log.warning("Thai translation missing; the UI shows English")
        return None
    app.installTranslator(translator)
    return translator


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(STYLESHEET)
