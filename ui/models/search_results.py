"""Vault-wide search results as a tree: clients at the top, their matching records below.

A hit without a record id means the client's own details matched; it marks
the client row (Kind column says so in words) instead of adding a child.
Child indexes carry their client's row + 1 as internal id, never a Python
object pointer, so nothing in Qt can outlive `clear()`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ui.clients.field_inputs import field_label
from ui.models import header_data
from ui.models.records import kind_name
from vault.domain.model import RecordKind
from vault.search import TITLE, SearchHit

_Index = QModelIndex | QPersistentModelIndex
_TOP = 0  # internal id of a client row; a hit row's is its client's row + 1


@dataclass
class _ClientGroup:
    client_id: str
    name: str
    matched: bool = False  # the client's own details match the query
    found_in: str = ""  # which of them
    hits: list[SearchHit] = field(default_factory=list)


class SearchResultsModel(QAbstractItemModel):
    """Results of one search, replaced as a whole on every new query."""

    class Column(IntEnum):
        TITLE = 0
        KIND = 1
        FOUND_IN = 2  # the field the query matched

    class Role(IntEnum):
        ClientIdRole = Qt.ItemDataRole.UserRole + 1
        RecordIdRole = Qt.ItemDataRole.UserRole + 2  # None on client rows
        IsClientRole = Qt.ItemDataRole.UserRole + 3
        IsMatchRole = Qt.ItemDataRole.UserRole + 4  # the row itself matched the query

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_ClientGroup] = []

    def set_results(self, hits: Iterable[SearchHit], client_names: Mapping[str, str]) -> None:
        """Group the hits by client, keeping their order.

        Hits of a client missing from `client_names` are left out: that client
        was deleted since the search ran.
        """
        groups: dict[str, _ClientGroup] = {}
        for hit in hits:
            name = client_names.get(hit.client_id)
            if name is None:
                continue
            group = groups.setdefault(hit.client_id, _ClientGroup(hit.client_id, name))
            if hit.record_id is None:
                group.matched = True
                group.found_in = hit.matched
            else:
                group.hits.append(hit)
        self.beginResetModel()
        self._groups = list(groups.values())
        self.endResetModel()

    def clear(self) -> None:
        """Drop every result (called on lock): afterwards the model holds no client data."""
        self.beginResetModel()
        self._groups = []
        self.endResetModel()

    def hit_count(self) -> int:
        """How many records matched (client rows not counted)."""
        return sum(len(group.hits) for group in self._groups)

    # --- QAbstractItemModel ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: _Index) -> QModelIndex: ...
    def parent(self, child: _Index | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _TOP:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._client_data(self._groups[index.row()], index.column(), role)
        group = self._groups[index.internalId() - 1]
        return self._hit_data(group.hits[index.row()], index.column(), role)

    def _client_data(self, group: _ClientGroup, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.Column.TITLE:
                return group.name
            if column == self.Column.FOUND_IN:
                return self._field_name(group.found_in, client=True) if group.matched else ""
            if group.matched:
                return self.tr("Client (details match)")
            return self.tr("Client")
        if role == Qt.ItemDataRole.FontRole and group.matched:
            font = QFont()
            font.setBold(True)
            return font
        by_role: dict[int, object] = {
            self.Role.ClientIdRole: group.client_id,
            self.Role.RecordIdRole: None,
            self.Role.IsClientRole: True,
            self.Role.IsMatchRole: group.matched,
        }
        return by_role.get(role)

    def _hit_data(self, hit: SearchHit, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.Column.TITLE:
                return hit.title
            if column == self.Column.FOUND_IN:
                return self._field_name(hit.matched, client=False)
            try:
                return kind_name(RecordKind(hit.kind))
            except ValueError:
                return self.tr("Record")
        by_role: dict[int, object] = {
            self.Role.ClientIdRole: hit.client_id,
            self.Role.RecordIdRole: hit.record_id,
            self.Role.IsClientRole: False,
            self.Role.IsMatchRole: True,
        }
        return by_role.get(role)

    def _field_name(self, field: str, *, client: bool) -> str:
        if field == TITLE:
            return self.tr("Name") if client else self.tr("Title")
        return field_label(field)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        titles = (self.tr("Title"), self.tr("Kind"), self.tr("Found in"))
        return header_data(titles, section, orientation, role)
