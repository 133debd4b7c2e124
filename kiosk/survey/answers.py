"""One filled-in survey, in canonical form, and the rules every source (kiosk, paper, CSV) must meet.

The rules live here rather than in each entry screen so that a response keyed in from paper, touched in on the
kiosk or imported from the province's CSV is held to the same standard before it is counted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kiosk.i18n import Text
from kiosk.survey.model import (
    ANSWER_QUESTIONS,
    OTHER,
    RATING_KEYS,
    RATING_MAX,
    RATING_MIN,
    Kind,
    Question,
)

EARLIEST_SURVEY_DATE = date(2020, 1, 1)
"""OPDC's e-Service counters started in B.E. 2564; an earlier date is a typing slip (2469 for 2569)."""
MAX_TEXT_LENGTH = 1000
MAX_FORM_NUMBER_LENGTH = 32

Answer = str | list[str]
"""A choice code, or a list of codes / service keys / text lines."""


class Source(StrEnum):
    KIOSK = "kiosk"
    PAPER = "paper"
    IMPORT = "import"


@dataclass(frozen=True)
class SurveyAnswers:
    """A response before it is stored. Never carries anything that identifies the citizen."""

    survey_date: date
    ratings: Mapping[str, int | None] = field(default_factory=dict)
    answers: Mapping[str, Answer] = field(default_factory=dict)
    service_key: str | None = None
    """The e-Service of the visit the survey followed, when the kiosk was started at the end of one."""
    form_number: str | None = None
    """The number printed on a paper form, so that the same sheet is never counted twice."""

    @property
    def rated(self) -> int:
        return sum(1 for key in RATING_KEYS if self.ratings.get(key) is not None)

    def rating_columns(self) -> dict[str, int | None]:
        return {key: self.ratings.get(key) for key in RATING_KEYS}


@dataclass(frozen=True)
class FieldProblem:
    key: str
    """The question key (or ``date``, ``form_number``, ``ratings``) the problem is about."""
    what: Text


_ANSWER_QUESTIONS = {q.key: q for q in ANSWER_QUESTIONS}
_OTHER_KEYS = {q.other_key: q for q in ANSWER_QUESTIONS if q.other}

NO_RATING = Text(
    "ต้องให้คะแนนความพึงพอใจอย่างน้อย 1 ข้อ (ข้อ 1.1–4)",
    "At least one satisfaction rating (items 1.1–4) is required.",
)


def date_problem(day: date, today: date) -> Text | None:
    if day > today:
        return Text("วันที่อยู่ในอนาคต", "The date is in the future.")
    if day < EARLIEST_SURVEY_DATE:
        return Text(
            "วันที่เก่าเกินไป (ก่อน พ.ศ. 2563) ตรวจสอบปี พ.ศ. อีกครั้ง",
            "The date is too early (before 2020); check the year.",
        )
    return None


def rating_problem(value: object) -> Text | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not RATING_MIN <= value <= RATING_MAX:
        return Text(
            f"คะแนนต้องเป็นเลขจำนวนเต็ม {RATING_MIN}–{RATING_MAX}",
            f"A rating is a whole number {RATING_MIN}–{RATING_MAX}.",
        )
    return None


def _answer_problem(question: Question, value: Answer) -> Text | None:
    codes = {choice.code for choice in question.choices}
    if question.kind is Kind.SINGLE:
        if not isinstance(value, str) or value not in codes:
            return Text("ไม่มีตัวเลือกนี้ในแบบสำรวจ", "Not one of the choices on the form.")
        return None
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        return Text("ต้องเป็นรายการข้อความที่ไม่ว่าง", "Must be a non-empty list of texts.")
    if question.kind is Kind.MULTI:
        if not set(value) <= codes:
            return Text("มีตัวเลือกที่ไม่มีในแบบสำรวจ", "Holds a choice that is not on the form.")
        if len(set(value)) != len(value):
            return Text("เลือกตัวเลือกเดียวกันซ้ำ", "The same choice is given twice.")
    if question.kind is Kind.TEXT and any(len(v) > MAX_TEXT_LENGTH for v in value):
        return Text(
            f"ข้อความยาวเกิน {MAX_TEXT_LENGTH} ตัวอักษร", f"A text is longer than {MAX_TEXT_LENGTH} characters."
        )
    return None


def answers_problems(answers: Mapping[str, Answer]) -> list[FieldProblem]:
    """Shape problems of the ``answers`` JSON: unknown keys, unknown choices, an orphan "other" text."""
    found: list[FieldProblem] = []
    for key, value in answers.items():
        question = _ANSWER_QUESTIONS.get(key)
        if question is not None:
            problem = _answer_problem(question, value)
            if problem is not None:
                found.append(FieldProblem(key, problem))
            continue
        owner = _OTHER_KEYS.get(key)
        if owner is None:
            found.append(
                FieldProblem(key, Text(f"ไม่มีคำถาม {key} ในแบบสำรวจ", f"There is no question {key}."))
            )
            continue
        chosen = answers.get(owner.key)
        picked_other = chosen == OTHER or (isinstance(chosen, list) and OTHER in chosen)
        if not isinstance(value, str) or not value.strip() or not picked_other:
            found.append(
                FieldProblem(
                    key,
                    Text("ข้อความ 'อื่น ๆ' ต้องมาพร้อมตัวเลือก 'อื่น ๆ'", "An 'other' text needs the 'other' choice."),
                )
            )
    return found


def survey_problems(response: SurveyAnswers, *, today: date) -> list[FieldProblem]:
    """Everything wrong with ``response``; empty when it may be stored."""
    found: list[FieldProblem] = []
    problem = date_problem(response.survey_date, today)
    if problem is not None:
        found.append(FieldProblem("date", problem))
    for key, value in response.ratings.items():
        if key not in RATING_KEYS:
            found.append(FieldProblem(key, Text(f"ไม่มีข้อคะแนน {key}", f"There is no rating item {key}.")))
            continue
        problem = rating_problem(value)
        if problem is not None:
            found.append(FieldProblem(key, problem))
    if response.rated == 0:
        found.append(FieldProblem("ratings", NO_RATING))
    found.extend(answers_problems(response.answers))
    number = response.form_number
    if number is not None and (
        not number.strip() or len(number) > MAX_FORM_NUMBER_LENGTH or number != number.strip()
    ):
        found.append(
            FieldProblem(
                "form_number",
                Text(
                    f"เลขที่แบบสำรวจต้องไม่ว่างและยาวไม่เกิน {MAX_FORM_NUMBER_LENGTH} ตัวอักษร",
                    f"A form number must be non-empty and at most {MAX_FORM_NUMBER_LENGTH} characters.",
                ),
            )
        )
    return found


def clean_answers(raw: Mapping[str, object]) -> dict[str, Answer]:
    """Drop what was not answered (empty strings and lists), strip texts: the stored form of ``answers``."""
    cleaned: dict[str, Answer] = {}
    for key, value in raw.items():
        if isinstance(value, str):
            if value.strip():
                cleaned[key] = value.strip()
        elif isinstance(value, Sequence):
            items = [str(v).strip() for v in value if str(v).strip()]
            if items:
                cleaned[key] = items
    return cleaned
