"""Change the password, or re-key the whole vault, from an unlocked session.

Both ask for the current password first (unless the vault was just opened with
the recovery key: then the password is probably what was forgotten), because
an unlocked window left unattended must not be enough to take the vault over.
The check and the change run as one job on the vault thread, so a wrong
current password changes nothing (it counts as a failed unlock attempt). New
passwords are chosen in the same `NewPasswordFields` as in the create dialog.

A re-key gives the vault a new recovery key and the old one stops working, so
its last page (`RecoveryKeyPage`, as in the create dialog) shows the new key
once and will not finish until the key has been typed back or saved as a sheet
and declared printed or stored offline.

A re-key re-encrypts every value and attachment: its bar shows how much is done,
and Cancel stops it before its switch, changing nothing. Otherwise the user cannot
close the dialog while the vault thread works. A lock can:
it closes the dialog at once (`done()` never asks), and `interrupted` tells the
window that the change may or may not have happened, or that a re-key's new
recovery key was closed away before it was kept.
"""

from __future__ import annotations

import threading
from enum import IntEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
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
from ui.unlock.new_password_fields import NewPasswordFields, same_password
from ui.unlock.pending_recovery_key import confirm_in_vault
from ui.unlock.recovery_key_page import RecoveryKeyPage
from ui.vault_session import VaultSession
from ui.widgets.text_fit import keep_text_visible
from vault.errors import DeviceSecretMissing, VaultError, WrongSecret
from vault.session import Vault
from vault.state import Clock, utc_now


class Page(IntEnum):
    PASSWORD = 0
    RECOVERY_KEY = 1


BAR_STEPS = 1000  # QProgressBar counts in int32; a vault's bytes may not fit


class RekeyMeter:
    """Bytes re-encrypted and a cancel flag, shared with the vault thread; no Qt in here."""

    def __init__(self) -> None:
        self.done = self.total = 0
        self.cancelled = threading.Event()

    def report(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancelled.is_set()

    @property
    def steps(self) -> int:
        return min(BAR_STEPS, self.done * BAR_STEPS // self.total) if self.total else 0


class ChangePasswordDialog(QDialog):
    """Accepted once the password is changed (and, after a re-key, the new key is kept)."""

    changed = Signal()  # the vault now opens with the new password (and new recovery key)
    # A lock closed the dialog before it was done: mid-change (the outcome is unknown), or
    # on the new recovery key's page before the key was kept (the key is gone).
    interrupted = Signal()

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        *,
        rekey: bool = False,
        after_recovery: bool = False,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_text_visible(self)  # wrapped text grows the window, never clipped
        self._session = session
        self._prompts = prompts
        self._clock = clock
        self.rekey = rekey
        self.after_recovery = after_recovery
        self._busy = False
        self._abandoned = False  # closed (by a lock) while the vault thread was working
        self._succeeded = False
        self._key_given_up = False  # the user chose to close without keeping the new key
        self._new_key = ""  # a re-key's recovery key, until the dialog closes
        self._meter: RekeyMeter | None = None  # the re-key running, if one is
        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(100)
        self._meter_timer.timeout.connect(self._show_progress)
        self.setWindowTitle(self.tr("Re-key the vault") if rekey else self.tr("Change password"))

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        if rekey:
            self.submit_button = QPushButton(self.tr("Re-&key the vault"), self)
            self.submit_button.setAccessibleName(self.tr("Re-key the vault"))
        else:
            self.submit_button = QPushButton(self.tr("Change pass&word"), self)
            self.submit_button.setAccessibleName(self.tr("Change password"))
        self.submit_button.clicked.connect(self.submit)
        self.finish_button = QPushButton(self.tr("&Finish"), self)
        self.finish_button.setAccessibleName(self.tr("Finish"))
        self.finish_button.clicked.connect(self.accept)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_password_page())
        self.recovery_page = RecoveryKeyPage(prompts, replacing=True, parent=self)
        self.recovery_page.confirmed_changed.connect(self.finish_button.setEnabled)
        self.pages.addWidget(self.recovery_page)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        session.locked.connect(self._vault_locked)
        self._show_page(Page.PASSWORD)
        self._set_busy(busy=False)
        self._inputs_changed()
        (self.password_fields if after_recovery else self.current_edit).setFocus()

    # -- the password page ----------------------------------------------------

    def _build_password_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        for text in self._intro_texts():
            intro = QLabel(text, page)
            intro.setWordWrap(True)
            column.addWidget(intro)

        self.current_edit = QLineEdit(page)
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_edit.setAccessibleName(self.tr("Current password"))
        self.current_edit.textChanged.connect(self._inputs_changed)
        self.current_edit.returnPressed.connect(self._return_pressed)
        self.password_fields = NewPasswordFields(replacing=True, parent=page)
        self.password_fields.changed.connect(self._inputs_changed)
        self.password_fields.return_pressed.connect(self._return_pressed)
        if self.after_recovery:
            self.current_edit.hide()
        else:
            self.password_fields.add_field_above(self.tr("&Current password:"), self.current_edit)
        column.addWidget(self.password_fields)
        self._build_feedback(page, column)
        column.addStretch(1)
        return page

    def _intro_texts(self) -> list[str]:
        texts = []
        if self.rekey:
            texts.append(
                self.tr(
                    "Re-key replaces every key in the vault. Your recovery key changes: the "
                    "old one stops working. Use it if you think someone has seen your "
                    "password or recovery key. A large vault can take a while."
                )
            )
        if self.after_recovery:
            texts.append(self.tr("You unlocked with the recovery key; choose a new password."))
        texts.append(
            self.tr(
                "A passphrase of several words is easiest to remember: length matters more "
                "than symbols. At least 8 characters; 15 or more is best. Japanese is fine."
            )
        )
        return texts

    def _build_feedback(self, page: QWidget, column: QVBoxLayout) -> None:
        """The busy indicator and the error line, below the form."""
        self.progress = QProgressBar(page)
        self.progress.setRange(0, 0)  # indeterminate: Argon2id does not report
        self.progress.setTextVisible(self.rekey)  # a re-key reports how much is done
        self.progress.setAccessibleName(
            self.tr("Re-keying the vault") if self.rekey else self.tr("Changing the password")
        )
        self.status_label = QLabel(page)
        self.status_label.setWordWrap(True)
        self.status_label.setText(self._working_text())
        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        error_font = self.error_label.font()
        error_font.setBold(True)
        self.error_label.setFont(error_font)
        self.error_label.hide()
        column.addWidget(self.progress)
        column.addWidget(self.status_label)
        column.addWidget(self.error_label)

    def _working_text(self) -> str:
        if self.rekey:
            return self.tr(
                "Re-keying the vault… A large vault can take a while. Keep ClientVault open."
            )
        return self.tr("Changing the password… This takes a few seconds.")

    def _return_pressed(self) -> None:
        if self.submit_button.isEnabled():
            self.submit()

    def _inputs_changed(self) -> None:
        self.password_fields.refuse(
            self.tr("The new password is the same as the current one. Choose another.")
            if self._same_as_current()
            else None
        )
        self.submit_button.setEnabled(not self._busy and self.problem() is None)

    def _same_as_current(self) -> bool:
        """A change to the same password changes nothing (a re-key still replaces the keys)."""
        new = self.password_fields.password()
        return (
            not self.rekey
            and not self.after_recovery
            and bool(new)
            and same_password(self.current_edit.text(), new)
        )

    def problem(self) -> str | None:
        """Why the form cannot be submitted yet, or None when it can."""
        if not self.after_recovery and not self.current_edit.text():
            return self.tr("Enter your current password.")
        return self.password_fields.problem()

    # -- running the change ---------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, *, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.status_label.setVisible(busy)
        self.current_edit.setEnabled(not busy)
        self.password_fields.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy or self._meter is not None)
        self.submit_button.setEnabled(not busy and self.problem() is None)

    def submit(self) -> None:
        """Check the form here, then the current password and the change on the vault thread."""
        if self._busy or self.pages.currentIndex() != Page.PASSWORD:
            return
        problem = self.problem()
        if problem is not None:
            self._show_error(problem)
            return
        current = None if self.after_recovery else self.current_edit.text()
        new_password = self.password_fields.password()
        meter = RekeyMeter() if self.rekey else None

        def job(vault: Vault) -> str:
            if current is not None:
                vault.verify_password(current)
            if meter is None:
                vault.change_password(new_password)
                return ""
            recovery_key = vault.rekey(new_password, meter.report)
            vault.start_indexing()  # the re-key's own lock dropped the search index
            return recovery_key

        self.error_label.hide()
        self._meter = meter
        if meter is not None:
            self.progress.setRange(0, 0)  # until the first report: the password check
            self.status_label.setText(self._working_text())
            self._meter_timer.start()
        self._set_busy(busy=True)
        self._session.run(job, self._done, self._failed)

    def _show_progress(self) -> None:
        meter = self._meter
        if meter is None or not meter.total:
            return
        self.progress.setRange(0, BAR_STEPS)
        self.progress.setValue(meter.steps)

    def _cancel_clicked(self) -> None:
        """Cancel, or while a re-key runs, ask it to stop (honoured until its switch)."""
        meter = self._meter
        if self._busy and meter is not None:
            meter.cancelled.set()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(
                self.tr("Cancelling the re-key… The vault keeps its current keys.")
            )
            return
        self.reject()

    def _job_ended(self) -> None:
        self._meter_timer.stop()
        self._meter = None

    def _done(self, recovery_key: str) -> None:
        self._job_ended()
        if self._abandoned:
            return
        self._set_busy(busy=False)
        self._succeeded = True
        self.current_edit.clear()
        self.password_fields.clear()
        self.changed.emit()
        if not self.rekey:
            self.accept()
            return
        self._new_key = recovery_key
        self.recovery_page.set_key(recovery_key, self._session.folder, self._clock())
        self._show_page(Page.RECOVERY_KEY)
        self.recovery_page.setFocus()

    def _failed(self, error: Exception) -> None:
        self._job_ended()
        if self._abandoned:
            return
        self._set_busy(busy=False)
        if isinstance(error, WrongSecret) and not isinstance(error, DeviceSecretMissing):
            self.current_edit.clear()
            self._show_error(
                self.tr(
                    "The current password is wrong, so nothing was changed. Check Caps Lock "
                    "and that Japanese input (IME) is off, then try again."
                )
            )
            self.current_edit.setFocus()
            return
        self._show_error(self._message_for(error))
        self.password_fields.setFocus()

    def _message_for(self, error: Exception) -> str:
        """One sentence the user can act on; never a password."""
        if isinstance(error, DeviceSecretMissing):
            return self.tr(
                "This vault also needs a secret from this computer's keyring, and the keyring "
                "does not have it. Lock the vault, unlock it with the recovery key, then "
                "choose a new password."
            )
        if isinstance(error, VaultError):
            return core_message(error)  # the core's messages name the problem and never a secret
        if isinstance(error, OSError):
            reason = error.strerror or type(error).__name__
            if self.rekey:
                return self.tr("The vault could not be re-keyed: {reason}").format(reason=reason)
            return self.tr("The password could not be changed: {reason}").format(reason=reason)
        if self.rekey:
            return self.tr("The vault could not be re-keyed ({kind}).").format(
                kind=type(error).__name__
            )
        return self.tr("The password could not be changed ({kind}).").format(
            kind=type(error).__name__
        )

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # -- pages and closing ----------------------------------------------------

    def _show_page(self, page: Page) -> None:
        self.pages.setCurrentIndex(page)
        on_password = page is Page.PASSWORD
        self.submit_button.setVisible(on_password)
        self.submit_button.setDefault(on_password)
        self.cancel_button.setVisible(on_password)
        self.finish_button.setVisible(not on_password)
        self.finish_button.setDefault(not on_password)
        if not on_password:
            self.finish_button.setEnabled(self.recovery_page.confirmed)

    def accept(self) -> None:
        """Only after the change, and after a re-key only once the new key is kept."""
        if self._busy or not self._succeeded:
            return
        if self.rekey and not self.recovery_page.confirmed:
            return
        if self.rekey:  # kept: the vault stops showing it at unlock
            confirm_in_vault(self._session, self._new_key)
        super().accept()

    def reject(self) -> None:
        """The user's way out (Cancel, Escape, the close button): never mid-change, and
        never past a new recovery key without a warning."""
        if self._busy:
            return
        if self.pages.currentIndex() == Page.RECOVERY_KEY:
            if not self.recovery_page.may_close():
                return
            self._key_given_up = not self.recovery_page.confirmed
        super().reject()

    def done(self, result: int) -> None:
        """Every close ends here, a lock's too (it calls `done` directly and must not be
        asked anything): drop every secret the widgets hold."""
        unkept = (
            self.pages.currentIndex() == Page.RECOVERY_KEY
            and not self.recovery_page.confirmed
            and not self._key_given_up
        )
        if self._busy:
            self._busy = False
            self._abandoned = True
            if self._meter is not None:  # a lock mid re-key: stop it if it has not switched
                self._meter.cancelled.set()
            self.interrupted.emit()
        elif unkept and self.isVisible():
            self.interrupted.emit()
        self.recovery_page.clear()
        self._new_key = ""
        self.current_edit.clear()
        self.password_fields.clear()
        super().done(result)

    def _vault_locked(self) -> None:
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)
