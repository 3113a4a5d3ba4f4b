"""One client: details, contact people and records grouped by kind, with sensitivity badges."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.clients.attachments_panel import AttachmentsPanel, Protect
from ui.clients.client_dialog import ClientDialog
from ui.clients.external_copies import ExternalCopies
from ui.clients.record_editor import RecordEditor
from ui.clients.record_table import make_table
from ui.clients.record_view import RecordView
from ui.incident.offboard_dialog import OffboardDialog
from ui.lock.controller import DraftRegistry, track_draft
from ui.models.records import KIND_ORDER, RecordFilterProxy, RecordListModel, kind_name
from ui.prompts import Prompts
from ui.retention.erase_dialog import EraseDialog, client_eraser, records_eraser
from ui.retention.legal_hold_dialog import open_legal_hold
from ui.retention.retention_dialog import open_retention
from ui.sharing.delivery_dialog import DeliveryDialog
from ui.sharing.export_dialog import ExportDialog
from ui.sharing.redacted_dialog import RedactedExportDialog
from ui.vault_session import VaultSession
from vault.domain.model import Client, Record, RecordKind
from vault.inventory.reads import RECORDS_OPENED, log_read
from vault.session import Vault
from vault.storage.drafts import Draft
from vault.storage.form_drafts import FormDraft
from vault.storage.retention_store import Contract

Copy = Callable[[str], None]


DialogT = TypeVar("DialogT", bound=QDialog)


class ClientPage(QWidget):
    client_deleted = Signal(str)
    error = Signal(Exception)

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        copy: Copy,
        drafts: DraftRegistry,
        external: ExternalCopies,
        protect: Protect | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._copy = copy
        self._drafts = drafts
        self._protect = protect
        self._external = external
        self.attachments = AttachmentsPanel(
            session, prompts, copy, external, protect=protect, parent=self
        )
        self.client: Client | None = None
        self.contract = Contract()
        self.records = RecordListModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.records)
        self._editors: list[RecordEditor] = []
        self._build()
        session.locked.connect(self.clear)
        session.changed.connect(self._maybe_reload)

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self._build_name(), 1)
        self.edit_button = QPushButton(self.tr("Edit c&lient…"), self)  # Alt+E: the Edit menu
        self.edit_button.setAccessibleName(self.tr("Edit client"))
        # A lambda: clicked's bool must not reach edit_client's draft argument.
        self.edit_button.clicked.connect(lambda: self.edit_client())  # noqa: PLW0108
        self.delete_button = QPushButton(self.tr("Erase clien&t…"), self)
        self.delete_button.setAccessibleName(self.tr("Erase client"))
        self.delete_button.clicked.connect(self.erase_client)
        header.addWidget(self.edit_button)
        header.addWidget(self._build_share_button())
        header.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.details_label)
        records = QWidget(self)
        records_layout = QVBoxLayout(records)
        records_layout.setContentsMargins(0, 0, 0, 0)
        records_layout.addLayout(self._build_tools())
        records_layout.addWidget(self._build_table(), 1)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Records and files"))
        self.tabs.addTab(records, self.tr("Re&cords"))
        self.tabs.addTab(self.attachments, self.tr("&Files"))
        layout.addWidget(self.tabs, 1)
        self.setAcceptDrops(True)  # files dropped anywhere on the page are attached
        self._set_enabled(False)

    def _build_share_button(self) -> QToolButton:
        """The only ways data leaves: a bundle for this client, or a redacted one."""
        self.share_button = QToolButton(self)
        self.share_button.setText(self.tr("&Share"))
        self.share_button.setAccessibleName(self.tr("Share this client's data"))
        self.share_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.share_button)
        for text, slot in (
            (self.tr("Encrypted bundle for the client…"), self.export_bundle),
            (self.tr("Redacted bundle for others…"), self.export_redacted),
            (self.tr("Delivery setting…"), self.edit_delivery),
            (self.tr("Return and erase (offboard)…"), self.offboard_client),
        ):
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        self.share_button.setMenu(menu)
        return self.share_button

    def _build_name(self) -> QLabel:
        self.name_label = QLabel(self)
        self.name_label.setObjectName("clientName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return self.name_label

    def _build_tools(self) -> QHBoxLayout:
        self.new_record_button = QToolButton(self)
        self.new_record_button.setText(self.tr("&New record"))
        self.new_record_button.setAccessibleName(self.tr("New record"))
        self.new_record_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_record_button)
        for kind in KIND_ORDER:
            action = QAction(kind_name(kind), menu)
            action.triggered.connect(lambda _=False, k=kind: self.new_record(k))
            menu.addAction(action)
        self.new_record_button.setMenu(menu)

        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Show records of kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in KIND_ORDER:
            self.kind_filter.addItem(kind_name(kind), kind.value)
        self.kind_filter.currentIndexChanged.connect(self._kind_chosen)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter this client's records"))
        self.filter_edit.setAccessibleName(self.tr("Filter records"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_query)
        tools = QHBoxLayout()
        tools.addWidget(self.new_record_button)
        tools.addWidget(self.kind_filter)
        tools.addWidget(self.filter_edit, 1)
        return tools

    def _build_table(self) -> QTableView:
        column = RecordListModel.Column
        self.table = make_table(
            self.proxy,
            self.records,
            column.TITLE,
            {column.KIND: "word", column.SENSITIVITY: "word", column.UPDATED: "date"},
            self,
        )
        self.table.setAccessibleName(self.tr("Records"))
        self.table.activated.connect(self._open_index)
        open_action = QAction(self.tr("Open record"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._open_index(self.table.currentIndex()))
        self.table.addAction(open_action)
        retention_action = QAction(self.tr("&Retention…"), self.table)
        retention_action.triggered.connect(self.edit_retention)
        self.table.addAction(retention_action)
        hold_action = QAction(self.tr("Legal &hold…"), self.table)
        hold_action.triggered.connect(self.edit_hold)
        self.table.addAction(hold_action)
        erase_action = QAction(self.tr("&Erase record…"), self.table)
        erase_action.triggered.connect(self.erase_record)
        self.table.addAction(erase_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return self.table

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.edit_button,
            self.share_button,
            self.delete_button,
            self.new_record_button,
            self.kind_filter,
            self.filter_edit,
            self.table,
        ):
            widget.setEnabled(enabled)

    # -- showing a client ------------------------------------------------------

    def show_client(self, client_id: str, then: Callable[[], object] | None = None) -> None:
        """Load the client's page; `then` runs once it is shown (e.g. open a record)."""

        def load(vault: Vault) -> tuple[Client, list[Record], Contract]:
            records = vault.clients.list_records(client_id)
            log_read(vault, RECORDS_OPENED, client_id, count=len(records))  # the client's log
            return (
                vault.clients.get_client(client_id),
                records,
                vault.retention.contract(client_id),
            )

        def loaded(result: tuple[Client, list[Record], Contract]) -> None:
            self._loaded(result)
            if then is not None:
                then()

        self._session.run(load, loaded, self.error.emit)

    def _loaded(self, result: tuple[Client, list[Record], Contract]) -> None:
        client, records, contract = result
        self.client = client
        self.contract = contract
        self.name_label.setText(client.name)
        lines = [*client.emails, *client.phones]
        if client.notes:
            lines.append(client.notes)
        if contract != Contract():
            lines.append(self._contract_text(contract))
        self.details_label.setText("\n".join(lines))
        self.records.set_items(client.id, records)
        if self.attachments.client_id != client.id:
            self.attachments.show_client(client.id)
        self._set_enabled(True)

    def _contract_text(self, contract: Contract) -> str:
        start = contract.start.isoformat() if contract.start is not None else "…"
        if contract.end is None:
            return self.tr("Contract: {start} – ongoing").format(start=start)
        return self.tr("Contract: {start} – {end}").format(
            start=start, end=contract.end.isoformat()
        )

    def _maybe_reload(self, client_id: str) -> None:
        if self.client is not None and client_id == self.client.id:
            self.show_client(client_id)

    def clear(self) -> None:
        """Drop everything shown (on lock, or when the client is gone)."""
        self.client = None
        self.contract = Contract()
        self.records.clear()
        self.attachments.clear()
        self.name_label.clear()
        self.details_label.clear()
        self.filter_edit.clear()
        for editor in self._editors:
            self._drafts.remove_draft_source(editor)
        self._editors.clear()
        self._set_enabled(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        self.attachments.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self.tabs.setCurrentWidget(self.attachments)
        self.attachments.dropEvent(event)

    # -- actions ---------------------------------------------------------------

    def _kind_chosen(self) -> None:
        value = self.kind_filter.currentData()
        self.proxy.set_kind(RecordKind(value) if value else None)

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        record_id = index.data(RecordListModel.Role.RecordIdRole)
        if isinstance(record_id, str):
            self.open_record(record_id)

    def open_record(self, record_id: str) -> None:
        """Show the record read-only; its Edit button opens the editor."""
        self._session.run(lambda v: v.clients.get_record(record_id), self.view, self.error.emit)

    def has_current_record(self) -> bool:
        return self._current_record() is not None

    def _current_record(self) -> tuple[str, str] | None:
        """(id, title) of the record under the table's cursor."""
        index = self.table.currentIndex()
        record_id = index.data(RecordListModel.Role.RecordIdRole)
        if not isinstance(record_id, str):
            return None
        return record_id, str(index.siblingAtColumn(RecordListModel.Column.TITLE).data())

    def edit_retention(self) -> None:
        current = self._current_record()
        if current is not None:
            open_retention(self._session, *current, self, self.error.emit)

    def edit_hold(self) -> None:
        current = self._current_record()
        if current is not None:
            open_legal_hold(self._session, self._prompts, *current, self, self.error.emit)

    def view(self, record: Record) -> None:
        view = RecordView(self._session, self._prompts, self._copy, record, parent=self)
        view.edit_requested.connect(lambda r: self.open_editor(r.kind, record=r))
        self._open_window(view)

    def new_record(self, kind: RecordKind) -> None:
        self.open_editor(kind)

    def open_editor(
        self, kind: RecordKind, *, record: Record | None = None, draft: Draft | None = None
    ) -> RecordEditor | None:
        if self.client is None:
            return None
        editor = RecordEditor(
            self._session, self._prompts, self._copy, self.client.id, kind, record, draft, self
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._editors.append(editor)
        self._drafts.add_draft_source(editor)
        editor.finished.connect(lambda _code, e=editor: self._editor_closed(e))
        editor.open()
        return editor

    def _editor_closed(self, editor: RecordEditor) -> None:
        self._drafts.remove_draft_source(editor)
        if editor in self._editors:
            self._editors.remove(editor)

    def edit_client(self, draft: FormDraft | None = None) -> None:
        """Open the client's dialog (with an edit kept on a lock, when `draft`)."""
        if self.client is None:
            return
        dialog = ClientDialog(
            self._session, self._prompts, self.client, self, contract=self.contract, draft=draft
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        track_draft(self._drafts, dialog, dialog)
        dialog.open()

    def export_bundle(self) -> ExportDialog | None:
        if self.client is None:
            return None
        return self._open_window(
            ExportDialog(
                self._session, self._prompts, self._copy, self.client.id, self.client.name, self
            )
        )

    def export_redacted(self) -> RedactedExportDialog | None:
        if self.client is None:
            return None
        return self._open_window(
            RedactedExportDialog(
                self._session, self._prompts, self.client.id, self.client.name, self
            )
        )

    def edit_delivery(self) -> DeliveryDialog | None:
        if self.client is None:
            return None
        return self._open_window(
            DeliveryDialog(
                self._session, self._prompts, self._copy, self.client.id, self.client.name, self
            )
        )

    def erase_client(self) -> EraseDialog | None:
        """Deleting a client is erasing it: its key destroyed, with a certificate."""
        client = self.client
        if client is None:
            return None
        dialog = client_eraser(self._session, client.id, client.name, parent=self)
        dialog.erased.connect(self._deleted)
        return self._open(dialog)

    def offboard_client(self) -> OffboardDialog | None:
        """At the contract's end: the client's data back to them, erased here, certified."""
        client = self.client
        if client is None:
            return None
        dialog = OffboardDialog(
            self._session, self._prompts, self._copy, client.id, client.name, self
        )
        dialog.offboarded.connect(self._deleted)
        return self._open_window(dialog)

    def erase_record(self) -> EraseDialog | None:
        current = self._current_record()
        if current is None:
            return None
        record_id, title = current
        dialog = records_eraser(self._session, [record_id], title, parent=self)
        dialog.records_erased.connect(self._external.remove_gone)  # the record's copies
        return self._open(dialog)

    def _open(self, dialog: EraseDialog) -> EraseDialog:
        return self._open_window(dialog)

    def _open_window(self, dialog: DialogT) -> DialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self._protect is not None:  # keep it out of screen capture like the main window
            self._protect(dialog)
        dialog.open()
        return dialog

    def _deleted(self, client_id: str) -> None:
        self.clear()
        self.client_deleted.emit(client_id)
