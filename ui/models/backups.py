"""The app's backups as a table: when, how big, where, whether the folder is reachable,
and whether it was made before the vault's latest re-key (under the old keys).

Rows are the `BackupInfo` values `vault.backups.list()` gives (no client data:
ids, folders, times and sizes); newest first, since that is the one a restore
usually wants. `clear()` on lock empties it like every other model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, QTimeZone

from ui.models import header_data
from ui.models.table import RowTableModel
from vault.backup.manager import BackupInfo


def local_time(iso: str) -> str:
    """A UTC timestamp from the vault as a date and time in the user's zone and locale."""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def data_size(size: int) -> str:
    """Bytes as people read them: KB and MB (Qt's default says KiB and MiB), in the
    locale's digits (1.2 MB, 1,2 MB)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


@dataclass(frozen=True)
class _Row:
    info: BackupInfo
    display: tuple[object, ...]  # by Column
    sort_keys: tuple[object, ...]  # by Column


def _row(info: BackupInfo) -> _Row:
    if not info.exists:
        status = QCoreApplication.translate("BackupModel", "Not reachable")
    elif info.before_rekey:
        status = QCoreApplication.translate("BackupModel", "Available (old keys)")
    else:
        status = QCoreApplication.translate("BackupModel", "Available")
    return _Row(
        info,
        display=(
            local_time(info.created_at),
            data_size(info.size) if info.exists else "",
            str(info.path.parent),
            status,
        ),
        sort_keys=(
            (info.created_at, info.id),
            info.size,
            (str(info.path.parent), info.created_at),
            (info.exists, info.created_at),
        ),
    )


class BackupModel(RowTableModel[_Row]):
    """The backups the app made and still knows of, newest first."""

    class Column(IntEnum):
        CREATED = 0
        SIZE = 1
        FOLDER = 2  # the folder the backup is in
        # available, under the old keys (made before a re-key), or not reachable (a drive
        # unplugged, a folder moved)
        STATUS = 3

    class Role(IntEnum):
        BackupIdRole = Qt.ItemDataRole.UserRole + 1
        PathRole = Qt.ItemDataRole.UserRole + 2  # the backup's own folder, as text
        CreatedRole = Qt.ItemDataRole.UserRole + 3  # ISO timestamp (UTC)
        SizeRole = Qt.ItemDataRole.UserRole + 4  # bytes; 0 when not reachable
        ReachableRole = Qt.ItemDataRole.UserRole + 5
        SortRole = Qt.ItemDataRole.UserRole + 6
        BeforeRekeyRole = Qt.ItemDataRole.UserRole + 7

    COLUMNS = len(Column)
    SORT_ROLE = Role.SortRole
    DEFAULT_SORT = Column.CREATED

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sort_order = Qt.SortOrder.DescendingOrder

    def set_backups(self, backups: Iterable[BackupInfo]) -> None:
        self._show([_row(info) for info in backups])

    def backup_at(self, row: int) -> BackupInfo:
        return self._rows[row].info

    def _other_role(self, row: _Row, column: int, role: int) -> object:
        info = row.info
        by_role: dict[int, object] = {
            self.Role.BackupIdRole: info.id,
            self.Role.PathRole: str(info.path),
            self.Role.CreatedRole: info.created_at,
            self.Role.SizeRole: info.size,
            self.Role.ReachableRole: info.exists,
            self.Role.BeforeRekeyRole: info.before_rekey,
        }
        if role in by_role:
            return by_role[role]
        if role == Qt.ItemDataRole.ToolTipRole:
            if not info.exists:
                return self.tr(
                    "The folder {path} cannot be reached: plug in its drive to restore from it."
                ).format(path=str(info.path))
            if info.before_rekey:
                return self.tr(
                    "Made before the vault was re-keyed: it opens only with the password or "
                    "recovery key from before the re-key, and holds the data under the old "
                    "keys. Make a new backup, and delete this one when you no longer need it. "
                    "{path}"
                ).format(path=str(info.path))
            return str(info.path)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return header_data(
            (self.tr("Created"), self.tr("Size"), self.tr("Folder"), self.tr("Status")),
            section,
            orientation,
            role,
        )
