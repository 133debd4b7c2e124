"""Storing survey responses: the row the statistics read and the event that carries it to the province.

Both are written in the caller's transaction (the transactional outbox), so a response is never counted locally
without also being queued for the province, or the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.clock import now_utc, to_local
from kiosk.db.models import Service, SurveyResponse
from kiosk.errors import KioskError
from kiosk.events import append_event, new_id
from kiosk.i18n import Text
from kiosk.survey.answers import FieldProblem, Source, SurveyAnswers, survey_problems
from kiosk.survey.model import QUESTIONS, SERVICES

EVENT_KIND = "survey.submitted"
STREAM_TYPE = "survey"


class InvalidSurvey(KioskError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__(
            Text(
                "บันทึกแบบสำรวจไม่ได้: " + " ".join(f"[{_label(p.key).th}] {p.what.th}" for p in problems),
                "The survey cannot be saved: "
                + " ".join(f"[{_label(p.key).en}] {p.what.en}" for p in problems),
            )
        )


class FormNumberTaken(KioskError):
    def __init__(self, number: str) -> None:
        self.number = number
        super().__init__(
            Text(f"แบบสำรวจเลขที่ {number} บันทึกไว้แล้ว", f"Survey form {number} has already been recorded."),
            Text("ตรวจสอบเลขที่บนแบบสำรวจอีกครั้ง", "Check the number printed on the form."),
        )


def _label(key: str) -> Text:
    question = QUESTIONS.get(key)
    if question is not None:
        return Text(f"ข้อ {question.number}", f"item {question.number}")
    names = {"date": Text("วันที่", "date"), "form_number": Text("เลขที่แบบสำรวจ", "form number")}
    return names.get(key, Text(key, key))


def today_local() -> date:
    return to_local(now_utc()).date()


def form_number_taken(session: Session, number: str) -> bool:
    return session.scalar(select(SurveyResponse.id).where(SurveyResponse.form_number == number)) is not None


def _unknown_services(session: Session, keys: list[str]) -> list[str]:
    known = set(session.scalars(select(Service.key).where(Service.key.in_(keys))))
    return [key for key in keys if key not in known]


def record_response(
    session: Session,
    response: SurveyAnswers,
    *,
    source: Source,
    officer_id: str | None,
    import_key: str | None = None,
    today: date | None = None,
) -> str:
    """Validate and store one response with its ``survey.submitted`` event; returns the response id."""
    problems = survey_problems(response, today=today or today_local())
    services = response.answers.get(SERVICES.key)
    wanted = [response.service_key] if response.service_key else []
    if isinstance(services, list):
        wanted += services
    for key in _unknown_services(session, wanted):
        problems.append(
            FieldProblem(
                SERVICES.key, Text(f"ไม่พบงานบริการ {key} ในบัญชี", f"No service {key} in the catalogue.")
            )
        )
    if problems:
        raise InvalidSurvey(problems)
    if response.form_number is not None and form_number_taken(session, response.form_number):
        raise FormNumberTaken(response.form_number)
    response_id = new_id()
    ratings = response.rating_columns()
    session.add(
        SurveyResponse(
            id=response_id,
            survey_date=response.survey_date,
            recorded_at=now_utc(),
            source=source.value,
            form_number=response.form_number,
            import_key=import_key,
            service_key=response.service_key,
            answers=dict(response.answers),
            **ratings,
        )
    )
    session.flush()
    append_event(
        session,
        stream_type=STREAM_TYPE,
        stream_id=response_id,
        kind=EVENT_KIND,
        payload={
            "response_id": response_id,
            "date": response.survey_date.isoformat(),
            "source": source.value,
            "ratings": ratings,
        },
        officer_id=officer_id,
    )
    return response_id


@dataclass(frozen=True)
class SurveyCounts:
    """How many responses were recorded, for the officer's survey page (never the answers themselves)."""

    today: int
    total: int


def survey_counts(session: Session, today: date) -> SurveyCounts:
    total = session.scalar(select(func.count()).select_from(SurveyResponse)) or 0
    on_day = (
        session.scalar(
            select(func.count()).select_from(SurveyResponse).where(SurveyResponse.survey_date == today)
        )
        or 0
    )
    return SurveyCounts(today=on_day, total=total)
