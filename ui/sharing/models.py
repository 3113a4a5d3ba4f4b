"""Tables of the sharing dialogs: a bundle's files, and the records to put in a redacted one.

`BundleFileModel` lists exactly the files a bundle preview names, with sizes and
SHA-256 (no content). `RecordChoiceModel` lists a client's records with a check box
each; it keeps only id, kind, title and sensitivity, so no field value (above all
no secret) sits in the model. Both empty on `clear()`, which the dialogs call on lock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QObject, Qt

from ui.models import header_data, sort_text
from ui.models.backups import data_size
from ui.models.records import KIND_ORDER, SENSITIVITY_ORDER, kind_name, sensitivity_name
from ui.models.table import Index, RowTableModel
from vault.domain.model import Record, RecordKind, Sensitivity
from vault.sharing.report import BundleFile


@dataclass(frozen=True)
class _FileRow:
    file: BundleFile
    display: tuple[object, ...]  # by Column
    sort_keys: tuple[object, ...]  # by Column


class BundleFileModel(RowTableModel[_FileRow]):
    """The files of a bundle preview: path inside the bundle and size."""

    class Column(IntEnum):
        PATH = 0
        SIZE = 1

    class Role(IntEnum):
        PathRole = Qt.ItemDataRole.UserRole + 1
        SizeRole = Qt.ItemDataRole.UserRole + 2  # bytes
        Sha256Role = Qt.ItemDataRole.UserRole + 3  # hex, as MANIFEST.json and the report give it
        SortRole = Qt.ItemDataRole.UserRole + 4

    COLUMNS = len(Column)
    SORT_ROLE = Role.SortRole
    DEFAULT_SORT = Column.PATH

    def set_files(self, files: Iterable[BundleFile]) -> None:
        self._show(
            [
                _FileRow(
                    f,
                    display=(f.path, data_size(f.size)),
                    sort_keys=((sort_text(f.path), f.path), (f.size, f.path)),
                )
                for f in files
            ]
        )

    def _other_role(self, row: _FileRow, column: int, role: int) -> object:
        by_role: dict[int, object] = {
            self.Role.PathRole: row.file.path,
            self.Role.SizeRole: row.file.size,
            self.Role.Sha256Role: row.file.sha256,
        }
        if role in by_role:
            return by_role[role]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("SHA-256: {sha256}").format(sha256=row.file.sha256)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.SIZE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return header_data((self.tr("File"), self.tr("Size")), section, orientation, role)


@dataclass(frozen=True)
class _ChoiceRow:
    record_id: str
    kind: RecordKind
    special_care: bool
    display: tuple[object, ...]  # by Column
    sort_keys: tuple[object, ...]  # by Column


def _choice_row(record: Record) -> _ChoiceRow:
    special = record.sensitivity is Sensitivity.SPECIAL_CARE
    title_key = (sort_text(record.title), record.id)
    return _ChoiceRow(
        record.id,
        record.kind,
        special,
        display=(record.title, kind_name(record.kind), sensitivity_name(record.sensitivity)),
        sort_keys=(
            title_key,
            (KIND_ORDER[record.kind], *title_key),
            (SENSITIVITY_ORDER[record.sensitivity], *title_key),
        ),
    )


class RecordChoiceModel(RowTableModel[_ChoiceRow]):
    """A client's records, each with a check box on its title: which go into the bundle."""

    class Column(IntEnum):
        TITLE = 0
        KIND = 1
        SENSITIVITY = 2

    class Role(IntEnum):
        RecordIdRole = Qt.ItemDataRole.UserRole + 1
        KindRole = Qt.ItemDataRole.UserRole + 2  # RecordKind value
        SpecialCareRole = Qt.ItemDataRole.UserRole + 3  # always left out of a redacted bundle
        SortRole = Qt.ItemDataRole.UserRole + 4

    COLUMNS = len(Column)
    SORT_ROLE = Role.SortRole
    DEFAULT_SORT = Column.KIND

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked: set[str] = set()

    def set_records(self, records: Iterable[Record]) -> None:
        """Every record starts checked."""
        self.beginResetModel()
        self._rows = self._sorted([_choice_row(r) for r in records])
        self._checked = {row.record_id for row in self._rows}
        self.endResetModel()

    def clear(self) -> None:
        self._checked = set()
        super().clear()

    def checked_ids(self) -> list[str]:
        """The checked records' ids, in the order the table shows them."""
        return [row.record_id for row in self._rows if row.record_id in self._checked]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.Column.TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(  # noqa: N802
        self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != self.Column.TITLE
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        try:
            state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        except ValueError:
            return False
        record_id = self._rows[index.row()].record_id
        if state == Qt.CheckState.Checked:
            self._checked.add(record_id)
        else:
            self._checked.discard(record_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _other_role(self, row: _ChoiceRow, column: int, role: int) -> object:
        by_role: dict[int, object] = {
            self.Role.RecordIdRole: row.record_id,
            self.Role.KindRole: row.kind.value,
            self.Role.SpecialCareRole: row.special_care,
        }
        if role in by_role:
            return by_role[role]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.Column.TITLE:
            checked = row.record_id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and row.special_care:
            return self.tr("Special-care records are always left out of a redacted bundle.")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return header_data(
            (self.tr("Title"), self.tr("Kind"), self.tr("Sensitivity")), section, orientation, role
        )
