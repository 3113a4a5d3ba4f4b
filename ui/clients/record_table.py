"""The read-only, row-selecting table both lists use, sorted by its source model."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models import day_text
from ui.models.backups import data_size
from ui.models.table import RowTableModel

# Text whose width sizes a column: fixed widths, because "resize to contents"
# asks every row for its text on every change (73,000 calls at 2,000 clients).
SAMPLE_TEXT = {"count": "00000", "word": "Contact person"}
WIDE_DAY = dt.date(2026, 9, 28)  # the widest digits and month abbreviations
# Just below each unit step: "1,023 bytes", "1,024.0 kB", "1,024.0 MB", "1,024.0 GB".
WIDE_SIZES = (1023, 1024**2 - 1, 1024**3 - 1, 1024**4 - 1)


def _samples(kind: str) -> list[str]:
    if kind == "date":
        return [day_text(WIDE_DAY)]
    if kind == "size":
        return [data_size(size) for size in WIDE_SIZES]
    return [SAMPLE_TEXT[kind]]


def make_table(
    proxy: QSortFilterProxyModel,
    source: RowTableModel[Any],
    stretch_column: int,
    widths: dict[int, str],
    parent: QWidget | None = None,
) -> QTableView:
    """`widths` maps a column to a SAMPLE_TEXT key, "date" or "size"; the stretch column takes
    the rest."""
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    metrics = QFontMetrics(table.font())
    padding = 3 * metrics.averageCharWidth()
    for column, sample in widths.items():
        text = max(metrics.horizontalAdvance(t) for t in _samples(sample))
        header.resizeSection(column, text + padding)
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(source.sort_column, source.sort_order)
    header.sortIndicatorChanged.connect(source.sort)
    return table
