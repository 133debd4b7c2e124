"""The Reports page: a month (B.E.) or a fiscal year of usage and satisfaction, as tables and charts, exported to
CSV/XLSX or the printable monthly report, and marked as sent to the province by a supervisor.

Everything shown comes from :func:`kiosk.statistics.report.build_report`, computed off the GUI thread; the page
only lays the numbers out (rounded to two decimals for reading).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.clock import to_local
from kiosk.errors import KioskError
from kiosk.i18n import current_language
from kiosk.paths import DataLayout
from kiosk.statistics.export import write_csv, write_xlsx
from kiosk.statistics.period import MONTHS_EN, Period, fiscal_year_period, month_of, month_period
from kiosk.statistics.report import build_report
from kiosk.statistics.submission import mark_submitted
from kiosk.statistics.usage import outcome_label
from kiosk.survey.model import GROUPS, PART1
from kiosk.survey.record import today_local
from kiosk.thai.dates import MONTHS_FULL, be_year, format_thai_date, format_thai_datetime
from kiosk.thai.fiscal import fiscal_year_of
from ui.context import AppContext
from ui.reports import charts
from ui.widgets import primary_button, title_label

MONTH, FISCAL_YEAR = 0, 1


def _number(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], numeric: frozenset[int] = frozenset()) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height + 2 * table.frameWidth() + 4)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def _chart_view() -> QChartView:
    view = QChartView()
    view.setRenderHint(charts.RENDER_HINT)
    view.setMinimumHeight(260)
    return view


def _set_chart(view: QChartView, chart: QChart, bars: int = 0) -> None:
    """Show ``chart``; a horizontal chart of ``bars`` bars gets the height its labels need."""
    previous = view.chart()
    view.setChart(chart)
    if previous is not None:
        previous.deleteLater()  # the view only releases the chart it showed; nothing else would delete it
    view.setFixedHeight(max(260, 90 + 30 * bars) if bars else 300)


class ReportsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(objectName="reportKind")
        self.kind.addItems([self.tr("Month"), self.tr("Fiscal year")])
        self.month = QComboBox(objectName="reportMonth")
        self.month.addItems(list(MONTHS_FULL if current_language() == "th" else MONTHS_EN))
        self.year = QSpinBox(objectName="reportYear")
        self.year.setRange(2564, 2700)
        self.year.setPrefix(self.tr("B.E. "))
        self.refresh = QPushButton(self.tr("Refresh"))
        picker = QHBoxLayout()
        picker.addWidget(self.kind)
        picker.addWidget(self.month)
        picker.addWidget(self.year)
        picker.addWidget(self.refresh)
        picker.addStretch(1)

        self.figures: dict[str, QLabel] = {}
        figures = QGridLayout()
        names = [
            ("visits", self.tr("Visits")),
            ("unique", self.tr("Citizens (unique)")),
            ("respondents", self.tr("Survey respondents")),
            ("percent", self.tr("Satisfaction")),
            ("time", self.tr("Service time (median)")),
            ("kpi", self.tr("Services offered (KPI ≥ 5)")),
        ]
        for column, (key, caption) in enumerate(names):
            value = QLabel("–", objectName=f"figure_{key}")
            value.setProperty("role", "title")
            label = QLabel(caption)
            label.setProperty("role", "hint")
            figures.addWidget(value, 0, column)
            figures.addWidget(label, 1, column)
            self.figures[key] = value

        self.due = QLabel(objectName="reportDue")
        self.submitted = QLabel(objectName="reportSubmitted")
        self.mark = QPushButton(self.tr("Mark as sent to the province"), objectName="markSubmitted")
        self.export_csv = QPushButton(self.tr("Export CSV…"))
        self.export_xlsx = QPushButton(self.tr("Export XLSX…"))
        self.open_pdf = primary_button(self.tr("Open the monthly report (PDF)"))
        self.open_pdf.setObjectName("openPdf")
        actions = QHBoxLayout()
        actions.addWidget(self.due)
        actions.addWidget(self.submitted)
        actions.addWidget(self.mark)
        actions.addStretch(1)
        actions.addWidget(self.export_csv)
        actions.addWidget(self.export_xlsx)
        actions.addWidget(self.open_pdf)
        self.status = QLabel(objectName="reportStatus")
        self.status.setWordWrap(True)

        self.services_table = _table([self.tr("Service"), self.tr("Agency"), self.tr("Visits")])
        self.outcomes = QLabel(objectName="outcomes")
        self.outcomes.setWordWrap(True)
        self.services_chart = _chart_view()
        self.timeline_chart = _chart_view()
        self.hours_chart = _chart_view()
        self.satisfaction_table = _table([self.tr("Item"), self.tr("Answered"), self.tr("Mean")])
        self.satisfaction_chart = _chart_view()
        self.demographic = QComboBox(objectName="demographic")
        for question in PART1:
            self.demographic.addItem(f"{question.number} {question.text.get()}", question.key)
        self.demographics_chart = _chart_view()
        self.comments = QPlainTextEdit(objectName="comments")
        self.comments.setReadOnly(True)

        self.tabs = QTabWidget()
        services = QWidget()
        services_layout = QVBoxLayout(services)
        services_layout.setContentsMargins(0, 0, 0, 0)
        services_layout.addWidget(self.outcomes)
        services_layout.addWidget(self.services_table)
        self.tabs.addTab(self._split(self.services_chart, services), self.tr("Services"))
        self.tabs.addTab(self._split(self.timeline_chart, self.hours_chart), self.tr("Visits over time"))
        self.tabs.addTab(
            self._split(self.satisfaction_chart, self.satisfaction_table), self.tr("Satisfaction")
        )
        demographics = QWidget()
        demo_layout = QVBoxLayout(demographics)
        demo_layout.addWidget(self.demographic)
        demo_layout.addWidget(self.demographics_chart)
        demo_layout.addStretch(1)
        self.tabs.addTab(demographics, self.tr("Respondents"))
        self.tabs.addTab(self.comments, self.tr("Problems and suggestions"))

        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Reports")))
        layout.addLayout(picker)
        layout.addLayout(figures)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    @staticmethod
    def _split(first: QWidget, second: QWidget) -> QScrollArea:
        """One above the other in a scrolling tab: long Thai service names need the page's full width, and a
        chart of many services needs its full height to show every label."""
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(first)
        layout.addWidget(second)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll


class ReportsController(QObject):
    """Loads the chosen period's report in the background and shows, exports or marks it."""

    def __init__(self, ctx: AppContext, view: ReportsView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.report: dict[str, Any] | None = None
        self._asked = 0
        self.open_file: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))
        )
        today = today_local()
        view.month.setCurrentIndex(today.month - 1)
        view.year.setValue(be_year(today.year))
        view.kind.currentIndexChanged.connect(self._kind_changed)
        view.month.currentIndexChanged.connect(self.load)
        view.year.valueChanged.connect(self.load)
        view.refresh.clicked.connect(self.load)
        view.mark.clicked.connect(self.mark_submitted)
        view.export_csv.clicked.connect(lambda: self._ask_export("csv"))
        view.export_xlsx.clicked.connect(lambda: self._ask_export("xlsx"))
        view.open_pdf.clicked.connect(self.open_report_pdf)
        view.demographic.currentIndexChanged.connect(self._show_demographic)
        supervisor = ctx.officer is not None and ctx.officer.is_supervisor
        view.mark.setVisible(supervisor)
        self.load()

    def period(self) -> Period:
        if self.view.kind.currentIndex() == FISCAL_YEAR:
            return fiscal_year_period(self.view.year.value())
        return month_period(self.view.year.value(), self.view.month.currentIndex() + 1)

    def _kind_changed(self) -> None:
        fiscal = self.view.kind.currentIndex() == FISCAL_YEAR
        self.view.month.setVisible(not fiscal)
        if fiscal:
            self.view.year.setPrefix(self.tr("FY B.E. "))
            self.view.year.setValue(fiscal_year_of(month_of(today_local()).start).be)
        else:
            self.view.year.setPrefix(self.tr("B.E. "))
        self.load()

    def load(self) -> None:
        try:
            period = self.period()
        except KioskError as error:
            self.view.status.setText(error.message())
            return
        self.view.status.setText(self.tr("Counting…"))
        self._asked += 1
        asked = self._asked

        def compute() -> dict[str, Any]:
            with self.ctx.store.read() as session:
                return build_report(session, period)

        def done(report: dict[str, Any]) -> None:
            # Loads run in parallel; an older period's result arriving last must not replace the newer one.
            if asked == self._asked:
                self.show(report)

        self.ctx.runner.run(compute, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KioskError):
            raise error
        self.view.status.setText(error.message())

    # -- showing --------------------------------------------------------------------------------------------------

    def show(self, report: dict[str, Any]) -> None:
        self.report = report
        view = self.view
        view.status.setText(
            self.tr("%1 · %2 to %3")
            .replace("%1", report["label"][current_language()])
            .replace("%2", format_thai_date(date.fromisoformat(report["period"]["start"])))
            .replace("%3", format_thai_date(date.fromisoformat(report["period"]["end"])))
        )
        sat = report["satisfaction"]
        kpi = report["kpi"]
        median = report["service_time"]["median_s"]
        view.figures["visits"].setText(f"{report['visits']:,}")
        view.figures["unique"].setText(f"{report['unique_citizens']:,}")
        view.figures["respondents"].setText(f"{sat['respondents']:,}")
        view.figures["percent"].setText("–" if sat["percent"] is None else f"{sat['percent']:.2f}%")
        view.figures["time"].setText(
            "–" if median is None else self.tr("%1 min").replace("%1", f"{median / 60:.1f}")
        )
        view.figures["kpi"].setText(f"{kpi['offered']} {'✓' if kpi['met'] else '✗'}")
        self._show_submission(report.get("submission"))
        _fill(
            view.services_table,
            [[row["service"], row["agency"], str(row["visits"])] for row in report["per_service"]],
            frozenset({2}),
        )
        outcomes = " · ".join(f"{outcome_label(code).get()} {n:,}" for code, n in report["outcomes"].items())
        view.outcomes.setText(self.tr("Outcomes: %1").replace("%1", outcomes or "–"))
        services = charts.services_chart(report, self.tr("Visits per e-Service"))
        _set_chart(view.services_chart, services, min(len(report["per_service"]), charts.MAX_BARS))
        timeline = self.tr("Visits per day") if len(report["per_day"]) <= 31 else self.tr("Visits per month")
        _set_chart(view.timeline_chart, charts.timeline_chart(report, timeline))
        _set_chart(view.hours_chart, charts.hours_chart(report, self.tr("Visits per hour of the day")))
        self._show_satisfaction(report)
        satisfaction = charts.satisfaction_chart(report, self.tr("Mean rating per item (1–5)"))
        _set_chart(view.satisfaction_chart, satisfaction, 10)
        self._show_demographic()
        self._show_comments(report)
        view.open_pdf.setEnabled(report["kind"] == "month")

    def _show_submission(self, submission: dict[str, Any] | None) -> None:
        view = self.view
        monthly = submission is not None
        for widget in (view.due, view.submitted):
            widget.setVisible(monthly)
        supervisor = self.ctx.officer is not None and self.ctx.officer.is_supervisor
        view.mark.setVisible(monthly and supervisor)
        if submission is None:
            return
        view.due.setText(
            self.tr("Due to the province: %1").replace(
                "%1", format_thai_date(date.fromisoformat(submission["due"]))
            )
        )
        if submission["submitted_at"]:
            sent = format_thai_datetime(to_local(datetime.fromisoformat(submission["submitted_at"])))
            text = self.tr("Sent on %1").replace("%1", sent)
            if submission["late"]:
                text += " " + self.tr("(late)")
            view.submitted.setText(text)
            view.submitted.setStyleSheet("color: #26734d; font-weight: bold;")
        elif submission["overdue"]:
            view.submitted.setText(self.tr("OVERDUE: not sent yet"))
            view.submitted.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            view.submitted.setText(self.tr("Not sent yet"))
            view.submitted.setStyleSheet("")
        view.mark.setEnabled(not submission["submitted_at"])

    def _show_satisfaction(self, report: dict[str, Any]) -> None:
        sat = report["satisfaction"]
        rows: list[list[str]] = []
        for group in GROUPS:
            if len(group.items) > 1:
                rows.append([f"{group.number}. {group.title.get()}", "", _number(sat["groups"][group.key])])
            for item in group.items:
                rows.append(
                    [
                        f"   {item.number} {item.text.get()}",
                        str(sat["answered"][item.key]),
                        _number(sat["items"][item.key]),
                    ]
                )
        rows.append([self.tr("Overall score (mean of the 4 main issues)"), "", _number(sat["score"])])
        rows.append([self.tr("Satisfaction percent (score × 20)"), "", _number(sat["percent"])])
        _fill(self.view.satisfaction_table, rows, frozenset({1, 2}))

    def _show_demographic(self) -> None:
        if self.report is None:
            return
        key = self.view.demographic.currentData()
        entries = self.report["demographics"].get(key, [])
        chart = charts.demographics_chart(entries, self.view.demographic.currentText())
        _set_chart(self.view.demographics_chart, chart, max(len(entries), 2))

    def _show_comments(self, report: dict[str, Any]) -> None:
        sections = [
            (self.tr("Problems"), report["problems"]),
            (self.tr("Suggestions"), report["suggestions"]),
            (self.tr("e-Services wanted"), report["wanted_services"]),
        ]
        lines: list[str] = []
        for title, texts in sections:
            lines.append(f"{title} ({len(texts)})")
            # The same words from many citizens read better once, with how many wrote them.
            counted = Counter(text.strip() for text in texts)
            lines += [f"  • {text}" + (f"  ×{n}" if n > 1 else "") for text, n in counted.items()] or ["  –"]
            lines.append("")
        self.view.comments.setPlainText("\n".join(lines))

    # -- actions --------------------------------------------------------------------------------------------------

    def _ask_export(self, kind: str) -> None:
        if self.report is None:
            return
        name = f"report-{self.report['period']['start'][:7]}.{kind}"
        wanted = "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)"
        path, _filter = QFileDialog.getSaveFileName(self.view, self.tr("Export the report"), name, wanted)
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        report = self.report
        if report is None:
            return
        language = current_language()

        def write() -> Path:
            if path.suffix.lower() == ".xlsx":
                write_xlsx(report, path, language)
            else:
                write_csv(report, path, language)
            return path

        self.ctx.runner.run(write, self._exported, self._write_failed)

    def _exported(self, path: Path) -> None:
        self.view.status.setText(self.tr("Saved %1").replace("%1", str(path)))

    def _write_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            self.view.status.setText(
                self.tr("Could not save the file: %1").replace("%1", str(error.strerror))
            )
            return
        self._failed(error)

    def open_report_pdf(self) -> None:
        report = self.report
        if report is None or report["kind"] != "month":
            return
        folder = DataLayout(self.ctx.data_dir).print_jobs

        def render() -> Path:
            from forms.monthly_report import render_monthly_report

            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"monthly-report-{report['period']['start'][:7]}.pdf"
            path.write_bytes(render_monthly_report(report, sample=self.ctx.demo))
            return path

        self.view.status.setText(self.tr("Preparing the PDF…"))
        self.ctx.runner.run(render, self._pdf_ready, self._write_failed)

    def _pdf_ready(self, path: Path) -> None:
        self.view.status.setText(self.tr("Opened %1").replace("%1", str(path)))
        self.open_file(path)

    def mark_submitted(self) -> None:
        officer = self.ctx.officer
        if officer is None or self.report is None or self.report["kind"] != "month":
            return
        period = self.period()

        def write() -> None:
            with self.ctx.store.write() as session:
                mark_submitted(session, period, officer)

        self.view.mark.setEnabled(False)
        self.ctx.runner.run_db(write, lambda _none: self.load(), self._mark_failed)

    def _mark_failed(self, error: BaseException) -> None:
        self.view.mark.setEnabled(True)
        self._failed(error)


class ReportsPage(ReportsView):
    """The page in the main window's navigation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = ReportsController(ctx, self)
