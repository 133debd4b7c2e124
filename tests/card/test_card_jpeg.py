"""Finding the end of the JPEG in the photo area by its structure, never by guessing."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from services.cardreader.jpeg import NotAJpegError, jpeg_end
from services.virtualcard.photos import (
    PhotoVariant,
    photo_bytes,
    portrait,
    stale_padding,
    with_padding_lookalike,
)

JPEG = portrait(7)


def progressive(seed: int) -> bytes:
    image = Image.open(io.BytesIO(portrait(seed)))
    out = io.BytesIO()
    image.save(out, "JPEG", progressive=True, quality=80)
    return out.getvalue()


def with_restart_markers(seed: int) -> bytes:
    image = Image.open(io.BytesIO(portrait(seed)))
    out = io.BytesIO()
    image.save(out, "JPEG", restart_marker_blocks=1, quality=80)
    return out.getvalue()


@pytest.mark.parametrize(
    "jpeg",
    [JPEG, with_padding_lookalike(JPEG), progressive(3), with_restart_markers(4)],
    ids=["baseline", "padding-lookalike", "progressive", "restart-markers"],
)
@pytest.mark.parametrize("padding", [b"", bytes(600), b" " * 600, b"\xff" * 600, stale_padding(1, 600)])
def test_end_is_the_real_end_of_image(jpeg: bytes, padding: bytes) -> None:
    assert jpeg_end(jpeg + padding) == len(jpeg)


def test_trap_variant_holds_ffd9_and_padding_runs_inside_the_jpeg() -> None:
    trap = photo_bytes(1, PhotoVariant.PADDING_LOOKALIKE)
    assert trap.find(b"\xff\xd9") < len(trap) - 2
    assert bytes(64) in trap and b" " * 64 in trap
    assert Image.open(io.BytesIO(trap)).size == (148, 178)  # still a valid JPEG


def test_every_prefix_asks_for_more() -> None:
    for cut in range(len(JPEG)):
        assert jpeg_end(JPEG[:cut]) is None


@pytest.mark.parametrize("data", [b"\x00\x00", bytes(300), b"GIF89a", b"\xff\xd8\x00\x00"])
def test_not_a_jpeg(data: bytes) -> None:
    with pytest.raises(NotAJpegError):
        jpeg_end(data)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_give_an_end_none_or_not_a_jpeg(data: bytes) -> None:
    try:
        end = jpeg_end(data)
    except NotAJpegError:
        return
    assert end is None or 4 <= end <= len(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.integers(min_value=2, max_value=len(JPEG) - 2))
def test_corrupted_jpegs_never_crash(noise: bytes, at: int) -> None:
    data = JPEG[:at] + noise + JPEG[at:]
    try:
        end = jpeg_end(data)
    except NotAJpegError:
        return
    assert end is None or end <= len(data)
