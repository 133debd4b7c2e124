"""Thai text is shaped, and lines break only between words."""

from __future__ import annotations

import itertools

import pytest
from reportlab.pdfbase.ttfonts import ShapedStr

from forms import linebreak
from forms.fonts import REGULAR
from forms.text import Span, TextStyle, layout, shape, text_width

STYLE = TextStyle(size=11)
ADDRESS = "บ้านเลขที่ 49/2 หมู่ที่ 5 บ้านหนองหินโนนสะอาดพัฒนา ตำบลหนองหิน อำเภอเมืองยโสธร จังหวัดยโสธร 35000"
NAME = "นางบุญเรือน ศรีสวัสดิ์วงศ์ไพบูลย์"
SERVICE = "งานขอรับสารเร่ง พด. หญ้าแฝก และเมล็ดพันธุ์พืชปุ๋ยสดเพื่อการปรับปรุงบำรุงดินในไร่นาของเกษตรกร"


def _break_offsets(text: str) -> set[int]:
    """Where ``chunks`` allows a break: between any two pieces."""
    return set(itertools.accumulate(len(piece) for piece in linebreak.chunks(text)))


def _line_starts(text: str, width: float, style: TextStyle = STYLE) -> list[int]:
    """Offsets in ``text`` where each laid-out line after the first begins (skipping the spaces at a break)."""
    starts = []
    position = 0
    for line in layout(text, style, width):
        found = text.index(line.source, position)
        starts.append(found)
        position = found + len(line.source)
    return starts[1:]


def test_newmm_finds_thai_words() -> None:
    assert linebreak.words("ที่ว่าการอำเภอเมืองยโสธรให้บริการประชาชน") == (
        "ที่ว่าการอำเภอ",
        "เมือง",
        "ยโสธร",
        "ให้บริการ",
        "ประชาชน",
    )


@pytest.mark.parametrize(
    "unbroken",
    ["49/2", "17:56", "ก.ค.", "เรื่อยๆ", "(เช่น", "ฯลฯ)", "e-Service", "โทร.\u00a0045-712-345", "กรุงเทพฯ"],
)
def test_no_break_inside_numbers_abbreviations_and_punctuation(unbroken: str) -> None:
    text = f"ข้อความทดสอบ {unbroken} ต่อท้าย"
    start = text.index(unbroken)
    assert not any(start < offset < start + len(unbroken) for offset in _break_offsets(text))


def test_chunks_give_back_the_text() -> None:
    assert "".join(linebreak.chunks(ADDRESS)) == ADDRESS


@pytest.mark.parametrize("text", [ADDRESS, SERVICE, NAME * 3])
@pytest.mark.parametrize("width", [60.0, 95.0, 140.0, 230.0])
def test_lines_break_only_at_word_boundaries_and_fit(text: str, width: float) -> None:
    lines = layout(text, STYLE, width)
    assert all(line.width <= width + 0.01 for line in lines)
    assert set(_line_starts(text, width)) <= _break_offsets(text)
    assert "".join(line.source for line in lines).replace(" ", "") == text.replace(" ", "")


def test_a_name_keeps_its_parts_whole_when_asked() -> None:
    """The dictionary splits the surname (ศรีสวัสดิ์|วงศ์|ไพบูลย์); ``keep_all`` breaks at the space instead."""
    width = text_width("นางบุญเรือน ศรีสวัสดิ์", STYLE) + 2
    assert layout(NAME, STYLE, width)[0].source == "นางบุญเรือน ศรีสวัสดิ์"
    assert [line.source for line in layout(NAME, STYLE.but(keep_all=True), width)] == [
        "นางบุญเรือน",
        "ศรีสวัสดิ์วงศ์ไพบูลย์",
    ]


def test_a_url_wider_than_the_line_is_cut_after_a_slash() -> None:
    url = "https://customer-application.pwa.co.th/register-service/download/register-service-user-manual.pdf"
    lines = layout(url, STYLE.but(size=7), 80)
    assert len(lines) > 1
    assert "".join(line.source for line in lines) == url
    assert all(line.width <= 80.01 for line in lines)
    assert all(line.source.endswith(("/", "-")) for line in lines[:-1])


def test_a_forced_newline_starts_a_new_line() -> None:
    assert [line.source for line in layout("บรรทัดแรก\nบรรทัดสอง", STYLE, 500)] == ["บรรทัดแรก", "บรรทัดสอง"]


def test_bold_and_regular_runs_share_a_line() -> None:
    (line,) = layout([Span("สถานะ: ", bold=True), Span("ส่งคำร้อง")], STYLE, 500)
    assert [run.font for run in line.runs] == ["Sarabun-Bold", "Sarabun"]
    assert line.source == "สถานะ: ส่งคำร้อง"


def test_shaping_positions_the_tone_mark_above_the_vowel() -> None:
    """ที่: HarfBuzz puts mai ek above sara ii (a distinct glyph position); unshaped it would overprint."""
    shaped, width = shape("ที่", REGULAR, 11)
    assert isinstance(shaped, ShapedStr)
    data = shaped.__shapeData__
    assert len(data) == 3
    assert data[1].x_advance == 0 and data[2].x_advance == 0
    assert data[2] != data[1]
    assert width == pytest.approx(data[0].x_advance * 11 / 1000)
