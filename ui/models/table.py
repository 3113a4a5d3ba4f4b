"""The plumbing every flat table shares: prepared rows of display texts and sort keys."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ui.models import matches_all, search_terms

Index = QModelIndex | QPersistentModelIndex
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class PreparedRow(Protocol):
    @property
    def display(self) -> tuple[object, ...]: ...

    @property
    def sort_keys(self) -> tuple[Any, ...]: ...  # per column, comparable within a column


RowT = TypeVar("RowT", bound=PreparedRow)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows are built once when data arrives; `data()` only looks them up.

    Sorting happens here, in one Python sort over the prepared keys: a proxy
    model would call `data()` from C++ for every comparison (26,000 calls for
    2,000 clients, most of the time it takes to show the list after unlocking).
    Views leave the proxies unsorted and send header clicks to `sort()`.
    """

    COLUMNS: ClassVar[int]
    SORT_ROLE: ClassVar[int]
    DEFAULT_SORT: ClassVar[int]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self.sort_column = self.DEFAULT_SORT
        self.sort_order = Qt.SortOrder.AscendingOrder

    def _show(self, rows: list[RowT]) -> None:
        """Replace every row at once, in the current sort order."""
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (on lock, or when a view closes): no client data stays."""
        self._show([])

    def _sorted(self, rows: list[RowT]) -> list[RowT]:
        column = self.sort_column
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda row: row.sort_keys[column], reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self.sort_column, self.sort_order = column, order
        self._rows = self._sorted(self._rows)
        row_of = {id(row): number for number, row in enumerate(self._rows)}
        moved = self.persistentIndexList()
        self.changePersistentIndexList(
            moved,
            [self.index(row_of[id(before[old.row()])], old.column()) for old in moved],
        )
        self.layoutChanged.emit()

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


class ClientRowsModel(RowTableModel[RowT]):
    """Rows of one client only (its records, its attachments)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client_id: str | None = None

    @property
    def client_id(self) -> str | None:
        """Whose rows are shown (None when cleared)."""
        return self._client_id

    def _show_client(self, client_id: str, rows: list[RowT]) -> None:
        self._client_id = client_id
        self._show(rows)

    def clear(self) -> None:
        self._client_id = None
        super().clear()


class QueryFilterProxy(QSortFilterProxyModel):
    """Search-as-you-type over a row's folded search text, in the source's order.

    Subclasses add their own narrowing in `accepts()`; every term of the query
    must occur in the text the source gives for `SEARCH_ROLE`.
    """

    SEARCH_ROLE: ClassVar[int]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self.setDynamicSortFilter(True)

    @property
    def query(self) -> str:
        return " ".join(self._terms)

    def set_query(self, text: str) -> None:
        """Every whitespace-separated term must occur; full-width input matches ASCII."""
        terms = search_terms(text)
        if terms != self._terms:
            with self.filter_change():
                self._terms = terms

    @contextmanager
    def filter_change(self) -> Iterator[None]:
        """Wrap a change of what the filter accepts, so views refilter once."""
        self.beginFilterChange()
        yield
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, index: QModelIndex) -> bool:
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        index = self.sourceModel().index(source_row, 0, source_parent)
        if not self.accepts(index):
            return False
        if not self._terms:
            return True
        text = index.data(self.SEARCH_ROLE)
        return isinstance(text, str) and matches_all(self._terms, text)
