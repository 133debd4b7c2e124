"""Reading a Thai ID card: the text first (so the officer sees the name at once), then the photo.

A :class:`CardSession` holds one connection. :meth:`CardSession.read_text` needs seven exchanges on a typical card
(SELECT plus three READ + GET RESPONSE pairs); :meth:`CardSession.read_photo` reads 255-byte chunks only until the
JPEG's end-of-image marker. Nothing is returned from a read that did not finish: a card pulled out half-way
raises :class:`~services.cardreader.errors.CardRemovedError` and the bytes read so far are dropped with the frame.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from types import TracebackType

from services.cardreader.apdu import SW1_MORE_DATA, SW_OK, Channel, StatusError
from services.cardreader.backend import CardBackend, CardConnection
from services.cardreader.errors import (
    CardCommunicationError,
    NoCardError,
    NoReaderError,
    NotThaiIdCardError,
    UnreadableFieldError,
)
from services.cardreader.jpeg import NotAJpegError, jpeg_end
from services.cardreader.layout import (
    MAX_READ,
    PHOTO_AREA,
    PHOTO_NAME_EN,
    PHOTO_NAME_TH,
    PHOTO_OFFSET,
    TEXT_FIELDS,
    Field,
    Span,
    plan_spans,
)
from services.cardreader.model import CardText, ThaiIdCard
from services.cardreader.parse import parse_text

log = logging.getLogger(__name__)

SETTLE_DELAYS = (0.1, 0.2, 0.4)
"""Seconds to wait before each retry: some readers answer "unresponsive" or "busy" right after insertion."""


class CardSession:
    """One connection to a card; use as a context manager so the connection is always released."""

    def __init__(
        self, connection: CardConnection, *, plan: Callable[[Iterable[Field]], list[Span]] = plan_spans
    ) -> None:
        self._connection = connection
        self._channel = Channel(connection)
        self._plan = plan
        self._selected = False
        self._spans_refused = False
        """Set once the card refuses a multi-field read; later spans then go field by field straight away."""

    @property
    def exchanges(self) -> int:
        """APDU exchanges sent so far (every transmit counts, GET RESPONSE included)."""
        return self._channel.exchanges

    @property
    def atr(self) -> bytes:
        return self._connection.atr

    def read_text(self) -> CardText:
        """Every text field, parsed; the officer can start with these while the photo is still coming."""
        self._select()
        fields: dict[Field, bytes] = {}
        for span in self._plan(TEXT_FIELDS):
            fields.update(self._read_span(span))
        return parse_text(fields, self.atr)

    def read_photo(self) -> bytes:
        """The JPEG exactly as stored, from its first byte through its end-of-image marker."""
        self._select()
        data = bytearray()
        while len(data) < PHOTO_AREA:
            length = min(MAX_READ, PHOTO_AREA - len(data))
            data += self._read_or_fail(PHOTO_OFFSET + len(data), length, PHOTO_NAME_TH, PHOTO_NAME_EN)
            try:
                end = jpeg_end(bytes(data))
            except NotAJpegError:
                raise UnreadableFieldError(PHOTO_NAME_TH, PHOTO_NAME_EN) from None
            if end is not None:
                return bytes(data[:end])
        raise UnreadableFieldError(PHOTO_NAME_TH, PHOTO_NAME_EN)

    def read_bytes(self, offset: int, length: int) -> bytes:
        """Raw bytes of the applet's file (diagnostics, and the benchmark's baseline plan)."""
        self._select()
        return self._read_or_fail(offset, length, "ข้อมูล", "data")

    def read_all(self) -> ThaiIdCard:
        text = self.read_text()
        return ThaiIdCard(text, self.read_photo())

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> CardSession:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _select(self) -> None:
        if self._selected:
            return
        response = self._channel.select_thai_id()
        if response.sw != SW_OK and response.sw1 != SW1_MORE_DATA:
            raise NotThaiIdCardError()
        self._selected = True

    def _read_span(self, span: Span) -> dict[Field, bytes]:
        if len(span.fields) > 1 and self._spans_refused:
            return self._read_fields(span.fields)
        try:
            data = self._channel.read(span.offset, span.length)
            status = SW_OK
        except StatusError as error:
            data, status = b"", error.sw
        if len(data) >= span.length:
            return {item: span.slice_of(data, item) for item in span.fields}
        if len(span.fields) == 1:
            raise UnreadableFieldError(span.fields[0].name_th, span.fields[0].name_en)
        log.info("card refused a %d-byte read (SW %04X); reading field by field", span.length, status)
        self._spans_refused = True
        return self._read_fields(span.fields)

    def _read_fields(self, fields: Iterable[Field]) -> dict[Field, bytes]:
        return {
            item: self._read_or_fail(item.offset, item.length, item.name_th, item.name_en) for item in fields
        }

    def _read_or_fail(self, offset: int, length: int, name_th: str, name_en: str) -> bytes:
        try:
            data = self._channel.read(offset, length)
        except StatusError:
            raise UnreadableFieldError(name_th, name_en) from None
        if len(data) < length:
            raise UnreadableFieldError(name_th, name_en)
        return data[:length]


def open_session(
    backend: CardBackend,
    reader: str,
    *,
    plan: Callable[[Iterable[Field]], list[Span]] = plan_spans,
    sleep: Callable[[float], None] = time.sleep,
) -> CardSession:
    """Connect to the card in ``reader``, retrying while a freshly inserted card settles."""
    for delay in (*SETTLE_DELAYS, None):
        try:
            return CardSession(backend.connect(reader), plan=plan)
        except (CardCommunicationError, NoCardError):
            if delay is None:
                raise
            sleep(delay)
    raise AssertionError("unreachable")


def first_reader_with_card(
    backend: CardBackend,
    *,
    wait: float = 0.0,
    reader: str | None = None,
    poll: float = 0.1,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """The first reader holding a card (or ``reader``, once it holds one), waiting up to ``wait`` seconds."""
    deadline = clock() + wait
    while True:
        readers = backend.list_readers()
        with_card = backend.readers_with_card() if readers else []
        if reader is not None:
            with_card = [name for name in with_card if name == reader]
        if with_card:
            return with_card[0]
        if clock() >= deadline:
            if not readers or (reader is not None and reader not in readers):
                raise NoReaderError()
            raise NoCardError()
        sleep(poll)


def read_card(backend: CardBackend, reader: str | None = None, *, wait: float = 0.0) -> ThaiIdCard:
    """Text and photo of the card in ``reader`` (default: the first reader with a card)."""
    name = first_reader_with_card(backend, wait=wait, reader=reader)
    with open_session(backend, name) as session:
        return session.read_all()
