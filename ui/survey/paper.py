"""Keying in paper surveys: a keyboard-only form in the paper form's order.

Digits for ticks (``1`` = the first box), ratings 1–5, Enter to the next field, Enter on the last field (or
Ctrl+S anywhere) saves. The form number, scanned from the form's Code128 or typed, is checked as soon as it is
entered: a form already keyed in is refused before the officer types the rest of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.i18n import Text
from kiosk.offered import list_offered
from kiosk.survey.answers import Answer, Source, SurveyAnswers, clean_answers, survey_problems
from kiosk.survey.model import (
    GROUPS,
    OTHER,
    PART1,
    PROBLEMS,
    SERVICES,
    SUGGESTIONS,
    SUITABLE,
    SUITABLE_REASONS,
    UNSUITABLE_REASON,
    WANTED_SERVICES,
    Choice,
    Kind,
    Question,
)
from kiosk.survey.record import form_number_taken, record_response, survey_counts, today_local
from kiosk.survey.values import ValueProblem
from kiosk.thai.dates import be_year
from ui.context import AppContext
from ui.survey.paper_fields import PaperField, choice_hint, question_kind
from ui.widgets import primary_button, title_label


class PaperEntryView(QWidget):
    """Layout only: the fields are created by :meth:`build` once the district's services are known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: list[PaperField] = []
        self.by_key: dict[str, PaperField] = {}
        self.status = QLabel(objectName="paperStatus")
        self.status.setWordWrap(True)
        self.counts = QLabel(objectName="paperCounts")
        self.counts.setProperty("role", "hint")
        self.save = primary_button(self.tr("Save form (Ctrl+S)"))
        self.form_host = QWidget()
        self.form_layout = QVBoxLayout(self.form_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.counts)
        bottom.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Key in a paper survey")))
        hint = QLabel(
            self.tr(
                "Type the number of the ticked box (1 = first), ratings 1–5, several ticks as digits "
                "separated by spaces. Enter moves to the next field; Enter on the last field saves."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def build(self, services: list[Choice]) -> None:
        while self.form_layout.count():
            item = self.form_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.fields = []
        self.by_key = {}
        head = self._section(self.tr("Form"))
        self._add(head, "form_number", self.tr("Form number"), "form_number", hint="S-3501-69-000123")
        self._add(head, "date", self.tr("Date of the visit"), "date", hint=self.tr("DD/MM/YYYY B.E."))
        part1 = self._section(self.tr("Part 1: about the respondent"))
        for question in PART1:
            if question.key == SERVICES.key:
                if not services:
                    continue
                question = Question(SERVICES.key, SERVICES.number, SERVICES.text, Kind.MULTI, tuple(services))
            self._question(part1, question)
        part2 = self._section(self.tr("Part 2: satisfaction (5 = very satisfied … 1 = very dissatisfied)"))
        for group in GROUPS:
            for item in group.items:
                self._question(part2, item)
        part3 = self._section(self.tr("Part 3: problems and suggestions"))
        for question in (
            SUITABLE,
            SUITABLE_REASONS,
            UNSUITABLE_REASON,
            WANTED_SERVICES,
            PROBLEMS,
            SUGGESTIONS,
        ):
            self._question(part3, question)
        self.form_layout.addStretch(1)

    def _section(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.addWidget(box)
        return form

    def _question(self, form: QFormLayout, question: Question) -> None:
        kind = question_kind(question)
        hint = choice_hint(question.choices) if question.choices else ""
        if kind == "texts":
            hint = self.tr("several items separated by ;")
        label = f"{question.number} {question.text.get()}"
        self._add(form, question.key, label, kind, hint=hint, question=question)
        if question.other:
            self._add(
                form, question.other_key, "    " + self.tr("Other, please specify"), "text", question=question
            )

    def _add(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        kind: str,
        *,
        hint: str = "",
        question: Question | None = None,
    ) -> None:
        edit = QLineEdit(objectName=f"paper_{key}")
        if kind in ("rating", "single"):
            edit.setMaxLength(2)
            edit.setMaximumWidth(70)
        echo = QLabel()
        echo.setMinimumWidth(220)
        row = QHBoxLayout()
        row.addWidget(edit, 0 if kind in ("rating", "single") else 1)
        row.addWidget(echo, 1)
        title = QLabel(label)
        title.setWordWrap(True)
        title.setMinimumWidth(360)
        form.addRow(title, row)
        if hint:
            note = QLabel(hint)
            note.setProperty("role", "hint")
            note.setWordWrap(True)
            form.addRow("", note)
        field = PaperField(key, label, edit, echo, kind, question)
        self.fields.append(field)
        self.by_key[key] = field


@dataclass(frozen=True)
class PaperSetup:
    services: list[Choice]
    today_count: int


class PaperEntryController(QObject):
    def __init__(self, ctx: AppContext, view: PaperEntryView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self._saving = False
        self._checked_number: str | None = None
        view.save.clicked.connect(self.save)
        save = QShortcut(QKeySequence("Ctrl+S"), view, activated=self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # not while another page is shown
        view.build([])
        self._wire()
        self.refresh()

    def refresh(self) -> None:
        def load() -> PaperSetup:
            with self.ctx.store.read() as session:
                services = [Choice(o.service_key, _service_text(o.name)) for o in list_offered(session)]
                return PaperSetup(services, survey_counts(session, today_local()).today)

        self.ctx.runner.run(load, self._loaded)

    def _loaded(self, setup: PaperSetup) -> None:
        kept = {f.key: f.edit.text() for f in self.view.fields}
        self.view.build(setup.services)
        self._wire()
        for field in self.view.fields:
            field.edit.setText(kept.get(field.key, ""))
        if not self.view.by_key["date"].edit.text():
            self.view.by_key["date"].edit.setText(_today_text())
        self._show_count(setup.today_count)
        self._sync_enabled()

    def _wire(self) -> None:
        for index, field in enumerate(self.view.fields):
            field.edit.returnPressed.connect(lambda i=index: self._enter(i))
            field.edit.textChanged.connect(lambda _t, f=field: self._echo(f))

    def _echo(self, field: PaperField) -> None:
        text, bad = field.describe(today_local())
        field.echo.setText(text)
        field.echo.setStyleSheet("color: #b00020;" if bad else "color: #26734d;")
        if field.key == "form_number":
            self._checked_number = None
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        fields = self.view.by_key
        for key, field in fields.items():
            if key.endswith("_other"):
                owner = fields.get(key.removesuffix("_other"))
                field.edit.setEnabled(owner is not None and owner.picks_other)
        suitable = fields.get(SUITABLE.key)
        answer = None
        if suitable is not None:
            try:
                answer = suitable.value(today_local())
            except ValueProblem:
                answer = None
        for key, wanted in ((SUITABLE_REASONS.key, "yes"), (UNSUITABLE_REASON.key, "no")):
            if key in fields:
                fields[key].edit.setEnabled(answer == wanted)
        other = fields.get(SUITABLE_REASONS.other_key)
        if other is not None and answer != "yes":
            other.edit.setEnabled(False)

    def _enter(self, index: int) -> None:
        field = self.view.fields[index]
        text, bad = field.describe(today_local())
        if bad:
            self.view.status.setText(f"{field.label.strip()}: {text}")
            return
        if field.key == "form_number" and field.edit.text().strip():
            self._check_number(index)
            return
        self._focus_after(index)

    def _focus_after(self, index: int) -> None:
        for field in self.view.fields[index + 1 :]:
            if field.edit.isEnabled():
                field.edit.setFocus()
                field.edit.selectAll()
                return
        self.save()

    def _check_number(self, index: int) -> None:
        field = self.view.fields[index]
        number = field.value(today_local())
        assert isinstance(number, str)

        def check() -> bool:
            with self.ctx.store.read() as session:
                return form_number_taken(session, number)

        def checked(taken: bool) -> None:
            if taken:
                field.echo.setText(self.tr("Already recorded"))
                field.echo.setStyleSheet("color: #b00020;")
                self.view.status.setText(self.tr("Form %1 has already been keyed in.").replace("%1", number))
                field.edit.selectAll()
                return
            self._checked_number = number
            field.echo.setText(self.tr("New form"))
            field.echo.setStyleSheet("color: #26734d;")
            self._focus_after(index)

        self.ctx.runner.run(check, checked)

    def collect(self) -> SurveyAnswers:
        """The form as a response; raises :class:`ValueProblem` naming the first unreadable field."""
        today = today_local()
        ratings: dict[str, int | None] = {}
        answers: dict[str, object] = {}
        day: date | None = None
        number: str | None = None
        for field in self.view.fields:
            if not field.edit.isEnabled():
                continue
            try:
                value = field.value(today)
            except ValueProblem:
                field.edit.setFocus()
                raise
            if field.key == "date":
                day = value if isinstance(value, date) else None
            elif field.key == "form_number":
                number = value if isinstance(value, str) else None
            elif field.kind == "rating":
                ratings[field.key] = value if isinstance(value, int) else None
            elif value not in (None, "", []):
                answers[field.key] = value
        for key in [k for k in answers if k.endswith("_other")]:
            owner = answers.get(key.removesuffix("_other"))
            if owner != OTHER and not (isinstance(owner, list) and OTHER in owner):
                answers.pop(key)
        assert day is not None
        cleaned: dict[str, Answer] = clean_answers(answers)
        return SurveyAnswers(day, ratings, cleaned, form_number=number)

    def save(self) -> None:
        if self._saving:
            return
        try:
            response = self.collect()
        except ValueProblem as problem:
            self.view.status.setText(problem.what.get())
            return
        problems = survey_problems(response, today=today_local())
        if problems:
            self.view.status.setText(" ".join(p.what.get() for p in problems))
            return
        self._saving = True
        self.view.save.setEnabled(False)
        officer = self.ctx.officer.id if self.ctx.officer else None

        def write() -> int:
            with self.ctx.store.write() as session:
                record_response(session, response, source=Source.PAPER, officer_id=officer)
                return survey_counts(session, today_local()).today

        self.ctx.runner.run_db(write, self._saved, self._failed)

    def _saved(self, today_count: int) -> None:
        self._saving = False
        self.view.save.setEnabled(True)
        number = self.view.by_key["form_number"].edit.text().strip()
        for field in self.view.fields:
            if field.key != "date":
                field.clear()
        self.view.status.setText(
            self.tr("Saved form %1.").replace("%1", number) if number else self.tr("Saved the form.")
        )
        self._show_count(today_count)
        self._sync_enabled()
        self.view.by_key["form_number"].edit.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.view.save.setEnabled(True)
        if not isinstance(error, KioskError):
            raise error
        self.view.status.setText(error.message())

    def _show_count(self, count: int) -> None:
        self.view.counts.setText(self.tr("Surveys dated today: %n", "", count))


def _service_text(name: str) -> Text:
    return Text(name, name)


def _today_text() -> str:
    today = today_local()
    return f"{today.day:02d}/{today.month:02d}/{be_year(today.year)}"
