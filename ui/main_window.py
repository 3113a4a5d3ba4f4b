"""The main window: client list, client page, global search; the lock screen when locked.

Retention lives beside it: the due view (a window of its own, opened from the
Retention menu or the reminder banner shown after unlock when something is overdue).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.backups.backup_dialog import BackupDialog
from ui.clients.client_dialog import ClientDialog
from ui.clients.client_page import ClientPage
from ui.clients.external_copies import ExternalCopies
from ui.clients.record_table import make_table
from ui.clients.search_panel import SearchPanel
from ui.core_messages import core_message
from ui.importing.import_wizard import ImportWizard
from ui.incident.incident_wizard import IncidentWizard
from ui.incident.incidents_view import IncidentsView
from ui.incident.inventory_view import InventoryView
from ui.lock.capture_guard import CaptureGuard
from ui.lock.clipboard import SecureClipboard
from ui.lock.controller import LockController, discard_drafts, kept_drafts, track_draft
from ui.models.clients import ClientFilterProxy, ClientListModel
from ui.prompts import Prompts
from ui.retention.due_view import DueView
from ui.retention.erase_dialog import EraseDialog, client_eraser, records_eraser
from ui.retention.retention_banner import RetentionBanner
from ui.retention.sweep_dialog import SweepDialog
from ui.vault_session import VaultSession
from vault.domain.model import Client, Record
from vault.errors import VaultError, VaultLocked
from vault.session import Vault
from vault.storage.drafts import Draft
from vault.storage.form_drafts import INCIDENT_FORM, FormDraft
from vault.storage.retention_store import DueItem

DialogT = TypeVar("DialogT", bound=QDialog)
NAME_CHARS = 14  # a client name this long always shows whole: 株式会社山本デザイン事務所


class MainWindow(QMainWindow):
    settings_requested = Signal()
    backup_made = Signal()  # by hand, in Vault > Backups
    password_change_requested = Signal(bool)  # True: re-key everything

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        clipboard: SecureClipboard,
        lock: LockController,
        capture: CaptureGuard,
        lock_screen: QWidget,
        external: ExternalCopies,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._clipboard = clipboard
        self._lock = lock
        self._capture = capture
        self._external = external  # plaintext copies opened in other programs
        self._erase_queue: list[list[DueItem]] = []  # due items of further clients to erase
        self.clients = ClientListModel(self)
        self.client_proxy = ClientFilterProxy(self)
        self.client_proxy.setSourceModel(self.clients)
        self.lock_screen = lock_screen
        self._split_once = False  # the first unlock gives the list its share of the window
        self._build()
        self._build_actions()
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        session.changed.connect(self._on_changed)
        capture.protect(self)
        self._show_locked()

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle("ClientVault")
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self._build_client_list())
        splitter.addWidget(self._build_right_side())
        splitter.setStretchFactor(1, 1)
        self.global_search = QLineEdit()
        self.global_search.setPlaceholderText(self.tr("Search all clients (Ctrl+F)"))
        self.global_search.setAccessibleName(self.tr("Search all clients"))
        self.global_search.setClearButtonEnabled(True)
        self.global_search.textChanged.connect(self._global_search_changed)
        self.global_search.returnPressed.connect(self.search_panel.open_current)
        self.global_search.installEventFilter(self)
        self.workspace = QWidget()
        self.retention_banner = RetentionBanner(self._session, self.workspace)
        self.retention_banner.review_requested.connect(self.open_due_view)
        layout = QVBoxLayout(self.workspace)
        layout.addWidget(self.retention_banner)
        layout.addWidget(self.global_search)
        layout.addWidget(splitter, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.lock_screen)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

    def _build_client_list(self) -> QWidget:
        self.client_filter = QLineEdit()
        self.client_filter.setPlaceholderText(self.tr("Filter clients"))
        self.client_filter.setAccessibleName(self.tr("Filter clients"))
        self.client_filter.setClearButtonEnabled(True)
        self.client_filter.textChanged.connect(self.client_proxy.set_query)
        column = ClientListModel.Column
        self.client_table = make_table(
            self.client_proxy,
            self.clients,
            column.NAME,
            {column.RECORDS: "count", column.UPDATED: "date", column.RETENTION: "date"},
        )
        self.client_table.setAccessibleName(self.tr("Clients"))
        header = self.client_table.horizontalHeader()
        dates = sum(
            header.sectionSize(c) for c in (column.RECORDS, column.UPDATED, column.RETENTION)
        )
        name = self.client_table.fontMetrics().horizontalAdvance("株" * NAME_CHARS)
        self.client_table.setMinimumWidth(dates + name + self.client_table.frameWidth() * 2)
        self.client_table.selectionModel().selectionChanged.connect(self._client_selected)
        # A name too long for its column is shown whole in the status bar (and its tooltip).
        self.client_table.setMouseTracking(True)
        self.client_table.entered.connect(self._show_name_of)
        self.new_client_button = QPushButton(self.tr("New client"))
        self.new_client_button.setAccessibleName(self.tr("New client"))
        self.new_client_button.clicked.connect(self.new_client)
        self.count_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.client_filter)
        left_layout.addWidget(self.client_table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_client_button)
        left_layout.addLayout(bottom)
        return left

    def _build_right_side(self) -> QWidget:
        self.client_page = ClientPage(
            self._session,
            self._prompts,
            self._clipboard.copy,
            self._lock,
            self._external,
            self._capture.protect,
        )
        self.client_page.client_deleted.connect(self._client_deleted)
        self.client_page.error.connect(self.show_error)
        self.search_panel = SearchPanel(self._session, self._client_names)
        self.search_panel.open_record.connect(self.open_record)
        self.search_panel.open_client.connect(self.show_client)
        self.search_panel.error.connect(self.show_error)
        self.search_panel.erase_requested.connect(self.erase_person)
        self.due_view = DueView(self._session, self._prompts, self)
        self.due_view.open_record.connect(self.open_record)
        self.due_view.open_client.connect(self.show_client)
        self.due_view.error.connect(self.show_error)
        self.due_view.erase_requested.connect(self.erase_due_items)
        self._capture.protect(self.due_view)
        self.placeholder = QLabel(self.tr("Choose a client on the left, or add one."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        for page in (self.placeholder, self.client_page, self.search_panel):
            self.right.addWidget(page)
        return self.right

    def _build_actions(self) -> None:
        menu = self.menuBar()
        self.vault_menu = vault_menu = menu.addMenu(self.tr("&Vault"))
        edit_menu = menu.addMenu(self.tr("&Edit"))
        view_menu = menu.addMenu(self.tr("V&iew"))
        retention_menu = menu.addMenu(self.tr("&Retention"))

        def action(
            text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
            slot: Callable[[], object],
        ) -> QAction:
            made = QAction(text, self)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            return made

        self.new_client_action = action(
            self.tr("&New client…"), QKeySequence.StandardKey.New, self.new_client
        )
        self.find_action = action(self.tr("&Find in all clients"), "Ctrl+F", self.focus_search)
        self.lock_action = action(self.tr("&Lock"), "Ctrl+L", lambda: self._lock.lock("user"))
        self.settings_action = action(self.tr("&Settings…"), "Ctrl+,", self.settings_requested.emit)
        self.quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.change_password_action = action(
            self.tr("Change &password…"), None, lambda: self.password_change_requested.emit(False)
        )
        self.rekey_action = action(
            self.tr("&Re-key vault…"), None, lambda: self.password_change_requested.emit(True)
        )
        self.focus_action = action(
            self.tr("&Focus mode (hide other clients)"), "Ctrl+Shift+F", self._toggle_focus
        )
        self.focus_action.setCheckable(True)
        self.due_action = action(self.tr("&Due for erasure…"), None, self.open_due_view)
        self.sweep_action = action(self.tr("&Erase what is due…"), None, self.open_sweep)
        retention_menu.addAction(self.due_action)
        retention_menu.addAction(self.sweep_action)
        retention_menu.addSeparator()
        page = self.client_page
        # The selected record's retention, hold and erasure: from the keyboard, not only
        # from the table's context menu.
        self.record_retention_action = action(
            self.tr("Record &retention…"), "Ctrl+Shift+R", page.edit_retention
        )
        self.legal_hold_action = action(self.tr("Legal &hold…"), "Ctrl+Shift+H", page.edit_hold)
        self.erase_record_action = action(
            self.tr("Erase the selected re&cord…"), "Ctrl+Shift+Del", page.erase_record
        )
        self._record_actions = [
            self.record_retention_action,
            self.legal_hold_action,
            self.erase_record_action,
        ]
        for item in self._record_actions:
            retention_menu.addAction(item)
        page.table.selectionModel().currentChanged.connect(self._update_record_actions)
        page.records.modelReset.connect(self._update_record_actions)
        self.right.currentChanged.connect(self._update_record_actions)
        self._update_record_actions()
        self.backups_action = action(self.tr("&Backups…"), None, self.open_backups)
        self.import_action = action(self.tr("&Import clients…"), None, self.open_import)
        self.inventory_action = action(self.tr("In&ventory…"), None, self.open_inventory)
        self.incident_action = action(self.tr("Inci&dent…"), None, self.open_incident)
        self.incidents_action = action(self.tr("Incident lis&t…"), None, self.open_incidents)
        self.clients_action = action(
            self.tr("Go to client &list"), "Ctrl+1", self.client_table.setFocus
        )
        for item in (
            self.lock_action,
            self.change_password_action,
            self.rekey_action,
            self.backups_action,
            self.import_action,
            self.inventory_action,
            self.incident_action,
            self.incidents_action,
        ):
            vault_menu.addAction(item)
        vault_menu.addSeparator()
        for item in (self.settings_action, self.quit_action):
            vault_menu.addAction(item)
        for item in (self.new_client_action, self.find_action):
            edit_menu.addAction(item)
        for item in (self.focus_action, self.clients_action):
            view_menu.addAction(item)
        self._workspace_actions = [
            self.change_password_action,
            self.rekey_action,
            self.new_client_action,
            self.find_action,
            self.lock_action,
            self.focus_action,
            self.clients_action,
            self.due_action,
            self.sweep_action,
            self.backups_action,
            self.import_action,
            self.inventory_action,
            self.incident_action,
            self.incidents_action,
        ]

    def _update_record_actions(self) -> None:
        shown = self._session.is_unlocked and self.right.currentWidget() is self.client_page
        for item in self._record_actions:
            item.setEnabled(shown and self.client_page.has_current_record())

    # -- locked and unlocked ---------------------------------------------------

    def _show_locked(self) -> None:
        self.pages.setCurrentWidget(self.lock_screen)
        for item in self._workspace_actions + self._record_actions:
            item.setEnabled(False)

    def _on_locked(self) -> None:
        """Drop every decrypted value the window holds, then show the lock screen."""
        self.focus_action.setChecked(False)
        self.client_proxy.set_focus_client_id(None)
        self.search_panel.only_client_id = None
        self.clients.clear()
        self.client_page.clear()
        self.search_panel.clear()
        self.global_search.clear()
        self.client_filter.clear()
        self.count_label.clear()
        self.statusBar().clearMessage()
        self.right.setCurrentWidget(self.placeholder)
        self._show_locked()

    def _on_unlocked(self) -> None:
        self.pages.setCurrentWidget(self.workspace)
        if not self._split_once:  # long company names (株式会社…事務所) get two fifths
            self._split_once = True
            self.splitter.setSizes([self.width() * 2 // 5, self.width() * 3 // 5])
        for item in self._workspace_actions:
            item.setEnabled(True)
        self.reload_clients()
        self._session.run(kept_drafts, self._offer_drafts, self.show_error)
        self.retention_banner.sweep_and_check()
        self.client_table.setFocus()

    def reload_clients(self) -> None:
        self._session.run(lambda v: v.clients.list_clients(), self._clients_loaded, self.show_error)

    def _clients_loaded(self, clients: list[Client]) -> None:
        self.clients.set_items(clients)
        # The index is built after the list is on screen, not alongside it: both
        # decrypt every client and would compete for the interpreter.
        self._session.run(lambda v: v.start_indexing())
        self.count_label.setText(self.tr("Clients: {count}").format(count=len(clients)))
        shown = self.client_page.client
        if shown is not None:  # keep the shown client highlighted (it may be new)
            self._select_in_list(shown.id)

    def _on_changed(self, client_id: str) -> None:
        self.reload_clients()

    def _offer_drafts(self, drafts: list[Draft | FormDraft]) -> None:
        if not drafts:
            return
        question = self.tr(
            "Edits not saved when the vault locked: {count}. Open them again to finish?"
        ).format(count=len(drafts))
        if not self._prompts.confirm(self, self.tr("Unsaved edits"), question, yes=self.tr("Open")):
            question = self.tr("Discard the unsaved edits? They cannot be recovered.")
            if self._prompts.confirm(
                self, self.tr("Unsaved edits"), question, yes=self.tr("Discard")
            ):
                kept = list(drafts)
                self._session.run(lambda v: discard_drafts(v, kept), None, self.show_error)
            return
        for draft in drafts:
            self._restore_draft(draft)

    def _restore_draft(self, draft: Draft | FormDraft) -> None:
        if isinstance(draft, FormDraft):
            self._restore_form_draft(draft)
            return

        def job(vault: Vault) -> Record | None:
            # The draft stays stored until the editor settles it (save, delete, discard);
            # a new lock replaces it with what the editor holds then.
            return vault.clients.get_record(draft.record_id) if draft.record_id else None

        def opened(record: Record | None) -> None:
            self.show_client(
                draft.client_id,
                then=lambda: self.client_page.open_editor(draft.kind, record=record, draft=draft),
            )

        self._session.run(job, opened, self.show_error)

    # -- clients ---------------------------------------------------------------

    def _client_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for row in range(self.clients.rowCount()):
            client = self.clients.client_at(row)
            names[client.id] = client.name
        return names

    def _client_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._show_name_of(indexes[0])
        client_id = indexes[0].data(ClientListModel.Role.ClientIdRole)
        if isinstance(client_id, str):
            self._open_client_page(client_id)

    def _show_name_of(self, index: QModelIndex) -> None:
        name = index.siblingAtColumn(ClientListModel.Column.NAME).data()
        if isinstance(name, str):
            self.statusBar().showMessage(name)

    def show_client(self, client_id: str, then: Callable[[], object] | None = None) -> None:
        """Select the client in the list and show its page."""
        self.global_search.blockSignals(True)
        self.global_search.clear()
        self.global_search.blockSignals(False)
        self._select_in_list(client_id)
        self._open_client_page(client_id, then)

    def _select_in_list(self, client_id: str) -> None:
        proxy_index = self.client_proxy.mapFromSource(self.clients.index_of(client_id))
        if proxy_index.isValid():
            self.client_table.selectionModel().blockSignals(True)
            self.client_table.selectRow(proxy_index.row())
            self.client_table.selectionModel().blockSignals(False)

    def _open_client_page(self, client_id: str, then: Callable[[], object] | None = None) -> None:
        self.client_page.show_client(client_id, then)
        self.right.setCurrentWidget(self.client_page)

    def open_record(self, client_id: str, record_id: str) -> None:
        self.show_client(client_id, then=lambda: self.client_page.open_record(record_id))

    def open_due_view(self) -> None:
        self.retention_banner.dismiss()
        self.due_view.present()

    def open_sweep(self) -> SweepDialog:
        dialog = SweepDialog(self._session, self._prompts, parent=self)
        dialog.clients_erased.connect(self._clients_erased)
        return self._open_dialog(dialog)

    def open_import(self) -> ImportWizard:
        """The client list kept in Excel, brought in (the list reloads when it is done)."""
        return self._open_dialog(ImportWizard(self._session, self._prompts, self))

    def _clients_erased(self, client_ids: list[str]) -> None:
        for client_id in client_ids:
            self._client_deleted(client_id)

    def open_backups(self) -> BackupDialog:
        dialog = BackupDialog(self._session, self._prompts, parent=self)
        # The vault on disk is now the backup (or was put back): unlock again.
        dialog.restored.connect(lambda: self._lock.lock("restore"))
        dialog.reopen_needed.connect(lambda: self._lock.lock("restore"))
        dialog.made.connect(self.backup_made)
        return self._open_dialog(dialog)

    def open_inventory(self) -> InventoryView:
        return self._open_dialog(InventoryView(self._session, self._prompts, self))

    def open_incident(self) -> IncidentWizard:
        return self._incident_wizard(None)

    def _incident_wizard(self, draft: FormDraft | None) -> IncidentWizard:
        wizard = IncidentWizard(self._session, self, draft=draft)
        track_draft(self._lock, wizard, wizard)
        return self._open_dialog(wizard)

    def open_incidents(self) -> IncidentsView:
        view = IncidentsView(self._session, self)
        view.new_requested.connect(self.open_incident)
        return self._open_dialog(view)

    def erase_person(self, record_ids: list[str], query: str) -> EraseDialog:
        """A data-subject request: the records found for one person, across clients."""
        description = self.tr("Records found for “{query}”, in every client").format(query=query)
        dialog = records_eraser(self._session, record_ids, description, person=True, parent=self)
        dialog.records_erased.connect(lambda _client_id: self.search_panel.search(query))
        dialog.records_erased.connect(self._external.remove_gone)  # the records' copies
        return self._open_dialog(dialog)

    def erase_due_items(self, items: list[DueItem]) -> None:
        """One erasure per client, one after another: each client gets its own certificate."""
        by_client: dict[str, list[DueItem]] = {}
        for item in items:
            by_client.setdefault(item.client_id, []).append(item)
        self._erase_queue = list(by_client.values())
        self._erase_next()

    def _erase_next(self) -> None:
        if not self._erase_queue or not self._session.is_unlocked:
            self._erase_queue = []
            return
        mine = self._erase_queue.pop(0)
        entry = next((i for i in mine if i.record_id is None), None)
        if entry is not None:
            dialog = client_eraser(
                self._session, entry.client_id, entry.title, parent=self.due_view
            )
            dialog.erased.connect(self._client_deleted)
        else:
            ids = [i.record_id for i in mine if i.record_id is not None]
            titles = "、".join(i.title for i in mine[:3]) + ("…" if len(mine) > 3 else "")
            dialog = records_eraser(self._session, ids, titles, parent=self.due_view)
            dialog.records_erased.connect(self._external.remove_gone)  # the records' copies
        dialog.finished.connect(lambda _code: self._erase_next())
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: DialogT) -> DialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._capture.protect(dialog)
        dialog.open()
        return dialog

    def new_client(self) -> None:
        self._new_client_dialog(None)

    def _new_client_dialog(self, draft: FormDraft | None) -> None:
        """The new-client dialog (with what was typed before a lock, when `draft`)."""
        dialog = ClientDialog(self._session, self._prompts, None, self, draft=draft)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.show_client)
        track_draft(self._lock, dialog, dialog)
        dialog.open()

    def _restore_form_draft(self, draft: FormDraft) -> None:
        """An editor kept on a lock, opened again with what was typed."""
        if draft.form == INCIDENT_FORM:
            self._incident_wizard(draft)
        elif draft.client_id is None:
            self._new_client_dialog(draft)
        else:
            self.show_client(draft.client_id, then=lambda: self.client_page.edit_client(draft))

    def _client_deleted(self, client_id: str) -> None:
        self._external.remove_client(client_id)  # its plaintext copies go too
        shown = self.client_page.client
        if shown is None or shown.id == client_id:
            self.client_page.clear()
            self.right.setCurrentWidget(self.placeholder)
        self.reload_clients()

    # -- search and focus ------------------------------------------------------

    def focus_search(self) -> None:
        self.global_search.setFocus()
        self.global_search.selectAll()

    def _global_search_changed(self, text: str) -> None:
        if text.strip():
            self.right.setCurrentWidget(self.search_panel)
            self.search_panel.search(text)
        else:
            self.search_panel.clear()
            shown = self.client_page if self.client_page.client is not None else self.placeholder
            self.right.setCurrentWidget(shown)

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Down from the search field moves into the results, as in a browser's find bar."""
        if watched is self.global_search and event.type() == QEvent.Type.KeyPress:
            key = getattr(event, "key", lambda: None)()
            if key == Qt.Key.Key_Down:
                self.search_panel.focus_results()
                return True
            if key == Qt.Key.Key_Escape:
                self.global_search.clear()
                return True
        return False

    def _toggle_focus(self) -> None:
        client = self.client_page.client
        focused = self.focus_action.isChecked() and client is not None
        self.focus_action.setChecked(focused)
        focus_id = client.id if focused and client is not None else None
        self.client_proxy.set_focus_client_id(focus_id)
        self.search_panel.only_client_id = focus_id

    # -- errors, window state --------------------------------------------------

    def show_error(self, error: Exception) -> None:
        if isinstance(error, VaultLocked):
            return  # the lock screen is already up
        if isinstance(error, VaultError):
            message = core_message(error)
        else:  # never show an unexpected exception's text: it could hold client data
            message = self.tr("Something went wrong ({kind}). Nothing was changed.").format(
                kind=type(error).__name__
            )
        self._prompts.error(self, self.tr("ClientVault"), message)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self._lock.window_minimised()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Quitting locks first, so open editors are kept as drafts."""
        self._lock.lock("quit")
        event.accept()
