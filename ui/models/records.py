"""One client's records as a table, grouped by kind when sorted on the Kind column.

The model keeps only what the list shows and what the search box matches:
secret field values (a credential's password) are dropped when a record comes
in, so no role of any index, and no attribute of the model, can give them out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from ui.models import (
    fold_for_search,
    header_data,
    local_date,
    sort_text,
)
from ui.models.table import ClientRowsModel, QueryFilterProxy
from vault.domain.model import FieldType, Record, RecordKind, Sensitivity, field_type_for

KIND_ORDER: dict[RecordKind, int] = {
    RecordKind.CONTACT: 0,
    RecordKind.CREDENTIAL: 1,
    RecordKind.NOTE: 2,
    RecordKind.RECORD: 3,
}
SENSITIVITY_ORDER: dict[Sensitivity, int] = {
    Sensitivity.NORMAL: 0,
    Sensitivity.PERSONAL: 1,
    Sensitivity.SPECIAL_CARE: 2,
}
# Badge colours are fixed (not from the palette) so that they read the same in light and
# dark themes; the Sensitivity column also says the level in words.
BADGE_COLORS: dict[Sensitivity, tuple[QColor, QColor]] = {  # (background, text)
    Sensitivity.PERSONAL: (QColor("#fff3cd"), QColor("#664d03")),
    Sensitivity.SPECIAL_CARE: (QColor("#f8d7da"), QColor("#842029")),
}


def kind_name(kind: RecordKind) -> str:
    """The record kind as the user reads it."""
    names = {
        RecordKind.CONTACT: QCoreApplication.translate("RecordKind", "Contact person"),
        RecordKind.NOTE: QCoreApplication.translate("RecordKind", "Note"),
        RecordKind.CREDENTIAL: QCoreApplication.translate("RecordKind", "Credential"),
        RecordKind.RECORD: QCoreApplication.translate("RecordKind", "Record"),
    }
    return names[kind]


def sensitivity_name(sensitivity: Sensitivity) -> str:
    names = {
        Sensitivity.NORMAL: QCoreApplication.translate("Sensitivity", "Normal"),
        Sensitivity.PERSONAL: QCoreApplication.translate("Sensitivity", "Personal"),
        Sensitivity.SPECIAL_CARE: QCoreApplication.translate("Sensitivity", "Special-care"),
    }
    return names[sensitivity]


def sensitivity_description(sensitivity: Sensitivity) -> str:
    descriptions = {
        Sensitivity.NORMAL: QCoreApplication.translate(
            "Sensitivity", "Ordinary business information."
        ),
        Sensitivity.PERSONAL: QCoreApplication.translate(
            "Sensitivity", "Information that identifies a living person (personal information)."
        ),
        Sensitivity.SPECIAL_CARE: QCoreApplication.translate(
            "Sensitivity",
            "Health, medical, criminal record, creed or similar information "
            "(要配慮個人情報); it needs the person's consent to collect or share.",
        ),
    }
    return descriptions[sensitivity]


def is_secret(record: Record, key: str, field_type: FieldType) -> bool:
    """A field is secret if it says so, or if its kind's schema says so for that key."""
    return FieldType.SECRET in (field_type, field_type_for(record.kind, key))


@dataclass(frozen=True)
class _Row:
    """What the list needs of a record; never a secret value."""

    record_id: str
    kind: RecordKind
    sensitivity: Sensitivity
    title: str
    display: tuple[object, ...]  # by Column
    sort_keys: tuple[object, ...]  # by Column
    search_text: str


def _row(record: Record) -> _Row:
    public = [f.value for f in record.fields if not is_secret(record, f.key, f.type)]
    # Sorting on Kind groups by kind and orders by title within each group.
    kind_key = f"{KIND_ORDER[record.kind]}\t{sort_text(record.title)}"
    return _Row(
        record_id=record.id,
        kind=record.kind,
        sensitivity=record.sensitivity,
        title=record.title,
        display=(
            record.title,
            kind_name(record.kind),
            sensitivity_name(record.sensitivity),
            local_date(record.updated_at),
        ),
        sort_keys=(
            sort_text(record.title),
            kind_key,
            SENSITIVITY_ORDER[record.sensitivity],
            record.updated_at,
        ),
        search_text=fold_for_search(record.title, *public),
    )


class RecordListModel(ClientRowsModel[_Row]):
    """The records of the client selected in the main window."""

    class Column(IntEnum):
        TITLE = 0
        KIND = 1
        SENSITIVITY = 2
        UPDATED = 3

    class Role(IntEnum):
        RecordIdRole = Qt.ItemDataRole.UserRole + 1
        KindRole = Qt.ItemDataRole.UserRole + 2  # RecordKind value, e.g. "credential"
        SensitivityRole = Qt.ItemDataRole.UserRole + 3  # Sensitivity value
        SortRole = Qt.ItemDataRole.UserRole + 4
        SearchTextRole = Qt.ItemDataRole.UserRole + 5  # title + non-secret field values

    COLUMNS = len(Column)
    SORT_ROLE = Role.SortRole
    DEFAULT_SORT = Column.KIND

    # --- feeding -----------------------------------------------------------------------------

    def set_items(self, client_id: str, records: Iterable[Record]) -> None:
        """Show this client's records; records of any other client are left out."""
        self._show_client(client_id, [_row(r) for r in records if r.client_id == client_id])

    def upsert(self, record: Record) -> bool:
        """Replace the record's row in place, or append it if new.

        False (and nothing changes) if the record belongs to a client other than
        the one shown: a late result must not slip into another client's list.
        """
        if record.client_id != self._client_id:
            return False
        row = self._row_of(record.id)
        if row is None:
            end = len(self._rows)
            self.beginInsertRows(QModelIndex(), end, end)
            self._rows.append(_row(record))
            self.endInsertRows()
        else:
            self._rows[row] = _row(record)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.Column) - 1))
        return True

    def remove(self, record_id: str) -> bool:
        """Remove the record's row; False if it was not there."""
        row = self._row_of(record_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    def index_of(self, record_id: str, column: int = 0) -> QModelIndex:
        """The record's index in this model (invalid if absent), e.g. to select it."""
        row = self._row_of(record_id)
        return QModelIndex() if row is None else self.index(row, column)

    def _row_of(self, record_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.record_id == record_id), None)

    def _other_role(self, row: _Row, column: int, role: int) -> object:
        by_role: dict[int, object] = {
            self.Role.RecordIdRole: row.record_id,
            self.Role.KindRole: row.kind.value,
            self.Role.SensitivityRole: row.sensitivity.value,
            self.Role.SearchTextRole: row.search_text,
        }
        if role in by_role:
            return by_role[role]
        if column == self.Column.SENSITIVITY:
            return self._badge(row.sensitivity, role)
        if column == self.Column.TITLE and role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        return None

    @staticmethod
    def _badge(sensitivity: Sensitivity, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return sensitivity_description(sensitivity)
        colors = BADGE_COLORS.get(sensitivity)
        if colors is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return colors[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return colors[1]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return header_data(
            (self.tr("Title"), self.tr("Kind"), self.tr("Sensitivity"), self.tr("Updated")),
            section,
            orientation,
            role,
        )


class RecordFilterProxy(QueryFilterProxy):
    """Narrows the records to one kind and to a search-as-you-type query.

    It keeps the source's order: the model sorts (by kind by default, which groups
    contacts, credentials, notes, then other records, each by title).
    """

    SEARCH_ROLE = RecordListModel.Role.SearchTextRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind: RecordKind | None = None

    @property
    def kind(self) -> RecordKind | None:
        return self._kind

    def set_kind(self, kind: RecordKind | None) -> None:
        """Show only records of this kind (None: every kind)."""
        if kind != self._kind:
            with self.filter_change():
                self._kind = kind

    def accepts(self, index: QModelIndex) -> bool:
        return self._kind is None or index.data(RecordListModel.Role.KindRole) == self._kind


def editor_title(kind: RecordKind, *, new: bool) -> str:
    """The record editor's window title for a new or an existing record of this kind."""
    titles = {
        RecordKind.CONTACT: (
            QCoreApplication.translate("RecordEditor", "New contact person"),
            QCoreApplication.translate("RecordEditor", "Edit contact person"),
        ),
        RecordKind.NOTE: (
            QCoreApplication.translate("RecordEditor", "New note"),
            QCoreApplication.translate("RecordEditor", "Edit note"),
        ),
        RecordKind.CREDENTIAL: (
            QCoreApplication.translate("RecordEditor", "New credential"),
            QCoreApplication.translate("RecordEditor", "Edit credential"),
        ),
        RecordKind.RECORD: (
            QCoreApplication.translate("RecordEditor", "New record"),
            QCoreApplication.translate("RecordEditor", "Edit record"),
        ),
    }
    return titles[kind][0 if new else 1]
