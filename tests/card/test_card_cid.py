"""Citizen ID validation, display and masking (kiosk.cid)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.th import pin

from kiosk.cid import CidCheck, check_cid, format_cid, is_valid_cid, mask_cid

VALID = "1101700230708"  # the check digit of 110170023070 is 8


def test_valid_number_in_any_common_spelling() -> None:
    assert is_valid_cid(VALID)
    assert is_valid_cid("1-1017-00230-70-8")
    assert is_valid_cid(" 1 1017 00230 70 8 ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", CidCheck.EMPTY),
        ("1101", CidCheck.INCOMPLETE),
        ("110170023070a", CidCheck.NOT_DIGITS),
        ("๑๑๐๑๗๐๐๒๓๐๗๐๘", CidCheck.NOT_DIGITS),
        ("11017002307081", CidCheck.TOO_LONG),
        ("1101700230709", CidCheck.BAD_CHECK_DIGIT),
        ("0101700230707", CidCheck.BAD_FIRST_DIGIT),
        (VALID, CidCheck.VALID),
    ],
)
def test_check_says_what_is_wrong(text: str, expected: CidCheck) -> None:
    assert check_cid(text) is expected


def test_format_groups_like_the_card() -> None:
    assert format_cid(VALID) == "1-1017-00230-70-8"
    assert format_cid("12345") == "12345"


def test_mask_hides_digits_six_to_twelve() -> None:
    assert mask_cid(VALID) == "1-1017-xxxxx-xx-8"
    assert mask_cid("1-1017-00230-70-8") == "1-1017-xxxxx-xx-8"


def test_mask_of_garbage_reveals_nothing() -> None:
    assert mask_cid("3480200") == "xxxxxxx"
    assert mask_cid("ab12") == "xxxx"


@given(st.text(max_size=40))
def test_mask_never_shows_the_hidden_digits(text: str) -> None:
    masked = mask_cid(text)
    number = pin.compact(text)
    if len(number) == 13 and number.isascii() and number.isdigit():
        assert masked == f"{number[0]}-{number[1:5]}-xxxxx-xx-{number[12]}"
    else:
        assert set(masked) <= {"x"}
