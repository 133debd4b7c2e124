"""Importing paper surveys the province (or a district clerk) typed into a spreadsheet and saved as CSV.

The file is taken whole or not at all: every cell is checked first, every problem is reported with its line and
column, and only a clean file is written, in one transaction. Half an import would leave the officer guessing
which forms still need keying in.

Re-importing the same file must add nothing. Each row gets an ``import_key``: a hash of its canonical content
(after normalisation, so ``5``/``๕`` or ``2026-05-01``/``01/05/2569`` hash alike) plus its occurrence number among
identical rows of the same file. So the same file twice gives the same keys (nothing new), while two genuinely
identical paper forms in one file (same date, same ticks) are occurrences 1 and 2 and both are kept. Row order
does not matter; adding a third identical form later imports just that one.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db.models import SurveyResponse
from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.survey.answers import (
    MAX_FORM_NUMBER_LENGTH,
    NO_RATING,
    Answer,
    Source,
    SurveyAnswers,
    date_problem,
)
from kiosk.survey.model import QUESTIONS, RATING_KEYS, Kind
from kiosk.survey.record import form_number_taken, record_response, today_local
from kiosk.survey.values import (
    ServiceResolver,
    ValueProblem,
    parse_choice,
    parse_date,
    parse_multi,
    parse_rating,
    split_values,
)

DATE_COLUMN = "date"
FORM_NUMBER_COLUMN = "form_number"
KNOWN_COLUMNS: tuple[str, ...] = (DATE_COLUMN, FORM_NUMBER_COLUMN, *QUESTIONS)
MAX_LISTED_PROBLEMS = 200
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class CellProblem:
    line: int
    column: int | None
    """1-based column number; None when the problem is the row (or file) as a whole."""
    name: str | None
    what: Text

    def describe(self) -> Text:
        if self.column is None:
            return Text(f"บรรทัด {self.line}: {self.what.th}", f"Line {self.line}: {self.what.en}")
        return Text(
            f"บรรทัด {self.line} คอลัมน์ {self.column} ({self.name or '-'}): {self.what.th}",
            f"Line {self.line}, column {self.column} ({self.name or '-'}): {self.what.en}",
        )


class ImportRejected(KioskError):
    """The file has problems; nothing was imported."""

    def __init__(self, problems: list[CellProblem]) -> None:
        self.problems = problems
        listed = [p.describe() for p in problems[:MAX_LISTED_PROBLEMS]]
        more = len(problems) - len(listed)
        tail_th = f"\n… และอีก {more} รายการ" if more > 0 else ""
        tail_en = f"\n… and {more} more" if more > 0 else ""
        super().__init__(
            Text(
                f"ไม่ได้นำเข้าไฟล์ พบปัญหา {len(problems)} รายการ ยังไม่มีข้อมูลใดถูกบันทึก แก้ไขไฟล์แล้วนำเข้าอีกครั้ง:\n"
                + "\n".join(t.th for t in listed)
                + tail_th,
                f"The file was not imported: {len(problems)} problem(s). Nothing was saved; fix the file and "
                "import it again:\n" + "\n".join(t.en for t in listed) + tail_en,
            )
        )


class UnreadableFile(KioskError):
    """The file is not a CSV this import can read at all (encoding, quoting, emptiness)."""


@dataclass(frozen=True)
class ParsedRow:
    line: int
    response: SurveyAnswers
    import_key: str


@dataclass(frozen=True)
class ImportResult:
    rows: int
    imported: int
    already_imported: int


def decode(data: bytes) -> str:
    """UTF-8 with or without the BOM Excel writes; anything else is refused with a way out, not guessed at."""
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise UnreadableFile(Text("ไฟล์ว่างเปล่า", "The file is empty."))
    save_as_csv = Text(
        "ใน Excel ใช้ บันทึกเป็น > CSV UTF-8 (Comma delimited) แล้วนำเข้าใหม่",
        "In Excel use Save As > CSV UTF-8 (Comma delimited), then import again.",
    )
    if data.startswith(b"PK\x03\x04"):
        raise UnreadableFile(
            Text(
                "ไฟล์นี้เป็นสมุดงาน Excel (.xlsx) ไม่ใช่ CSV", "This is an Excel workbook (.xlsx), not a CSV file."
            ),
            save_as_csv,
        )
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise UnreadableFile(
            Text(
                f"ไฟล์ไม่ใช่ข้อความ CSV (พบอักขระ NUL ที่บรรทัด {line} อาจเป็น UTF-16)",
                f"The file is not CSV text (a NUL character on line {line}; UTF-16 perhaps).",
            ),
            save_as_csv,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UnreadableFile(
            Text(
                f"ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 (พบที่บรรทัด {line})",
                f"The file is not UTF-8 text (first bad byte on line {line}).",
            ),
            save_as_csv,
        ) from None


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of each CSV record; malformed quoting is an error with its line."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise UnreadableFile(
                Text(
                    f"รูปแบบ CSV ผิดที่บรรทัด {reader.line_num} ({error})",
                    f"The CSV is malformed at line {reader.line_num} ({error}).",
                ),
                Text('ตรวจเครื่องหมายอัญประกาศ (") ในไฟล์', 'Check the quote marks (") in the file.'),
            ) from None
        yield start, cells


def _header(line: int, cells: list[str]) -> tuple[list[str | None], list[CellProblem]]:
    """Column names by position (None for a nameless trailing column) and the header's problems."""
    names: list[str | None] = []
    problems: list[CellProblem] = []
    seen: dict[str, int] = {}
    for column, cell in enumerate(cells, start=1):
        name = cell.strip().lower()
        if not name:
            names.append(None)
            continue
        if name not in KNOWN_COLUMNS:
            problems.append(
                CellProblem(
                    line,
                    column,
                    cell.strip(),
                    Text(
                        "ไม่รู้จักคอลัมน์นี้ (ใช้ได้: " + ", ".join(KNOWN_COLUMNS) + ")",
                        "Unknown column (known: " + ", ".join(KNOWN_COLUMNS) + ").",
                    ),
                )
            )
        elif name in seen:
            problems.append(
                CellProblem(
                    line,
                    column,
                    name,
                    Text(f"คอลัมน์ซ้ำกับคอลัมน์ {seen[name]}", f"Same column as column {seen[name]}."),
                )
            )
        seen.setdefault(name, column)
        names.append(name)
    if DATE_COLUMN not in seen:
        problems.append(CellProblem(line, None, None, Text("ไม่มีคอลัมน์ date", "There is no date column.")))
    if not any(key in seen for key in RATING_KEYS):
        problems.append(
            CellProblem(
                line, None, None, Text("ไม่มีคอลัมน์คะแนน q1_1–q4", "There is no rating column (q1_1–q4).")
            )
        )
    return names, problems


def _import_key(response: SurveyAnswers, occurrence: int) -> str:
    content = {
        "date": response.survey_date.isoformat(),
        "form_number": response.form_number,
        "ratings": response.rating_columns(),
        "answers": response.answers,
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{canonical}#{occurrence}".encode()).hexdigest()


class _RowReader:
    """Turns one record into a response, collecting a problem per bad cell instead of stopping at the first."""

    def __init__(self, names: list[str | None], services: ServiceResolver, today: date) -> None:
        self.names = names
        self.services = services
        self.today = today

    def read(self, line: int, cells: list[str]) -> tuple[SurveyAnswers | None, list[CellProblem]]:
        problems: list[CellProblem] = []
        width = len(self.names)
        if len(cells) < width or any(cell.strip() for cell in cells[width:]):
            return None, [
                CellProblem(
                    line,
                    None,
                    None,
                    Text(
                        f"แถวนี้มี {len(cells)} ช่อง แต่หัวตารางมี {width} คอลัมน์",
                        f"This row has {len(cells)} cells but the header has {width} columns.",
                    ),
                )
            ]
        survey_date: date | None = None
        form_number: str | None = None
        ratings: dict[str, int | None] = {}
        answers: dict[str, Answer] = {}
        for column, (name, cell) in enumerate(zip(self.names, cells, strict=False), start=1):
            try:
                if name is None:
                    if cell.strip():
                        raise ValueProblem(Text("มีข้อมูลในคอลัมน์ที่ไม่มีชื่อ", "A value under a column with no name."))
                elif name == DATE_COLUMN:
                    survey_date = parse_date(cell)
                    problem = date_problem(survey_date, self.today)
                    if problem is not None:
                        raise ValueProblem(problem)
                elif name == FORM_NUMBER_COLUMN:
                    form_number = cell.strip() or None
                    if form_number is not None and len(form_number) > MAX_FORM_NUMBER_LENGTH:
                        raise ValueProblem(
                            Text(
                                f"เลขที่แบบสำรวจยาวเกิน {MAX_FORM_NUMBER_LENGTH} ตัวอักษร",
                                f"The form number is longer than {MAX_FORM_NUMBER_LENGTH} characters.",
                            )
                        )
                elif name in QUESTIONS:
                    self._cell(name, cell, ratings, answers)
            except ValueProblem as bad:
                problems.append(CellProblem(line, column, name, bad.what))
        if not any(value is not None for value in ratings.values()) and not any(
            p.name in RATING_KEYS for p in problems
        ):
            problems.append(CellProblem(line, None, None, NO_RATING))
        if problems or survey_date is None:
            return None, problems
        return SurveyAnswers(survey_date, ratings, answers, form_number=form_number), []

    def _cell(self, name: str, cell: str, ratings: dict[str, int | None], answers: dict[str, Answer]) -> None:
        question = QUESTIONS[name]
        if question.kind is Kind.RATING:
            ratings[name] = parse_rating(cell)
        elif question.kind is Kind.SINGLE:
            code, other = parse_choice(question, cell)
            if code is not None:
                answers[name] = code
            if other is not None:
                answers[question.other_key] = other
        elif question.kind is Kind.MULTI:
            codes, other = parse_multi(question, cell)
            if codes:
                answers[name] = codes
            if other is not None:
                answers[question.other_key] = other
        elif question.kind is Kind.SERVICES:
            keys = self.services.resolve_all(cell)
            if keys:
                answers[name] = keys
        else:
            texts = split_values(cell)
            if texts:
                answers[name] = texts


def parse_survey_csv(data: bytes, services: ServiceResolver, *, today: date) -> list[ParsedRow]:
    """Every response of the file with its import key, or :class:`ImportRejected` listing every problem."""
    records = _records(decode(data))
    first = next(records, None)
    if first is None or not any(cell.strip() for cell in first[1]):
        raise UnreadableFile(
            Text(
                "บรรทัดแรกของไฟล์ต้องเป็นหัวตาราง (ชื่อคอลัมน์)", "The first line must be the header (column names)."
            ),
        )
    names, problems = _header(*first)
    reader = _RowReader(names, services, today)
    parsed: list[tuple[int, SurveyAnswers]] = []
    numbers: dict[str, int] = {}
    form_column = names.index(FORM_NUMBER_COLUMN) + 1 if FORM_NUMBER_COLUMN in names else None
    for line, cells in records:
        if not any(cell.strip() for cell in cells):
            continue
        response, row_problems = reader.read(line, cells)
        problems.extend(row_problems)
        if response is None:
            continue
        if response.form_number is not None:
            if response.form_number in numbers:
                problems.append(
                    CellProblem(
                        line,
                        form_column,
                        FORM_NUMBER_COLUMN,
                        Text(
                            f"เลขที่แบบสำรวจซ้ำกับบรรทัด {numbers[response.form_number]}",
                            f"The same form number as line {numbers[response.form_number]}.",
                        ),
                    )
                )
            numbers.setdefault(response.form_number, line)
        parsed.append((line, response))
    if not parsed and not problems:
        raise UnreadableFile(Text("ไฟล์มีแต่หัวตาราง ไม่มีแบบสำรวจ", "The file has a header but no survey rows."))
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: (p.line, p.column is None, p.column or 0)))
    occurrences: Counter[str] = Counter()
    rows: list[ParsedRow] = []
    for line, response in parsed:
        content = _import_key(response, 0)
        occurrences[content] += 1
        rows.append(ParsedRow(line, response, _import_key(response, occurrences[content])))
    return rows


@dataclass(frozen=True)
class ImportPlan:
    fresh: list[ParsedRow]
    """Rows not imported before, to be written."""
    rows: int

    @property
    def result(self) -> ImportResult:
        return ImportResult(
            rows=self.rows, imported=len(self.fresh), already_imported=self.rows - len(self.fresh)
        )


def plan_import(session: Session, rows: list[ParsedRow]) -> ImportPlan:
    """Which rows are new; a new row whose form number is already recorded rejects the file. Writes nothing."""
    keys = [row.import_key for row in rows]
    known: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        found = session.scalars(select(SurveyResponse.import_key).where(SurveyResponse.import_key.in_(chunk)))
        known.update(key for key in found if key)
    fresh = [row for row in rows if row.import_key not in known]
    taken = [
        CellProblem(
            row.line,
            None,
            FORM_NUMBER_COLUMN,
            Text(
                f"แบบสำรวจเลขที่ {row.response.form_number} บันทึกไว้แล้ว",
                f"Survey form {row.response.form_number} has already been recorded.",
            ),
        )
        for row in fresh
        if row.response.form_number is not None and form_number_taken(session, row.response.form_number)
    ]
    if taken:
        raise ImportRejected(taken)
    return ImportPlan(fresh, len(rows))


def import_survey_rows(
    session: Session, rows: list[ParsedRow], *, officer_id: str | None, today: date
) -> ImportResult:
    """Write the rows not imported before, in the caller's transaction."""
    plan = plan_import(session, rows)
    for row in plan.fresh:
        record_response(
            session,
            row.response,
            source=Source.IMPORT,
            officer_id=officer_id,
            import_key=row.import_key,
            today=today,
        )
    return plan.result


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                Text(f"ไฟล์ใหญ่เกินไป ({size:,} ไบต์)", f"The file is too large ({size:,} bytes)."),
                Text("แบ่งไฟล์เป็นหลายไฟล์แล้วนำเข้าทีละไฟล์", "Split it and import the parts one by one."),
            )
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFile(
            Text(f"เปิดไฟล์ {path} ไม่ได้ ({error.strerror})", f"Cannot open {path} ({error.strerror})."),
        ) from None


def import_survey_csv(
    session: Session, path: Path, *, officer_id: str | None, today: date | None = None
) -> ImportResult:
    """The whole import: read, check every cell, then write what is new, all in ``session``'s transaction."""
    day = today or today_local()
    rows = parse_survey_csv(read_file(path), ServiceResolver.load(session), today=day)
    return import_survey_rows(session, rows, officer_id=officer_id, today=day)
