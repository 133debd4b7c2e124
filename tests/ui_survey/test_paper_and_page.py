"""Paper entry by keyboard, the officer's Survey page (kiosk status, CSV import) and the officer questionnaire."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.db.models import SurveyResponse
from kiosk.survey.questionnaire import load_questionnaire
from kiosk.thai.fiscal import FiscalYear
from ui.context import AppContext
from ui.survey.page import SurveyPage


@pytest.fixture
def page(qtbot: QtBot, demo_ctx: AppContext) -> Iterator[SurveyPage]:
    survey_page = SurveyPage(demo_ctx)
    qtbot.addWidget(survey_page)
    survey_page.show()
    qtbot.waitUntil(lambda: "paper_services" in {f.edit.objectName() for f in survey_page.paper_view.fields})
    yield survey_page
    survey_page.controller.shutdown()


def rows(ctx: AppContext) -> list[SurveyResponse]:
    with ctx.store.read() as session:
        return list(session.scalars(select(SurveyResponse)))


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if isinstance(widget, QLineEdit) else ""


def type_and_enter(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit)
    if text:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_paper_form_keyed_in_with_the_keyboard_only(
    qtbot: QtBot, page: SurveyPage, demo_ctx: AppContext
) -> None:
    page.tabs.setCurrentWidget(page.paper_view)
    view = page.paper_view
    view.by_key["form_number"].edit.setFocus()
    type_and_enter(qtbot, "S-3501-69-000123")
    qtbot.waitUntil(lambda: focused() == "paper_date")
    type_and_enter(qtbot, "")  # the date is today's already
    assert focused() == "paper_sex"
    for text in ("2", "6", "8"):
        type_and_enter(qtbot, text)
    assert focused() == "paper_occupation_other"  # "8 = other" opens its text field
    type_and_enter(qtbot, "")
    for text in ("3", "1", "1 5"):
        type_and_enter(qtbot, text)
    assert focused() == "paper_services"  # no "other" ticked in 1.6: its text field is skipped
    type_and_enter(qtbot, "1 3")
    assert focused() == "paper_q1_1"
    type_and_enter(qtbot, "7")
    assert focused() == "paper_q1_1" and "1–5" in view.status.text()
    view.by_key["q1_1"].edit.clear()
    for text in ("5", "4", "", "5", "5", "4", "3", "4", "4", "5"):
        type_and_enter(qtbot, text)
    assert focused() == "paper_suitable"
    type_and_enter(qtbot, "2")  # not suitable: the reasons are skipped, the "why not" field is next
    assert focused() == "paper_unsuitable_reason"
    type_and_enter(qtbot, "")
    type_and_enter(qtbot, "")
    type_and_enter(qtbot, "")
    assert focused() == "paper_suggestions"
    type_and_enter(qtbot, "")  # Enter on the last field saves
    qtbot.waitUntil(lambda: len(rows(demo_ctx)) == 1)
    (row,) = rows(demo_ctx)
    assert row.form_number == "S-3501-69-000123" and row.source == "paper"
    assert (row.q1_1, row.q1_2, row.q1_3, row.q4) == (5, 4, None, 5)
    assert row.answers["sex"] == "female" and row.answers["occupation"] == "other"
    assert row.answers["heard_from"] == ["broadcast", "website"] and len(row.answers["services"]) == 2
    assert row.answers["suitable"] == "no"
    qtbot.waitUntil(lambda: view.by_key["q1_1"].edit.text() == "")
    assert view.by_key["date"].edit.text() != "" and focused() == "paper_form_number"
    assert "S-3501-69-000123" in view.status.text()

    type_and_enter(qtbot, "S-3501-69-000123")  # the same sheet again
    qtbot.waitUntil(lambda: "already been keyed in" in view.status.text())
    assert focused() == "paper_form_number" and view.by_key["form_number"].echo.text() == "Already recorded"
    assert len(rows(demo_ctx)) == 1


def test_a_malformed_form_number_is_refused_at_once(qtbot: QtBot, page: SurveyPage) -> None:
    view = page.paper_view
    view.by_key["form_number"].edit.setFocus()
    type_and_enter(qtbot, "12345")
    assert focused() == "paper_form_number" and "S-3501-69-000123" in view.status.text()


def test_the_page_opens_the_kiosk_and_shows_only_its_state(qtbot: QtBot, page: SurveyPage) -> None:
    panel = page.kiosk_panel
    assert "closed" in panel.state.text()
    qtbot.mouseClick(panel.open, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.controller.window is not None and page.controller.window.isVisible())
    assert "waiting" in panel.state.text()
    kiosk = page.controller.kiosk
    assert kiosk is not None
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    kiosk.state.rate("q1_1", 1)
    assert panel.state.text() == "A citizen is answering the survey."
    assert "1" not in panel.state.text()


def test_csv_import_from_the_page(
    qtbot: QtBot, page: SurveyPage, tmp_path: Path, demo_ctx: AppContext
) -> None:
    good = tmp_path / "good.csv"
    good.write_text("date,q4,problems\n2026-05-02,5,รอนาน\n", encoding="utf-8-sig")
    page.controller.import_file(good)
    qtbot.waitUntil(lambda: "Imported 1 of 1" in page.import_panel.result.toPlainText())
    bad = tmp_path / "bad.csv"
    bad.write_text("date,q4\n2026-05-02,9\n", encoding="utf-8")
    page.controller.import_file(bad)
    qtbot.waitUntil(lambda: "บรรทัด 2 คอลัมน์ 2 (q4)" in page.import_panel.result.toPlainText())
    assert len(rows(demo_ctx)) == 1


def test_the_officer_questionnaire_is_saved_and_reloaded(
    qtbot: QtBot, page: SurveyPage, demo_ctx: AppContext
) -> None:
    view = page.questionnaire_view
    qtbot.waitUntil(lambda: view.status.text() != "")
    view.year.setValue(2569)
    view.suitable.setChecked(True)
    view.reasons["convenient"].setChecked(True)
    view.problems["equipment"].setText("เครื่องพิมพ์เสีย")
    view.suggestions[0].setText("เพิ่มเจ้าหน้าที่")
    view.opened_on.setText("01/03/2564")
    qtbot.mouseClick(view.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.save.isEnabled() and "saved" in view.status.text().lower())
    with demo_ctx.store.read() as session:
        saved = load_questionnaire(session, FiscalYear(2569))
    assert saved is not None and saved.answers.suitable_reasons == ("convenient",)
    assert saved.answers.opened_on is not None and saved.answers.opened_on.year == 2021
    view.year.setValue(2570)
    qtbot.waitUntil(lambda: view.problems["equipment"].text() == "")
    view.year.setValue(2569)
    qtbot.waitUntil(lambda: view.problems["equipment"].text() == "เครื่องพิมพ์เสีย")


def test_the_counter_invites_the_citizen_at_the_end_of_a_visit(qtbot: QtBot, page: SurveyPage) -> None:
    page.controller.invite(service_key="labour-22")
    qtbot.waitUntil(lambda: page.controller.kiosk is not None)
    kiosk = page.controller.kiosk
    assert kiosk is not None and kiosk.state.service_key == "labour-22"
    assert page.kiosk_panel.state.text() == "A citizen is answering the survey."
