"""Find where the JPEG in the card's photo area ends, without trimming a single byte of it.

The photo area is a fixed 5118 bytes; the JPEG inside is shorter and followed by padding. Peers either keep the
padding (a "JPEG" with garbage after it), strip trailing padding bytes (which eats a JPEG that really ends in
those bytes' values) or cut at the last ``FF D9`` (wrong when the padding holds stale data). The only sound way is
to walk the JPEG's own structure: marker segments carry their length, and in entropy-coded data ``FF`` is always
followed by ``00`` (stuffing), a restart marker or a fill byte, so the first other marker there is real. Walking the
structure also tells us, chunk by chunk, when we have read enough and can stop sending READs.
No image library exposes "the offset where this stream ended" for a buffer with trailing bytes, hence this walker.
"""

from __future__ import annotations

SOI = b"\xff\xd8"
_EOI = 0xD9
_SOS = 0xDA
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
"""TEM and RST0-7 carry no length field."""


class NotAJpegError(ValueError):
    """The bytes cannot be (the start of) a baseline or progressive JPEG."""


def jpeg_end(data: bytes) -> int | None:
    """Index just past the end-of-image marker, or None when ``data`` stops before the JPEG does.

    Raises :class:`NotAJpegError` as soon as the bytes break the JPEG structure.
    """
    if len(data) < 2:
        if data and data[0] != SOI[0]:
            raise NotAJpegError("no start-of-image marker")
        return None
    if not data.startswith(SOI):
        raise NotAJpegError("no start-of-image marker")
    size = len(data)
    i = 2
    while True:
        if i >= size:
            return None
        if data[i] != 0xFF:
            raise NotAJpegError(f"expected a marker at {i}")
        while i < size and data[i] == 0xFF:
            i += 1  # fill bytes before a marker
        if i >= size:
            return None
        marker = data[i]
        i += 1
        if marker == _EOI:
            return i
        if marker in _STANDALONE:
            continue
        if marker == 0x00 or marker == SOI[1]:
            raise NotAJpegError(f"unexpected marker {marker:02X} at {i - 1}")
        if i + 2 > size:
            return None
        length = (data[i] << 8) | data[i + 1]
        if length < 2:
            raise NotAJpegError(f"segment length {length} at {i}")
        i += length
        if marker == _SOS:
            found = _entropy_end(data, i)
            if found is None:
                return None
            i = found


def _entropy_end(data: bytes, start: int) -> int | None:
    """Index of the marker that ends a scan's entropy-coded data, or None if the data stops first."""
    i = start
    size = len(data)
    while True:
        i = data.find(0xFF, i)
        if i < 0 or i + 1 >= size:
            return None
        following = data[i + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            i += 1 if following == 0xFF else 2
            continue
        return i
