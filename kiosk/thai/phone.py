"""Thai phone numbers as people type them, normalised to one form.

Officers key in ``081-234-5678``, ``081 234 5678``, ``+66 81 234 5678`` or Thai digits; we keep the national form
``0812345678`` (9 digits for landlines, 10 for mobiles) so that search by the last four digits works.
"""

from __future__ import annotations

import re

from kiosk.thai.digits import from_thai_digits


class InvalidPhone(ValueError):
    pass


def normalise_phone(text: str) -> str:
    digits = re.sub(r"[\s\-().]", "", from_thai_digits(text.strip()))
    if digits.startswith("+66"):
        digits = "0" + digits[3:]
    elif digits.startswith("66") and len(digits) in (10, 11):
        digits = "0" + digits[2:]
    if not digits.isdigit() or not digits.startswith("0"):
        raise InvalidPhone(text)
    mobile = digits[1] in "689"
    if (mobile and len(digits) != 10) or (not mobile and len(digits) != 9):
        raise InvalidPhone(text)
    return digits


def format_phone(normalised: str) -> str:
    """``081-234-5678`` for mobiles, ``02-123-4567`` / ``045-712-345`` for landlines."""
    if len(normalised) == 10:
        return f"{normalised[:3]}-{normalised[3:6]}-{normalised[6:]}"
    if normalised.startswith("02"):
        return f"{normalised[:2]}-{normalised[2:5]}-{normalised[5:]}"
    return f"{normalised[:3]}-{normalised[3:6]}-{normalised[6:]}"


def last_four(normalised: str) -> str:
    return normalised[-4:]
