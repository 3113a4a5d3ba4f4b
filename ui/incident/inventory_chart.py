"""Per client, two horizontal bars: how many persons its data is about, and how many
categories of personal data are held (of the inventory's twelve). Painted by hand in the
palette's colours (QtCharts is not in PySide6-Essentials); the second bar is hatched, so
the two do not depend on colour. The numbers are in the accessible description too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vault.inventory.categories import Category

_GAP = 6
CATEGORIES = len(Category)


@dataclass(frozen=True)
class Row:
    label: str
    persons: int
    categories: int


class InventoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.setAccessibleName(self.tr("Persons and categories per client"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self._rows = list(rows)
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{client}: {persons} persons, {categories} categories").format(
                    client=r.label, persons=r.persons, categories=r.categories
                )
                for r in self._rows
            )
        )
        self.setMinimumHeight(self._row_height() * max(len(self._rows), 1) + _GAP)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return 2 * self.fontMetrics().height() + _GAP

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(480, self._row_height() * max(len(self._rows), 1) + _GAP)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        if not self._rows:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No clients"))
            painter.end()
            return
        metrics = self.fontMetrics()
        line = metrics.height()
        label_width = min(
            max(metrics.horizontalAdvance(r.label) for r in self._rows) + _GAP, self.width() // 3
        )
        number_width = metrics.horizontalAdvance("00000") + _GAP
        plot = self.width() - label_width - number_width - 2 * _GAP
        most = max(*(r.persons for r in self._rows), 1)
        for index, row in enumerate(self._rows):
            top = _GAP + index * self._row_height()
            painter.setPen(text)
            painter.drawText(
                QRect(_GAP, top, label_width - _GAP, 2 * line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - _GAP),
            )
            left = _GAP + label_width
            for offset, (value, full, style) in enumerate(
                (
                    (row.persons, most, Qt.BrushStyle.SolidPattern),
                    (row.categories, CATEGORIES, Qt.BrushStyle.BDiagPattern),
                )
            ):
                width = round(plot * value / full)
                y = top + offset * line
                if width:
                    painter.setPen(QPen(bar))
                    painter.setBrush(QBrush(bar, style))
                    painter.drawRect(QRect(left, y + 2, width, line - 4))
                painter.setPen(text)
                painter.drawText(
                    QRect(left + width + _GAP, y, number_width, line),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    str(value),
                )
        painter.end()
