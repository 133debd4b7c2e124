"""The Reports page's charts (QtCharts), built from the report dict.

Each function returns a fresh :class:`QChart`; the page puts it in a :class:`QChartView` it keeps, so changing the
period swaps charts without rebuilding the page. Long Thai service names are shortened on the axis; the tables
next to the charts carry the full names.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from kiosk.survey.model import RATINGS
from kiosk.thai.dates import MONTHS_SHORT

BLUE = QColor("#1a5fb4")
GREEN = QColor("#26a269")
AXIS_LABEL_CHARS = 40
MAX_BARS = 20
"""A chart shows at most this many services (the table lists them all)."""


def _short(text: str, limit: int = AXIS_LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setPointSize(13)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    return chart


def _integer_axis(maximum: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(1, int(maximum)))
    axis.setLabelFormat("%d")
    axis.applyNiceNumbers()
    return axis


def _horizontal(
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    *,
    maximum: float | None = None,
    decimals: bool = False,
    colour: QColor = BLUE,
) -> QChart:
    """Bars left to right, first label on top (QtCharts draws the first category at the bottom)."""
    chart = _chart(title)
    bars = QBarSet("")
    bars.setColor(colour)
    for value in reversed(values):
        bars.append(value)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(3 if decimals else 6)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([_short(label) for label in reversed(labels)])
    font = QFont(categories.labelsFont())
    font.setPointSize(10)
    categories.setLabelsFont(font)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    if decimals:
        axis = QValueAxis()
        axis.setRange(0, maximum or 5)
        axis.setLabelFormat("%.0f")
        axis.setTickCount(6)
    else:
        axis = _integer_axis(maximum if maximum is not None else max(values, default=1))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    return chart


def services_chart(report: dict[str, Any], title: str) -> QChart:
    rows = report["per_service"][:MAX_BARS]
    return _horizontal(title, [row["service"] for row in rows], [row["visits"] for row in rows])


def timeline_chart(report: dict[str, Any], title: str) -> QChart:
    """Visits per day for a month; per month for longer periods (365 bars would be unreadable)."""
    days = [(date.fromisoformat(row["date"]), row["visits"]) for row in report["per_day"]]
    if len(days) <= 31:
        labels = [str(day.day) for day, _ in days]
        values = [n for _, n in days]
    else:
        months: dict[tuple[int, int], int] = {}
        for day, n in days:
            months[(day.year, day.month)] = months.get((day.year, day.month), 0) + n
        labels = [MONTHS_SHORT[month - 1] for _, month in months]
        values = list(months.values())
    chart = _chart(title)
    bars = QBarSet("")
    bars.setColor(BLUE)
    bars.append(values)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(labels)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    counts = _integer_axis(max(values, default=1))
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(counts)
    return chart


def hours_chart(report: dict[str, Any], title: str) -> QChart:
    hours = [row for row in report["per_hour"] if 6 <= row["hour"] <= 19 or row["visits"]]
    chart = _chart(title)
    bars = QBarSet("")
    bars.setColor(GREEN)
    bars.append([row["visits"] for row in hours])
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([f"{row['hour']:02d}" for row in hours])
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    counts = _integer_axis(max((row["visits"] for row in hours), default=1))
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(counts)
    return chart


def satisfaction_chart(report: dict[str, Any], title: str) -> QChart:
    items = report["satisfaction"]["items"]
    labels = [f"{item.number} {item.text.get()}" for item in RATINGS]
    values = [items[item.key] or 0.0 for item in RATINGS]
    return _horizontal(title, labels, values, maximum=5, decimals=True, colour=GREEN)


def demographics_chart(entries: list[dict[str, Any]], title: str) -> QChart:
    return _horizontal(title, [str(e["label"]) for e in entries], [e["count"] for e in entries])


RENDER_HINT = QPainter.RenderHint.Antialiasing
