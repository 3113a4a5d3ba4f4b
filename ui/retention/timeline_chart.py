"""A bar chart of what falls due per month: an "overdue" bar, then the next 12 months.

Painted by hand (QtCharts is not part of PySide6-Essentials), in the palette's
colours so it follows a dark theme; the overdue bar is hatched as well as
placed first, so it does not depend on colour. Month names come from QLocale,
so they read 1月, 2月… when the app runs in Japanese. The numbers are also in
the accessible description and in each bar's tooltip, for screen readers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

MONTHS = 12
_BAR_GAP = 6
_TEXT_ROWS = 2  # a count above each bar, a label below


def month_counts(today: dt.date, dates: Iterable[dt.date]) -> tuple[int, list[int]]:
    """How many fall before `today` (overdue), and how many in each of the 12 months that
    start with today's month; later dates are left out."""
    overdue = 0
    months = [0] * MONTHS
    for day in dates:
        if day < today:
            overdue += 1
            continue
        offset = (day.year - today.year) * 12 + day.month - today.month
        if offset < MONTHS:
            months[offset] += 1
    return overdue, months


def _month_after(first: dt.date, offset: int) -> tuple[int, int]:
    year, month = divmod(first.year * 12 + first.month - 1 + offset, 12)
    return year, month + 1


class TimelineChart(QWidget):
    """Bars for "overdue" and each month; `set_counts` feeds it, `clear` empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first: dt.date | None = None
        self._counts: list[int] = []  # overdue first, then the months
        self.setAccessibleName(self.tr("Items due per month"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(6 * self.fontMetrics().height())

    # -- data ------------------------------------------------------------------

    def set_counts(self, first_month: dt.date, overdue: int, months: Sequence[int]) -> None:
        self._first = first_month.replace(day=1)
        self._counts = [overdue, *months]
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{label}: {count}").format(label=self.bar_title(i), count=count)
                for i, count in enumerate(self._counts)
            )
        )
        self.update()

    def clear(self) -> None:
        self._first = None
        self._counts = []
        self.setAccessibleDescription("")
        self.update()

    @property
    def counts(self) -> list[int]:
        """Overdue first, then one count per month."""
        return list(self._counts)

    def bar_label(self, index: int) -> str:
        """What is written under a bar: "Overdue", or the month's short name, with the
        year on a second line where the chart starts and where the year turns."""
        if index == 0 or self._first is None:
            return self.tr("Overdue")
        year, month = _month_after(self._first, index - 1)
        label = QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)
        if index == 1 or month == 1:
            label += f"\n{year}"
        return label

    def bar_title(self, index: int) -> str:
        """The bar's full name for tooltips and screen readers."""
        if index == 0 or self._first is None:
            return self.tr("Overdue")
        year, month = _month_after(self._first, index - 1)
        name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
        return self.tr("{month} {year}").format(month=name, year=year)

    def tooltip(self, index: int) -> str:
        count = self._counts[index]
        text = self.tr("{label}: 1 item") if count == 1 else self.tr("{label}: {count} items")
        return text.format(label=self.bar_title(index), count=count)

    # -- geometry --------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = self.fontMetrics().horizontalAdvance("0000/00") + _BAR_GAP
        return QSize((MONTHS + 1) * width, 10 * self.fontMetrics().height())

    def _plot(self) -> QRect:
        line = self.fontMetrics().height()
        return self.rect().adjusted(_BAR_GAP, line, -_BAR_GAP, -_TEXT_ROWS * line - _BAR_GAP)

    def bar_rect(self, index: int) -> QRect:
        """The slot of bar `index` (its full height, for hit testing and labels)."""
        plot = self._plot()
        slot = plot.width() / max(len(self._counts), 1)
        left = plot.left() + round(index * slot)
        return QRect(left, plot.top(), max(round(slot) - _BAR_GAP, 1), plot.height())

    def bar_at(self, pos: QPoint) -> int | None:
        for index in range(len(self._counts)):
            slot = self.bar_rect(index)
            if slot.left() <= pos.x() <= slot.right() + _BAR_GAP:
                return index
        return None

    # -- painting --------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        bar_color = palette.color(QPalette.ColorRole.Highlight)
        plot = self._plot()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self._counts:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing due"))
            painter.end()
            return
        highest = max(*self._counts, 1)
        line = self.fontMetrics().height()
        for index, count in enumerate(self._counts):
            slot = self.bar_rect(index)
            height = round(slot.height() * count / highest)
            bar = QRect(slot.left(), slot.bottom() - height + 1, slot.width(), height)
            if count:
                painter.setPen(QPen(bar_color))
                style = Qt.BrushStyle.BDiagPattern if index == 0 else Qt.BrushStyle.SolidPattern
                painter.setBrush(QBrush(bar_color, style))
                painter.drawRect(bar.adjusted(0, 0, -1, -1))
            painter.setPen(text_color)
            above = QRect(
                slot.left() - _BAR_GAP, bar.top() - line, slot.width() + 2 * _BAR_GAP, line
            )
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(count))
            below = QRect(
                slot.left() - _BAR_GAP // 2, plot.bottom() + 2, slot.width() + _BAR_GAP, 2 * line
            )
            painter.drawText(
                below,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.bar_label(index),
            )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(index), self)
            return True
        return super().event(event)
