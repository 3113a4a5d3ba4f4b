"""What is overdue or falls due for erasure soon, per client and in total, with a timeline.

A non-modal window: the user keeps it open beside the main window while opening
records from it. It loads everything due in the next 12 months in one vault job
(the chart needs that much) and narrows the table in its proxy, so switching
between "overdue only", 30 and 90 days asks the vault nothing. It reloads when
the vault reports a change and empties itself on lock.

Erasing is not done here: "Erase selected…" hands the chosen items on through
`erase_requested`; items on legal hold are never handed on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.clients.record_table import make_table
from ui.models.due import (
    SOON_DAYS,
    DueCounts,
    DueFilterProxy,
    DueModel,
    rule_name,
    status_text,
)
from ui.prompts import Prompts
from ui.retention.legal_hold_dialog import open_legal_hold
from ui.retention.retention_dialog import open_retention
from ui.retention.timeline_chart import MONTHS, TimelineChart, month_counts
from ui.vault_session import VaultSession
from vault.domain.retention import RuleCode, add_months
from vault.session import Vault
from vault.storage.retention_store import DueItem

OVERDUE_ONLY = -1  # the window selector's data for "overdue only"
WINDOWS = (OVERDUE_ONLY, 30, 90)


@dataclass(frozen=True)
class _Loaded:
    today: dt.date
    items: list[DueItem]
    client_names: Mapping[str, str]
    hold_reasons: Mapping[str, str]  # by record id


def horizon_days(today: dt.date) -> int:
    """Days from today to the last day of the chart's twelfth month."""
    end = add_months(today.replace(day=1), MONTHS) - dt.timedelta(days=1)
    return (end - today).days


def _load(vault: Vault) -> _Loaded:
    today = vault.today()
    items = vault.retention.due(today, horizon_days(today))
    names = {cid: vault.clients.get_client(cid).name for cid in {i.client_id for i in items}}
    reasons = {
        i.record_id: vault.retention.get(i.record_id).hold_reason or ""
        for i in items
        if i.hold and i.record_id is not None
    }
    return _Loaded(today, items, names, reasons)


class DueView(QDialog):
    open_record = Signal(str, str)  # client id, record id
    open_client = Signal(str)  # a client's own entry
    erase_requested = Signal(list)  # list[DueItem], none of them on hold
    error = Signal(Exception)

    def __init__(
        self, session: VaultSession, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._loading = False
        self.model = DueModel(self)
        self.proxy = DueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.setWindowTitle(self.tr("Due for erasure"))
        self.setModal(False)
        self._build()
        self._window_chosen()
        session.changed.connect(self._on_changed)
        session.locked.connect(self.clear)

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        self.window_combo = QComboBox(self)
        self.window_combo.setAccessibleName(self.tr("Show"))
        for days, label in zip(
            WINDOWS,
            (self.tr("Overdue only"), self.tr("Next 30 days"), self.tr("Next 90 days")),
            strict=True,
        ):
            self.window_combo.addItem(label, days)
        self.window_combo.setCurrentIndex(1)
        self.window_combo.currentIndexChanged.connect(self._window_chosen)
        self.client_combo = QComboBox(self)
        self.client_combo.setAccessibleName(self.tr("Client"))
        self.client_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.client_combo.currentIndexChanged.connect(self._client_chosen)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by client or item"))
        self.filter_edit.setAccessibleName(self.tr("Filter due items"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_query)
        window_label = QLabel(self.tr("&Show:"), self)
        window_label.setBuddy(self.window_combo)
        client_label = QLabel(self.tr("&Client:"), self)
        client_label.setBuddy(self.client_combo)
        tools = QHBoxLayout()
        for widget in (window_label, self.window_combo, client_label, self.client_combo):
            tools.addWidget(widget)
        tools.addWidget(self.filter_edit, 1)

        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Loading status"))
        self.total_label = QLabel(self)
        self.total_label.setAccessibleName(self.tr("Totals"))
        self.client_total_label = QLabel(self)
        self.client_total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.client_total_label.setAccessibleName(self.tr("Totals for the client"))
        self.chart = TimelineChart(self)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.status_label)
        layout.addWidget(self.total_label)
        layout.addWidget(self.client_total_label)
        layout.addWidget(self._build_table(), 1)
        layout.addWidget(self.chart)
        layout.addLayout(self._build_buttons())
        self.resize(900, 640)

    def _build_table(self) -> QWidget:
        column = DueModel.Column
        self.table = make_table(self.proxy, self.model, column.TITLE, {column.CLIENT: "word"}, self)
        # Wide enough for the usual rule and status, and for their titles.
        header = self.table.horizontalHeader()
        padding = 3 * header.fontMetrics().averageCharWidth()
        for section, sample in (
            (column.RULE, rule_name(RuleCode.TRANSACTION.value)),
            (column.DUE, "2026-12-31"),
            (column.STATUS, status_text(-365, hold=False)),
        ):
            title = str(self.model.headerData(section, Qt.Orientation.Horizontal))
            width = max(
                self.table.fontMetrics().horizontalAdvance(sample),
                header.fontMetrics().horizontalAdvance(title),
            )
            header.resizeSection(section, width + padding)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName(self.tr("Items due for erasure"))
        self.table.activated.connect(self._open_index)
        open_action = QAction(self.tr("Open"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._open_index(self.table.currentIndex()))
        self.table.addAction(open_action)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        return self.table

    def _build_buttons(self) -> QHBoxLayout:
        self.retention_button = QPushButton(self.tr("&Retention…"), self)
        self.retention_button.clicked.connect(self.edit_retention)
        self.hold_button = QPushButton(self.tr("Legal &hold…"), self)
        self.hold_button.clicked.connect(self.edit_hold)
        self.erase_button = QPushButton(self.tr("&Erase selected…"), self)
        self.erase_button.clicked.connect(self._erase)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.retention_button, self.hold_button, self.erase_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        self._update_buttons()
        return buttons

    # -- loading ---------------------------------------------------------------

    def present(self) -> None:
        """Show the window (or bring it to the front) with fresh data."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.reload()

    @property
    def is_loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        if not self._session.is_unlocked:
            return
        self._set_loading(True)
        self._session.run(_load, self._loaded, self._failed)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.status_label.setText(self.tr("Loading…") if loading else "")
        self.status_label.setVisible(loading)
        self.table.setEnabled(not loading)
        self._update_buttons()

    def _loaded(self, loaded: _Loaded) -> None:
        chosen = self.proxy.client_id
        self.model.set_items(loaded.today, loaded.items, loaded.client_names, loaded.hold_reasons)
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        self.client_combo.addItem(self.tr("All clients"), None)
        for client_id, name in self.model.clients():
            self.client_combo.addItem(name, client_id)
        found = self.client_combo.findData(chosen) if chosen is not None else 0
        self.client_combo.setCurrentIndex(max(found, 0))
        self.client_combo.blockSignals(False)
        self._set_loading(False)
        self._client_chosen()

    def _failed(self, exc: Exception) -> None:
        self._set_loading(False)
        self.error.emit(exc)

    def _on_changed(self, _client_id: str) -> None:
        if self.isVisible():
            self.reload()

    def clear(self) -> None:
        """Drop everything shown (on lock)."""
        self.model.clear()
        self.client_combo.clear()
        self.filter_edit.clear()
        self.proxy.set_client_id(None)
        self.chart.clear()
        self.total_label.clear()
        self.client_total_label.clear()
        self._set_loading(False)

    # -- narrowing -------------------------------------------------------------

    def _window_chosen(self) -> None:
        days = self.window_combo.currentData()
        self.proxy.set_overdue_only(days == OVERDUE_ONLY)
        self.proxy.set_within_days(None if days == OVERDUE_ONLY else int(days))
        self._update_buttons()

    def _client_chosen(self) -> None:
        data = self.client_combo.currentData()
        client_id = data if isinstance(data, str) else None
        self.proxy.set_client_id(client_id)
        self.total_label.setText(
            self.tr("In total: {counts}").format(counts=self._counts_text(self.model.counts()))
        )
        if client_id is None:
            self.client_total_label.clear()
            self.client_total_label.hide()
        else:
            self.client_total_label.setText(
                self.tr("{client}: {counts}").format(
                    client=self.client_combo.currentText(),
                    counts=self._counts_text(self.model.counts(client_id)),
                )
            )
            self.client_total_label.show()
        today = self.model.today
        if today is None:
            self.chart.clear()
        else:
            overdue, months = month_counts(today, self.model.dates(client_id))
            self.chart.set_counts(today, overdue, months)
        self._update_buttons()

    def _counts_text(self, counts: DueCounts) -> str:
        return self.tr("{overdue} overdue, {soon} due within {days} days, {held} on hold").format(
            overdue=counts.overdue, soon=counts.soon, days=SOON_DAYS, held=counts.held
        )

    # -- selection and actions -------------------------------------------------

    def selected_items(self) -> list[DueItem]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.item_at(self.proxy.mapToSource(index).row()) for index in rows]

    def _single_record(self) -> tuple[str, str] | None:
        """(record id, title) when exactly one record (not a client's entry) is selected."""
        items = self.selected_items()
        if len(items) == 1 and items[0].record_id is not None:
            return items[0].record_id, items[0].title
        return None

    def _update_buttons(self) -> None:
        items = [] if self._loading else self.selected_items()
        single = self._single_record() if len(items) == 1 else None
        record_tip = (
            ""
            if single is not None
            else self.tr("Select one record (a client's own details have no rule or hold).")
        )
        for button in (self.retention_button, self.hold_button):
            button.setEnabled(single is not None)
            button.setToolTip(record_tip)
        held = [item for item in items if item.hold]
        self.erase_button.setEnabled(bool(items) and not held)
        if not items:
            tip = self.tr("Select the items to erase.")
        elif held:
            tip = self.tr(
                "On legal hold, so it cannot be erased: “{title}”. Release the hold first."
            ).format(title=held[0].title)
        else:
            tip = self.tr("Erase the selected items, with a deletion certificate.")
        self.erase_button.setToolTip(tip)

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        client_id = index.data(DueModel.Role.ClientIdRole)
        record_id = index.data(DueModel.Role.RecordIdRole)
        if isinstance(client_id, str) and isinstance(record_id, str):
            self.open_record.emit(client_id, record_id)
        elif isinstance(client_id, str):
            self.open_client.emit(client_id)

    def _erase(self) -> None:
        items = self.selected_items()
        if items and not any(item.hold for item in items):
            self.erase_requested.emit(items)

    def edit_hold(self) -> None:
        record = self._single_record()
        if record is not None:
            open_legal_hold(self._session, self._prompts, *record, self, self.error.emit)

    def edit_retention(self) -> None:
        record = self._single_record()
        if record is not None:
            open_retention(self._session, *record, self, self.error.emit)
