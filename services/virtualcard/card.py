"""The chip of a virtual Thai ID card: its file image and the APDUs it understands.

Transports (the vpcd client for the real PC/SC path, the in-process reader for demo mode without pcscd) only move
bytes; everything a card decides lives here, so both paths test the same card. The card follows ISO 7816-4 where
the Thai applet does: ``61 xx`` then GET RESPONSE (P2 ``00``, or ``01`` on the ``3B 67`` generation, the other
refused with ``6A 86``), ``6C xx`` for a GET RESPONSE asking for more than is pending, ``6A 82`` for an unknown
application.
"""

from __future__ import annotations

import threading

from services.cardreader.layout import PHOTO_AREA, PHOTO_END, PHOTO_OFFSET, TEXT_FIELDS, Field
from services.virtualcard.citizens import CardProfile, ResponseStyle, SampleCitizen
from services.virtualcard.photos import PhotoVariant, photo_bytes, stale_padding

THAI_ID_AID = bytes.fromhex("A000000054480001")
IMAGE_SIZE = max(item.end for item in TEXT_FIELDS)
SELECT_RESPONSE_LENGTH = 0x0A


def _sw(sw: int) -> bytes:
    return sw.to_bytes(2, "big")


SW_OK = _sw(0x9000)
SW_WRONG_LENGTH = _sw(0x6700)
SW_NOT_ALLOWED = _sw(0x6986)
SW_NO_PENDING = _sw(0x6985)
SW_NOT_FOUND = _sw(0x6A82)
SW_WRONG_P1P2 = _sw(0x6A86)
SW_OUT_OF_RANGE = _sw(0x6B00)
SW_UNKNOWN_INS = _sw(0x6D00)
SW_UNKNOWN_CLA = _sw(0x6E00)


class CardPulledOut(Exception):
    """Raised instead of an answer when the card was told to leave the reader after N commands."""


def encode_text(text: str, length: int) -> bytes:
    """TIS-620 text padded with spaces to the field length; too long is a bug in the sample data."""
    raw = text.encode("cp874")
    if len(raw) > length:
        raise ValueError(f"{len(raw)} bytes do not fit a {length}-byte field")
    return raw.ljust(length, b" ")


def _field_texts(citizen: SampleCitizen) -> dict[Field, str]:
    return {
        Field.CID: citizen.cid,
        Field.NAME_TH: "#".join(citizen.name_th),
        Field.NAME_EN: "#".join(citizen.name_en),
        Field.BIRTH: citizen.birth,
        Field.SEX: citizen.sex,
        Field.ISSUER: citizen.issuer,
        Field.ISSUE_DATE: citizen.issue_date,
        Field.EXPIRY: citizen.expiry_date,
        Field.ADDRESS: "#".join(citizen.address),
        Field.CARD_NUMBER: citizen.card_number,
    }


def card_image(citizen: SampleCitizen) -> bytes:
    """The applet's file as a real card lays it out: text fields, photo area (JPEG + padding), gaps zeroed."""
    image = bytearray(IMAGE_SIZE)
    for item, text in _field_texts(citizen).items():
        image[item.offset : item.end] = encode_text(text, item.length)
    jpeg = photo_bytes(citizen.photo_seed, citizen.photo_variant)
    if len(jpeg) > PHOTO_AREA:
        raise ValueError("sample photo larger than the card's photo area")
    padding_size = PHOTO_AREA - len(jpeg)
    if citizen.photo_variant is PhotoVariant.FFD9_IN_PADDING:
        padding = stale_padding(citizen.photo_seed, padding_size)
    else:
        padding = bytes(padding_size)
    image[PHOTO_OFFSET:PHOTO_END] = jpeg + padding
    return bytes(image)


class VirtualThaiIdCard:
    """A powered chip answering APDUs. Thread-safe: a transport thread and a test may both poke it."""

    def __init__(self, profile: CardProfile, *, atr: bytes | None = None) -> None:
        self.profile = profile
        self.atr = atr if atr is not None else profile.atr
        self.image = card_image(profile.citizen) if profile.citizen is not None else b""
        self._get_response_p2 = 0x01 if self.atr.startswith(b"\x3b\x67") else 0x00
        self._lock = threading.Lock()
        self._selected = False
        self._pending = b""
        self._pull_out_after: int | None = None
        self.commands = 0
        """APDUs answered so far, across power cycles."""

    @property
    def photo(self) -> bytes:
        """The JPEG stored on the card (what a correct reader must return, byte for byte)."""
        if self.profile.citizen is None:
            return b""
        return photo_bytes(self.profile.citizen.photo_seed, self.profile.citizen.photo_variant)

    def pull_out_after(self, commands: int | None) -> None:
        """Leave the reader instead of answering once ``commands`` more APDUs have been answered."""
        with self._lock:
            self._pull_out_after = None if commands is None else self.commands + commands

    def reset(self) -> None:
        """Power on, power off and reset all end the selection, as on a real chip."""
        with self._lock:
            self._selected = False
            self._pending = b""

    def process(self, apdu: bytes) -> bytes:
        with self._lock:
            if self._pull_out_after is not None and self.commands >= self._pull_out_after:
                raise CardPulledOut()
            self.commands += 1
            return self._answer(apdu)

    def _answer(self, apdu: bytes) -> bytes:
        pending, self._pending = self._pending, b""
        if len(apdu) < 4:
            return SW_WRONG_LENGTH
        cla, ins = apdu[0], apdu[1]
        if ins == 0xA4 and cla == 0x00:
            return self._select(apdu)
        if self.profile.citizen is None:
            return SW_UNKNOWN_INS
        if ins == 0xB0 and cla == 0x80:
            return self._read(apdu)
        if ins == 0xC0 and cla == 0x00:
            return self._get_response(apdu, pending)
        return SW_UNKNOWN_CLA if cla not in (0x00, 0x80) else SW_UNKNOWN_INS

    def _select(self, apdu: bytes) -> bytes:
        aid = apdu[5 : 5 + apdu[4]] if len(apdu) > 5 else b""
        if self.profile.citizen is None or apdu[2:4] != b"\x04\x00" or aid != THAI_ID_AID:
            self._selected = False
            return SW_NOT_FOUND
        self._selected = True
        if self.profile.response_style is ResponseStyle.DIRECT:
            return SW_OK
        return bytes([0x61, SELECT_RESPONSE_LENGTH])

    def _read(self, apdu: bytes) -> bytes:
        if not self._selected:
            return SW_NOT_ALLOWED
        if len(apdu) != 7 or apdu[4:6] != b"\x02\x00" or apdu[6] == 0:
            return SW_WRONG_LENGTH
        offset = (apdu[2] << 8) | apdu[3]
        length = apdu[6]
        if offset + length > len(self.image):
            return SW_OUT_OF_RANGE
        if self.profile.reject_spanning_reads and not _within_one_area(offset, length):
            return SW_WRONG_LENGTH
        data = self.image[offset : offset + length]
        if self.profile.response_style is ResponseStyle.DIRECT:
            return data + SW_OK
        self._pending = data
        return bytes([0x61, length])

    def _get_response(self, apdu: bytes, pending: bytes) -> bytes:
        if apdu[2] != 0x00 or apdu[3] != self._get_response_p2:
            self._pending = pending
            return SW_WRONG_P1P2
        if not pending:
            return SW_NO_PENDING
        wanted = apdu[4] if len(apdu) > 4 else 0
        wanted = wanted or 0x100
        if wanted > len(pending):
            self._pending = pending
            return bytes([0x6C, len(pending) & 0xFF])
        self._pending = pending[wanted:]
        status = bytes([0x61, len(self._pending) & 0xFF]) if self._pending else SW_OK
        return pending[:wanted] + status


def _within_one_area(offset: int, length: int) -> bool:
    end = offset + length
    if offset >= PHOTO_OFFSET and end <= PHOTO_END:
        return True
    return any(item.offset <= offset and end <= item.end for item in TEXT_FIELDS)
