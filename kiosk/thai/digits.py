"""Thai digits (๐–๙), which official documents may use in place of Arabic digits."""

from __future__ import annotations

_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_FROM_THAI = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def to_thai_digits(text: str) -> str:
    return text.translate(_TO_THAI)


def from_thai_digits(text: str) -> str:
    """Accept input typed with either digit set (a Thai keyboard layout types Thai digits)."""
    return text.translate(_FROM_THAI)
