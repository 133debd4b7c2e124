"""The yearly officer questionnaire: one per fiscal year, replaced on a second save, queued for the province."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from kiosk.db import Store
from kiosk.db.models import Event, OfficerQuestionnaire
from kiosk.survey.questionnaire import (
    EVENT_KIND,
    InvalidQuestionnaire,
    OfficerAnswers,
    load_questionnaire,
    save_questionnaire,
)
from kiosk.thai.fiscal import FiscalYear

FY = FiscalYear(2570)


def test_save_load_and_replace(store: Store) -> None:
    answers = OfficerAnswers(
        suitable="yes",
        suitable_reasons=("less_travel", "other"),
        suitable_other="ประชาชนสูงอายุมาก",
        problems={"equipment": "เครื่องพิมพ์เสียบ่อย", "place": " "},
        suggestions=("เพิ่มเจ้าหน้าที่", ""),
        position="เจ้าพนักงานปกครองชำนาญงาน",
        opened_on=date(2021, 3, 1),
    )
    with store.write() as session:
        save_questionnaire(session, FY, answers, officer_id=None)
    with store.read() as session:
        saved = load_questionnaire(session, FY)
        assert load_questionnaire(session, FiscalYear(2569)) is None
    assert saved is not None
    assert saved.answers.problems == {"equipment": "เครื่องพิมพ์เสียบ่อย"}
    assert saved.answers.suggestions == ("เพิ่มเจ้าหน้าที่",)
    assert saved.answers.opened_on == date(2021, 3, 1)
    assert saved.answers.suitable_reasons == ("less_travel", "other")
    with store.write() as session:
        save_questionnaire(
            session, FY, OfficerAnswers(suitable="no", unsuitable_reason="ไม่มีเน็ต"), officer_id=None
        )
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(OfficerQuestionnaire)) == 1
        assert session.scalar(select(func.count()).select_from(Event).where(Event.kind == EVENT_KIND)) == 2
        again = load_questionnaire(session, FY)
    assert again is not None and again.answers.suitable == "no" and again.answers.problems == {}


@pytest.mark.parametrize(
    "answers",
    [
        OfficerAnswers(suitable="maybe"),
        OfficerAnswers(suitable="no", suitable_reasons=("convenient",)),
        OfficerAnswers(suitable="yes", unsuitable_reason="x"),
        OfficerAnswers(suitable="yes", suitable_reasons=("convenient",), suitable_other="x"),
        OfficerAnswers(problems={"weather": "ร้อน"}),
        OfficerAnswers(suggestions=("a", "b", "c", "d")),
    ],
)
def test_inconsistent_answers_are_refused(store: Store, answers: OfficerAnswers) -> None:
    with store.write() as session, pytest.raises(InvalidQuestionnaire):
        save_questionnaire(session, FY, answers, officer_id=None)
