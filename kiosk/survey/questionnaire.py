"""The officer questionnaire of seed 001 (แบบสอบถามของผู้ให้บริการ): one per district at the end of each fiscal year.

OPDC asks every district for one set per fiscal year, so it is stored per fiscal year and saving again replaces
the year's answers (the latest word of the district). Each save is also an event, for the province.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.clock import now_utc
from kiosk.db.models import OfficerQuestionnaire
from kiosk.errors import KioskError
from kiosk.events import append_event, new_id
from kiosk.i18n import Text
from kiosk.survey.model import OTHER, Choice, Kind, Question
from kiosk.thai.fiscal import FiscalYear

EVENT_KIND = "questionnaire.saved"
STREAM_TYPE = "questionnaire"

SUITABLE = Question(
    "suitable",
    "1",
    Text(
        "ท่านเห็นว่า การเปิดให้บริการประชาชนด้วยระบบอิเล็กทรอนิกส์ (e-Service) ณ ที่ว่าการอำเภอ/ศูนย์ดำรงธรรมอำเภอ เหมาะสมหรือไม่",
        "Is offering e-Services at the district office suitable?",
    ),
    Kind.SINGLE,
    (Choice("yes", Text("เหมาะสม", "Suitable")), Choice("no", Text("ไม่เหมาะสม", "Not suitable"))),
)
SUITABLE_REASONS = Question(
    "suitable_reasons",
    "1",
    Text("เหมาะสม เพราะ", "Suitable because"),
    Kind.MULTI,
    (
        Choice("less_travel", Text("ลดระยะเวลาและค่าใช้จ่ายในการเดินทาง", "Saves citizens travel time and cost")),
        Choice(
            "fewer_limits",
            Text(
                "ลดข้อจำกัดความไม่พร้อมของประชาชน (เช่น ไม่มีอินเทอร์เน็ต/อุปกรณ์ ฯลฯ)",
                "Overcomes citizens' lack of internet or devices",
            ),
        ),
        Choice("convenient", Text("มีความสะดวก", "It is convenient")),
        Choice(OTHER, Text("อื่น ๆ", "Other")),
    ),
    other=True,
)
PROBLEM_AREAS: tuple[tuple[str, Text], ...] = (
    ("place", Text("ด้านสถานที่", "Premises")),
    ("tools", Text("ด้านเครื่องมือ", "Tools")),
    ("equipment", Text("ด้านอุปกรณ์", "Equipment")),
    ("knowledge", Text("ด้านความรู้เกี่ยวกับงานบริการ", "Knowledge of the services")),
    (OTHER, Text("อื่น ๆ", "Other")),
)
"""Item 2: problems in providing e-Services, one free text per area."""
MAX_SUGGESTIONS = 3


class InvalidQuestionnaire(KioskError):
    pass


@dataclass(frozen=True)
class OfficerAnswers:
    suitable: str | None = None
    suitable_reasons: tuple[str, ...] = ()
    suitable_other: str = ""
    unsuitable_reason: str = ""
    problems: Mapping[str, str] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()
    position: str = ""
    """The respondent's position (ตำแหน่ง), as the form asks; no name."""
    opened_on: date | None = None
    """The day the district opened its e-Service counter (วันที่เปิดให้บริการ)."""

    def problems_found(self) -> list[Text]:
        found: list[Text] = []
        if self.suitable is not None and self.suitable not in ("yes", "no"):
            found.append(Text("ข้อ 1 ตอบได้ว่า เหมาะสม หรือ ไม่เหมาะสม", "Item 1 is suitable or not suitable."))
        codes = {c.code for c in SUITABLE_REASONS.choices}
        if not set(self.suitable_reasons) <= codes:
            found.append(Text("มีเหตุผลที่ไม่มีในแบบสอบถาม", "A reason that is not on the form."))
        if self.suitable_reasons and self.suitable != "yes":
            found.append(Text("เหตุผลที่เหมาะสมใช้กับคำตอบ เหมาะสม เท่านั้น", "Reasons apply to 'suitable' only."))
        if self.unsuitable_reason.strip() and self.suitable != "no":
            found.append(
                Text(
                    "เหตุผลที่ไม่เหมาะสมใช้กับคำตอบ ไม่เหมาะสม เท่านั้น", "That reason applies to 'not suitable' only."
                )
            )
        if self.suitable_other.strip() and OTHER not in self.suitable_reasons:
            found.append(
                Text("ข้อความ 'อื่น ๆ' ต้องเลือก 'อื่น ๆ' ด้วย", "An 'other' text needs the 'other' choice.")
            )
        areas = {key for key, _ in PROBLEM_AREAS}
        if not set(self.problems) <= areas:
            found.append(Text("มีด้านของปัญหาที่ไม่มีในแบบสอบถาม", "A problem area that is not on the form."))
        if len(self.suggestions) > MAX_SUGGESTIONS:
            found.append(
                Text(f"ข้อเสนอแนะได้ไม่เกิน {MAX_SUGGESTIONS} ข้อ", f"At most {MAX_SUGGESTIONS} suggestions.")
            )
        return found

    def to_json(self) -> dict[str, object]:
        return {
            "suitable": self.suitable,
            "suitable_reasons": list(self.suitable_reasons),
            "suitable_other": self.suitable_other.strip(),
            "unsuitable_reason": self.unsuitable_reason.strip(),
            "problems": {key: text.strip() for key, text in self.problems.items() if text.strip()},
            "suggestions": [text.strip() for text in self.suggestions if text.strip()],
            "position": self.position.strip(),
            "opened_on": self.opened_on.isoformat() if self.opened_on else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> OfficerAnswers:
        def text(key: str) -> str:
            value = data.get(key)
            return value if isinstance(value, str) else ""

        def texts(key: str) -> tuple[str, ...]:
            value = data.get(key)
            return tuple(str(v) for v in value) if isinstance(value, list) else ()

        problems = data.get("problems")
        opened = data.get("opened_on")
        suitable = data.get("suitable")
        return cls(
            suitable=suitable if isinstance(suitable, str) else None,
            suitable_reasons=texts("suitable_reasons"),
            suitable_other=text("suitable_other"),
            unsuitable_reason=text("unsuitable_reason"),
            problems={str(k): str(v) for k, v in problems.items()} if isinstance(problems, dict) else {},
            suggestions=texts("suggestions"),
            position=text("position"),
            opened_on=date.fromisoformat(opened) if isinstance(opened, str) else None,
        )


@dataclass(frozen=True)
class SavedQuestionnaire:
    fiscal_year: FiscalYear
    answers: OfficerAnswers
    officer_id: str | None


def load_questionnaire(session: Session, fiscal_year: FiscalYear) -> SavedQuestionnaire | None:
    row = session.scalar(
        select(OfficerQuestionnaire).where(OfficerQuestionnaire.fiscal_year_be == fiscal_year.be)
    )
    if row is None:
        return None
    return SavedQuestionnaire(fiscal_year, OfficerAnswers.from_json(row.answers), row.officer_id)


def save_questionnaire(
    session: Session, fiscal_year: FiscalYear, answers: OfficerAnswers, *, officer_id: str | None
) -> None:
    """Store (or replace) the fiscal year's questionnaire and queue it for the province."""
    problems = answers.problems_found()
    if problems:
        raise InvalidQuestionnaire(Text(" ".join(p.th for p in problems), " ".join(p.en for p in problems)))
    payload = answers.to_json()
    row = session.scalar(
        select(OfficerQuestionnaire).where(OfficerQuestionnaire.fiscal_year_be == fiscal_year.be)
    )
    if row is None:
        row = OfficerQuestionnaire(id=new_id(), fiscal_year_be=fiscal_year.be)
        session.add(row)
    row.answers = payload
    row.recorded_at = now_utc()
    row.officer_id = officer_id
    session.flush()
    append_event(
        session,
        stream_type=STREAM_TYPE,
        stream_id=row.id,
        kind=EVENT_KIND,
        payload={"fiscal_year_be": fiscal_year.be, "answers": payload},
        officer_id=officer_id,
    )
