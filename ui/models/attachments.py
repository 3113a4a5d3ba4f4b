"""One client's attachments as a table: name, type of file, size and the day it was added.

Only the vault's metadata about each file comes in here; the contents never do.
The type is named the way the user's desktop names it (Qt's MIME database,
which carries the translations), the size is shown in the user's locale and
sorts by bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QLocale, QMimeDatabase, QModelIndex, Qt

from ui.models import header_data, local_date, sort_text
from ui.models.backups import data_size
from ui.models.table import ClientRowsModel, Index
from vault.storage.attachments import Attachment


def type_name(media_type: str) -> str:
    """The file type in the user's language, e.g. "PDF document", "CSV ドキュメント"."""
    mime = QMimeDatabase().mimeTypeForName(media_type)
    return (mime.comment() if mime.isValid() else "") or media_type


def size_text(size: int) -> str:
    """Like "1.5 KB", in the number format of the user's locale."""
    return data_size(size)


@dataclass(frozen=True)
class _Row:
    attachment: Attachment
    display: tuple[object, ...]  # by Column
    sort_keys: tuple[object, ...]  # by Column


def _row(attachment: Attachment) -> _Row:
    kind = type_name(attachment.media_type)
    return _Row(
        attachment=attachment,
        display=(
            attachment.name,
            kind,
            size_text(attachment.size),
            local_date(attachment.created_at),
        ),
        sort_keys=(
            sort_text(attachment.name),
            sort_text(kind),
            attachment.size,
            attachment.created_at,
        ),
    )


class AttachmentListModel(ClientRowsModel[_Row]):
    """The attachments of the client shown, its records' attachments included."""

    class Column(IntEnum):
        NAME = 0
        TYPE = 1
        SIZE = 2
        ADDED = 3

    class Role(IntEnum):
        AttachmentIdRole = Qt.ItemDataRole.UserRole + 1
        MediaTypeRole = Qt.ItemDataRole.UserRole + 2  # e.g. "text/csv"
        SizeRole = Qt.ItemDataRole.UserRole + 3  # bytes, an int
        RecordIdRole = Qt.ItemDataRole.UserRole + 4  # None: attached to the client itself
        SortRole = Qt.ItemDataRole.UserRole + 5

    COLUMNS = len(Column)
    SORT_ROLE = Role.SortRole
    DEFAULT_SORT = Column.NAME

    def set_items(self, client_id: str, attachments: Iterable[Attachment]) -> None:
        """Show this client's attachments; any other client's are left out."""
        self._show_client(client_id, [_row(a) for a in attachments if a.client_id == client_id])

    def attachment(self, index: Index) -> Attachment | None:
        """The attachment on the index's row (any column), or None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()].attachment

    def index_of(self, attachment_id: str, column: int = 0) -> QModelIndex:
        """The attachment's index in this model (invalid if absent)."""
        row = next((i for i, r in enumerate(self._rows) if r.attachment.id == attachment_id), None)
        return QModelIndex() if row is None else self.index(row, column)

    def _other_role(self, row: _Row, column: int, role: int) -> object:
        attachment = row.attachment
        by_role: dict[int, object] = {
            self.Role.AttachmentIdRole: attachment.id,
            self.Role.MediaTypeRole: attachment.media_type,
            self.Role.SizeRole: attachment.size,
            self.Role.RecordIdRole: attachment.record_id,
        }
        if role in by_role:
            return by_role[role]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.SIZE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        tooltips: dict[int, str] = {
            self.Column.NAME: attachment.name,
            self.Column.TYPE: attachment.media_type,
            self.Column.SIZE: self.tr("{count} bytes").format(
                count=QLocale().toString(attachment.size)
            ),
        }
        return tooltips.get(column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return header_data(
            (self.tr("Name"), self.tr("Type"), self.tr("Size"), self.tr("Added")),
            section,
            orientation,
            role,
        )
