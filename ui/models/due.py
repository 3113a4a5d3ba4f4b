"""What falls due for erasure: one row per record (or client entry) the vault says is due.

The rows come from `vault.retention.due()` with the client names and hold reasons
looked up in the same job; the model keeps them until the next load or `clear()`
on lock. Days are counted against the vault's own today (the user's calendar), so
the model never reads the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from ui.models import fold_for_search, header_data, sort_text
from ui.models.table import QueryFilterProxy, RowTableModel
from vault.domain.retention import RuleCode
from vault.storage.retention_store import CLIENT_ENTRY, DueItem

SOON_DAYS = 30  # "due within 30 days" in the totals


def rule_name(code: str) -> str:
    """A retention rule (a RuleCode value, or the client's own entry) as the user reads it."""
    names = {
        RuleCode.BOOKKEEPING.value: QCoreApplication.translate(
            "RetentionRule", "Bookkeeping (7 years)"
        ),
        RuleCode.INVOICE.value: QCoreApplication.translate(
            "RetentionRule", "Qualified invoice (7 years)"
        ),
        RuleCode.TRANSACTION.value: QCoreApplication.translate(
            "RetentionRule", "Contract or quote (5 years)"
        ),
        RuleCode.PERSONAL.value: QCoreApplication.translate(
            "RetentionRule", "Personal data (contract end + 30 days)"
        ),
        RuleCode.MY_NUMBER.value: QCoreApplication.translate(
            "RetentionRule", "My Number (while needed)"
        ),
        RuleCode.FIXED.value: QCoreApplication.translate("RetentionRule", "Fixed date"),
        CLIENT_ENTRY: QCoreApplication.translate("RetentionRule", "Client details and key"),
    }
    return names.get(code, code)


def rule_description(code: RuleCode) -> str:
    """Why a preset keeps a record as long as it does (shown as a tooltip)."""
    descriptions = {
        RuleCode.BOOKKEEPING: QCoreApplication.translate(
            "RetentionRule",
            "Books (帳簿): 7 years from 16 March after the year the record was made.",
        ),
        RuleCode.INVOICE: QCoreApplication.translate(
            "RetentionRule",
            "Qualified invoices (適格請求書): 7 years from 16 March after the year.",
        ),
        RuleCode.TRANSACTION: QCoreApplication.translate(
            "RetentionRule",
            "Contracts, quotes and other transaction documents: 5 years from 16 March "
            "after the year.",
        ),
        RuleCode.PERSONAL: QCoreApplication.translate(
            "RetentionRule",
            "Personal data the client handed over: 30 days after the contract ends.",
        ),
        RuleCode.MY_NUMBER: QCoreApplication.translate(
            "RetentionRule",
            "My Number (マイナンバー): only while needed, so it needs the contract end or a "
            "fixed date.",
        ),
        RuleCode.FIXED: QCoreApplication.translate(
            "RetentionRule", "Kept until a date you choose."
        ),
    }
    return descriptions[code]


def status_text(days_left: int | None, hold: bool) -> str:
    """On hold, overdue by N days, the last day today, in N days, or no date yet."""
    if hold:
        return QCoreApplication.translate("DueModel", "On hold")
    if days_left is None:
        return QCoreApplication.translate("DueModel", "No date yet")
    if days_left == 0:
        return QCoreApplication.translate("DueModel", "Last day today")
    days = abs(days_left)
    if days_left < 0:
        text = (
            QCoreApplication.translate("DueModel", "Overdue by 1 day")
            if days == 1
            else QCoreApplication.translate("DueModel", "Overdue by {days} days")
        )
    else:
        text = (
            QCoreApplication.translate("DueModel", "In 1 day")
            if days == 1
            else QCoreApplication.translate("DueModel", "In {days} days")
        )
    return text.format(days=days)


@dataclass(frozen=True)
class DueCounts:
    """Totals for the view's summary; held items count only as held."""

    overdue: int = 0
    soon: int = 0  # not overdue, last day within SOON_DAYS
    held: int = 0


@dataclass(frozen=True)
class _Row:
    item: DueItem
    client_name: str
    hold_reason: str
    days_left: int | None  # last kept day minus today; negative when overdue
    display: tuple[object, ...]  # by Column
    sort_keys: tuple[object, ...]  # by Column
    search_text: str


def _row(item: DueItem, client_name: str, hold_reason: str, today: dt.date) -> _Row:
    days_left = None if item.due is None else (item.due - today).days
    title = (
        item.title
        if item.record_id is not None
        else QCoreApplication.translate("DueModel", "{client} (client details and key)").format(
            client=item.title
        )
    )
    due_text = (
        item.due.isoformat()
        if item.due is not None
        else QCoreApplication.translate("DueModel", "Needs a date")
    )
    due_key = (item.due is None, item.due or dt.date.max)
    return _Row(
        item,
        client_name,
        hold_reason,
        days_left,
        display=(
            client_name,
            title,
            rule_name(item.rule),
            due_text,
            status_text(days_left, item.hold),
        ),
        sort_keys=(
            (sort_text(client_name), due_key),
            sort_text(title),
            rule_name(item.rule),
            due_key,
            (item.hold, due_key),
        ),
        search_text=fold_for_search(client_name, title),
    )


class DueModel(RowTableModel[_Row]):
    """Overdue and upcoming items, soonest first; fed by the due view, never by the vault."""

    class Column(IntEnum):
        CLIENT = 0
        TITLE = 1
        RULE = 2
        DUE = 3  # the last day kept, as an ISO date
        STATUS = 4

    class Role(IntEnum):
        ClientIdRole = Qt.ItemDataRole.UserRole + 1
        RecordIdRole = Qt.ItemDataRole.UserRole + 2  # None for a client's own entry
        DueDateRole = Qt.ItemDataRole.UserRole + 3  # ISO date, or None when it needs one
        DaysLeftRole = Qt.ItemDataRole.UserRole + 4  # negative when overdue; None: no date
        OverdueRole = Qt.ItemDataRole.UserRole + 5
        HoldRole = Qt.ItemDataRole.UserRole + 6
        SortRole = Qt.ItemDataRole.UserRole + 7
        SearchTextRole = Qt.ItemDataRole.UserRole + 8  # client name and title, folded

    COLUMNS = len(Column)
    SORT_ROLE = Role.SortRole
    DEFAULT_SORT = Column.DUE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today: dt.date | None = None

    def set_items(
        self,
        today: dt.date,
        items: Iterable[DueItem],
        client_names: Mapping[str, str],
        hold_reasons: Mapping[str, str],
    ) -> None:
        """Show what the vault found due on `today`; reasons are keyed by record id."""
        self.today = today
        self._show(
            [
                _row(
                    item,
                    client_names.get(item.client_id, ""),
                    hold_reasons.get(item.record_id or "", ""),
                    today,
                )
                for item in items
            ]
        )

    def clear(self) -> None:
        self.today = None
        super().clear()

    def item_at(self, row: int) -> DueItem:
        return self._rows[row].item

    def clients(self) -> list[tuple[str, str]]:
        """(client id, name) of every client with a row, by name."""
        found = {row.item.client_id: row.client_name for row in self._rows}
        return sorted(found.items(), key=lambda pair: sort_text(pair[1]))

    def counts(self, client_id: str | None = None) -> DueCounts:
        overdue = soon = held = 0
        for row in self._rows:
            if client_id is not None and row.item.client_id != client_id:
                continue
            if row.item.hold:
                held += 1
            elif row.item.overdue:
                overdue += 1
            elif row.days_left is not None and row.days_left <= SOON_DAYS:
                soon += 1
        return DueCounts(overdue, soon, held)

    def dates(self, client_id: str | None = None) -> list[dt.date]:
        """The last kept days of what will be erased (not held, dated), for the chart."""
        return [
            r.item.due
            for r in self._rows
            if r.item.due is not None
            and not r.item.hold
            and (client_id is None or r.item.client_id == client_id)
        ]

    def _other_role(self, row: _Row, column: int, role: int) -> object:
        item = row.item
        by_role: dict[int, object] = {
            self.Role.ClientIdRole: item.client_id,
            self.Role.RecordIdRole: item.record_id,
            self.Role.DueDateRole: None if item.due is None else item.due.isoformat(),
            self.Role.DaysLeftRole: row.days_left,
            self.Role.OverdueRole: item.overdue,
            self.Role.HoldRole: item.hold,
            self.Role.SearchTextRole: row.search_text,
        }
        if role in by_role:
            return by_role[role]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        overdue_status = column == self.Column.STATUS and item.overdue and not item.hold
        if role == Qt.ItemDataRole.FontRole and overdue_status:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, row: _Row, column: int) -> str:
        if row.item.hold:
            reason = row.hold_reason or (
                self.tr("a record of this client is on legal hold")
                if row.item.record_id is None
                else ""
            )
            return self.tr("On hold: {reason}").format(reason=reason)
        if column == self.Column.STATUS:
            return status_text(row.days_left, hold=False)
        return str(row.display[column])

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return header_data(
            (
                self.tr("Client"),
                self.tr("Item"),
                self.tr("Rule"),
                self.tr("Last kept day"),
                self.tr("Status"),
            ),
            section,
            orientation,
            role,
        )


class DueFilterProxy(QueryFilterProxy):
    """Narrows the due list to one client, to a window of days, or to what is overdue.

    What needs a date is shown in every window but "overdue only": it is never
    erased by itself, so it stays in sight until someone gives it a date.
    """

    SEARCH_ROLE = DueModel.Role.SearchTextRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client_id: str | None = None
        self._overdue_only = False
        self._within_days: int | None = None  # None: everything loaded

    @property
    def client_id(self) -> str | None:
        return self._client_id

    def set_client_id(self, client_id: str | None) -> None:
        """Show only this client's items (None: every client's)."""
        if client_id != self._client_id:
            with self.filter_change():
                self._client_id = client_id

    def set_overdue_only(self, overdue_only: bool) -> None:
        if overdue_only != self._overdue_only:
            with self.filter_change():
                self._overdue_only = overdue_only

    def set_within_days(self, days: int | None) -> None:
        """Show what is overdue or falls due within `days` (None: all that was loaded)."""
        if days != self._within_days:
            with self.filter_change():
                self._within_days = days

    def accepts(self, index: QModelIndex) -> bool:
        if (
            self._client_id is not None
            and index.data(DueModel.Role.ClientIdRole) != self._client_id
        ):
            return False
        if self._overdue_only:
            return bool(index.data(DueModel.Role.OverdueRole))
        days_left = index.data(DueModel.Role.DaysLeftRole)
        return (
            self._within_days is None
            or not isinstance(days_left, int)
            or days_left <= self._within_days
        )
