"""Offboard a client: return their data to a contact, erase it, and get one signed
certificate of both (vault/offboarding). Runs on the vault thread; the passphrase of a
passphrase bundle is shown once, here, and never written anywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.incident.folders import FolderChooser, choose_folder
from ui.prompts import Prompts
from ui.sharing.passphrase_view import Copy, PassphraseView
from ui.vault_session import VaultSession
from vault.offboarding.offboard import CERTIFICATE_NAME, Offboarded, offboard
from vault.session import Vault
from vault.sharing import Sharing
from vault.sharing.bundle import BundleFormat
from vault.sharing.delivery import Contact


class OffboardDialog(QDialog):
    offboarded = Signal(str)  # the client id, now erased

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        copy: Copy,
        client_id: str,
        client_name: str,
        parent: QWidget | None = None,
        choose: FolderChooser = choose_folder,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._client_id = client_id
        self._client_name = client_name
        self._choose = choose
        self.folder: Path | None = None
        self.is_busy = False
        self.outcome: Offboarded | None = None
        self.setWindowTitle(self.tr("Offboard {name}").format(name=client_name))
        intro = QLabel(
            self.tr(
                "Return this client's data to their contact as an encrypted bundle, then erase "
                "it from the vault and its backups. One signed certificate names the returned "
                "file's SHA-256, the erasure and the copies that left the vault."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = self._build_form()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase_view = PassphraseView(copy, self)
        self.passphrase_view.hide()
        buttons = QDialogButtonBox(self)
        self.offboard_button = buttons.addButton(
            self.tr("&Return and erase"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.offboard_button.setAutoDefault(False)
        self.offboard_button.setEnabled(False)
        self.offboard_button.clicked.connect(self.start)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.passphrase_view)
        layout.addWidget(buttons)
        session.locked.connect(self._on_lock)
        self.is_loading = True
        session.run(lambda v: Sharing(v).delivery.contacts(client_id), self._contacts, self._failed)

    def _build_form(self) -> QFormLayout:
        self.contact_combo = QComboBox(self)
        self.contact_combo.setAccessibleName(self.tr("Contact the data goes back to"))
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("age bundle"), BundleFormat.AGE.value)
        self.format_combo.addItem(self.tr("Encrypted PDF"), BundleFormat.PDF.value)
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Output folder"))
        self.folder_button = QPushButton(self.tr("C&hoose…"), self)
        self.folder_button.clicked.connect(self.pick_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(self.tr("&Contact:"), self.contact_combo)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("Folder:"), folder_row)
        return form

    def _contacts(self, contacts: list[Contact]) -> None:
        self.is_loading = False
        for contact in contacts:
            self.contact_combo.addItem(contact.label, contact.record_id)
        if not contacts:
            self.status_label.setText(
                self.tr("This client has no contact record to return the data to; add one.")
            )
        self._update()

    def _update(self) -> None:
        ready = self.contact_combo.count() > 0 and self.folder is not None and not self.is_busy
        self.offboard_button.setEnabled(ready and self.outcome is None)

    def pick_folder(self) -> None:
        folder = self._choose(self, self.tr("Folder for the returned data and certificate"))
        if folder is None:
            return
        self.folder = folder / f"offboard-{self._client_id}"
        self.folder_edit.setText(str(self.folder))
        self._update()

    def start(self) -> None:
        folder = self.folder
        if folder is None or not self._prompts.confirm(
            self,
            self.tr("Offboard client"),
            self.tr(
                "Return {name}'s data and then erase it for good? This cannot be undone."
            ).format(name=self._client_name),
            yes=self.tr("Return and erase"),
        ):
            return
        contact = str(self.contact_combo.currentData())
        fmt = BundleFormat(str(self.format_combo.currentData()))
        client_id = self._client_id

        def job(vault: Vault) -> Offboarded:
            return offboard(vault, client_id, folder, contact_id=contact, bundle_format=fmt)

        self.is_busy = True
        self._update()
        self.status_label.setText(self.tr("Returning and erasing…"))
        self._session.run(job, self._done, self._failed)

    def _done(self, done: Offboarded) -> None:
        self.is_busy = False
        self.outcome = done
        backups = len(done.certificate["backups"]["still_holding"])
        self.status_label.setText(
            self.tr(
                "Done. Returned file: {file}\nSHA-256: {sha}\nSigned certificate: {cert}\n"
                "Backups still holding the data (unreachable): {backups}"
            ).format(
                file=done.bundle.name,
                sha=done.sha256,
                cert=str(done.folder / CERTIFICATE_NAME),
                backups=backups,
            )
        )
        if done.passphrase is not None:
            self.passphrase_view.show_passphrase(done.passphrase)
            self.passphrase_view.show()
        self._update()
        self.offboarded.emit(self._client_id)

    def _failed(self, error: Exception) -> None:
        self.is_busy = False
        self.is_loading = False
        self.status_label.setText(core_message(error))
        self._update()

    def _on_lock(self) -> None:
        """A lock closes at once; a running offboarding finishes behind the lock screen."""
        self.is_busy = False
        self.passphrase_view.clear()
        super().reject()

    def reject(self) -> None:
        if self.is_busy:
            return  # the erasure cannot be stopped halfway; it finishes first
        self.passphrase_view.clear()
        super().reject()
