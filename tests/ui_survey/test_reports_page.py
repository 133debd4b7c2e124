"""The Reports page: a month's figures and charts, marking it sent (supervisors only), exports and the PDF."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.db.models import ReportSubmission, Visit, VisitItem
from kiosk.events import new_id
from kiosk.officers import list_officers
from kiosk.survey.answers import Source, SurveyAnswers
from kiosk.survey.record import record_response
from ui.context import AppContext
from ui.reports.page import FISCAL_YEAR, ReportsPage

BKK = timezone(timedelta(hours=7))


def fill_may(ctx: AppContext) -> None:
    with ctx.store.write() as session:
        for hour in (9, 10, 11):
            visit = new_id()
            started = datetime(2026, 5, 4, hour, 0, tzinfo=BKK)
            session.add(
                Visit(id=visit, started_at=started, citizen_ref=f"c{hour}", source="card", consent=True)
            )
            session.flush()
            session.add(
                VisitItem(
                    id=new_id(), visit_id=visit, service_key="labour-22", outcome="done", duration_s=600.0
                )
            )
        for q4 in (5, 4):
            record_response(
                session,
                SurveyAnswers(date(2026, 5, 5), {"q1_1": 5, "q4": q4}, {"problems": ["รอนาน"]}),
                source=Source.PAPER,
                officer_id=None,
                today=date(2026, 6, 1),
            )


def show_may(qtbot: QtBot, page: ReportsPage) -> None:
    page.year.setValue(2569)
    page.month.setCurrentIndex(4)
    qtbot.waitUntil(
        lambda: (
            page.controller.report is not None and page.controller.report["period"]["start"] == "2026-05-01"
        )
    )


def test_a_month_with_figures_charts_and_the_submission_mark(qtbot: QtBot, demo_ctx: AppContext) -> None:
    fill_may(demo_ctx)
    with demo_ctx.store.read() as session:
        demo_ctx.officer = next(o for o in list_officers(session) if o.is_supervisor)
    page = ReportsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    show_may(qtbot, page)
    assert page.figures["visits"].text() == "3"
    assert page.figures["respondents"].text() == "2"
    assert page.figures["percent"].text() == "95.00%"  # process 5, overall 4.5: (5 + 4.5) / 2 x 20
    assert page.services_table.rowCount() == 1 and page.services_table.item(0, 2).text() == "3"
    assert page.services_chart.chart().series()[0].count() == 1
    assert "รอนาน" in page.comments.toPlainText()
    assert "OVERDUE" in page.submitted.text() and page.mark.isVisible() and page.mark.isEnabled()
    page.mark.click()
    qtbot.waitUntil(lambda: "Sent on" in page.submitted.text())
    assert "(late)" in page.submitted.text() and not page.mark.isEnabled()
    with demo_ctx.store.read() as session:
        assert session.scalar(select(ReportSubmission.officer_id)) == demo_ctx.officer.id


def test_officers_cannot_mark_and_fiscal_years_have_no_due_date(qtbot: QtBot, demo_ctx: AppContext) -> None:
    with demo_ctx.store.read() as session:
        demo_ctx.officer = next(o for o in list_officers(session) if not o.is_supervisor)
    page = ReportsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    show_may(qtbot, page)
    assert not page.mark.isVisible() and page.due.isVisible()
    page.kind.setCurrentIndex(FISCAL_YEAR)
    qtbot.waitUntil(
        lambda: page.controller.report is not None and page.controller.report["kind"] == "fiscal_year"
    )
    assert not page.due.isVisible() and not page.open_pdf.isEnabled() and not page.month.isVisible()


def test_exports_and_the_monthly_report_pdf(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> None:
    fill_may(demo_ctx)
    page = ReportsPage(demo_ctx)
    qtbot.addWidget(page)
    opened: list[Path] = []
    page.controller.open_file = opened.append
    show_may(qtbot, page)
    page.controller.export_to(tmp_path / "may.xlsx")
    qtbot.waitUntil(lambda: "may.xlsx" in page.status.text())
    assert load_workbook(tmp_path / "may.xlsx").sheetnames[0] == "สรุป"  # the tests run in Thai
    page.controller.export_to(tmp_path / "may.csv")
    qtbot.waitUntil(lambda: "may.csv" in page.status.text())
    assert "ขึ้นทะเบียนผู้ประกันตน" in (tmp_path / "may.csv").read_text(encoding="utf-8-sig")
    page.open_pdf.click()
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].name == "monthly-report-2026-05.pdf" and opened[0].read_bytes().startswith(b"%PDF")
