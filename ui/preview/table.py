"""A CSV file as a table model: rows parsed once (on the vault thread), only looked up here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QModelIndex, QObject, Qt

from ui.models.table import Index, RowTableModel
from vault.search import normalize

MAX_COLUMNS = 1_000  # a wider file is cut: a view with more columns stops responding
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")

CellKey = tuple[int, float, str]


def cell_key(text: str) -> CellKey:
    """Numbers sort by value ("1,234" and full-width digits too), before text sorted as text."""
    folded = normalize(text).strip()
    plain = folded.replace(",", "")
    if _NUMBER.fullmatch(plain):
        return (0, float(plain), "")
    return (1, 0.0, folded)


@dataclass(frozen=True, slots=True)
class TableRow:
    number: int  # the row's place in the file, 1 = the first row after the header
    display: tuple[str, ...]  # padded to the table's column count
    sort_keys: tuple[CellKey, ...]


def pad(cells: list[str], columns: int) -> tuple[str, ...]:
    """Exactly `columns` cells: short rows are filled with empty ones, long ones cut."""
    return tuple(cells[:columns]) + ("",) * (columns - len(cells))


def table_row(number: int, cells: list[str], columns: int) -> TableRow:
    shown = pad(cells, columns)
    return TableRow(number, shown, tuple(cell_key(cell) for cell in shown))


class CsvTableModel(RowTableModel[TableRow]):
    """Rows in the file's order until a header is clicked; the side header keeps the
    file's row numbers, so a sorted row still says where it came from."""

    COLUMNS: ClassVar[int] = MAX_COLUMNS  # the most any file shows; columnCount() is this one's
    SORT_ROLE: ClassVar[int] = Qt.ItemDataRole.UserRole + 1
    DEFAULT_SORT: ClassVar[int] = -1  # the file's own order

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._header: tuple[str, ...] = ()

    def set_table(self, header: tuple[str, ...], rows: list[TableRow]) -> None:
        self.beginResetModel()
        self._header = header
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        """Drop every cell (when the preview closes or the vault locks)."""
        self.set_table((), [])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < len(self._header):  # COLUMNS is only the upper bound
            super().sort(column, order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._header)

    def _other_role(self, row: TableRow, column: int, role: int) -> object:
        return row.display[column] if role == Qt.ItemDataRole.ToolTipRole else None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header[section] if 0 <= section < len(self._header) else None
        return self._rows[section].number if 0 <= section < len(self._rows) else None
