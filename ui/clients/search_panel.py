"""Global search across every client, from the in-memory index; results grouped by client."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.models.search_results import SearchResultsModel
from ui.vault_session import VaultSession
from vault.search import SearchHit
from vault.session import Vault

TYPING_PAUSE_MS = 150  # search once typing pauses, not on every key


class SearchPanel(QWidget):
    """Shows the results of `search(text)`; Enter (the view's `activated`) opens a hit."""

    open_record = Signal(str, str)  # client id, record id
    open_client = Signal(str)
    erase_requested = Signal(list, str)  # record ids across clients (a person's data), query
    error = Signal(Exception)

    def __init__(
        self,
        session: VaultSession,
        client_names: Callable[[], Mapping[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._client_names = client_names
        self._query = ""
        self.only_client_id: str | None = None  # focus mode: hits of one client only
        self.model = SearchResultsModel(self)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Search status"))
        self.tree = QTreeView(self)
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        # Client names and titles take the room; the other columns are as wide as their words.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SearchResultsModel.Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in list(SearchResultsModel.Column)[1:]:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated.connect(self._open)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        # A data-subject request: one person's records, found across clients, erased at once.
        self.erase_button = QPushButton(self.tr("Erase the selected records…"), self)
        self.erase_button.setToolTip(
            self.tr(
                "For a person's request to erase their data: select their records in every "
                "client (Ctrl+click), then erase them with one certificate."
            )
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self._erase_selected)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._run)
        session.locked.connect(self.clear)

    def search(self, text: str) -> None:
        self._query = text
        self._pause.start()

    def _run(self) -> None:
        query = self._query
        if not query.strip():
            self.model.clear()
            self.status.clear()
            return

        def job(vault: Vault) -> tuple[str, list[SearchHit], bool]:
            return query, vault.search(query, wait=False), vault.index_ready

        self._session.run(job, self._show, self.error.emit)

    def _show(self, result: tuple[str, list[SearchHit], bool]) -> None:
        query, hits, complete = result
        if query != self._query:
            return  # an older query answered late
        if self.only_client_id is not None:
            hits = [h for h in hits if h.client_id == self.only_client_id]
        self.model.set_results(hits, self._client_names())
        self.tree.expandAll()
        if self.model.rowCount() > 0:
            self.tree.setCurrentIndex(self.model.index(0, 0))
        found = self.tr("Matches: {count}").format(count=len(hits))
        if not complete:
            found += " " + self.tr("(still indexing: more may appear)")
        self.status.setText(found if hits else self.tr("No matches"))

    def focus_results(self) -> None:
        self.tree.setFocus()

    def open_current(self) -> None:
        self._open(self.tree.currentIndex())

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        client_id = index.data(SearchResultsModel.Role.ClientIdRole)
        record_id = index.data(SearchResultsModel.Role.RecordIdRole)
        if isinstance(client_id, str) and isinstance(record_id, str):
            self.open_record.emit(client_id, record_id)
        elif isinstance(client_id, str):
            self.open_client.emit(client_id)

    def selected_record_ids(self) -> list[str]:
        ids = (
            index.data(SearchResultsModel.Role.RecordIdRole)
            for index in self.tree.selectionModel().selectedIndexes()
        )
        return list(dict.fromkeys(i for i in ids if isinstance(i, str)))

    def _selection_changed(self) -> None:
        self.erase_button.setEnabled(bool(self.selected_record_ids()))

    def _erase_selected(self) -> None:
        record_ids = self.selected_record_ids()
        if record_ids:
            self.erase_requested.emit(record_ids, self._query)

    def clear(self) -> None:
        self._pause.stop()
        self._query = ""
        self.model.clear()
        self.status.clear()
