"""APDU sequences of the reader against a scripted card: every response style and every failure."""

from __future__ import annotations

import pytest
from card_support import ScriptedConnection, apdu
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.cardreader import (
    CardRemovedError,
    NotThaiIdCardError,
    UnreadableFieldError,
)
from services.cardreader.layout import PHOTO_OFFSET, TEXT_FIELDS, Field, per_field_spans
from services.cardreader.reader import CardSession
from services.virtualcard.card import card_image
from services.virtualcard.citizens import (
    ATR_3B67,
    ATR_STANDARD,
    BANGKOK,
    MIDDLE_NAME,
    YASOTHON,
    SampleCitizen,
)
from services.virtualcard.photos import PhotoVariant, photo_bytes

IMAGE = card_image(BANGKOK)
SELECT = "00 A4 04 00 08 A0 00 00 00 54 48 00 01"
OK = b"\x90\x00"


def read(offset: int, length: int) -> str:
    return f"80 B0 {offset >> 8:02X} {offset & 0xFF:02X} 02 00 {length:02X}"


def data(offset: int, length: int) -> bytes:
    return IMAGE[offset : offset + length]


def more(length: int) -> bytes:
    return bytes([0x61, length])


def sw(value: int) -> bytes:
    return value.to_bytes(2, "big")


SPANS = [(0x0004, 0xDE), (0x00F6, 0x81), (0x1579, 0xAE)]


def get_response_script(p2: int) -> list[tuple[str, bytes | BaseException]]:
    script: list[tuple[str, bytes | BaseException]] = [(SELECT, more(0x0A))]
    for offset, length in SPANS:
        script.append((read(offset, length), more(length)))
        script.append((f"00 C0 00 {p2:02X} {length:02X}", data(offset, length) + OK))
    return script


def assert_bangkok(session: CardSession) -> None:
    text = session.read_text()
    assert text.cid == BANGKOK.cid and text.cid_valid
    assert text.name_th.first == "ณัฐธิดา"
    assert text.address.province == "กรุงเทพมหานคร"
    assert text.card_number == BANGKOK.card_number


def test_standard_card_text_in_seven_exchanges() -> None:
    connection = ScriptedConnection(ATR_STANDARD, get_response_script(0x00))
    session = CardSession(connection)
    assert_bangkok(session)
    assert connection.finished
    assert session.exchanges == 7


def test_3b67_card_gets_get_response_with_p2_01() -> None:
    connection = ScriptedConnection(ATR_3B67, get_response_script(0x01))
    session = CardSession(connection)
    assert_bangkok(session)
    assert connection.finished


def test_data_with_9000_directly_needs_no_get_response() -> None:
    script: list[tuple[str, bytes | BaseException]] = [(SELECT, OK)]
    script += [(read(offset, length), data(offset, length) + OK) for offset, length in SPANS]
    connection = ScriptedConnection(ATR_STANDARD, script)
    session = CardSession(connection)
    assert_bangkok(session)
    assert session.exchanges == 4


def test_6cxx_repeats_the_command_with_the_length_the_card_asks_for() -> None:
    script = get_response_script(0x00)
    offset, length = SPANS[0]
    # The card first wants the READ again with its own length, then GET RESPONSE with a smaller Le.
    script[1:3] = [
        (read(offset, length), sw(0x6C00 | length)),
        (read(offset, length), more(length)),
        (f"00 C0 00 00 {length:02X}", sw(0x6C00 | (length - 6))),
        (f"00 C0 00 00 {length - 6:02X}", data(offset, length - 6) + more(6)),
        ("00 C0 00 00 06", data(offset + length - 6, 6) + OK),
    ]
    connection = ScriptedConnection(ATR_STANDARD, script)
    assert_bangkok(CardSession(connection))
    assert connection.finished


def test_unexpected_get_response_variant_is_switched_once_and_kept() -> None:
    script = get_response_script(0x01)
    offset, length = SPANS[0]
    script[2:3] = [
        (f"00 C0 00 00 {length:02X}", sw(0x6A86)),
        (f"00 C0 00 01 {length:02X}", data(offset, length) + OK),
    ]
    connection = ScriptedConnection(ATR_STANDARD, script)  # standard ATR, yet the card wants P2 = 01
    assert_bangkok(CardSession(connection))
    assert connection.finished


def test_refused_span_falls_back_to_fields_and_stays_there() -> None:
    script: list[tuple[str, bytes | BaseException]] = [(SELECT, more(0x0A))]
    offset, length = SPANS[0]
    script.append((read(offset, length), sw(0x6700)))
    for span in per_field_spans(TEXT_FIELDS):
        script.append((read(span.offset, span.length), more(span.length)))
        script.append((f"00 C0 00 00 {span.length:02X}", data(span.offset, span.length) + OK))
    connection = ScriptedConnection(ATR_STANDARD, script)
    session = CardSession(connection)
    assert_bangkok(session)
    assert connection.finished
    assert session.exchanges == 1 + 1 + 2 * len(TEXT_FIELDS)


def test_foreign_card_is_not_a_thai_id() -> None:
    connection = ScriptedConnection(ATR_STANDARD, [(SELECT, sw(0x6A82))])
    with pytest.raises(NotThaiIdCardError) as caught:
        CardSession(connection).read_text()
    assert "Thai" in caught.value.what.en and caught.value.what.th


def test_field_refused_even_alone_is_unreadable() -> None:
    script: list[tuple[str, bytes | BaseException]] = [(SELECT, more(0x0A))]
    offset, length = SPANS[0]
    script.append((read(offset, length), sw(0x6700)))
    cid = Field.CID
    script.append((read(cid.offset, cid.length), sw(0x6A82)))
    with pytest.raises(UnreadableFieldError) as caught:
        CardSession(ScriptedConnection(ATR_STANDARD, script)).read_text()
    assert caught.value.field_en == "citizen ID"


def test_single_field_span_refused_is_unreadable() -> None:
    script: list[tuple[str, bytes | BaseException]] = [(SELECT, OK)]
    spans = per_field_spans(TEXT_FIELDS)
    script += [(read(span.offset, span.length), data(span.offset, span.length) + OK) for span in spans[:-1]]
    script.append((read(spans[-1].offset, spans[-1].length), sw(0x6B00)))
    session = CardSession(ScriptedConnection(ATR_STANDARD, script), plan=per_field_spans)
    with pytest.raises(UnreadableFieldError) as caught:
        session.read_text()
    assert caught.value.field_en == "card number"


def test_empty_answer_means_the_card_left() -> None:
    script = get_response_script(0x00)[:3]
    script[2] = (script[2][0], b"")
    with pytest.raises(CardRemovedError):
        CardSession(ScriptedConnection(ATR_STANDARD, script)).read_text()


def test_transport_error_mid_read_discards_everything() -> None:
    script = get_response_script(0x00)[:4]
    script[3] = (script[3][0], CardRemovedError())
    connection = ScriptedConnection(ATR_STANDARD, script)
    session = CardSession(connection)
    with pytest.raises(CardRemovedError):
        session.read_text()


def photo_script(image: bytes, jpeg_length: int, p2: int = 0x00) -> list[tuple[str, bytes | BaseException]]:
    script: list[tuple[str, bytes | BaseException]] = [(SELECT, more(0x0A))]
    position = 0
    while position < jpeg_length:
        offset = PHOTO_OFFSET + position
        script.append((read(offset, 0xFF), more(0xFF)))
        script.append((f"00 C0 00 {p2:02X} FF", image[offset : offset + 0xFF] + OK))
        position += 0xFF
    return script


@pytest.mark.parametrize("citizen", [BANGKOK, MIDDLE_NAME], ids=["plain", "padding-lookalike"])
def test_photo_reads_only_the_chunks_holding_the_jpeg(citizen: SampleCitizen) -> None:
    image = card_image(citizen)
    jpeg = photo_bytes(citizen.photo_seed, citizen.photo_variant)
    atr = ATR_3B67 if citizen is MIDDLE_NAME else ATR_STANDARD
    connection = ScriptedConnection(
        atr, photo_script(image, len(jpeg), 0x01 if citizen is MIDDLE_NAME else 0)
    )
    photo = CardSession(connection).read_photo()
    assert photo == jpeg
    assert connection.finished


def test_photo_ends_at_its_own_marker_not_at_stale_ones_in_the_padding() -> None:
    assert YASOTHON.photo_variant is PhotoVariant.FFD9_IN_PADDING
    image = card_image(YASOTHON)
    jpeg = photo_bytes(YASOTHON.photo_seed, YASOTHON.photo_variant)
    area = image[PHOTO_OFFSET : PHOTO_OFFSET + 5118]
    assert area.rfind(b"\xff\xd9") > len(jpeg)  # the trap is really there
    connection = ScriptedConnection(ATR_STANDARD, photo_script(image, len(jpeg)))
    assert CardSession(connection).read_photo() == jpeg


def test_photo_area_without_a_jpeg_is_unreadable() -> None:
    connection = ScriptedConnection(
        ATR_STANDARD, [(SELECT, OK), (read(PHOTO_OFFSET, 0xFF), bytes(0xFF) + OK)]
    )
    with pytest.raises(UnreadableFieldError) as caught:
        CardSession(connection).read_photo()
    assert caught.value.field_en == "photo"


def test_select_is_sent_once_per_session() -> None:
    script = get_response_script(0x00)
    jpeg = photo_bytes(BANGKOK.photo_seed, BANGKOK.photo_variant)
    script += photo_script(IMAGE, len(jpeg))[1:]
    connection = ScriptedConnection(ATR_STANDARD, script)
    card = CardSession(connection).read_all()
    assert card.photo == jpeg
    assert sum(1 for sent in connection.sent if sent == apdu(SELECT)) == 1


class ImageCard:
    """A card that answers READ from an arbitrary file image with 90 00 (for fuzzing the whole read path)."""

    def __init__(self, image: bytes) -> None:
        self.image = image

    @property
    def atr(self) -> bytes:
        return ATR_STANDARD

    def transmit(self, command: bytes) -> bytes:
        if command == apdu(SELECT):
            return OK
        offset = (command[2] << 8) | command[3]
        return self.image[offset : offset + command[6]] + OK

    def close(self) -> None:
        pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.large_base_example])
@given(st.binary(min_size=len(IMAGE), max_size=len(IMAGE)))
def test_any_card_content_reads_without_crashing(image: bytes) -> None:
    session = CardSession(ImageCard(image))
    text = session.read_text()
    assert isinstance(text.cid, str)
    try:
        photo = session.read_photo()
    except UnreadableFieldError:
        return
    assert photo.startswith(b"\xff\xd8") and photo.endswith(b"\xff\xd9")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=600), st.integers(min_value=0, max_value=len(IMAGE)))
def test_sample_card_with_damaged_bytes_reads_without_crashing(noise: bytes, at: int) -> None:
    image = (IMAGE[:at] + noise + IMAGE[at:])[: len(IMAGE)]
    text = CardSession(ImageCard(image)).read_text()
    assert isinstance(text.address.text, str)
