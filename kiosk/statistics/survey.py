"""Survey results over a period, aggregated in SQL: rating tallies, demographics, and what citizens wrote.

A response belongs to the period that contains its ``survey_date`` (the date written on the form, a local date).
The ratings are columns, so the tallies are one aggregate query; the rest of the form is JSON and is counted
with SQLite's JSON1 functions (``json_extract``, ``json_each``) so that nothing is loaded row by row.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, func, or_, select, text
from sqlalchemy.orm import Session

from kiosk.db.models import SurveyResponse
from kiosk.statistics.period import Period
from kiosk.statistics.satisfaction import ItemTally, Satisfaction, from_tallies
from kiosk.survey.model import (
    PART1,
    PROBLEMS,
    RATING_KEYS,
    SCALE,
    SUGGESTIONS,
    SUITABLE,
    SUITABLE_REASONS,
    WANTED_SERVICES,
    Kind,
    Question,
)

DEMOGRAPHIC_QUESTIONS: tuple[Question, ...] = PART1
LEVELS: tuple[int, ...] = tuple(level for level, _ in SCALE)


@dataclass(frozen=True)
class SurveyResults:
    responses: int
    by_source: dict[str, int]
    satisfaction: Satisfaction
    distribution: dict[str, dict[int, int]]
    """Per item, how many respondents gave each level 5…1 (the seed's counting table)."""
    demographics: dict[str, dict[str, int]]
    """Per part-1 question, the count of each answer code (service keys for ``services``); unanswered left out."""
    suitable: dict[str, int]
    suitable_reasons: dict[str, int]
    problems: list[str]
    suggestions: list[str]
    wanted_services: list[str]
    other_answers: dict[str, list[str]]
    """What respondents wrote under "other (please specify)", per question."""


def _in_period(period: Period) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return SurveyResponse.survey_date >= period.start, SurveyResponse.survey_date <= period.end


def _columns() -> dict[str, ColumnElement[int]]:
    columns: dict[str, ColumnElement[int]] = {}
    for key in RATING_KEYS:
        columns[key] = getattr(SurveyResponse, key)
    return columns


def _tallies(
    session: Session, period: Period
) -> tuple[int, int, dict[str, ItemTally], dict[str, dict[int, int]]]:
    columns = _columns()
    aggregates: list[ColumnElement[int]] = [
        func.count(),
        func.coalesce(func.sum(or_(*(c.is_not(None) for c in columns.values())).cast(Integer)), 0),
    ]
    for column in columns.values():
        aggregates += [func.coalesce(func.sum(column), 0), func.count(column)]
        aggregates += [func.coalesce(func.sum((column == level).cast(Integer)), 0) for level in LEVELS]
    row = list(session.execute(select(*aggregates).where(*_in_period(period))).one())
    responses, respondents = int(row[0]), int(row[1])
    tallies: dict[str, ItemTally] = {}
    distribution: dict[str, dict[int, int]] = {}
    position = 2
    for key in RATING_KEYS:
        tallies[key] = ItemTally(int(row[position]), int(row[position + 1]))
        counts = row[position + 2 : position + 2 + len(LEVELS)]
        distribution[key] = {level: int(n) for level, n in zip(LEVELS, counts, strict=True)}
        position += 2 + len(LEVELS)
    return responses, respondents, tallies, distribution


def _by_source(session: Session, period: Period) -> dict[str, int]:
    rows = session.execute(
        select(SurveyResponse.source, func.count()).where(*_in_period(period)).group_by(SurveyResponse.source)
    )
    return {str(source): int(n) for source, n in rows}


def _path(key: str) -> str:
    if not key.replace("_", "").isalnum():
        raise ValueError(f"not a question key: {key!r}")
    return f"$.{key}"


def _choice_counts(session: Session, period: Period, question: Question) -> dict[str, int]:
    if question.kind is Kind.SINGLE:
        sql = text(
            "SELECT json_extract(answers, :path) AS v, COUNT(*) FROM survey_responses "
            "WHERE survey_date BETWEEN :start AND :end AND v IS NOT NULL GROUP BY v ORDER BY COUNT(*) DESC, v"
        )
    else:
        sql = text(
            "SELECT j.value AS v, COUNT(*) FROM survey_responses, json_each(survey_responses.answers, :path) AS j "
            "WHERE survey_date BETWEEN :start AND :end GROUP BY v ORDER BY COUNT(*) DESC, v"
        )
    rows = session.execute(
        sql, {"path": _path(question.key), "start": period.start.isoformat(), "end": period.end.isoformat()}
    )
    return {str(value): int(n) for value, n in rows}


def _texts(session: Session, period: Period, key: str, *, listed: bool = True) -> list[str]:
    """Free texts in the order they were given (date, then entry)."""
    if listed:
        sql = text(
            "SELECT j.value FROM survey_responses, json_each(survey_responses.answers, :path) AS j "
            "WHERE survey_date BETWEEN :start AND :end ORDER BY survey_date, recorded_at, j.key"
        )
    else:
        sql = text(
            "SELECT json_extract(answers, :path) AS v FROM survey_responses "
            "WHERE survey_date BETWEEN :start AND :end AND v IS NOT NULL ORDER BY survey_date, recorded_at"
        )
    rows = session.scalars(
        sql, {"path": _path(key), "start": period.start.isoformat(), "end": period.end.isoformat()}
    )
    return [str(value) for value in rows if str(value).strip()]


def survey_results(session: Session, period: Period) -> SurveyResults:
    responses, respondents, tallies, distribution = _tallies(session, period)
    demographics = {q.key: _choice_counts(session, period, q) for q in DEMOGRAPHIC_QUESTIONS}
    others = {
        q.key: _texts(session, period, q.other_key, listed=False)
        for q in (*DEMOGRAPHIC_QUESTIONS, SUITABLE_REASONS)
        if q.other
    }
    return SurveyResults(
        responses=responses,
        by_source=_by_source(session, period),
        satisfaction=from_tallies(tallies, respondents),
        distribution=distribution,
        demographics=demographics,
        suitable=_choice_counts(session, period, SUITABLE),
        suitable_reasons=_choice_counts(session, period, SUITABLE_REASONS),
        problems=_texts(session, period, PROBLEMS.key),
        suggestions=_texts(session, period, SUGGESTIONS.key),
        wanted_services=_texts(session, period, WANTED_SERVICES.key),
        other_answers={key: texts for key, texts in others.items() if texts},
    )
