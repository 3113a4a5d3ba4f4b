"""The app's backups: list them, make one, restore one.

A backup is an encrypted copy of the whole vault under the password the vault
had when it was made (vault/backup/manager.py). Making one runs on the vault thread
with a progress bar and can be cancelled; nothing is left behind then. The
keep count is passed to `create`, which deletes the oldest backups beyond it
in the same folder.

Restoring replaces the vault's contents, so it asks for the backup's password
in a small dialog of its own and then confirms through Prompts. The vault
re-applies every erasure made since the backup, so erased data never comes
back. A restore ends with the live vault closed (vault/backup/restore.py, step 3):
`restored` tells the app to lock and show the unlock screen, where the vault
opens with the backup's password. If it fails after that point, the old vault
is put back but is closed all the same: `reopen_needed` asks for the same
lock, to unlock with the current password.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.clients.record_table import make_table
from ui.core_messages import core_message
from ui.models.backups import BackupModel, local_time
from ui.prompts import Prompts
from ui.vault_session import VaultSession
from vault.backup.manager import DEFAULT_KEEP, BackupInfo, BackupManager
from vault.backup.restore import BackupRestorer
from vault.errors import DeviceSecretMissing, VaultError, WrongSecret
from vault.session import Vault
from vault.storage.layout import BACKUPS_DIR

log = logging.getLogger(__name__)

MAX_KEEP = 99
PROGRESS_STEPS = 1000  # bytes do not fit a progress bar's int; it shows thousandths

FolderChooser = Callable[[QWidget], Path | None]


def choose_folder(parent: QWidget) -> Path | None:
    """Qt's own folder chooser: a native one could not be closed by a lock (see Prompts)."""
    dialog = QFileDialog(parent, QCoreApplication.translate("BackupDialog", "Back up to a folder"))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


class _VaultClosed(Exception):
    """A restore failed after it had closed the live vault (which is back in place)."""

    def __init__(self, error: Exception) -> None:
        super().__init__(type(error).__name__)
        self.error = error


class _ProgressRelay(QObject):
    """Carries (bytes copied, bytes in all) from the vault thread to the dialog."""

    progressed = Signal(int, int)


class BackupPasswordDialog(QDialog):
    """Asks for the password a backup was made under; emits it once, then forgets it."""

    chosen = Signal(str)

    def __init__(self, session: VaultSession, created: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        intro = QLabel(
            self.tr(
                "Type the password the vault had when this backup was made ({created}). "
                "After restoring, the vault locks: unlock it with this same password."
            ).format(created=created),
            self,
        )
        intro.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("The backup's password"))
        self.password_edit.textChanged.connect(self._edited)
        label = QLabel(self.tr("The backup's &password:"), self)
        label.setBuddy(self.password_edit)
        buttons = QDialogButtonBox(self)
        self.continue_button = buttons.addButton(
            self.tr("&Continue…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setDefault(True)  # only leads to the confirmation
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.password_edit)
        layout.addWidget(buttons)
        session.locked.connect(self._vault_locked)
        self._edited()

    def _edited(self) -> None:
        self.continue_button.setEnabled(bool(self.password_edit.text()))

    def accept(self) -> None:
        password = self.password_edit.text()
        if not password:
            return
        super().accept()
        self.chosen.emit(password)

    def done(self, result: int) -> None:
        """Every close, a lock's too: the password leaves the field."""
        self.password_edit.clear()
        super().done(result)

    def _vault_locked(self) -> None:
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)


class BackupDialog(QDialog):
    """The backup list with "Back up now", "Back up to a folder…" and "Restore…"."""

    restored = Signal()  # the vault is the backup now, and closed: lock; unlock with its password
    reopen_needed = Signal()  # a restore failed after closing the vault: lock; unlock as before
    made = Signal()  # a backup was written (the status bar's "Last backup" follows)

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        *,
        choose: FolderChooser = choose_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._choose = choose
        self._busy = False
        self._creating = False
        self._loading = False
        self._stop = threading.Event()
        self._relay = _ProgressRelay()
        self._relay.progressed.connect(self._show_progress)
        self.password_dialog: BackupPasswordDialog | None = None
        self.model = BackupModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.setWindowTitle(self.tr("Backups"))
        self._build()
        session.locked.connect(self._vault_locked)
        self._set_busy(False)
        self.load()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "A backup is an encrypted copy of the whole vault; it opens with the password "
                "the vault had when it was made. Keep one on a drive away from this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = make_table(
            self.proxy,
            self.model,
            BackupModel.Column.FOLDER,
            {BackupModel.Column.CREATED: "date", BackupModel.Column.SIZE: "size"},
            self,
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAccessibleName(self.tr("Status"))

        actions = self._build_actions()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel backup"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the backup"))
        self.cancel_button.clicked.connect(self.cancel_backup)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (
            self.folder_button,
            self.restore_button,
            self.cancel_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(actions)
        layout.addLayout(progress_row)
        layout.addWidget(self.error_label)
        layout.addLayout(close_row)
        self.resize(720, 420)

    def _build_actions(self) -> QHBoxLayout:
        """The keep count and the three actions, in one row below the list."""
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setValue(DEFAULT_KEEP)
        self.keep_spin.setAccessibleName(self.tr("Backups to keep in each folder"))
        self.keep_spin.setToolTip(
            self.tr("After a new backup, older ones in the same folder beyond this number go.")
        )
        keep_label = QLabel(self.tr("&Keep the newest:"), self)
        keep_label.setBuddy(self.keep_spin)
        self.backup_button = QPushButton(self.tr("Back &up now"), self)
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.setToolTip(
            self.tr("Into {folder}").format(folder=str(self._session.folder / BACKUPS_DIR))
        )
        self.backup_button.clicked.connect(lambda: self.back_up(None))
        self.backup_button.setDefault(True)  # the safe, everyday action
        self.folder_button = QPushButton(self.tr("Back up to a &folder…"), self)
        self.folder_button.setAccessibleName(self.tr("Back up to a folder"))
        self.folder_button.clicked.connect(self.back_up_to_folder)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.clicked.connect(self.restore)
        actions = QHBoxLayout()
        for widget in (keep_label, self.keep_spin):
            actions.addWidget(widget)
        actions.addStretch(1)
        for button in (self.backup_button, self.folder_button, self.restore_button):
            actions.addWidget(button)
        return actions

    # -- the list ---------------------------------------------------------------------

    def load(self, select: str | None = None) -> None:
        """List the backups; `select` is the id of one to select (a new backup)."""
        self._loading = True
        self._session.run(
            lambda v: BackupManager(v).list(),
            lambda found: self._listed(found, select),
            self._list_failed,
        )

    @property
    def is_loading(self) -> bool:
        return self._loading

    def _listed(self, backups: list[BackupInfo], select: str | None) -> None:
        self._loading = False
        self.model.set_backups(backups)
        if not backups:
            self.status_label.setText(self.tr("No backups yet."))
        for row in range(self.model.rowCount()):
            if self.model.backup_at(row).id == select:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.backup_at(self.proxy.mapToSource(rows[0]).row())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_backup()
        self.restore_button.setEnabled(not self._busy and chosen is not None and chosen.exists)
        for widget in (self.backup_button, self.folder_button, self.keep_spin):
            widget.setEnabled(not self._busy)
        self.close_button.setEnabled(not self._busy)

    # -- busy -------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool, *, creating: bool = False) -> None:
        self._busy = busy
        self._creating = busy and creating
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(self._creating)
        self.cancel_button.setEnabled(self._creating)
        if busy and not creating:
            self.progress.setRange(0, 0)  # a restore reports no progress
        self._update_buttons()

    def _list_failed(self, error: Exception) -> None:
        self._loading = False
        self._show_error(self._message_for(error))

    def _create_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.status_label.clear()
        self._show_error(self._message_for(error))

    def _message_for(self, error: Exception) -> str:
        if isinstance(error, VaultError):
            return core_message(error)  # the core's messages never hold client data
        if isinstance(error, OSError):
            return self.tr("The files could not be read or written: {reason}").format(
                reason=error.strerror or type(error).__name__
            )
        log.error("A backup action failed: %s", type(error).__name__)
        return self.tr("Something went wrong ({kind}).").format(kind=type(error).__name__)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- making a backup --------------------------------------------------------------

    def back_up_to_folder(self) -> None:
        if self._busy:
            return
        folder = self._choose(self)
        if folder is not None:
            self.back_up(folder)

    def back_up(self, folder: Path | None) -> None:
        """Write a backup into `folder` (None: the vault's own backups folder)."""
        if self._busy:
            return
        keep = self.keep_spin.value()
        self._stop = stop = threading.Event()
        report = self._relay.progressed.emit

        def progress(done: int, total: int) -> bool:
            report(done, total)
            return not stop.is_set()

        def job(vault: Vault) -> BackupInfo:
            return BackupManager(vault).create(folder, keep, progress)

        self.error_label.hide()
        self.status_label.setText(self.tr("Backing up…"))
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(0)
        self._set_busy(True, creating=True)
        self._session.run(job, self._created, self._create_failed)

    def _show_progress(self, done: int, total: int) -> None:
        if self._creating and total > 0:
            self.progress.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))

    def cancel_backup(self) -> None:
        """Stop the copy; the core removes the unfinished backup."""
        if self._creating:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))

    def _created(self, info: BackupInfo) -> None:
        self._set_busy(False)
        self.status_label.setText(self.tr("Backup written to {path}").format(path=str(info.path)))
        self.load(select=info.id)
        self.made.emit()

    # -- restoring --------------------------------------------------------------------

    def restore(self) -> None:
        """Ask for the chosen backup's password, then confirm, then restore."""
        info = self.selected_backup()
        if self._busy or info is None or not info.exists:
            return
        if self.password_dialog is not None:
            self.password_dialog.deleteLater()  # the last one's signal has been handled
        dialog = BackupPasswordDialog(self._session, local_time(info.created_at), self)
        dialog.chosen.connect(lambda password: self._confirm_restore(info, password))
        self.password_dialog = dialog
        dialog.open()

    def _confirm_restore(self, info: BackupInfo, password: str) -> None:
        created = local_time(info.created_at)
        question = self.tr(
            "Replace everything in the vault with the backup of {created}? What was added or "
            "changed since then is lost. Erasures made since are applied again, so erased "
            "data does not come back. The vault then locks: unlock it with the password this "
            "backup was made with."
        ).format(created=created)
        if not self._prompts.confirm(
            self, self.tr("Restore a backup"), question, yes=self.tr("Restore")
        ):
            return
        path = info.path

        def job(vault: Vault) -> None:
            try:
                BackupRestorer(vault).restore(path, password)
            except Exception as exc:
                if not vault.is_unlocked:
                    raise _VaultClosed(exc) from exc
                raise

        self.error_label.hide()
        self.status_label.setText(self.tr("Restoring… Keep ClientVault open."))
        self._set_busy(True)
        self._session.run(job, lambda _none: self._restored(created), self._restore_failed)

    def _restored(self, created: str) -> None:
        self._busy = False
        self.model.clear()
        self._prompts.inform(
            self,
            self.tr("Backup restored"),
            self.tr(
                "The vault now holds the backup of {created}. It is locked: unlock it with "
                "the password this backup was made with."
            ).format(created=created),
        )
        self.accept()
        self.restored.emit()

    def _restore_failed(self, error: Exception) -> None:
        if isinstance(error, _VaultClosed):
            self._busy = False
            self.model.clear()
            self._prompts.error(
                self,
                self.tr("Restore failed"),
                self.tr(
                    "Nothing was restored: {problem} The vault is as it was, but it was "
                    "closed: unlock it again with its current password."
                ).format(problem=self._message_for(error.error)),
            )
            self.reject()
            self.reopen_needed.emit()
            return
        self._set_busy(False)
        self.status_label.clear()
        if isinstance(error, WrongSecret) and not isinstance(error, DeviceSecretMissing):
            self._show_error(
                self.tr("That is not the password this backup was made with. Nothing was restored.")
            )
            return
        self._show_error(self._message_for(error))

    # -- closing ----------------------------------------------------------------------

    def reject(self) -> None:
        """Escape and Close cancel a backup being made; a restore is waited for."""
        if self._creating:
            self.cancel_backup()
            return
        if not self._busy:
            super().reject()

    def _vault_locked(self) -> None:
        """Lock always wins: stop a backup being made, drop the list, close."""
        self._stop.set()
        self._busy = self._creating = False
        self.model.clear()
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)
