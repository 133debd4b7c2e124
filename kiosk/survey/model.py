"""The citizen satisfaction survey of seed 001 (parts 1–3) as data: stable keys, Thai and English wording.

Every screen, the paper entry form, the CSV import and the statistics read the questions from here, so a key
means the same thing everywhere and a wording fix is made once. The keys are a contract with the province's
CSV files and with stored responses: never rename one.

Answers are stored in canonical form: a choice is its ``code`` (never its label, which may be reworded), a
multiple choice is a list of codes, free text is a list of non-empty strings. A choice question that the paper
form ends with "อื่นๆ (โปรดระบุ)" keeps the written-in text under ``<key>_other``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.i18n import Text


class Kind(StrEnum):
    SINGLE = "single"
    """One of ``choices`` (a code)."""
    MULTI = "multi"
    """Any number of ``choices`` (a list of codes)."""
    SERVICES = "services"
    """Any number of the district's offered e-Services (a list of service keys); the choices are per district."""
    RATING = "rating"
    """1–5, stored in its own column so that statistics aggregate in SQL."""
    TEXT = "text"
    """Free text lines (a list of strings)."""


@dataclass(frozen=True)
class Choice:
    code: str
    label: Text
    aliases: tuple[str, ...] = ()
    """Other spellings a hand-made CSV may use for this choice (matched after normalisation)."""


@dataclass(frozen=True)
class Question:
    key: str
    number: str
    """The item number printed on the paper form (``1.2``, ``3.1``), so an officer can find it."""
    text: Text
    kind: Kind
    choices: tuple[Choice, ...] = ()
    other: bool = False
    """The form offers "other (please specify)": a written-in answer is kept under ``other_key``."""
    max_lines: int = 1
    """For free text: how many lines the paper form has room for (a hint for entry screens only)."""

    @property
    def other_key(self) -> str:
        return f"{self.key}_other"

    def choice(self, code: str) -> Choice:
        for choice in self.choices:
            if choice.code == code:
                return choice
        raise KeyError(code)


@dataclass(frozen=True)
class RatingGroup:
    """A main issue of part 2; the OPDC formula scores each group as the mean of its items' means."""

    key: str
    number: str
    title: Text
    items: tuple[Question, ...]


OTHER = "other"
SCALE: tuple[tuple[int, Text], ...] = (
    (5, Text("มากที่สุด", "Very satisfied")),
    (4, Text("มาก", "Satisfied")),
    (3, Text("ปานกลาง", "Neutral")),
    (2, Text("น้อย", "Dissatisfied")),
    (1, Text("น้อยที่สุด", "Very dissatisfied")),
)
"""The five levels, best first, as the form prints them (5 = มากที่สุด … 1 = น้อยที่สุด)."""
RATING_MIN = 1
RATING_MAX = 5


def _c(code: str, th: str, en: str, *aliases: str) -> Choice:
    return Choice(code, Text(th, en), aliases)


def _rating(key: str, number: str, th: str, en: str) -> Question:
    return Question(key, number, Text(th, en), Kind.RATING)


SEX = Question(
    "sex",
    "1.1",
    Text("เพศ", "Sex"),
    Kind.SINGLE,
    (_c("male", "ชาย", "Male", "m", "ช"), _c("female", "หญิง", "Female", "f", "ญ")),
)
AGE_BAND = Question(
    "age_band",
    "1.2",
    Text("อายุ", "Age"),
    Kind.SINGLE,
    (
        _c("up_to_20", "ไม่เกิน 20 ปี", "20 or younger", "<=20", "≤20", "ไม่เกิน 20", "0-20"),
        _c("21_30", "21 – 30 ปี", "21–30", "21-30"),
        _c("31_40", "31 – 40 ปี", "31–40", "31-40"),
        _c("41_50", "41 – 50 ปี", "41–50", "41-50"),
        _c("51_60", "51 – 60 ปี", "51–60", "51-60"),
        _c("over_60", "มากกว่า 60 ปี ขึ้นไป", "Over 60", ">60", "60+", "มากกว่า 60 ปี", "มากกว่า 60"),
    ),
)
OCCUPATION = Question(
    "occupation",
    "1.3",
    Text("อาชีพ", "Occupation"),
    Kind.SINGLE,
    (
        _c("agriculture", "เกษตรกรรม", "Agriculture", "เกษตรกร"),
        _c("labourer", "รับจ้างทั่วไป", "General labourer", "รับจ้าง"),
        _c("civil_servant", "รับราชการ/รัฐวิสาหกิจ", "Civil servant / state enterprise", "รับราชการ"),
        _c("employee", "ลูกจ้าง/พนักงานบริษัท", "Employee", "พนักงานบริษัท"),
        _c("trader", "ค้าขาย/อาชีพอิสระ", "Trader / self-employed", "ค้าขาย", "อาชีพอิสระ"),
        _c("student", "นักเรียน/นักศึกษา", "Student", "นักเรียน", "นักศึกษา"),
        _c("unemployed", "ว่างงาน", "Unemployed", "ว่างาน"),
        _c(OTHER, "อื่น ๆ", "Other", "อื่นๆ"),
    ),
    other=True,
)
EDUCATION = Question(
    "education",
    "1.4",
    Text("ระดับการศึกษาสูงสุด", "Highest education"),
    Kind.SINGLE,
    (
        _c("below_primary", "ต่ำกว่าประถมศึกษา/ไม่ได้เรียน", "Below primary / none", "ไม่ได้เรียน"),
        _c("primary", "ประถมศึกษา", "Primary"),
        _c("secondary", "มัธยมศึกษา", "Secondary"),
        _c("diploma", "อนุปริญญาหรือเทียบเท่า", "Diploma or equivalent", "อนุปริญญา"),
        _c("bachelor", "ปริญญาตรี", "Bachelor's degree"),
        _c("above_bachelor", "สูงกว่าปริญญาตรี", "Above bachelor's degree"),
    ),
)
VISITS_6M = Question(
    "visits_6m",
    "1.5",
    Text(
        "ในรอบ 6 เดือนที่ผ่านมา ท่านมารับบริการด้วยระบบอิเล็กทรอนิกส์ (e-Service) มากน้อยเพียงใด",
        "In the last 6 months, how often did you use e-Services here?",
    ),
    Kind.SINGLE,
    (
        _c("never", "ไม่เคยใช้บริการ", "Never before", "0", "ไม่เคย"),
        _c("once", "1 ครั้ง", "Once", "1"),
        _c("2_5", "2 - 5 ครั้ง", "2–5 times", "2-5"),
        _c("over_5", "มากกว่า 5 ครั้ง", "More than 5 times", ">5", "มากกว่า 5"),
    ),
)
HEARD_FROM = Question(
    "heard_from",
    "1.6",
    Text(
        "ท่านทราบว่ามีการให้บริการ e-Service ที่อำเภอ/ศูนย์ดำรงธรรมอำเภอจากแหล่งใด",
        "How did you hear about e-Services at the district office?",
    ),
    Kind.MULTI,
    (
        _c("broadcast", "เสียงตามสาย", "Village loudspeaker"),
        _c("local_leaders", "กำนัน/ผู้ใหญ่บ้าน/อบต.", "Village or sub-district leaders", "ผู้ใหญ่บ้าน"),
        _c("neighbours", "เพื่อนบ้าน/คนรอบข้าง", "Neighbours / people around me", "เพื่อนบ้าน"),
        _c("notice_board", "ป้ายประกาศที่อำเภอ/อบต./จังหวัด", "Notice boards", "ป้ายประกาศ"),
        _c("website", "เว็บไซต์", "Website"),
        _c(OTHER, "อื่น ๆ", "Other", "อื่นๆ"),
    ),
    other=True,
)
SERVICES = Question(
    "services",
    "1.7",
    Text(
        "ท่านมารับบริการผ่านระบบอิเล็กทรอนิกส์ (e-Service) เรื่องใด (เลือกได้มากกว่า 1 งานบริการ)",
        "Which e-Services did you come for? (more than one allowed)",
    ),
    Kind.SERVICES,
)

PART1: tuple[Question, ...] = (SEX, AGE_BAND, OCCUPATION, EDUCATION, VISITS_6M, HEARD_FROM, SERVICES)

GROUPS: tuple[RatingGroup, ...] = (
    RatingGroup(
        "process",
        "1",
        Text("ด้านกระบวนการขั้นตอนการให้บริการ", "Service process"),
        (
            _rating("q1_1", "1.1", "ให้บริการตรงตามความต้องการ", "The service met my needs"),
            _rating("q1_2", "1.2", "ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน", "The steps were not complicated"),
            _rating("q1_3", "1.3", "ได้รับบริการที่รวดเร็ว", "The service was quick"),
        ),
    ),
    RatingGroup(
        "staff",
        "2",
        Text("ด้านเจ้าหน้าที่ให้บริการ", "Staff"),
        (
            _rating("q2_1", "2.1", "มีเจ้าหน้าที่พร้อมให้บริการ", "Staff were available to help"),
            _rating("q2_2", "2.2", "ให้บริการด้วยความสุภาพและเป็นกันเอง", "Staff were polite and friendly"),
            _rating(
                "q2_3", "2.3", "เจ้าหน้าที่มีความรู้ ความเข้าใจในงานบริการ", "Staff knew and understood the service"
            ),
        ),
    ),
    RatingGroup(
        "facilities",
        "3",
        Text("ด้านสถานที่และการอำนวยความสะดวก", "Place and facilities"),
        (
            _rating("q3_1", "3.1", "มีจุดให้บริการที่ชัดเจน", "The service point was easy to find"),
            _rating("q3_2", "3.2", "ความพร้อมของวัสดุอุปกรณ์ในการให้บริการ", "Equipment was ready for use"),
            _rating("q3_3", "3.3", "ความสะดวกในการเดินทางมารับบริการ", "It was easy to travel here"),
        ),
    ),
    RatingGroup(
        "overall",
        "4",
        Text("ความพึงพอใจโดยรวมต่อการให้บริการ", "Overall satisfaction"),
        (_rating("q4", "4", "ความพึงพอใจโดยรวมต่อการให้บริการ", "Overall, how satisfied are you?"),),
    ),
)
"""Part 2. ``overall`` is the single item 4: the OPDC formula averages it with the three group scores."""

RATINGS: tuple[Question, ...] = tuple(item for group in GROUPS for item in group.items)
RATING_KEYS: tuple[str, ...] = tuple(item.key for item in RATINGS)
GROUP_KEYS: tuple[str, ...] = tuple(group.key for group in GROUPS)

SUITABLE = Question(
    "suitable",
    "3.1",
    Text(
        "ท่านเห็นว่าการเปิดให้บริการ e-Service ที่อำเภอ/ศูนย์ดำรงธรรมอำเภอ เหมาะสมหรือไม่",
        "Is offering e-Services at the district office a good idea?",
    ),
    Kind.SINGLE,
    (
        _c("yes", "เหมาะสม", "Yes, suitable", "y", "ใช่"),
        _c("no", "ไม่เหมาะสม", "No, not suitable", "n", "ไม่ใช่"),
    ),
)
SUITABLE_REASONS = Question(
    "suitable_reasons",
    "3.1",
    Text("เหมาะสม เพราะ", "Suitable because"),
    Kind.MULTI,
    (
        _c("less_travel", "ลดระยะเวลาและค่าใช้จ่ายในการเดินทาง", "Saves travel time and cost"),
        _c("convenient", "มีความสะดวก", "It is convenient"),
        _c("staff_help", "มีเจ้าหน้าที่ช่วยให้บริการ", "Staff help me"),
        _c("no_equipment", "ที่บ้านไม่มีอุปกรณ์/อินเทอร์เน็ต", "No device or internet at home"),
        _c(
            "no_knowledge",
            "ไม่มีความรู้เกี่ยวกับงานบริการ (เช่น ขั้นตอน วิธีการกรอกข้อมูล ฯลฯ)",
            "I do not know how to use the service myself",
            "ไม่มีความรู้เกี่ยวกับงานบริการ",
        ),
        _c(OTHER, "อื่น ๆ", "Other", "อื่นๆ"),
    ),
    other=True,
)
UNSUITABLE_REASON = Question(
    "unsuitable_reason", "3.1", Text("ไม่เหมาะสม เพราะ", "Not suitable because"), Kind.TEXT
)
WANTED_SERVICES = Question(
    "wanted_services",
    "3.2",
    Text(
        "ท่านต้องการให้ศูนย์ดำรงธรรมอำเภอ/อำเภอเปิดให้บริการใดเพิ่มเติม",
        "Which other e-Services would you like offered here?",
    ),
    Kind.TEXT,
    max_lines=4,
)
PROBLEMS = Question(
    "problems",
    "3.3",
    Text("ปัญหาอุปสรรคในการมารับบริการ", "Problems you met"),
    Kind.TEXT,
    max_lines=3,
)
SUGGESTIONS = Question("suggestions", "3.4", Text("ข้อเสนอแนะ", "Suggestions"), Kind.TEXT, max_lines=3)

PART3: tuple[Question, ...] = (
    SUITABLE,
    SUITABLE_REASONS,
    UNSUITABLE_REASON,
    WANTED_SERVICES,
    PROBLEMS,
    SUGGESTIONS,
)

ANSWER_QUESTIONS: tuple[Question, ...] = PART1 + PART3
"""Everything kept in a response's ``answers`` JSON (the ratings have their own columns)."""
QUESTIONS: dict[str, Question] = {q.key: q for q in (*PART1, *RATINGS, *PART3)}
