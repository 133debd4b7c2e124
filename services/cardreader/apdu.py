"""The Thai ID applet's command set over a :class:`~services.cardreader.backend.CardConnection`.

``READ`` (``80 B0 P1 P2 02 00 LL``) usually answers ``61 LL`` and the data must be fetched with GET RESPONSE,
whose P2 depends on the card generation: ``00 C0 00 00 LL`` for most cards, ``00 C0 00 01 LL`` for cards whose
ATR starts ``3B 67``. Some readers or cards hand the data back at once with ``90 00``, and a card may answer
``6C xx`` ("ask again with length xx"). :class:`Channel` handles all of these and counts every exchange, since
exchanges are what a slow contact chip makes the citizen wait for.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.cardreader.backend import CardConnection
from services.cardreader.errors import CardRemovedError

THAI_ID_AID = bytes.fromhex("A000000054480001")
SELECT_THAI_ID = bytes([0x00, 0xA4, 0x04, 0x00, len(THAI_ID_AID)]) + THAI_ID_AID
ATR_PREFIX_GET_RESPONSE_P2_01 = bytes([0x3B, 0x67])

SW_OK = 0x9000
SW1_MORE_DATA = 0x61
SW1_WRONG_LE = 0x6C
SW_WRONG_P1P2 = (0x6A86, 0x6B00)
"""Answers of a card that wants the other GET RESPONSE variant."""
MAX_REISSUES = 4
"""A well-behaved card needs one extra exchange for 6Cxx; a card that keeps asking is broken."""


class StatusError(Exception):
    """The card answered with an error status word. Internal: the reader turns it into a KioskError."""

    def __init__(self, sw: int) -> None:
        super().__init__(f"card answered {sw:04X}")
        self.sw = sw


@dataclass(frozen=True)
class Response:
    data: bytes
    sw: int

    @property
    def sw1(self) -> int:
        return self.sw >> 8

    @property
    def sw2(self) -> int:
        return self.sw & 0xFF


def read_command(offset: int, length: int) -> bytes:
    if not 0 <= offset <= 0xFFFF or not 1 <= length <= 0xFF:
        raise ValueError("offset or length outside what READ can address")
    return bytes([0x80, 0xB0, offset >> 8, offset & 0xFF, 0x02, 0x00, length])


def get_response_command(p2: int, length: int) -> bytes:
    return bytes([0x00, 0xC0, 0x00, p2, length])


def get_response_p2_for(atr: bytes) -> int:
    return 0x01 if atr.startswith(ATR_PREFIX_GET_RESPONSE_P2_01) else 0x00


class Channel:
    """Transmits APDUs, follows 61xx/6Cxx, and counts exchanges."""

    def __init__(self, connection: CardConnection) -> None:
        self._connection = connection
        self._get_response_p2 = get_response_p2_for(connection.atr)
        self.exchanges = 0

    @property
    def atr(self) -> bytes:
        return self._connection.atr

    def transmit(self, apdu: bytes) -> Response:
        self.exchanges += 1
        raw = self._connection.transmit(apdu)
        if len(raw) < 2:
            # vpcd and some readers report a card pulled out mid-command as an empty answer.
            raise CardRemovedError()
        return Response(raw[:-2], (raw[-2] << 8) | raw[-1])

    def select_thai_id(self) -> Response:
        """SELECT the applet; the caller decides what a refusal means."""
        return self.transmit(SELECT_THAI_ID)

    def read(self, offset: int, length: int) -> bytes:
        """READ ``length`` bytes at ``offset``, fetching the data however the card offers it."""
        command = read_command(offset, length)
        response = self._transmit_following_6c(command)
        return self._collect(response)

    def _transmit_following_6c(self, command: bytes) -> Response:
        response = self.transmit(command)
        for _ in range(MAX_REISSUES):
            if response.sw1 != SW1_WRONG_LE:
                return response
            command = command[:-1] + bytes([response.sw2])
            response = self.transmit(command)
        raise StatusError(response.sw)

    def _collect(self, response: Response) -> bytes:
        data = bytearray(response.data)
        for _ in range(MAX_REISSUES + 1):
            if response.sw == SW_OK:
                return bytes(data)
            if response.sw1 != SW1_MORE_DATA:
                raise StatusError(response.sw)
            response = self._get_response(response.sw2)
            data += response.data
        raise StatusError(response.sw)

    def _get_response(self, available: int) -> Response:
        length = available if available else 0x00
        response = self._transmit_following_6c(get_response_command(self._get_response_p2, length))
        if response.sw in SW_WRONG_P1P2:
            # An ATR we did not expect for this card generation: try the other variant once and keep it.
            self._get_response_p2 ^= 0x01
            response = self._transmit_following_6c(get_response_command(self._get_response_p2, length))
        return response
