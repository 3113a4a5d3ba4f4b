"""The lock screen: password (or recovery key) in, vault unlocked on the vault thread.

Argon2id takes about a second by design, so the screen shows that it is
working and stays responsive; the KDF runs on the vault thread. Every failure
gets its own sentence, because "wrong password" and "the file was altered"
call for very different actions. The password leaves the line edit as soon as
it is submitted.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.prompts import Prompts
from ui.unlock.recovery_key_page import RECOVERY_DIGITS, recovery_digit_count
from ui.vault_session import VaultSession
from vault.errors import (
    BadInput,
    DeviceSecretMissing,
    VaultBusy,
    VaultDamaged,
    VaultError,
    VaultTooNew,
    WrongSecret,
)
from vault.keys import recovery
from vault.storage.locations import sync_service, sync_warning

_KEY_SEPARATORS = frozenset(" -\t\n\u3000")


class UnlockScreen(QWidget):
    """Shown whenever the vault is locked; emits `unlocked` once it is open."""

    unlocked = Signal()

    def __init__(
        self, session: VaultSession, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._busy = False
        self._submitted_recovery_key = False
        self.used_recovery_key = False  # how the last successful unlock was done

        title = QLabel(self.tr("ClientVault is locked"), self)
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        title.setFont(title_font)
        self.folder_label = QLabel(
            self.tr("Vault folder: {folder}").format(folder=str(session.folder)), self
        )
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_warning_label = QLabel(self)
        self.sync_warning_label.setWordWrap(True)
        self._show_sync_warning()

        self._inputs = QStackedWidget(self)
        self._inputs.addWidget(self._build_password_input())
        self._inputs.addWidget(self._build_recovery_input())

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.sync_warning_label)
        layout.addWidget(self._inputs)
        layout.addLayout(self._build_buttons())
        layout.addLayout(self._build_feedback())
        layout.addWidget(self.error_label)
        layout.addStretch(2)

        self.setTabOrder(self.password_edit, self.show_password_button)
        self.setTabOrder(self.show_password_button, self.recovery_edit)
        self.setTabOrder(self.recovery_edit, self.use_recovery_key)
        self.setTabOrder(self.use_recovery_key, self.unlock_button)
        self.setFocusProxy(self.password_edit)

        session.locked.connect(self.reset)
        self.reset()

    def _build_password_input(self) -> QWidget:
        page = QWidget(self)
        self.password_edit = QLineEdit(page)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.textChanged.connect(self._update_unlock_button)
        self.password_edit.returnPressed.connect(self.unlock)
        label = QLabel(self.tr("&Password:"), page)
        label.setBuddy(self.password_edit)
        self.show_password_button = QPushButton(self.tr("S&how"), page)
        self.show_password_button.setCheckable(True)
        self.show_password_button.setAutoDefault(False)
        self.show_password_button.setAccessibleName(self.tr("Show password"))
        self.show_password_button.toggled.connect(self._show_password)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.show_password_button)
        return page

    def _build_recovery_input(self) -> QWidget:
        page = QWidget(self)
        self.recovery_edit = QLineEdit(page)
        self.recovery_edit.setPlaceholderText("123456-123456-123456-123456-…")
        self.recovery_edit.setAccessibleName(self.tr("Recovery key"))
        self.recovery_edit.textChanged.connect(self._recovery_text_changed)
        self.recovery_edit.returnPressed.connect(self.unlock)
        label = QLabel(self.tr("&Recovery key:"), page)
        label.setBuddy(self.recovery_edit)
        self.recovery_hint = QLabel(page)
        self.recovery_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.recovery_edit, 1)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.recovery_hint)
        return page

    def _build_buttons(self) -> QHBoxLayout:
        self.use_recovery_key = QCheckBox(self.tr("Use a recovery &key instead"), self)
        self.use_recovery_key.setAccessibleName(self.tr("Use a recovery key instead"))
        self.use_recovery_key.toggled.connect(self._mode_changed)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        row = QHBoxLayout()
        row.addWidget(self.use_recovery_key)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        return row

    def _build_feedback(self) -> QHBoxLayout:
        """The busy indicator (its own row) and the error line (added below it)."""
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # indeterminate: Argon2id gives no progress
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Unlocking"))
        self.status_label = QLabel(self.tr("Unlocking…"), self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        error_font = self.error_label.font()
        error_font.setBold(True)
        self.error_label.setFont(error_font)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.status_label)
        return row

    # -- state ----------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy

    @property
    def recovery_mode(self) -> bool:
        return self.use_recovery_key.isChecked()

    def reset(self) -> None:
        """Back to an empty password prompt (after a lock, or when shown again)."""
        self.password_edit.clear()
        self.recovery_edit.clear()
        self.show_password_button.setChecked(False)
        self.use_recovery_key.setChecked(False)
        self.error_label.clear()
        self.error_label.hide()
        self._set_busy(busy=False)
        self._mode_changed(recovery_mode=False)

    def _show_sync_warning(self) -> None:
        folder = self._session.folder
        if sync_warning(folder) is None:
            self.sync_warning_label.hide()
            return
        self.sync_warning_label.setText(
            self.tr(
                "This vault is inside a {service} folder. Sync apps can corrupt an open "
                "vault; move it to a folder that is not synced and keep only backups there."
            ).format(service=sync_service(folder) or "")
        )
        self.sync_warning_label.show()

    def _mode_changed(self, recovery_mode: bool) -> None:
        self._inputs.setCurrentIndex(1 if recovery_mode else 0)
        self.error_label.hide()
        self._update_unlock_button()
        target = self.recovery_edit if recovery_mode else self.password_edit
        self.setFocusProxy(target)
        target.setFocus()

    def _show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.show_password_button.setText(self.tr("&Hide") if shown else self.tr("S&how"))
        self.show_password_button.setAccessibleName(
            self.tr("Hide password") if shown else self.tr("Show password")
        )

    def _recovery_text_changed(self) -> None:
        text = self.recovery_edit.text()
        self.recovery_hint.setText((self._recovery_problem(text) or "") if text else "")
        self._update_unlock_button()

    def _recovery_problem(self, text: str) -> str | None:
        """What is wrong with a typed recovery key, or None when it is well formed."""
        try:
            recovery.parse(text)
        except BadInput:
            pass
        else:
            return None
        count = recovery_digit_count(text)
        stray = any(
            not (ch.isascii() and ch.isdigit()) and ch not in _KEY_SEPARATORS
            for ch in unicodedata.normalize("NFKC", text)
        )
        if stray:
            return self.tr("A recovery key has only digits, spaces and hyphens.")
        if count == RECOVERY_DIGITS:
            return self.tr(
                "There is a typo: the last group does not match the others. "
                "Check each group against your recovery sheet."
            )
        return self.tr("{count} of {total} digits.").format(count=count, total=RECOVERY_DIGITS)

    def _update_unlock_button(self) -> None:
        if self.recovery_mode:
            ready = self._recovery_problem(self.recovery_edit.text()) is None
        else:
            ready = bool(self.password_edit.text())
        self.unlock_button.setEnabled(ready and not self._busy)

    def _set_busy(self, *, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.status_label.setVisible(busy)
        for control in (
            self.password_edit,
            self.show_password_button,
            self.recovery_edit,
            self.use_recovery_key,
        ):
            control.setEnabled(not busy)
        self._update_unlock_button()

    # -- unlocking ------------------------------------------------------------

    def unlock(self) -> None:
        """Submit what was typed; the field is emptied at once, whatever happens next."""
        if self._busy:
            return
        if self.recovery_mode:
            problem = self._recovery_problem(self.recovery_edit.text())
            if problem is not None:
                self._show_error(problem)
                return
            key, password = self.recovery_edit.text(), None
        else:
            password, key = self.password_edit.text(), None
            self.password_edit.clear()
            if not password:
                return
        self.error_label.hide()
        self._set_busy(busy=True)
        self._submitted_recovery_key = key is not None
        self._session.unlock(
            password=password,
            recovery_key=key,
            on_done=self._unlocked,
            on_error=self._failed,
        )

    def _unlocked(self, _: None) -> None:
        self.used_recovery_key = self._submitted_recovery_key
        self.reset()
        if self.used_recovery_key:
            self._prompts.inform(
                self,
                self.tr("Opened with the recovery key"),
                self.tr(
                    "You opened the vault with the recovery key. If you have forgotten your "
                    "password, choose a new one now with Change password. The recovery key "
                    "stays the same."
                ),
            )
        self.unlocked.emit()

    def _failed(self, error: Exception) -> None:
        self._set_busy(busy=False)
        self.password_edit.clear()
        if isinstance(error, DeviceSecretMissing):
            self.use_recovery_key.setChecked(True)
        self._show_error(self._message_for(error))
        (self.recovery_edit if self.recovery_mode else self.password_edit).setFocus()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _message_for(self, error: Exception) -> str:
        """One sentence per thing the user can do about it; never the password itself."""
        if isinstance(error, WrongSecret) and not isinstance(error, DeviceSecretMissing):
            if self.recovery_mode:
                return self.tr(
                    "This recovery key does not open this vault. It may belong to another "
                    "vault, or to this vault before its key was replaced."
                )
            return self.tr(
                "Wrong password. Check Caps Lock and that Japanese input (IME) is off, "
                "then try again."
            )
        for kind, message in self._messages():  # most specific first
            if isinstance(error, kind):
                return message
        if isinstance(error, VaultError):
            return core_message(error)  # the core's messages name the problem and never a secret
        if isinstance(error, OSError):
            return self.tr("The vault folder could not be read: {reason}").format(
                reason=error.strerror or type(error).__name__
            )
        return self.tr("The vault could not be opened ({kind}).").format(kind=type(error).__name__)

    def _messages(self) -> list[tuple[type[Exception], str]]:
        return [
            (
                DeviceSecretMissing,
                self.tr(
                    "This vault also needs a secret stored on the computer where it was set "
                    "up, and this computer's keyring does not have it. Unlock with your "
                    "recovery key instead."
                ),
            ),
            (
                VaultTooNew,
                self.tr(
                    "This vault was made by a newer version of ClientVault. Update "
                    "ClientVault to open it."
                ),
            ),
            (
                VaultDamaged,
                self.tr(
                    "The vault file is damaged or was altered, so it cannot be opened. Your "
                    "password was not the problem. Restore the vault folder from a backup."
                ),
            ),
            (
                VaultBusy,
                self.tr(
                    "This vault is already open in another ClientVault window or command. "
                    "Close it there first, then try again."
                ),
            ),
        ]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """A vault open elsewhere is named before the password is typed."""
        super().showEvent(event)
        if self._session.exists and not self._session.is_unlocked:
            self._session.check_not_busy(self._busy_elsewhere)

    def _busy_elsewhere(self, error: Exception) -> None:
        if not self._busy:  # an unlock under way reports its own outcome
            self._show_error(self._message_for(error))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Nothing typed survives the screen going away."""
        self.password_edit.clear()
        self.show_password_button.setChecked(False)
        super().hideEvent(event)
