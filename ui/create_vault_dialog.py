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

import unicodedata
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.prompts import Prompts
from ui.recovery_sheet import key_lines, write_recovery_sheet
from ui.vault_session import VaultSession
from vault import recovery
from vault.device_secret import DeviceSecretStore, default_backend
from vault.errors import BadInput, VaultError
from vault.locations import sync_service, sync_warning
from vault.password_policy import MAX_CHARS, MIN_CHARS, Assessment, Reason, assess
from vault.session import Clock, utc_now

RECOVERY_DIGITS = recovery.RANDOM_DIGITS + recovery.CHECK_DIGITS
SHEET_FILE_NAME = "ClientVault recovery sheet.pdf"


class Page(IntEnum):
    PASSWORD = 0
    CREATING = 1
    RECOVERY_KEY = 2


def _same_password(first: str, second: str) -> bool:
    """Equal as the KDF sees them (NFKC): full-width and half-width digits match."""
    return unicodedata.normalize("NFKC", first) == unicodedata.normalize("NFKC", second)


class CreateVaultDialog(QDialog):
    """Accepted once the vault exists and its recovery key is confirmed as kept."""

    demo_requested = Signal()

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
        self._session = session
        self._prompts = prompts
        self._device_store = device_store
        self._clock = clock
        self._recovery_key = ""
        self._sheet_saved = False
        self.vault_created = False
        self.setWindowTitle(self.tr("Create your ClientVault"))

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_password_page())
        self.pages.addWidget(self._build_creating_page())
        self.pages.addWidget(self._build_recovery_page())

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

        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
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
        folder = QLabel(
            self.tr("The vault will be created in {folder}").format(
                folder=str(self._session.folder)
            ),
            page,
        )
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_warning_label = QLabel(page)
        self.sync_warning_label.setWordWrap(True)
        if sync_warning(self._session.folder) is not None:
            self.sync_warning_label.setText(
                self.tr(
                    "This folder is inside a {service} folder. Sync clients can corrupt an "
                    "open vault; choose a folder that is not synced."
                ).format(service=sync_service(self._session.folder) or "")
            )
        else:
            self.sync_warning_label.hide()

        self.password_edit = self._password_field(self.tr("Password"))
        self.confirm_edit = self._password_field(self.tr("Repeat the password"))
        self.show_passwords = QCheckBox(self.tr("S&how passwords"), page)
        self.show_passwords.setAccessibleName(self.tr("Show passwords"))
        self.show_passwords.toggled.connect(self._show_passwords)

        self._build_feedback(page)

        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Repeat it:"), self.confirm_edit)
        form.addRow("", self.show_passwords)
        form.addRow(self.tr("Strength:"), self.strength_bar)
        form.addRow("", self.strength_label)
        form.addRow("", self.match_label)

        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addWidget(folder)
        column.addWidget(self.sync_warning_label)
        column.addLayout(form)
        column.addWidget(self.require_device)
        column.addWidget(self.device_note)
        column.addWidget(self.error_label)
        column.addStretch(1)
        page.setTabOrder(self.password_edit, self.confirm_edit)
        page.setTabOrder(self.confirm_edit, self.show_passwords)
        page.setTabOrder(self.show_passwords, self.require_device)
        return page

    def _build_feedback(self, page: QWidget) -> None:
        """The strength meter, the match line and the device option."""
        self.strength_bar = QProgressBar(page)
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setAccessibleName(self.tr("Password strength"))
        self.strength_label = QLabel(page)
        self.strength_label.setWordWrap(True)
        self.match_label = QLabel(page)

        self.require_device = QCheckBox(self.tr("Also require this &device"), page)
        self.require_device.setAccessibleName(self.tr("Also require this device"))
        self.require_device.toggled.connect(self._device_toggled)
        self.device_note = QLabel(page)
        self.device_note.setWordWrap(True)
        self.device_note.setTextFormat(Qt.TextFormat.PlainText)
        self._explain_device_option()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.textChanged.connect(self._password_changed)
        field.returnPressed.connect(self._return_pressed)
        return field

    def _show_passwords(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)

    def _return_pressed(self) -> None:
        if self.next_button.isEnabled():
            self.create_vault()

    def assessment(self) -> Assessment:
        return assess(self.password_edit.text())

    def _password_changed(self) -> None:
        result = self.assessment()
        self.strength_bar.setValue(result.score)
        self.strength_label.setText(self._strength_text(result))
        password, again = self.password_edit.text(), self.confirm_edit.text()
        matches = bool(password) and _same_password(password, again)
        if not again:
            self.match_label.clear()
        elif matches:
            self.match_label.setText(self.tr("The passwords match."))
        else:
            self.match_label.setText(self.tr("The two passwords do not match."))
        self.next_button.setEnabled(result.acceptable and matches)

    def _strength_text(self, result: Assessment) -> str:
        texts = {
            Reason.EMPTY: self.tr(
                "Use at least {min} characters; a passphrase of 15 or more is best."
            ),
            Reason.TOO_SHORT: self.tr("Too short: {length} of at least {min} characters."),
            Reason.TOO_LONG: self.tr("Too long: at most {max} characters."),
            Reason.COMMON: self.tr(
                "This is one of the most common passwords, or a small change to one. "
                "Choose another."
            ),
            Reason.REPEATED: self.tr("Repeated characters are easy to guess. Choose another."),
            Reason.SEQUENCE: self.tr(
                "Sequences such as 12345678, abcdefgh or qwerty are easy to guess. Choose another."
            ),
            Reason.APP_NAME: self.tr(
                "A password that contains the app's name is easy to guess. Choose another."
            ),
            Reason.COULD_BE_LONGER: self.tr(
                "Acceptable. A passphrase of 15 characters or more would be stronger."
            ),
            Reason.LONG_ENOUGH: self.tr("Strong: a long password is the hardest to guess."),
        }
        return texts[result.reason].format(
            length=result.length, min=MIN_CHARS, max=f"{MAX_CHARS:,}"
        )

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
            problem = str(exc)  # the core's sentence: which keyring is refused and why
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
            self.password_edit.text(),
            require_device=self.require_device.isChecked(),
            on_done=self._created,
            on_error=self._create_failed,
        )

    def _created(self, recovery_key: str) -> None:
        self.vault_created = True
        self._recovery_key = recovery_key
        self.password_edit.clear()
        self.confirm_edit.clear()
        self.key_label.setText("\n".join(key_lines(recovery_key)))
        self._show_page(Page.RECOVERY_KEY)
        self.typed_back.setFocus()

    def _create_failed(self, error: Exception) -> None:
        if isinstance(error, VaultError):
            message = str(error)  # the core's messages name the problem and never a secret
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
        self.password_edit.setFocus()

    # -- page (c): the recovery key -------------------------------------------

    def _build_recovery_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "This is your recovery key. It opens the vault if you forget the password "
                "or lose this computer. It is shown only now: save the recovery sheet and "
                "print it, or write the key down, and keep it offline."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(page)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.8)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName(self.tr("Recovery key"))

        self.save_sheet_button = QPushButton(self.tr("&Save recovery sheet (PDF)…"), page)
        self.save_sheet_button.setAccessibleName(self.tr("Save recovery sheet as PDF"))
        self.save_sheet_button.setAutoDefault(False)
        self.save_sheet_button.clicked.connect(self.save_sheet)
        self.sheet_status = QLabel(page)
        self.sheet_status.setWordWrap(True)
        self.sheet_status.setTextFormat(Qt.TextFormat.PlainText)

        confirm_intro = QLabel(
            self.tr(
                "To finish, type the key back, or save the sheet and confirm that you "
                "printed it or stored it offline."
            ),
            page,
        )
        confirm_intro.setWordWrap(True)
        self.typed_back = QLineEdit(page)
        self.typed_back.setAccessibleName(self.tr("Type the recovery key back"))
        self.typed_back.setPlaceholderText("123456-123456-…")
        self.typed_back.textChanged.connect(self._confirmation_changed)
        typed_label = QLabel(self.tr("&Type the key back:"), page)
        typed_label.setBuddy(self.typed_back)
        self.typed_back_hint = QLabel(page)
        self.offline_check = QCheckBox(self.tr("I have &printed it or stored it offline"), page)
        self.offline_check.setAccessibleName(self.tr("I have printed it or stored it offline"))
        self.offline_check.setEnabled(False)
        self.offline_check.toggled.connect(self._confirmation_changed)

        typed_row = QHBoxLayout()
        typed_row.addWidget(typed_label)
        typed_row.addWidget(self.typed_back, 1)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.save_sheet_button)
        sheet_row.addStretch(1)
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addWidget(self.key_label)
        column.addLayout(sheet_row)
        column.addWidget(self.sheet_status)
        column.addWidget(confirm_intro)
        column.addLayout(typed_row)
        column.addWidget(self.typed_back_hint)
        column.addWidget(self.offline_check)
        column.addStretch(1)
        page.setTabOrder(self.save_sheet_button, self.typed_back)
        page.setTabOrder(self.typed_back, self.offline_check)
        return page

    def save_sheet(self) -> None:
        if not self._recovery_key:
            return
        path = self._prompts.save_path(
            self,
            self.tr("Save recovery sheet"),
            Path.home() / SHEET_FILE_NAME,
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.casefold() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_recovery_sheet(path, self._recovery_key, self._session.folder, self._clock())
        except OSError as exc:
            self.sheet_status.setText(
                self.tr("The sheet could not be saved: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                )
            )
            return
        self._sheet_saved = True
        status = self.tr("Saved to {path}. Print it, then delete the file.").format(path=str(path))
        service = sync_service(path.parent)
        if service is not None:
            status += " " + self.tr(
                "That folder is synced by {service}: delete the file there soon."
            ).format(service=service)
        self.sheet_status.setText(status)
        self.offline_check.setEnabled(True)
        self._confirmation_changed()

    def typed_back_matches(self) -> bool:
        try:
            return recovery.parse(self.typed_back.text()) == recovery.parse(self._recovery_key)
        except BadInput:
            return False

    def _confirmation_changed(self) -> None:
        typed = self.typed_back.text()
        if self.typed_back_matches():
            self.typed_back_hint.setText(self.tr("The key matches."))
        elif not typed:
            self.typed_back_hint.clear()
        else:
            count = sum(
                1 for ch in unicodedata.normalize("NFKC", typed) if ch.isascii() and ch.isdigit()
            )
            if count < RECOVERY_DIGITS:
                self.typed_back_hint.setText(
                    self.tr("{count} of {total} digits.").format(count=count, total=RECOVERY_DIGITS)
                )
            else:
                self.typed_back_hint.setText(
                    self.tr("This does not match the key above. Check each group.")
                )
        self.finish_button.setEnabled(self.is_confirmed())

    def is_confirmed(self) -> bool:
        """Typed back, or saved as a sheet and declared printed or stored offline."""
        if not self._recovery_key:
            return False
        return self.typed_back_matches() or (self._sheet_saved and self.offline_check.isChecked())

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
            self._confirmation_changed()

    def accept(self) -> None:
        if self.is_confirmed():
            super().accept()

    def done(self, result: int) -> None:
        """Closing: never mid-creation; past it, only after a warning; then drop the key."""
        page = self.pages.currentIndex()
        if page == Page.CREATING:
            return
        if page == Page.RECOVERY_KEY and not self.is_confirmed():
            close_anyway = self._prompts.confirm(
                self,
                self.tr("Recovery key not kept"),
                self.tr(
                    "You have not confirmed that the recovery key is kept. Without it, a "
                    "forgotten password means the vault cannot be opened again, and the key "
                    "is not shown again. Close anyway?"
                ),
                yes=self.tr("Close without the key"),
            )
            if not close_anyway:
                return
        self._forget_secrets()
        super().done(result)

    def _forget_secrets(self) -> None:
        self._recovery_key = ""
        self.key_label.clear()
        self.typed_back.clear()
        self.password_edit.clear()
        self.confirm_edit.clear()
