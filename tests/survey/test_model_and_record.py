"""The survey model's contract (stable keys) and storing a response with its event for the province."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kiosk.db import Store
from kiosk.db.models import Event, OutboxEntry, SurveyResponse
from kiosk.survey.answers import Source, SurveyAnswers, clean_answers, survey_problems
from kiosk.survey.model import ANSWER_QUESTIONS, GROUP_KEYS, GROUPS, QUESTIONS, RATING_KEYS, SCALE, Kind
from kiosk.survey.record import EVENT_KIND, FormNumberTaken, InvalidSurvey, record_response

TODAY = date(2026, 5, 20)


def test_the_keys_of_issue_6_are_all_there() -> None:
    assert list(RATING_KEYS) == ["q1_1", "q1_2", "q1_3", "q2_1", "q2_2", "q2_3", "q3_1", "q3_2", "q3_3", "q4"]
    assert list(GROUP_KEYS) == ["process", "staff", "facilities", "overall"]
    for key in ("sex", "age_band", "occupation", "education", "visits_6m", "heard_from", "services"):
        assert key in QUESTIONS
    for key in ("suitable", "wanted_services", "problems", "suggestions"):
        assert key in QUESTIONS
    assert [len(g.items) for g in GROUPS] == [3, 3, 3, 1]
    assert [label.th for _, label in SCALE] == ["มากที่สุด", "มาก", "ปานกลาง", "น้อย", "น้อยที่สุด"]
    assert len(QUESTIONS["age_band"].choices) == 6


def test_every_question_has_both_languages_and_unique_choice_codes() -> None:
    for question in QUESTIONS.values():
        assert question.text.th and question.text.en
        codes = [c.code for c in question.choices]
        assert len(codes) == len(set(codes))
        assert all(c.label.th and c.label.en for c in question.choices)
        assert (question.kind in (Kind.SINGLE, Kind.MULTI)) == bool(question.choices)
    assert all(q.kind is not Kind.RATING for q in ANSWER_QUESTIONS)


def full() -> SurveyAnswers:
    return SurveyAnswers(
        survey_date=date(2026, 5, 19),
        ratings=dict.fromkeys(RATING_KEYS, 4) | {"q4": 5},
        answers=clean_answers(
            {
                "sex": "female",
                "age_band": "over_60",
                "occupation": "other",
                "occupation_other": "ช่างตัดผม",
                "heard_from": ["broadcast", "website"],
                "services": ["labour-22"],
                "suitable": "yes",
                "suitable_reasons": ["staff_help"],
                "problems": ["รอนาน", " "],
                "suggestions": [],
            }
        ),
    )


def test_clean_answers_drops_what_was_not_answered() -> None:
    answers = full().answers
    assert answers["problems"] == ["รอนาน"]
    assert "suggestions" not in answers


def test_a_valid_response_is_stored_with_its_event_and_outbox_row(store: Store) -> None:
    with store.write() as session:
        response_id = record_response(session, full(), source=Source.KIOSK, officer_id=None, today=TODAY)
    with store.read() as session:
        row = session.get(SurveyResponse, response_id)
        assert row is not None
        assert (row.q1_1, row.q4, row.source, row.survey_date) == (4, 5, "kiosk", date(2026, 5, 19))
        assert row.answers["occupation_other"] == "ช่างตัดผม"
        event = session.scalar(select(Event).where(Event.stream_id == response_id))
        assert event is not None and event.kind == EVENT_KIND
        assert event.payload["ratings"] == {**dict.fromkeys(RATING_KEYS, 4), "q4": 5}
        assert event.payload["date"] == "2026-05-19" and event.payload["response_id"] == response_id
        assert "answers" not in event.payload
        assert session.scalar(select(OutboxEntry).where(OutboxEntry.event_id == event.id)) is not None


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"ratings": {"q1_1": 6}}, "q1_1"),
        ({"ratings": {"q1_1": 0}}, "q1_1"),
        ({"ratings": {"q9": 3}}, "q9"),
        ({"ratings": {}}, "ratings"),
        ({"survey_date": date(2026, 5, 21)}, "date"),
        ({"survey_date": date(1926, 5, 1)}, "date"),
        ({"answers": {"sex": "other"}}, "sex"),
        ({"answers": {"heard_from": ["radio"]}}, "heard_from"),
        ({"answers": {"heard_from": ["website", "website"]}}, "heard_from"),
        ({"answers": {"occupation": "student", "occupation_other": "x"}}, "occupation_other"),
        ({"answers": {"name": "สมชาย"}}, "name"),
        ({"form_number": " S-1 "}, "form_number"),
    ],
)
def test_invalid_responses_are_refused(change: dict[str, object], key: str) -> None:
    base = {"survey_date": date(2026, 5, 19), "ratings": {"q4": 5}, "answers": {}, "form_number": None}
    response = SurveyAnswers(**(base | change))  # type: ignore[arg-type]
    assert key in [p.key for p in survey_problems(response, today=TODAY)]


def test_invalid_response_raises_with_both_languages(store: Store) -> None:
    with store.write() as session, pytest.raises(InvalidSurvey) as raised:
        record_response(
            session,
            SurveyAnswers(date(2026, 5, 19), {"q4": 9}),
            source=Source.PAPER,
            officer_id=None,
            today=TODAY,
        )
    assert "ข้อ 4" in raised.value.what.th and "item 4" in raised.value.what.en


def test_unknown_service_keys_are_refused(store: Store) -> None:
    response = SurveyAnswers(date(2026, 5, 19), {"q4": 5}, {"services": ["citizen-999"]})
    with store.write() as session, pytest.raises(InvalidSurvey, match="citizen-999"):
        record_response(session, response, source=Source.PAPER, officer_id=None, today=TODAY)


def test_a_paper_form_number_is_counted_once(store: Store) -> None:
    response = SurveyAnswers(date(2026, 5, 19), {"q4": 5}, form_number="S-3501-69-000123")
    with store.write() as session:
        record_response(session, response, source=Source.PAPER, officer_id=None, today=TODAY)
    with store.write() as session, pytest.raises(FormNumberTaken) as raised:
        record_response(session, response, source=Source.PAPER, officer_id=None, today=TODAY)
    assert "S-3501-69-000123" in raised.value.what.th
    with store.read() as session:
        assert len(list(session.scalars(select(SurveyResponse)))) == 1
