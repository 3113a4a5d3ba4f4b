"""Vault > Incidents: every incident with its deadlines, listed until it is closed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.vault_session import VaultSession
from vault.incident import report
from vault.incident.store import IncidentStore
from vault.session import Vault


@dataclass(frozen=True)
class Listed:
    id: str
    kind: str
    discovered_at: str
    status: str
    preliminary: str
    final: str


def _listed(vault: Vault) -> list[Listed]:
    rows = []
    for incident in IncidentStore(vault).list():
        deadlines = report.build(vault, incident.id).document["deadlines"]
        rows.append(
            Listed(
                incident.id,
                incident.kind.value,
                incident.discovered_at,
                incident.status,
                deadlines["preliminary"],
                deadlines["final"],
            )
        )
    return rows


class IncidentsView(QDialog):
    new_requested = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.rows: list[Listed] = []
        self.is_loading = True
        self.setWindowTitle(self.tr("Incidents"))
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Incident"),
                self.tr("What happened"),
                self.tr("Discovered (UTC)"),
                self.tr("Preliminary report by"),
                self.tr("Final report by"),
                self.tr("Status"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Incidents and their deadlines"))
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(self)
        self.new_button = buttons.addButton(
            self.tr("&New incident…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.new_button.clicked.connect(self.new_requested.emit)
        self.close_incident_button = buttons.addButton(
            self.tr("&Mark as closed"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_incident_button.clicked.connect(self.close_selected)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(760, 360)
        session.locked.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self.is_loading = True
        self._session.run(_listed, self._loaded, self._failed)

    def _loaded(self, rows: list[Listed]) -> None:
        self.is_loading = False
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            status = self.tr("open") if row.status == "open" else self.tr("closed")
            cells = (row.id, row.kind, row.discovered_at, row.preliminary, row.final, status)
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        still_open = sum(r.status == "open" for r in rows)
        self.status_label.setText(self.tr("{count} open").format(count=still_open))

    def _failed(self, error: Exception) -> None:
        self.is_loading = False
        self.status_label.setText(core_message(error))

    def close_selected(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return
        incident_id = self.rows[index].id

        def close(vault: Vault) -> list[Listed]:
            IncidentStore(vault).edit(incident_id, status="closed")
            return _listed(vault)

        self.is_loading = True
        self._session.run(close, self._loaded, self._failed)
