"""Entering the district's yearly officer questionnaire (seed 001), one per fiscal year."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.survey.model import OTHER
from kiosk.survey.questionnaire import (
    MAX_SUGGESTIONS,
    PROBLEM_AREAS,
    SUITABLE,
    SUITABLE_REASONS,
    OfficerAnswers,
    SavedQuestionnaire,
    load_questionnaire,
    save_questionnaire,
)
from kiosk.survey.record import today_local
from kiosk.survey.values import ValueProblem, parse_date
from kiosk.thai.dates import be_year
from kiosk.thai.fiscal import FiscalYear, fiscal_year_of
from ui.context import AppContext
from ui.widgets import primary_button, title_label


class QuestionnaireView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QSpinBox(objectName="questionnaireYear")
        self.year.setRange(2564, 2700)
        self.opened_on = QLineEdit(objectName="openedOn")
        self.opened_on.setPlaceholderText(self.tr("DD/MM/YYYY B.E."))
        self.position = QLineEdit(objectName="position")
        self.suitable = QRadioButton(SUITABLE.choice("yes").label.get())
        self.unsuitable = QRadioButton(SUITABLE.choice("no").label.get())
        self.suitable_group = QButtonGroup(self)
        self.suitable_group.addButton(self.suitable)
        self.suitable_group.addButton(self.unsuitable)
        self.reasons = {choice.code: QCheckBox(choice.label.get()) for choice in SUITABLE_REASONS.choices}
        self.reason_other = QLineEdit()
        self.reason_other.setPlaceholderText(self.tr("Other reason"))
        self.unsuitable_reason = QLineEdit()
        self.unsuitable_reason.setPlaceholderText(self.tr("Why not suitable"))
        self.problems = {key: QLineEdit(objectName=f"problem_{key}") for key, _ in PROBLEM_AREAS}
        self.suggestions = [QLineEdit() for _ in range(MAX_SUGGESTIONS)]
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save = primary_button(self.tr("Save questionnaire"))

        head = QFormLayout()
        head.addRow(self.tr("Fiscal year (B.E.)"), self.year)
        head.addRow(self.tr("Counter opened on"), self.opened_on)
        head.addRow(self.tr("Position of the respondent"), self.position)
        item1 = QGroupBox(f"1. {SUITABLE.text.get()}")
        one = QVBoxLayout(item1)
        one.addWidget(self.suitable)
        for checkbox in self.reasons.values():
            one.addWidget(checkbox)
        one.addWidget(self.reason_other)
        one.addWidget(self.unsuitable)
        one.addWidget(self.unsuitable_reason)
        item2 = QGroupBox(self.tr("2. Problems in providing e-Services"))
        two = QFormLayout(item2)
        for key, label in PROBLEM_AREAS:
            two.addRow(label.get(), self.problems[key])
        item3 = QGroupBox(self.tr("3. Suggestions"))
        three = QVBoxLayout(item3)
        for field in self.suggestions:
            three.addWidget(field)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(head)
        inner.addWidget(item1)
        inner.addWidget(item2)
        inner.addWidget(item3)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Officer questionnaire (once per fiscal year)")))
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def show_answers(self, answers: OfficerAnswers) -> None:
        self.suitable_group.setExclusive(False)
        self.suitable.setChecked(answers.suitable == "yes")
        self.unsuitable.setChecked(answers.suitable == "no")
        self.suitable_group.setExclusive(True)
        for code, checkbox in self.reasons.items():
            checkbox.setChecked(code in answers.suitable_reasons)
        self.reason_other.setText(answers.suitable_other)
        self.unsuitable_reason.setText(answers.unsuitable_reason)
        for key, field in self.problems.items():
            field.setText(answers.problems.get(key, ""))
        for index, field in enumerate(self.suggestions):
            field.setText(answers.suggestions[index] if index < len(answers.suggestions) else "")
        self.position.setText(answers.position)
        day = answers.opened_on
        self.opened_on.setText(f"{day.day:02d}/{day.month:02d}/{be_year(day.year)}" if day else "")

    def answers(self) -> OfficerAnswers:
        """The form as answers; raises :class:`ValueProblem` for an unreadable date."""
        text = self.opened_on.text().strip()
        suitable = "yes" if self.suitable.isChecked() else "no" if self.unsuitable.isChecked() else None
        reasons = (
            tuple(code for code, box in self.reasons.items() if box.isChecked()) if suitable == "yes" else ()
        )
        return OfficerAnswers(
            suitable=suitable,
            suitable_reasons=reasons,
            suitable_other=self.reason_other.text() if OTHER in reasons else "",
            unsuitable_reason=self.unsuitable_reason.text() if suitable == "no" else "",
            problems={key: field.text() for key, field in self.problems.items()},
            suggestions=tuple(field.text() for field in self.suggestions if field.text().strip()),
            position=self.position.text(),
            opened_on=parse_date(text) if text else None,
        )


class QuestionnaireController(QObject):
    def __init__(self, ctx: AppContext, view: QuestionnaireView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self._asked = 0
        view.year.setValue(fiscal_year_of(today_local()).be)
        view.year.valueChanged.connect(self.load)
        view.save.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        fiscal = FiscalYear(self.view.year.value())
        self._asked += 1
        asked = self._asked

        def read() -> SavedQuestionnaire | None:
            with self.ctx.store.read() as session:
                return load_questionnaire(session, fiscal)

        def done(saved: SavedQuestionnaire | None) -> None:
            # Reads run in parallel: only the year asked for last may fill the form.
            if asked == self._asked:
                self._loaded(saved)

        self.ctx.runner.run(read, done)

    def _loaded(self, saved: SavedQuestionnaire | None) -> None:
        self.view.show_answers(saved.answers if saved else OfficerAnswers())
        self.view.status.setText(
            self.tr("Saved earlier; saving again replaces it.") if saved else self.tr("Not filled in yet.")
        )

    def save(self) -> None:
        try:
            answers = self.view.answers()
        except ValueProblem as problem:
            self.view.status.setText(problem.what.get())
            return
        fiscal = FiscalYear(self.view.year.value())
        officer = self.ctx.officer.id if self.ctx.officer else None

        def write() -> None:
            with self.ctx.store.write() as session:
                save_questionnaire(session, fiscal, answers, officer_id=officer)

        self.view.save.setEnabled(False)
        self.ctx.runner.run_db(write, self._saved, self._failed)

    def _saved(self, _none: None) -> None:
        self.view.save.setEnabled(True)
        self.view.status.setText(self.tr("Questionnaire saved."))

    def _failed(self, error: BaseException) -> None:
        self.view.save.setEnabled(True)
        if not isinstance(error, KioskError):
            raise error
        self.view.status.setText(error.message())
