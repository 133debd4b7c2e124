"""The fields of the paper-entry form: each reads what the officer typed (digits for ticks) into an answer.

A paper form's ticks are keyed as the position of the ticked box (``1`` = the first choice), ratings as the digit
the citizen ticked (5 … 1), several ticks as digits separated by spaces. Every field echoes what it understood, in
words, next to it, so a slip shows before the form is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit

from forms.data import SURVEY_FORM_NUMBER
from kiosk.i18n import Text
from kiosk.survey.answers import date_problem
from kiosk.survey.model import OTHER, SCALE, Choice, Kind, Question
from kiosk.survey.values import ValueProblem, parse_date, split_values
from kiosk.thai.dates import format_thai_date
from kiosk.thai.digits import from_thai_digits

_NUMBERS = re.compile(r"[\s,;]+")


def choice_hint(choices: tuple[Choice, ...]) -> str:
    return "   ".join(f"{n} {c.label.get()}" for n, c in enumerate(choices, start=1))


@dataclass
class PaperField:
    """One input with its echo; ``kind`` decides how the text is read."""

    key: str
    label: str
    edit: QLineEdit
    echo: QLabel
    kind: str
    question: Question | None = None

    def clear(self) -> None:
        self.edit.clear()
        self.echo.clear()

    def _choices(self) -> tuple[Choice, ...]:
        assert self.question is not None
        return self.question.choices

    def _positions(self, text: str) -> list[int]:
        count = len(self._choices())
        digits = from_thai_digits(text).strip()
        if not digits:
            return []
        parts = _NUMBERS.split(digits) if (count > 9 or _NUMBERS.search(digits)) else list(digits)
        positions: list[int] = []
        for part in parts:
            if not part:
                continue
            if not part.isdigit() or not 1 <= int(part) <= count:
                raise ValueProblem(Text(f"ใส่หมายเลข 1–{count}", f"Enter a number 1–{count}."))
            if int(part) not in positions:
                positions.append(int(part))
        return positions

    def value(self, today: date) -> object:
        """What the field holds, in canonical form; raises :class:`ValueProblem` when it cannot be read."""
        text = self.edit.text().strip()
        if self.kind == "form_number":
            number = from_thai_digits(text).upper()
            if number and not SURVEY_FORM_NUMBER.match(number):
                raise ValueProblem(
                    Text("เลขที่แบบสำรวจมีรูปแบบ S-3501-69-000123", "A form number looks like S-3501-69-000123.")
                )
            return number or None
        if self.kind == "date":
            day = parse_date(text)
            problem = date_problem(day, today)
            if problem is not None:
                raise ValueProblem(problem)
            return day
        if self.kind == "rating":
            digits = from_thai_digits(text)
            if not digits:
                return None
            if digits not in {str(level) for level, _ in SCALE}:
                raise ValueProblem(Text("ใส่คะแนน 1–5", "Enter a rating 1–5."))
            return int(digits)
        if self.kind == "single":
            positions = self._positions(text)
            if len(positions) > 1:
                raise ValueProblem(Text("ข้อนี้เลือกได้ข้อเดียว", "Only one choice here."))
            return self._choices()[positions[0] - 1].code if positions else None
        if self.kind == "multi":
            return [self._choices()[n - 1].code for n in self._positions(text)]
        return split_values(text) if self.kind == "texts" else text

    def describe(self, today: date) -> tuple[str, bool]:
        """(echo text, is it a problem)."""
        try:
            value = self.value(today)
        except ValueProblem as problem:
            return problem.what.get(), True
        if value is None or value == [] or value == "":
            return "", False
        if self.kind == "rating":
            return dict(SCALE)[int(str(value))].get(), False
        if self.kind in ("single", "multi") and self.question is not None:
            codes = (
                [value]
                if isinstance(value, str)
                else [str(v) for v in value]
                if isinstance(value, list)
                else []
            )
            return ", ".join(self.question.choice(code).label.get() for code in codes), False
        if self.kind == "date" and isinstance(value, date):
            return format_thai_date(value), False
        return "", False

    @property
    def picks_other(self) -> bool:
        try:
            value = self.value(date.max)
        except ValueProblem:
            return False
        return value == OTHER or (isinstance(value, list) and OTHER in value)


def question_kind(question: Question) -> str:
    return {
        Kind.RATING: "rating",
        Kind.SINGLE: "single",
        Kind.MULTI: "multi",
        Kind.SERVICES: "multi",
        Kind.TEXT: "texts",
    }[question.kind]
