"""The card's field table and the read plan that merges fields into few READs."""

from __future__ import annotations

from services.cardreader.layout import (
    MAX_READ,
    PHOTO_AREA,
    PHOTO_OFFSET,
    TEXT_FIELDS,
    Field,
    per_field_spans,
    plan_spans,
)


def test_offsets_and_lengths_are_the_published_ones() -> None:
    table = {item.key: (item.offset, item.length) for item in Field}
    assert table == {
        "cid": (0x0004, 13),
        "name_th": (0x0011, 100),
        "name_en": (0x0075, 100),
        "birth": (0x00D9, 8),
        "sex": (0x00E1, 1),
        "issuer": (0x00F6, 100),
        "issue_date": (0x0167, 8),
        "expiry": (0x016F, 8),
        "address": (0x1579, 160),
        "card_number": (0x1619, 14),
    }
    assert PHOTO_OFFSET == 0x017B
    assert PHOTO_OFFSET + PHOTO_AREA - 1 == 0x1578


def test_plan_reads_all_text_in_three_reads() -> None:
    spans = plan_spans(TEXT_FIELDS)
    assert [(s.offset, s.length) for s in spans] == [(0x0004, 0xDE), (0x00F6, 0x81), (0x1579, 0xAE)]
    assert [item for s in spans for item in s.fields] == list(TEXT_FIELDS)
    assert all(s.length <= MAX_READ for s in spans)


def test_every_field_lies_inside_its_span() -> None:
    for span in plan_spans(TEXT_FIELDS):
        for item in span.fields:
            assert span.offset <= item.offset and item.end <= span.offset + span.length


def test_smaller_read_limit_gives_more_reads() -> None:
    spans = plan_spans(TEXT_FIELDS, max_read=160)
    assert all(s.length <= 160 for s in spans)
    assert len(spans) > 3


def test_per_field_plan_is_one_read_per_field() -> None:
    spans = per_field_spans(TEXT_FIELDS)
    assert [(s.offset, s.length) for s in spans] == [(f.offset, f.length) for f in TEXT_FIELDS]


def test_slice_of_returns_the_field_bytes() -> None:
    span = plan_spans([Field.BIRTH, Field.SEX])[0]
    data = b"25380417" + b"2"
    assert span.slice_of(data, Field.SEX) == b"2"
    assert span.slice_of(data, Field.BIRTH) == b"25380417"
