"""Vault > Inventory: per client what is held, of how many persons, where every copy
lives, with a chart; saved as the bilingual PDF on request. Built on the vault thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
from ui.incident.inventory_chart import InventoryChart, Row
from ui.prompts import Prompts
from ui.vault_session import VaultSession
from vault.inventory import core
from vault.inventory.core import ClientInventory, Inventory
from vault.session import Vault
from vault.storage.fileio import atomic_write


class InventoryView(QDialog):
    def __init__(
        self, session: VaultSession, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self.inventory: Inventory | None = None
        self.is_loading = True
        self.setWindowTitle(self.tr("Inventory"))
        self.status_label = QLabel(self.tr("Counting…"), self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = InventoryChart(self)
        self.table = QTableWidget(0, len(self._headers()), self)
        self.table.setHorizontalHeaderLabels(self._headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("What is held per client"))
        buttons = QDialogButtonBox(self)
        self.pdf_button = buttons.addButton(
            self.tr("Save as &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)
        session.locked.connect(self.reject)
        session.run(core.build, self._loaded, self._failed)

    def _headers(self) -> list[str]:
        return [
            self.tr("Client"),
            self.tr("Contract"),
            self.tr("Next last-kept day"),
            self.tr("Persons"),
            self.tr("Records"),
            self.tr("Special-care"),
            self.tr("Files"),
            self.tr("Backups"),
            self.tr("Plaintext copies"),
            self.tr("Warnings"),
        ]

    def _cells(self, c: ClientInventory) -> list[str]:
        backups = [loc for loc in c.locations if loc.place == "backup"]
        away = sum(not loc.reachable for loc in backups)
        return [
            c.name,
            f"{c.contract_start or '–'} – {c.contract_end or '–'}",
            c.next_retention or "–",
            str(c.persons),
            str(c.records),
            str(c.special_care),
            self.tr("{count} ({size:,} bytes)").format(count=c.files, size=c.file_bytes),
            self.tr("{count} ({away} disconnected)").format(count=len(backups), away=away)
            if away
            else str(len(backups)),
            str(len(c.plaintext_copies)),
            str(len(c.warnings)),
        ]

    def _loaded(self, inventory: Inventory) -> None:
        self.is_loading = False
        self.inventory = inventory
        self.table.setRowCount(len(inventory.clients))
        for row, client in enumerate(inventory.clients):
            for column, text in enumerate(self._cells(client)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.chart.set_rows([Row(c.name, c.persons, len(c.items)) for c in inventory.clients])
        warnings = sum(len(c.warnings) for c in inventory.clients)
        self.status_label.setText(
            self.tr(
                "{clients} clients, {persons} persons. {warnings} records look like special-care "
                "data but are not marked so."
            ).format(
                clients=len(inventory.clients),
                persons=sum(c.persons for c in inventory.clients),
                warnings=warnings,
            )
        )
        self.pdf_button.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        self.is_loading = False
        self.status_label.setText(core_message(error))

    def save_pdf(self) -> None:
        path = self._prompts.save_path(
            self, self.tr("Save the inventory"), Path("inventory.pdf"), self.tr("PDF (*.pdf)")
        )
        if path is None:
            return

        def write(vault: Vault) -> Path:
            from vault.inventory.render import to_pdf  # noqa: PLC0415 - fontTools loads slowly

            atomic_write(path, to_pdf(core.build(vault)))
            return path

        self._session.run(write, self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self.status_label.setText(self.tr("Saved to {path}.").format(path=str(path)))
