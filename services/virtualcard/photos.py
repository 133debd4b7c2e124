"""Portraits for the sample citizens, drawn at run time so no real face is ever shipped.

Each portrait is a small JPEG about the size a real card holds (148 x 178 pixels, a few kilobytes), drawn
deterministically from a seed. Two variants trap readers that guess where the JPEG ends instead of parsing it:
one carries a comment segment full of padding-like bytes and a stray ``FF D9`` (so "cut at the first FF D9" or
"cut at the first run of padding" truncates it); the other is stored with stale bytes containing ``FF D9`` in the
padding after it (so "cut at the last FF D9" keeps garbage).
"""

from __future__ import annotations

import io
import random
from enum import Enum
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter

WIDTH = 148
HEIGHT = 178
QUALITY = 85


class PhotoVariant(Enum):
    PLAIN = "plain"
    PADDING_LOOKALIKE = "padding-lookalike"
    """The JPEG itself contains long runs of 0x00 and 0x20 and an FF D9 inside a comment segment."""
    FFD9_IN_PADDING = "ffd9-in-padding"
    """The padding after the JPEG holds the tail of an older photo, end-of-image marker included."""


def portrait(seed: int) -> bytes:
    """A plain baseline JPEG of a stylised head and shoulders."""
    rng = random.Random(seed)
    background = (rng.randint(150, 200), rng.randint(180, 220), rng.randint(200, 240))
    skin = (rng.randint(170, 230), rng.randint(130, 190), rng.randint(100, 160))
    shirt = (rng.randint(20, 120), rng.randint(20, 120), rng.randint(60, 160))
    hair = (rng.randint(10, 50),) * 3
    image = Image.new("RGB", (WIDTH, HEIGHT), background)
    draw = ImageDraw.Draw(image)
    draw.ellipse((14, 120, 134, 240), fill=shirt)
    draw.rectangle((60, 100, 88, 135), fill=skin)
    draw.ellipse((38, 22 - rng.randint(0, 8), 110, 112), fill=hair)
    draw.ellipse((42, 34, 106, 116), fill=skin)
    for eye_x in (56, 84):
        draw.ellipse((eye_x, 64, eye_x + 8, 70), fill=(40, 30, 30))
    draw.arc((62, 84, 86, 100), 20, 160, fill=(120, 60, 60), width=2)
    pixels = image.load()
    assert pixels is not None
    for _ in range(3000):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        shade = rng.randint(-12, 12)
        red, green, blue = pixels[x, y]  # type: ignore[misc]
        pixels[x, y] = (_clamp(red + shade), _clamp(green + shade), _clamp(blue + shade))
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=QUALITY, optimize=True)
    return out.getvalue()


def _clamp(value: int) -> int:
    return max(0, min(255, value))


def with_padding_lookalike(jpeg: bytes) -> bytes:
    """Insert, right after SOI, a COM segment of padding-like bytes with an ``FF D9`` in the middle."""
    body = b"\x00" * 300 + b"\xff\xd9" + b" " * 300 + b"\x00" * 64
    segment = b"\xff\xfe" + (len(body) + 2).to_bytes(2, "big") + body
    return jpeg[:2] + segment + jpeg[2:]


def stale_padding(seed: int, size: int) -> bytes:
    """Padding that is not all zeros: the tail of an older, longer photo, ending in its own FF D9."""
    rng = random.Random(seed)
    tail = bytes(rng.randrange(256) for _ in range(min(size, 700)))
    stale = tail.replace(b"\xff", b"\xfe") + b"\xff\xd9"
    return (stale + b"\x00" * size)[:size]


@lru_cache(maxsize=32)
def photo_bytes(seed: int, variant: PhotoVariant) -> bytes:
    """The JPEG stored on a sample card (cached: drawing takes a few milliseconds)."""
    jpeg = portrait(seed)
    if variant is PhotoVariant.PADDING_LOOKALIKE:
        return with_padding_lookalike(jpeg)
    return jpeg
