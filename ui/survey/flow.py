"""What the citizen is asked on the survey kiosk, page by page, and what they have answered so far.

Qt-free on purpose: the page order and the answer bookkeeping are plain data, so the kiosk window only draws them
and the tests can check the rules without a screen.

The ratings come first (one main issue per page) and part 1's questions about the person after them, although the
paper form starts with part 1: the ratings are what the province scores, and an elderly citizen who walks away
after two pages should leave them behind rather than their age band.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kiosk.i18n import Text
from kiosk.survey.answers import Answer, SurveyAnswers, clean_answers
from kiosk.survey.model import (
    AGE_BAND,
    EDUCATION,
    GROUPS,
    HEARD_FROM,
    OCCUPATION,
    PROBLEMS,
    SERVICES,
    SEX,
    SUGGESTIONS,
    SUITABLE,
    SUITABLE_REASONS,
    VISITS_6M,
    Choice,
    Kind,
    Question,
)


@dataclass(frozen=True)
class FlowPage:
    key: str
    title: Text
    questions: tuple[Question, ...]


def build_pages(offered: list[Choice]) -> list[FlowPage]:
    """The kiosk's pages; the e-Service page only when the district offers services to choose from."""
    pages = [FlowPage(group.key, group.title, group.items) for group in GROUPS]
    pages += [
        FlowPage("about", Text("เกี่ยวกับท่าน", "About you"), (SEX, AGE_BAND)),
        FlowPage("work", Text("อาชีพและการศึกษา", "Work and education"), (OCCUPATION, EDUCATION)),
        FlowPage("use", Text("การใช้บริการ", "Using e-Services"), (VISITS_6M, HEARD_FROM)),
    ]
    if offered:
        services = Question(SERVICES.key, SERVICES.number, SERVICES.text, Kind.MULTI, tuple(offered))
        pages.append(FlowPage("services", Text("งานบริการที่มาใช้วันนี้", "Today's e-Services"), (services,)))
    pages += [
        FlowPage(
            "suitable",
            Text("ความเหมาะสม", "Is this service point a good idea?"),
            (SUITABLE, SUITABLE_REASONS),
        ),
        FlowPage("comments", Text("ปัญหาและข้อเสนอแนะ", "Problems and suggestions"), (PROBLEMS, SUGGESTIONS)),
    ]
    return pages


@dataclass
class FlowState:
    """One citizen's answers in progress; replaced by a fresh one for the next citizen."""

    pages: list[FlowPage]
    index: int = 0
    ratings: dict[str, int] = field(default_factory=dict)
    choices: dict[str, list[str]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    service_key: str | None = None

    @property
    def page(self) -> FlowPage:
        return self.pages[self.index]

    @property
    def is_last(self) -> bool:
        return self.index == len(self.pages) - 1

    @property
    def touched(self) -> bool:
        return bool(self.ratings or self.choices or any(t.strip() for t in self.texts.values()))

    def rate(self, key: str, value: int) -> None:
        self.ratings[key] = value

    def toggle(self, question: Question, code: str) -> None:
        chosen = self.choices.setdefault(question.key, [])
        if question.kind is Kind.SINGLE:
            chosen[:] = [] if chosen == [code] else [code]
        elif code in chosen:
            chosen.remove(code)
        else:
            chosen.append(code)

    def clear_page(self) -> None:
        """Skip means "I do not want to answer these": forget what was picked on this page."""
        for question in self.page.questions:
            self.ratings.pop(question.key, None)
            self.choices.pop(question.key, None)
            self.texts.pop(question.key, None)

    def response(self, day: date) -> SurveyAnswers:
        answers: dict[str, object] = {}
        questions = {q.key: q for page in self.pages for q in page.questions}
        for key, codes in self.choices.items():
            answers[key] = list(codes) if questions[key].kind is Kind.MULTI else (codes[0] if codes else "")
        if "yes" not in self.choices.get(SUITABLE.key, []):
            answers.pop(SUITABLE_REASONS.key, None)
        for key, text in self.texts.items():
            answers[key] = [line for line in text.splitlines() if line.strip()]
        cleaned: dict[str, Answer] = clean_answers(answers)
        return SurveyAnswers(day, dict(self.ratings), cleaned, service_key=self.service_key)


class Words:
    """The kiosk's own words to the citizen. They are part of the survey, like its questions, so they are always
    Thai (the citizen's language), whatever language the officer's screens use."""

    TITLE = Text("แบบสำรวจความพึงพอใจของผู้รับบริการ", "Citizen satisfaction survey")
    INVITE = Text(
        "ขอความกรุณาท่านประเมินการให้บริการ e-Service ใช้เวลาประมาณ 2 นาที",
        "Please rate the e-Service you received; it takes about 2 minutes.",
    )
    START = Text("แตะเพื่อเริ่ม", "Tap to start")
    NEXT = Text("ถัดไป", "Next")
    BACK = Text("ย้อนกลับ", "Back")
    SKIP = Text("ข้าม", "Skip")
    SEND = Text("ส่งแบบสำรวจ", "Send")
    PROGRESS = Text("หน้า {page} จาก {pages}", "Page {page} of {pages}")
    MULTIPLE = Text("(เลือกได้มากกว่า 1 ข้อ)", "(choose any)")
    TYPE_HERE = Text("พิมพ์ที่นี่ (ไม่บังคับ)", "Type here (optional)")
    SAVING = Text("กำลังบันทึก…", "Saving…")
    THANKS = Text("ขอบคุณในความร่วมมือ", "Thank you")
    THANKS_MORE = Text("ความคิดเห็นของท่านช่วยให้เราปรับปรุงการให้บริการ", "Your answers help us improve the service.")
    FAILED = Text(
        "ขออภัย ระบบบันทึกคำตอบไม่สำเร็จ กรุณาแจ้งเจ้าหน้าที่",
        "Sorry, your answers could not be saved; please tell the staff.",
    )
