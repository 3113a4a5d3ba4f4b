"""A retention sweep's plan as a table: one row per overdue item, grouped by client.

The rows come from `vault.erasure.sweep.plan()` (with the hold reasons looked up in
the same job); the model keeps the batches so the dialog can hand exactly what
the user saw to `sweep.run()`. Held items are listed, greyed (not enabled), and
are never part of what runs: `sweep.run` erases `SweepBatch.items` only.
`clear()` on lock drops every name and title.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from ui.models import header_data, sort_text
from ui.models.due import rule_name
from ui.models.table import ROW_FLAGS, Index, RowTableModel
from vault.erasure.sweep import SweepBatch
from vault.storage.retention_store import DueItem


@dataclass(frozen=True)
class SweepSummary:
    """What a run would erase; held items count only as held."""

    records: int = 0
    clients: int = 0  # clients with anything to erase
    whole_clients: int = 0  # erased with their details and key
    held: int = 0


@dataclass(frozen=True)
class _Row:
    batch: SweepBatch
    item: DueItem
    held: bool
    hold_reason: str
    display: tuple[object, ...]  # by Column
    sort_keys: tuple[object, ...]  # by Column


def _action(batch: SweepBatch, item: DueItem, held: bool) -> str:
    if held:
        return QCoreApplication.translate("SweepModel", "On legal hold: kept")
    if item.record_id is None:
        return QCoreApplication.translate("SweepModel", "Client erased whole, with its key")
    if batch.whole_client:
        return QCoreApplication.translate("SweepModel", "Erased with the client")
    return QCoreApplication.translate("SweepModel", "Erased")


def _row(batch: SweepBatch, item: DueItem, held: bool, hold_reason: str) -> _Row:
    title = (
        item.title
        if item.record_id is not None
        else QCoreApplication.translate("SweepModel", "{client} (client details and key)").format(
            client=item.title
        )
    )
    due_text = "" if item.due is None else item.due.isoformat()
    due_key = item.due or dt.date.max
    client_key = (sort_text(batch.client_name), batch.client_id)
    return _Row(
        batch,
        item,
        held,
        hold_reason,
        display=(
            batch.client_name,
            title,
            rule_name(item.rule),
            due_text,
            _action(batch, item, held),
        ),
        sort_keys=(
            (client_key, held, item.record_id is not None, due_key, sort_text(title)),
            sort_text(title),
            rule_name(item.rule),
            due_key,
            (held, not batch.whole_client, client_key),
        ),
    )


class SweepModel(RowTableModel[_Row]):
    """The plan the user confirms; fed by the sweep dialog, never by the vault."""

    class Column(IntEnum):
        CLIENT = 0
        ITEM = 1
        RULE = 2
        DUE = 3  # the last day kept, as an ISO date
        ACTION = 4  # erased, erased with the client, or kept (on hold)

    class Role(IntEnum):
        ClientIdRole = Qt.ItemDataRole.UserRole + 1
        RecordIdRole = Qt.ItemDataRole.UserRole + 2  # None for a client's own entry
        HeldRole = Qt.ItemDataRole.UserRole + 3
        WholeClientRole = Qt.ItemDataRole.UserRole + 4  # the client is erased with its key
        SortRole = Qt.ItemDataRole.UserRole + 5

    COLUMNS = len(Column)
    SORT_ROLE = Role.SortRole
    DEFAULT_SORT = Column.CLIENT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._batches: tuple[SweepBatch, ...] = ()

    def set_plan(self, batches: Iterable[SweepBatch], hold_reasons: Mapping[str, str]) -> None:
        """Show a plan; `hold_reasons` are keyed by record id."""
        self._batches = tuple(batches)
        rows = [_row(b, item, False, "") for b in self._batches for item in b.items]
        rows += [
            _row(b, item, True, hold_reasons.get(item.record_id or "", ""))
            for b in self._batches
            for item in b.held
        ]
        self._show(rows)

    def clear(self) -> None:
        self._batches = ()
        super().clear()

    @property
    def batches(self) -> tuple[SweepBatch, ...]:
        """The plan as loaded, for `sweep.run` (which skips batches with nothing to erase)."""
        return self._batches

    def summary(self) -> SweepSummary:
        todo = [b for b in self._batches if b.items]
        return SweepSummary(
            records=sum(len(b.record_ids) for b in todo),
            clients=len(todo),
            whole_clients=sum(b.whole_client for b in todo),
            held=sum(len(b.held) for b in self._batches),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Held rows are not enabled, so every view greys them."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].held:
            return ROW_FLAGS & ~Qt.ItemFlag.ItemIsEnabled
        return ROW_FLAGS

    def _other_role(self, row: _Row, column: int, role: int) -> object:
        by_role: dict[int, object] = {
            self.Role.ClientIdRole: row.batch.client_id,
            self.Role.RecordIdRole: row.item.record_id,
            self.Role.HeldRole: row.held,
            self.Role.WholeClientRole: row.batch.whole_client and not row.held,
        }
        if role in by_role:
            return by_role[role]
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.held:
                return self.tr("On legal hold, so it is not erased: {reason}").format(
                    reason=row.hold_reason
                )
            return str(row.display[column])
        if role == Qt.ItemDataRole.FontRole and row.item.record_id is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return header_data(
            (
                self.tr("Client"),
                self.tr("Item"),
                self.tr("Rule"),
                self.tr("Last kept day"),
                self.tr("What happens"),
            ),
            section,
            orientation,
            role,
        )
