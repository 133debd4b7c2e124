"""Bilingual message text for code that has no Qt translator.

The GUI translates its own strings with Qt's translator; the domain core, the adapters and the CLI cannot, so
every message they show a person is a :class:`Text` carrying both languages, and the caller picks one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

Language = Literal["th", "en"]
LANGUAGES: tuple[Language, ...] = ("th", "en")

_current: Language = "th"


@dataclass(frozen=True)
class Text:
    """A message in Thai and English; ``format`` fills both with the same values."""

    th: str
    en: str

    def get(self, lang: Language | None = None) -> str:
        return self.en if (lang or _current) == "en" else self.th

    def format(self, **values: object) -> Text:
        return Text(self.th.format(**values), self.en.format(**values))

    def __str__(self) -> str:
        return self.get()


def set_language(lang: Language) -> None:
    """Choose the language for :meth:`Text.get` calls that do not name one (the app's setting)."""
    global _current
    _current = lang


def current_language() -> Language:
    return _current


def language_from_environment(default: Language = "th") -> Language:
    """Thai unless ``KIOSK_LANG=en``; the GUI then applies the language saved in Settings."""
    wanted = os.environ.get("KIOSK_LANG") or ""
    if wanted in LANGUAGES:
        return wanted
    return default
