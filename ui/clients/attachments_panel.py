"""One client's attachments: attach (drop files or choose them), preview, save a
decrypted copy, open with the system viewer, delete.

Files are encrypted into the vault on the vault thread one after another, with
a progress bar in bytes and Cancel; a cancelled file leaves nothing behind (the
vault deletes its partial blob). The vault thread reports progress into a plain
`Transfer` object that a timer here reads, so no Qt object crosses threads.

Two actions write plaintext outside the vault and both warn first: "Save a
decrypted copy" (an export the vault audit-logs) and "Open with the system
viewer" (a copy in a private temp folder, see ui/clients/external_copies.py, listed
here while it exists). A preview never writes anything (ui/preview/).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.clients.external_copies import ExternalCopies, NoViewer
from ui.clients.file_transfer import (
    BAR_STEPS,
    Batch,
    Transfer,
    choose_files,
    file_size,
    local_paths,
)
from ui.clients.record_table import make_table
from ui.core_messages import core_message
from ui.importing.column_map_dialog import ColumnMapDialog
from ui.models.attachments import AttachmentListModel, size_text
from ui.preview.dialog import PreviewDialog
from ui.preview.views import Copy
from ui.prompts import Prompts
from ui.vault_session import VaultSession
from vault.errors import VaultLocked
from vault.storage.attachments import DATASET_SUFFIXES, Attachment

FileChooser = Callable[[QWidget], list[Path]]
SaveChooser = Callable[[QWidget, str], Path | None]  # (parent, suggested file name)
Protect = Callable[[QWidget], None]  # keeps a window out of screen capture

POLL_MS = 100


class AttachmentsPanel(QWidget):
    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        copy: Copy,
        external: ExternalCopies,
        *,
        file_chooser: FileChooser = choose_files,
        save_chooser: SaveChooser | None = None,
        protect: Protect | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._copy = copy
        self._external = external
        self._file_chooser = file_chooser
        self._save_chooser = save_chooser or self._choose_save_path
        self._protect = protect
        self._client_id: str | None = None
        self._transfer: Transfer | None = None
        self._batch: Batch | None = None
        self.model = AttachmentListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._build()
        self.setAcceptDrops(True)
        session.locked.connect(self.clear)
        external.changed.connect(self._copies_changed)
        self._copies_changed()
        self._update_actions()

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        self.hint_label = QLabel(
            self.tr("Drop files here to attach them; they are kept encrypted in the vault."), self
        )
        self.hint_label.setWordWrap(True)
        column = AttachmentListModel.Column
        self.table = make_table(
            self.proxy,
            self.model,
            column.NAME,
            {column.TYPE: "word", column.SIZE: "date", column.ADDED: "date"},
            self,
        )
        self.table.setAccessibleName(self.tr("Attachments"))
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.attach_button = QPushButton(self.tr("&Attach files…"), self)
        self.attach_button.clicked.connect(self.choose_and_attach)
        self.preview_action = self._action(self.tr("&Preview"), None, self.preview)
        self.save_action = self._action(self.tr("&Save a decrypted copy…"), None, self.save_copy)
        self.open_action = self._action(
            self.tr("Open with the system &viewer…"), None, self.open_externally
        )
        self.delete_action = self._action(
            self.tr("&Delete…"), QKeySequence.StandardKey.Delete, self.delete
        )
        # A list the client handed over: which columns hold personal data.
        self.columns_action = self._action(self.tr("&Columns…"), None, self.edit_columns)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        # A tool bar, not a row of buttons: what does not fit folds into its » menu
        # instead of widening the page and squeezing the client list's names.
        tools = QToolBar(self)
        tools.setAccessibleName(self.tr("File actions"))
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.preview_action,
            self.save_action,
            self.open_action,
            self.columns_action,
            self.delete_action,
        ):
            tools.addAction(action)
        buttons.addWidget(tools, 1)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._build_progress())
        layout.addWidget(self.status_label)
        layout.addWidget(self._build_copies())

    def _action(
        self,
        text: str,
        shortcut: QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self.table)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # not as an Attachment
        self.table.addAction(action)
        return action

    def _build_progress(self) -> QWidget:
        self.progress_row = QWidget(self)
        self.progress_label = QLabel(self.progress_row)
        self.progress_bar = QProgressBar(self.progress_row)
        self.progress_bar.setRange(0, BAR_STEPS)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.progress_row)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()
        return self.progress_row

    def _build_copies(self) -> QWidget:
        self.copies_row = QWidget(self)
        self.copies_label = QLabel(self.copies_row)
        self.delete_copies_button = QPushButton(self.tr("Delete now"), self.copies_row)
        self.delete_copies_button.clicked.connect(self.delete_copies)
        row = QHBoxLayout(self.copies_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.copies_label, 1)
        row.addWidget(self.delete_copies_button)
        return self.copies_row

    def _update_actions(self) -> None:
        shown = self._client_id is not None
        current = self.current_attachment() is not None
        idle = self._transfer is None
        self.attach_button.setEnabled(shown and idle)
        self.table.setEnabled(shown)
        for action in (self.preview_action, self.delete_action):
            action.setEnabled(current)
        attachment = self.current_attachment()
        self.columns_action.setEnabled(
            attachment is not None and Path(attachment.name).suffix.lower() in DATASET_SUFFIXES
        )
        for action in (self.save_action, self.open_action):
            action.setEnabled(current and idle)

    def edit_columns(self) -> ColumnMapDialog | None:
        """Say which columns of a dataset hold names, contacts or special-care data."""
        attachment = self.current_attachment()
        if attachment is None:
            return None
        dialog = ColumnMapDialog(self._session, self._prompts, attachment.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self._protect is not None:
            self._protect(dialog)
        dialog.open()
        return dialog

    # -- showing a client ------------------------------------------------------

    @property
    def client_id(self) -> str | None:
        return self._client_id

    def show_client(self, client_id: str) -> None:
        if client_id != self._client_id:
            self.clear()
            self._client_id = client_id
        self.reload()

    def reload(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        self._session.run(
            lambda vault: vault.attachments.list(client_id),
            lambda items: self._listed(client_id, items),
            self._error,
        )

    def _listed(self, client_id: str, attachments: list[Attachment]) -> None:
        if client_id == self._client_id:  # not a late answer for another client
            self.model.set_items(client_id, attachments)
        self._update_actions()

    def clear(self) -> None:
        """Drop everything shown and stop what is running (on lock, or another client)."""
        if self._transfer is not None:
            self._transfer.cancelled.set()
        self._batch = None
        self._end_transfer()
        self._client_id = None
        self.model.clear()
        self.status_label.clear()
        self._update_actions()

    def current_attachment(self) -> Attachment | None:
        return self.model.attachment(self.proxy.mapToSource(self.table.currentIndex()))

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        attachment = self.model.attachment(self.proxy.mapToSource(index))
        if attachment is not None:
            self.preview(attachment)

    # -- attaching -------------------------------------------------------------

    def choose_and_attach(self) -> None:
        if self._client_id is not None:
            self.attach_files(self._file_chooser(self))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._can_attach() and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = local_paths(event.mimeData())
        if not self._can_attach() or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop returns: a message box inside a drop handler stalls the drag source.
        QTimer.singleShot(0, self, lambda: self.attach_files(paths))

    def _can_attach(self) -> bool:
        return self._client_id is not None and self._transfer is None

    def attach_files(self, paths: Iterable[Path]) -> None:
        """Attach the files to the client shown; folders are refused with a message."""
        client_id = self._client_id
        if client_id is None or not self._idle():
            return
        paths = list(paths)
        folders = [p for p in paths if p.is_dir()]
        if folders:
            self._prompts.error(
                self,
                self.tr("Attach files"),
                self.tr(
                    "Folders cannot be attached, only files: {names}. "
                    "Open the folder and attach the files in it."
                ).format(names=", ".join(p.name for p in folders)),
            )
        files = [(p, file_size(p)) for p in paths if not p.is_dir()]
        if not files:
            return
        transfer = Transfer(sum(size for _path, size in files))
        self._batch = Batch(client_id, files, transfer)
        self._begin(transfer)
        self._attach_next()

    def _attach_next(self) -> None:
        batch = self._batch
        if batch is None:
            return
        if batch.next == len(batch.files) or batch.transfer.cancelled.is_set():
            self._batch_done(batch)
            return
        path, size = batch.files[batch.next]
        self.progress_label.setText(
            self.tr("Attaching {name} ({number} of {count})…").format(
                name=path.name, number=batch.next + 1, count=len(batch.files)
            )
        )
        client_id, report = batch.client_id, batch.transfer.report
        self._session.run(
            lambda vault: vault.attachments.add(client_id, path, path.name, progress=report),
            lambda _attachment: self._one_done(batch, size, None),
            lambda error: self._one_done(batch, size, error),
        )

    def _one_done(self, batch: Batch, size: int, error: Exception | None) -> None:
        if batch is not self._batch:
            return  # cleared meanwhile
        if error is None:
            batch.attached += 1
        elif not batch.transfer.cancelled.is_set():
            batch.failures.append((batch.files[batch.next][0].name, error))
        batch.next += 1
        batch.transfer.base += size
        batch.transfer.done = 0
        self._poll()
        self._attach_next()

    def _batch_done(self, batch: Batch) -> None:
        self._batch = None
        self._end_transfer()
        if batch.transfer.cancelled.is_set():
            self.status_label.setText(
                self.tr("Cancelled. Files attached before that: {count}.").format(
                    count=batch.attached
                )
            )
        else:
            self.status_label.setText(
                self.tr("Files attached: {count}.").format(count=batch.attached)
            )
        self.reload()
        if batch.failures:
            lines = [f"{name}: {core_message(error)}" for name, error in batch.failures]
            self._prompts.error(
                self,
                self.tr("Attach files"),
                self.tr("These files were not attached:\n{lines}").format(lines="\n".join(lines)),
            )

    # -- progress --------------------------------------------------------------

    def _idle(self) -> bool:
        """True when nothing is being transferred; otherwise says so."""
        if self._transfer is None:
            return True
        self._prompts.inform(
            self,
            self.tr("Attachments"),
            self.tr("Wait for the file being transferred, or cancel it, then try again."),
        )
        return False

    def _begin(self, transfer: Transfer, text: str = "") -> None:
        self._transfer = transfer
        self.progress_label.setText(text)
        self.cancel_button.setEnabled(True)
        self._poll()
        self.progress_row.show()
        self._timer.start()
        self._update_actions()

    def _poll(self) -> None:
        transfer = self._transfer
        if transfer is None:
            return
        self.progress_bar.setValue(transfer.steps)
        self.progress_bar.setFormat(
            self.tr("{done} of {total}").format(
                done=size_text(transfer.base + transfer.done), total=size_text(transfer.total)
            )
        )

    def _end_transfer(self) -> None:
        self._timer.stop()
        self._transfer = None
        self.progress_row.hide()
        self._update_actions()

    def cancel(self) -> None:
        if self._transfer is not None:
            self._transfer.cancelled.set()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _transfer_failed(self, transfer: Transfer, error: Exception) -> None:
        if transfer is not self._transfer:
            return
        self._end_transfer()
        if isinstance(error, NoViewer):
            self._prompts.error(
                self,
                self.tr("Open with the system viewer"),
                self.tr(
                    "No program on this computer opens this type of file; "
                    "the unencrypted copy was deleted again."
                ),
            )
        elif transfer.cancelled.is_set():
            self.status_label.setText(core_message(error))
        else:
            self._error(error)

    # -- plaintext out of the vault ---------------------------------------------

    def _choose_save_path(self, parent: QWidget, name: str) -> Path | None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return self._prompts.save_path(
            parent,
            self.tr("Save a decrypted copy"),
            Path(documents or Path.home()) / name,
            self.tr("All files (*)"),
        )

    def save_copy(self, attachment: Attachment | None = None) -> None:
        """Export one attachment decrypted, after a warning (the vault audit-logs it)."""
        attachment = attachment or self.current_attachment()
        if attachment is None or not self._idle():
            return
        if not self._prompts.confirm(
            self,
            self.tr("Save a decrypted copy"),
            self.tr(
                "This writes an unencrypted copy of {name} outside the vault. Anyone who can "
                "open the folder you choose can read it, and ClientVault will not delete it. "
                "The export is recorded in the vault's audit log."
            ).format(name=attachment.name),
            yes=self.tr("Save unencrypted copy"),
        ):
            return
        out = self._save_chooser(self, attachment.name)
        if out is None:
            return
        transfer = Transfer(attachment.size)
        self._begin(
            transfer, self.tr("Saving a decrypted copy of {name}…").format(name=attachment.name)
        )
        attachment_id, report = attachment.id, transfer.report
        self._session.run(
            lambda vault: vault.attachments.save_copy(attachment_id, out, report),
            lambda _attachment: self._finished(
                transfer, self.tr("Saved an unencrypted copy: {path}").format(path=out)
            ),
            lambda error: self._transfer_failed(transfer, error),
        )

    def open_externally(self, attachment: Attachment | None = None) -> None:
        """Write a plaintext copy for another program, after a warning; it is listed below
        until deleted (on lock, on quit, or with "Delete now")."""
        attachment = attachment or self.current_attachment()
        if attachment is None or not self._idle():
            return
        if not self._prompts.confirm(
            self,
            self.tr("Open with the system viewer"),
            self.tr(
                "To open {name} in another program, ClientVault must write an unencrypted copy "
                "of it to a private temporary folder. The copy is deleted when the vault locks "
                "and when ClientVault quits, but the other program may keep copies of its own "
                "(recent files, thumbnails, autosave). The copy is recorded in the audit log."
            ).format(name=attachment.name),
            yes=self.tr("Write an unencrypted copy and open it"),
        ):
            return
        transfer = Transfer(attachment.size)
        self._begin(
            transfer,
            self.tr("Writing an unencrypted copy of {name}…").format(name=attachment.name),
        )
        self._external.open(
            attachment,
            lambda path: self._finished(
                transfer, self.tr("Opened an unencrypted copy: {path}").format(path=path)
            ),
            lambda error: self._transfer_failed(transfer, error),
            transfer.report,
        )

    def _finished(self, transfer: Transfer, text: str) -> None:
        if transfer is self._transfer:
            self._end_transfer()
            self.status_label.setText(text)

    def _copies_changed(self) -> None:
        copies = self._external.copies()
        self.copies_row.setVisible(bool(copies))
        self.copies_label.setText(
            self.tr("Unencrypted copies on disk: {count}").format(count=len(copies))
        )
        self.copies_label.setToolTip("\n".join(str(path) for path in copies))

    def delete_copies(self) -> None:
        left = self._external.remove_all()
        if left:
            self._prompts.error(
                self,
                self.tr("Unencrypted copies"),
                self.tr(
                    "These copies could not be deleted; close the programs showing them and "
                    "try again:\n{paths}"
                ).format(paths="\n".join(str(path) for path in left)),
            )

    # -- preview and delete ----------------------------------------------------

    def preview(self, attachment: Attachment | None = None) -> PreviewDialog | None:
        """Open a non-modal preview window (decrypted in memory only)."""
        attachment = attachment or self.current_attachment()
        if attachment is None:
            return None
        dialog = PreviewDialog(self._session, attachment, self._copy, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(self.save_copy)
        dialog.open_requested.connect(self.open_externally)
        if self._protect is not None:
            self._protect(dialog)
        dialog.show()
        return dialog

    def delete(self, attachment: Attachment | None = None) -> None:
        attachment = attachment or self.current_attachment()
        if attachment is None:
            return
        if not self._prompts.confirm(
            self,
            self.tr("Delete attachment"),
            self.tr("Delete {name} from the vault? This cannot be undone.").format(
                name=attachment.name
            ),
            yes=self.tr("Delete"),
        ):
            return
        attachment_id = attachment.id

        def deleted(_none: None) -> None:
            self._external.remove_attachment(attachment_id)  # its plaintext copies go too
            self.reload()

        self._session.run(
            lambda vault: vault.attachments.delete(attachment_id), deleted, self._error
        )

    def _error(self, error: Exception) -> None:
        if not isinstance(error, VaultLocked):  # the lock screen is already up
            self._prompts.error(self, self.tr("Attachments"), core_message(error))
