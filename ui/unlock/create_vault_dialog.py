"""First run: choose a password, create the vault, and make sure the recovery key is kept.

Three pages. The password page follows NIST SP 800-63B (length and a
blocklist, see `vault.password_policy`), not composition rules. The creating
page covers the KDF calibration and first unlock, which run on the vault
thread. The recovery key page shows the key once and will not finish until
the user has either typed it back or saved the recovery sheet and said it is
printed or stored offline: a vault whose key was never written down is one
forgotten password away from being lost.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message, core_notes
from ui.prompts import Prompts
from ui.unlock.new_password_fields import NewPasswordFields
from ui.unlock.recovery_key_page import RecoveryKeyPage
from ui.vault_session import VaultSession
from ui.widgets.text_fit import keep_text_visible
from vault.errors import BadInput, VaultError
from vault.keys.device_secret import DeviceSecretStore, default_backend
from vault.keys.header import HEADER_NAME
from vault.state import Clock, utc_now
from vault.storage.locations import sync_service


class Page(IntEnum):
    PASSWORD = 0
    CREATING = 1
    RECOVERY_KEY = 2


class CreateVaultDialog(QDialog):
    """Accepted once the vault exists and its recovery key is confirmed as kept."""

    demo_requested = Signal()
    folder_changed = Signal()  # Change… moved the vault-to-be to another folder

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        *,
        device_store: DeviceSecretStore | None = None,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_text_visible(self)  # wrapped text grows the window, never clipped
        self._session = session
        self._prompts = prompts
        self._device_store = device_store
        self._clock = clock
        self.vault_created = False
        self.setWindowTitle(self.tr("Create your ClientVault"))

        self.demo_button = QPushButton(self.tr("&Look around in a demo vault"), self)
        self.demo_button.setAccessibleName(self.tr("Look around in a demo vault"))
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(self.demo_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setAccessibleName(self.tr("Next: create the vault"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.create_vault)
        self.finish_button = QPushButton(self.tr("&Finish"), self)
        self.finish_button.setAccessibleName(self.tr("Finish"))
        self.finish_button.clicked.connect(self.accept)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_password_page())
        self.pages.addWidget(self._build_creating_page())
        self.recovery_page = RecoveryKeyPage(prompts, parent=self)
        self.recovery_page.confirmed_changed.connect(self.finish_button.setEnabled)
        self.pages.addWidget(self.recovery_page)

        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        # Shown once the vault exists: whether the OS's own backups will copy it.
        self.os_backup_label = QLabel(self)
        self.os_backup_label.setWordWrap(True)
        self.os_backup_label.setTextFormat(Qt.TextFormat.PlainText)
        self.os_backup_label.setAccessibleName(self.tr("Backups by the operating system"))
        self.os_backup_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.os_backup_label)
        layout.addLayout(buttons)

        self._show_page(Page.PASSWORD)
        self._password_changed()

    # -- page (a): the password -----------------------------------------------

    def _build_password_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Choose the password that opens your vault. A passphrase of several words "
                "is easiest to remember: length matters more than symbols. At least 8 "
                "characters; 15 or more is best. Japanese is fine."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel(page)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_folder_button = QPushButton(self.tr("C&hange…"), page)
        self.change_folder_button.setAccessibleName(self.tr("Change the vault's folder"))
        self.change_folder_button.setAutoDefault(False)
        self.change_folder_button.clicked.connect(self.change_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_folder_button)
        self.sync_warning_label = QLabel(page)
        self.sync_warning_label.setWordWrap(True)
        self._show_folder()

        self.password_fields = NewPasswordFields(parent=page)
        self.password_fields.changed.connect(self._password_changed)
        self.password_fields.return_pressed.connect(self._return_pressed)
        self._build_device_option(page)

        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()

        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addLayout(folder_row)
        column.addWidget(self.sync_warning_label)
        column.addWidget(self.password_fields)
        column.addWidget(self.require_device)
        column.addWidget(self.device_note)
        column.addWidget(self.error_label)
        column.addStretch(1)
        page.setTabOrder(self.password_fields.show_passwords, self.require_device)
        return page

    def _show_folder(self) -> None:
        folder = self._session.folder
        self.folder_label.setText(
            self.tr("The vault will be created in {folder}").format(folder=str(folder))
        )
        service = sync_service(folder)
        if service is not None:
            self.sync_warning_label.setText(
                self.tr(
                    "This folder is inside a {service} folder. Sync apps can corrupt an "
                    "open vault; choose a folder that is not synced."
                ).format(service=service)
            )
        self.sync_warning_label.setVisible(service is not None)

    def change_folder(self) -> None:
        """Another folder for the new vault (a USB stick, a second vault); never one in use."""
        chosen = self._prompts.folder_path(
            self, self.tr("Choose a folder for the new vault"), self._session.folder.parent
        )
        if chosen is None:
            return
        if (chosen / HEADER_NAME).exists():
            self._prompts.error(
                self,
                self.tr("New vault"),
                self.tr(
                    "{folder} already holds a vault. Open it with Vault > Open vault…, "
                    "or choose another folder."
                ).format(folder=str(chosen)),
            )
            return
        self._session.folder = chosen
        self._show_folder()
        self.folder_changed.emit()

    def _build_device_option(self, page: QWidget) -> None:
        self.require_device = QCheckBox(self.tr("Also require this &device"), page)
        self.require_device.setAccessibleName(self.tr("Also require this device"))
        self.require_device.toggled.connect(self._device_toggled)
        self.device_note = QLabel(page)
        self.device_note.setWordWrap(True)
        self.device_note.setTextFormat(Qt.TextFormat.PlainText)
        self._explain_device_option()

    def _return_pressed(self) -> None:
        if self.next_button.isEnabled():
            self.create_vault()

    def _password_changed(self) -> None:
        self.next_button.setEnabled(self.password_fields.problem() is None)

    def _explain_device_option(self, problem: str | None = None) -> None:
        if problem is not None:
            self.device_note.setText(problem)
            return
        self.device_note.setText(
            self.tr(
                "The vault then opens only on this computer, with your password. Anywhere "
                "else, or if this computer is replaced, only the recovery key opens it."
            )
        )

    def _device_toggled(self, on: bool) -> None:
        """Refuse the option at once when the OS keyring cannot keep a secret safely."""
        if not on:
            return
        try:
            if self._device_store is None:
                self._device_store = DeviceSecretStore(default_backend())
            self._device_store.check_backend()
        except BadInput as exc:
            problem = core_message(exc)  # the core's sentence: which keyring is refused and why
        except Exception:  # any keyring failure means "not available here"
            problem = self.tr(
                "The OS keyring could not be reached, so this option is not available here."
            )
        else:
            self._explain_device_option()
            return
        self.require_device.setChecked(False)
        self._explain_device_option(problem)

    # -- page (b): creating ---------------------------------------------------

    def _build_creating_page(self) -> QWidget:
        page = QWidget(self)
        self.creating_label = QLabel(
            self.tr("Creating your vault… This takes a few seconds."), page
        )
        self.creating_progress = QProgressBar(page)
        self.creating_progress.setRange(0, 0)
        self.creating_progress.setTextVisible(False)
        self.creating_progress.setAccessibleName(self.tr("Creating the vault"))
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.creating_label)
        column.addWidget(self.creating_progress)
        column.addStretch(1)
        return page

    def create_vault(self) -> None:
        """Next: create the vault on the vault thread."""
        if not self.next_button.isEnabled() or self.pages.currentIndex() != Page.PASSWORD:
            return
        self.error_label.hide()
        self._show_page(Page.CREATING)
        self._session.create(
            self.password_fields.password(),
            require_device=self.require_device.isChecked(),
            on_done=self._created,
            on_error=self._create_failed,
        )

    def _created(self, recovery_key: str) -> None:
        self.vault_created = True
        self.password_fields.clear()
        self.recovery_page.set_key(recovery_key, self._session.folder, self._clock())
        if self._session.os_backups is not None:
            self.os_backup_label.setText(core_notes((self._session.os_backups,)).strip())
            self.os_backup_label.show()
        self._show_page(Page.RECOVERY_KEY)
        self.recovery_page.setFocus()

    def _create_failed(self, error: Exception) -> None:
        if isinstance(error, VaultError):
            message = core_message(error)  # the core's messages name the problem and never a secret
        elif isinstance(error, OSError):
            message = self.tr("The vault folder could not be created: {reason}").format(
                reason=error.strerror or type(error).__name__
            )
        else:
            message = self.tr("The vault could not be created ({kind}).").format(
                kind=type(error).__name__
            )
        self.error_label.setText(message)
        self.error_label.show()
        self._show_page(Page.PASSWORD)
        self.password_fields.setFocus()

    # -- pages and closing ----------------------------------------------------

    def _show_page(self, page: Page) -> None:
        self.pages.setCurrentIndex(page)
        self.demo_button.setVisible(page is Page.PASSWORD)
        self.next_button.setVisible(page is Page.PASSWORD)
        self.cancel_button.setVisible(page is not Page.RECOVERY_KEY)
        self.cancel_button.setEnabled(page is Page.PASSWORD)
        self.finish_button.setVisible(page is Page.RECOVERY_KEY)
        self.finish_button.setDefault(page is Page.RECOVERY_KEY)
        self.next_button.setDefault(page is Page.PASSWORD)
        if page is Page.RECOVERY_KEY:
            self.finish_button.setEnabled(self.recovery_page.confirmed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """The first thing to do is type a password: the cursor starts there."""
        super().showEvent(event)
        if self.pages.currentIndex() == Page.PASSWORD:
            self.password_fields.setFocus()

    def accept(self) -> None:
        if self.recovery_page.confirmed:
            super().accept()

    def reject(self) -> None:
        """The user's way out (Cancel, Escape, the close button): past the recovery key,
        only after a warning."""
        if self.pages.currentIndex() == Page.RECOVERY_KEY and not self.recovery_page.may_close():
            return
        super().reject()

    def done(self, result: int) -> None:
        """Every close ends here, a lock's too (it calls `done` directly and must not be
        asked anything): never mid-creation; then drop every secret the widgets hold."""
        if self.pages.currentIndex() == Page.CREATING:
            return
        self.recovery_page.clear()
        self.password_fields.clear()
        super().done(result)
