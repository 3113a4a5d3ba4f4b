"""The timeline chart: counts per month, its words for screen readers, palette colours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from ui.retention.timeline_chart import MONTHS, TimelineChart, month_counts

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def chart(qtbot: QtBot) -> TimelineChart:
    made = TimelineChart()
    qtbot.addWidget(made)
    made.resize(700, 220)
    made.show()
    qtbot.waitExposed(made)
    overdue, months = month_counts(
        TODAY,
        [
            dt.date(2026, 11, 1),  # overdue
            TODAY,  # its last day is today: this month, not overdue
            dt.date(2026, 11, 30),
            dt.date(2026, 12, 10),
            dt.date(2027, 10, 31),  # the twelfth month
            dt.date(2027, 11, 1),  # beyond the chart
        ],
    )
    made.set_counts(TODAY, overdue, months)
    return made


@pytest.fixture
def japanese() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    yield
    QLocale.setDefault(before)


def test_month_counts_put_each_date_in_its_month() -> None:
    overdue, months = month_counts(
        TODAY, [dt.date(2026, 11, 21), TODAY, dt.date(2027, 1, 31), dt.date(2027, 11, 1)]
    )
    assert overdue == 1
    assert len(months) == MONTHS
    assert months[0] == 1
    assert months[2] == 1
    assert sum(months) == 2


def test_counts_and_the_accessible_description_carry_the_numbers(chart: TimelineChart) -> None:
    assert chart.counts == [1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    description = chart.accessibleDescription()
    assert "Overdue: 1" in description
    assert "November 2026: 2" in description
    assert "October 2027: 1" in description
    assert chart.accessibleName() == "Items due per month"


def test_labels_name_the_year_where_it_starts_and_turns(chart: TimelineChart) -> None:
    labels = [chart.bar_label(i) for i in range(MONTHS + 1)]
    assert labels[:4] == ["Overdue", "Nov\n2026", "Dec", "Jan\n2027"]
    assert labels[12] == "Oct"


def test_japanese_month_labels(chart: TimelineChart, japanese: None) -> None:
    assert chart.bar_label(2) == "12月"
    assert chart.bar_title(3).startswith("1月")


def test_a_bar_tells_its_count_as_a_tooltip(qtbot: QtBot, chart: TimelineChart) -> None:
    assert chart.tooltip(1) == "November 2026: 2 items"
    assert chart.tooltip(2) == "December 2026: 1 item"
    spot = chart.bar_rect(1).center()
    assert chart.bar_at(spot) == 1
    event = QHelpEvent(QEvent.Type.ToolTip, spot, chart.mapToGlobal(spot))
    QApplication.sendEvent(chart, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "November 2026: 2 items"
    QToolTip.hideText()
    assert chart.bar_at(QPoint(-50, 10)) is None


def test_bars_are_painted_in_the_palette_colour_in_a_dark_theme(
    qtbot: QtBot, chart: TimelineChart
) -> None:
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#8ab4f8"))
    chart.setPalette(dark)
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    tallest = chart.bar_rect(1)
    inside = QPoint(tallest.center().x(), tallest.bottom() - 5)
    colour = image.pixelColor(int(inside.x() * ratio), int(inside.y() * ratio))
    assert colour == QColor("#8ab4f8")
    empty_month = chart.bar_rect(5)
    above_axis = QPoint(empty_month.center().x(), empty_month.bottom() - 5)
    assert image.pixelColor(int(above_axis.x() * ratio), int(above_axis.y() * ratio)) != colour


def test_clear_empties_the_chart(qtbot: QtBot, chart: TimelineChart) -> None:
    chart.clear()
    assert chart.counts == []
    assert chart.accessibleDescription() == ""
    chart.grab()  # paints "Nothing due" without a warning
