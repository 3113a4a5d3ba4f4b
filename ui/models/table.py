"""The plumbing both flat tables share: prepared rows of display texts and sort keys."""

from __future__ import annotations

from typing import ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class PreparedRow(Protocol):
    @property
    def display(self) -> tuple[object, ...]: ...

    @property
    def sort_keys(self) -> tuple[object, ...]: ...


RowT = TypeVar("RowT", bound=PreparedRow)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows are built once when data arrives; `data()` only looks them up."""

    COLUMNS: ClassVar[int]
    SORT_ROLE: ClassVar[int]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        column = index.column()
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= column < self.COLUMNS:
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display[column]
        if role == self.SORT_ROLE:
            return row.sort_keys[column]
        return self._other_role(row, column, role)

    def _other_role(self, row: RowT, column: int, role: int) -> object:
        raise NotImplementedError
