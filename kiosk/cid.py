"""Thai citizen ID numbers (เลขประจำตัวประชาชน): validation, display format and masking.

The check-digit rule and the grouping come from python-stdnum's ``stdnum.th.pin`` so there is one well-tested
implementation. Masking lives here, in the core, because every screen and printout that shows an ID must hide the
same digits: PDPA asks us to show no more of the number than an officer needs to recognise a citizen (the first
five digits say where the person was registered, the last one catches a mix-up between two people).
"""

from __future__ import annotations

from enum import Enum

from stdnum import exceptions as stdnum_errors
from stdnum.th import pin

CID_LENGTH = 13
MASK_CHAR = "x"


class CidCheck(Enum):
    """What live validation tells the officer while they type a number by hand."""

    EMPTY = "empty"
    INCOMPLETE = "incomplete"
    NOT_DIGITS = "not-digits"
    BAD_FIRST_DIGIT = "bad-first-digit"
    BAD_CHECK_DIGIT = "bad-check-digit"
    TOO_LONG = "too-long"
    VALID = "valid"


def compact(text: str) -> str:
    """The number without the spaces and dashes people type or print between the groups."""
    return str(pin.compact(text))


def check_cid(text: str) -> CidCheck:
    """Classify a typed number so the form can say exactly what is wrong, not just "invalid"."""
    number = compact(text)
    if not number:
        return CidCheck.EMPTY
    if not number.isascii() or not number.isdigit():
        return CidCheck.NOT_DIGITS
    if len(number) < CID_LENGTH:
        return CidCheck.INCOMPLETE
    if len(number) > CID_LENGTH:
        return CidCheck.TOO_LONG
    try:
        pin.validate(number)
    except stdnum_errors.InvalidChecksum:
        return CidCheck.BAD_CHECK_DIGIT
    except stdnum_errors.InvalidComponent:
        return CidCheck.BAD_FIRST_DIGIT
    except stdnum_errors.ValidationError:
        return CidCheck.NOT_DIGITS
    return CidCheck.VALID


def is_valid_cid(text: str) -> bool:
    """True for a 13-digit number whose check digit matches (dashes and spaces are ignored)."""
    return check_cid(text) is CidCheck.VALID


def format_cid(text: str) -> str:
    """``1-2345-67890-12-1``, the grouping printed on the card; text that is not 13 digits is returned as is."""
    number = compact(text)
    if len(number) != CID_LENGTH or not number.isascii() or not number.isdigit():
        return text
    return str(pin.format(number))


def mask_cid(text: str) -> str:
    """``1-2345-xxxxx-xx-1``: the grouped number with digits 6-12 hidden.

    Anything that is not 13 digits is masked completely (one mask character per character), so a malformed
    number read from a damaged card can never leak through the "not a number" path.
    """
    number = compact(text)
    if len(number) != CID_LENGTH or not number.isascii() or not number.isdigit():
        return MASK_CHAR * len(number)
    hidden = number[:5] + MASK_CHAR * 7 + number[12:]
    return str(pin.format(hidden))
