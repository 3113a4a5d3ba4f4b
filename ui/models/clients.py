"""The client list: one row per client, filtered as the user types.

The model holds the `Client` values the main window hands it and nothing else;
`clear()` on lock drops them all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from ui.models import (
    day_text,
    fold_for_search,
    header_data,
    local_date,
)
from ui.models.table import QueryFilterProxy, RowTableModel
from vault.domain.model import Client
from vault.domain.reading import gojuon_key


@dataclass(frozen=True)
class _Row:
    """A client with what the view asks for most, worked out once rather than per paint."""

    client: Client
    display: tuple[object, ...]  # by Column
    sort_keys: tuple[object, ...]  # by Column
    search_text: str


def _row(client: Client, today: dt.date) -> _Row:
    return _Row(
        client,
        display=(
            client.name,
            client.record_count,
            local_date(client.updated_at),
            retention_status(client, today),
        ),
        sort_keys=(
            gojuon_key(client.furigana, client.name),  # 50音 order by reading
            client.record_count,
            client.updated_at,
            client.next_retention or "9999-12-31",  # nothing due sorts last
        ),
        search_text=fold_for_search(client.name, client.furigana, *client.emails, *client.phones),
    )


def retention_status(client: Client, today: dt.date) -> str:
    """Held, overdue, or the next record's last day; empty when nothing has a date."""
    parts = []
    if client.next_retention is not None:
        due = dt.date.fromisoformat(client.next_retention)
        shown = day_text(due)
        if due < today:
            shown = QCoreApplication.translate("ClientListModel", "Overdue: {date}").format(
                date=shown
            )
        parts.append(shown)
    if client.on_hold:
        parts.append(QCoreApplication.translate("ClientListModel", "on hold"))
    return " · ".join(parts)


class ClientListModel(RowTableModel[_Row]):
    """Clients as a table; fed on the GUI thread by the main window, never by the vault."""

    class Column(IntEnum):
        NAME = 0
        RECORDS = 1
        UPDATED = 2
        RETENTION = 3  # the next last-kept day, overdue, on hold

    class Role(IntEnum):
        ClientIdRole = Qt.ItemDataRole.UserRole + 1
        SortRole = Qt.ItemDataRole.UserRole + 2  # numbers as numbers, dates as ISO strings
        SearchTextRole = Qt.ItemDataRole.UserRole + 3  # name, furigana, e-mails, phones; folded

    COLUMNS = len(Column)
    SORT_ROLE = Role.SortRole
    DEFAULT_SORT = Column.NAME

    def __init__(
        self, parent: QObject | None = None, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self._today = today  # the user's local date, for "overdue"

    # --- feeding -----------------------------------------------------------------------------

    def set_items(self, clients: Iterable[Client]) -> None:
        self._show([_row(client, self._today()) for client in clients])

    def upsert(self, client: Client) -> None:
        """Replace the client's row in place, or append it if it is new."""
        row = self._row_of(client.id)
        if row is None:
            end = len(self._rows)
            self.beginInsertRows(QModelIndex(), end, end)
            self._rows.append(_row(client, self._today()))
            self.endInsertRows()
            return
        self._rows[row] = _row(client, self._today())
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.Column) - 1))

    def remove(self, client_id: str) -> bool:
        """Remove the client's row; False if it was not there."""
        row = self._row_of(client_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    # --- lookups for the main window ----------------------------------------------------------

    def client(self, client_id: str) -> Client | None:
        row = self._row_of(client_id)
        return None if row is None else self._rows[row].client

    def client_at(self, row: int) -> Client:
        return self._rows[row].client

    def index_of(self, client_id: str, column: int = 0) -> QModelIndex:
        """The client's index in this model (invalid if absent), e.g. to select it."""
        row = self._row_of(client_id)
        return QModelIndex() if row is None else self.index(row, column)

    def _row_of(self, client_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.client.id == client_id), None)

    def _other_role(self, row: _Row, column: int, role: int) -> object:
        if role == self.Role.ClientIdRole:
            return row.client.id
        if role == self.Role.SearchTextRole:
            return row.search_text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.NAME:
            client = row.client
            return f"{client.name}\n{client.furigana}" if client.furigana else client.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.RECORDS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return header_data(
            (self.tr("Name"), self.tr("Records"), self.tr("Updated"), self.tr("Retention")),
            section,
            orientation,
            role,
        )


class ClientFilterProxy(QueryFilterProxy):
    """Search-as-you-type over name, furigana, e-mails and phones, plus "focus mode".

    Focus mode shows only one client's row: the user turns it on while sharing
    the screen, so no other client's name is visible.
    """

    SEARCH_ROLE = ClientListModel.Role.SearchTextRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._focus_client_id: str | None = None

    @property
    def focus_client_id(self) -> str | None:
        return self._focus_client_id

    def set_focus_client_id(self, client_id: str | None) -> None:
        """Show only this client's row (None: show every client that matches the query)."""
        if client_id != self._focus_client_id:
            with self.filter_change():
                self._focus_client_id = client_id

    def accepts(self, index: QModelIndex) -> bool:
        focus = self._focus_client_id
        return focus is None or index.data(ClientListModel.Role.ClientIdRole) == focus
