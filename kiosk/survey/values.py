"""Reading answers written by people: a CSV cell or a typed field into the survey's canonical values.

Spreadsheets made by hand spell the same choice many ways (``ชาย``, ``male``, ``M``; ``21-30`` or ``21 – 30 ปี``);
all of them are compared after one normalisation. A value that matches nothing is an error, except where the
paper form itself offers "other (please specify)": there the written text is the answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db.models import Service
from kiosk.i18n import Text
from kiosk.survey.model import OTHER, RATING_MAX, RATING_MIN, Question
from kiosk.thai.dates import parse_thai_date
from kiosk.thai.digits import from_thai_digits

SEPARATOR = ";"
"""Multi-value cells list their values separated by semicolons (a comma would clash with CSV itself)."""

_DASHES = re.compile(r"\s*[-‐‑‒–—]\s*")
_SPACES = re.compile(r"\s+")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_THAI = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_BE_YEARS_FROM = 2400


class ValueProblem(ValueError):
    """A cell or field that cannot be read; ``what`` says why in both languages."""

    def __init__(self, what: Text) -> None:
        super().__init__(what.en)
        self.what = what


def normalise(text: str) -> str:
    """Case, digits, dashes, spacing and the two spellings of sara am (ำ / ํา) do not matter."""
    text = unicodedata.normalize("NFC", text).replace("\u0e4d\u0e32", "\u0e33")
    text = from_thai_digits(text).casefold()
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


def split_values(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(SEPARATOR) if part.strip()]


def _lookup(question: Question) -> dict[str, str]:
    table: dict[str, str] = {}
    for choice in question.choices:
        for spelling in (choice.code, choice.label.th, choice.label.en, *choice.aliases):
            table[normalise(spelling)] = choice.code
    return table


def _accepted(question: Question) -> Text:
    return Text(
        ", ".join(c.label.th for c in question.choices),
        ", ".join(f"{c.code} ({c.label.en})" for c in question.choices),
    )


def parse_choice(question: Question, raw: str) -> tuple[str | None, str | None]:
    """(code, written-in other text) of a single-choice cell; (None, None) when empty."""
    if not raw.strip():
        return None, None
    code = _lookup(question).get(normalise(raw))
    if code is not None:
        return code, None
    if question.other:
        return OTHER, raw.strip()
    accepted = _accepted(question)
    raise ValueProblem(
        Text(
            f"'{raw.strip()}' ไม่ใช่ตัวเลือกของข้อนี้ (ใช้ได้: {accepted.th})",
            f"'{raw.strip()}' is not a choice here (use: {accepted.en}).",
        )
    )


def parse_multi(question: Question, raw: str) -> tuple[list[str], str | None]:
    """(codes, written-in other text) of a multiple-choice cell, values separated by ``;``."""
    table = _lookup(question)
    codes: list[str] = []
    others: list[str] = []
    for part in split_values(raw):
        code = table.get(normalise(part))
        if code is None:
            if not question.other:
                accepted = _accepted(question)
                raise ValueProblem(
                    Text(
                        f"'{part}' ไม่ใช่ตัวเลือกของข้อนี้ (ใช้ได้: {accepted.th})",
                        f"'{part}' is not a choice here (use: {accepted.en}).",
                    )
                )
            others.append(part)
            code = OTHER
        if code not in codes:
            codes.append(code)
    return codes, ("; ".join(others) or None)


def parse_rating(raw: str) -> int | None:
    text = from_thai_digits(raw).strip()
    if not text:
        return None
    if re.fullmatch(r"[1-5](\.0*)?", text):
        return int(text[0])
    raise ValueProblem(
        Text(
            f"คะแนน '{raw.strip()}' ต้องเป็นเลขจำนวนเต็ม {RATING_MIN}–{RATING_MAX} หรือเว้นว่าง",
            f"Rating '{raw.strip()}' must be a whole number {RATING_MIN}–{RATING_MAX}, or empty.",
        )
    )


def parse_date(raw: str) -> date:
    """ISO ``YYYY-MM-DD`` (C.E.) or Thai ``DD/MM/YYYY`` (B.E.); a year in the wrong era is refused, not guessed."""
    text = from_thai_digits(raw).strip()
    if not text:
        raise ValueProblem(Text("ต้องระบุวันที่", "The date is required."))
    iso = _ISO.match(text)
    thai = _THAI.match(text)
    try:
        if iso:
            if int(iso.group(1)) >= _BE_YEARS_FROM:
                raise ValueProblem(
                    Text(
                        f"วันที่ '{text}' แบบ ปปปป-ดด-วว ต้องใช้ปี ค.ศ. (หรือเขียนเป็น วว/ดด/ปปปป พ.ศ.)",
                        f"Date '{text}': YYYY-MM-DD takes a C.E. year (or write DD/MM/YYYY in B.E.).",
                    )
                )
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if thai:
            if int(thai.group(3)) < _BE_YEARS_FROM:
                raise ValueProblem(
                    Text(
                        f"วันที่ '{text}' แบบ วว/ดด/ปปปป ต้องใช้ปี พ.ศ.",
                        f"Date '{text}': DD/MM/YYYY takes a B.E. year (e.g. 15/05/2569).",
                    )
                )
            return parse_thai_date(text)
    except ValueError as error:
        if isinstance(error, ValueProblem):
            raise
        raise ValueProblem(Text(f"ไม่มีวันที่ '{text}' ในปฏิทิน", f"'{text}' is not a calendar date.")) from None
    raise ValueProblem(
        Text(
            f"อ่านวันที่ '{raw.strip()}' ไม่ได้ ใช้ ปปปป-ดด-วว (ค.ศ.) หรือ วว/ดด/ปปปป (พ.ศ.)",
            f"Cannot read date '{raw.strip()}'; use YYYY-MM-DD (C.E.) or DD/MM/YYYY (B.E.).",
        )
    )


@dataclass(frozen=True)
class ServiceResolver:
    """Finds a catalogue service by its key (``citizen-12``) or its exact catalogue name."""

    by_spelling: dict[str, str]

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str]]) -> ServiceResolver:
        table: dict[str, str] = {}
        ambiguous: set[str] = set()
        for key, name in rows:
            table[normalise(key)] = key
            spelling = normalise(name)
            if spelling in table and table[spelling] != key:
                ambiguous.add(spelling)
            table[spelling] = key
        for spelling in ambiguous:
            table.pop(spelling, None)
        return cls(table)

    @classmethod
    def load(cls, session: Session) -> ServiceResolver:
        return cls.from_rows(
            (str(row.key), str(row.name)) for row in session.execute(select(Service.key, Service.name))
        )

    def resolve(self, raw: str) -> str:
        key = self.by_spelling.get(normalise(raw))
        if key is None:
            raise ValueProblem(
                Text(
                    f"ไม่พบงานบริการ '{raw.strip()}' ใช้รหัส (เช่น citizen-12) หรือชื่อตามบัญชีงานบริการ",
                    f"No e-Service '{raw.strip()}'; use its key (e.g. citizen-12) or its catalogue name.",
                )
            )
        return key

    def resolve_all(self, raw: str) -> list[str]:
        keys: list[str] = []
        for part in split_values(raw):
            key = self.resolve(part)
            if key not in keys:
                keys.append(key)
        return keys
