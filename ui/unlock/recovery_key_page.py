"""A recovery key shown once, and the user's proof that it is kept.

The key is not counted as kept until it has been typed back, or saved as a
recovery sheet (`ui.recovery_sheet`) and declared printed or stored offline:
a vault whose key was never written down is one forgotten password away from
being lost. Used after creating a vault and after a re-key.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.prompts import Prompts
from ui.unlock.recovery_sheet import key_lines, write_recovery_sheet
from vault.errors import BadInput
from vault.keys import recovery
from vault.storage.locations import sync_service

RECOVERY_DIGITS = recovery.RANDOM_DIGITS + recovery.CHECK_DIGITS
SHEET_FILE_NAME = "ClientVault recovery sheet.pdf"


def recovery_digit_count(text: str) -> int:
    """Digits typed so far, counting full-width ones; separators are ignored."""
    normalized = unicodedata.normalize("NFKC", text)
    return sum(1 for ch in normalized if ch.isascii() and ch.isdigit())


class RecoveryKeyPage(QWidget):
    """The key in large monospace groups, the sheet button and the two ways to confirm."""

    confirmed_changed = Signal(bool)

    def __init__(
        self, prompts: Prompts, *, replacing: bool = False, parent: QWidget | None = None
    ) -> None:
        """`replacing`: a re-key's new key, which replaces (and disables) the old one."""
        super().__init__(parent)
        self._prompts = prompts
        self._key = ""
        self._vault_folder = Path()
        self._created: dt.datetime | None = None
        self._sheet_saved = False
        self._confirmed = False
        self._replacing = replacing

        intro = QLabel(self._intro_text(), self)
        intro.setWordWrap(True)
        self._build_key_display()
        confirm_intro = QLabel(
            self.tr(
                "To finish, type the key back, or save the sheet and confirm that you "
                "printed it or stored it offline."
            ),
            self,
        )
        confirm_intro.setWordWrap(True)
        typed_row = self._build_confirmation()
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.save_sheet_button)
        sheet_row.addStretch(1)

        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.key_label)
        column.addLayout(sheet_row)
        column.addWidget(self.sheet_status)
        column.addWidget(confirm_intro)
        column.addLayout(typed_row)
        column.addWidget(self.typed_back_hint)
        column.addWidget(self.offline_check)
        column.addStretch(1)
        self.setTabOrder(self.save_sheet_button, self.typed_back)
        self.setTabOrder(self.typed_back, self.offline_check)
        self.setFocusProxy(self.typed_back)

    def _build_key_display(self) -> None:
        """The key, large and monospace, and the button that saves it as a sheet."""
        self.key_label = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.8)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName(
            self.tr("New recovery key") if self._replacing else self.tr("Recovery key")
        )
        self.save_sheet_button = QPushButton(self.tr("&Save recovery sheet (PDF)…"), self)
        self.save_sheet_button.setAccessibleName(self.tr("Save recovery sheet as PDF"))
        self.save_sheet_button.setAutoDefault(False)
        self.save_sheet_button.clicked.connect(self.save_sheet)
        self.sheet_status = QLabel(self)
        self.sheet_status.setWordWrap(True)
        self.sheet_status.setTextFormat(Qt.TextFormat.PlainText)

    def _build_confirmation(self) -> QHBoxLayout:
        """The typed-back field (returned as its labelled row), its hint and the tick."""
        self.typed_back = QLineEdit(self)
        self.typed_back.setAccessibleName(self.tr("Type the recovery key back"))
        self.typed_back.setPlaceholderText("123456-123456-…")
        self.typed_back.textChanged.connect(self._update)
        typed_label = QLabel(self.tr("&Type the key back:"), self)
        typed_label.setBuddy(self.typed_back)
        self.typed_back_hint = QLabel(self)
        self.offline_check = QCheckBox(self.tr("I have &printed it or stored it offline"), self)
        self.offline_check.setAccessibleName(self.tr("I have printed it or stored it offline"))
        self.offline_check.setEnabled(False)
        self.offline_check.toggled.connect(self._update)
        row = QHBoxLayout()
        row.addWidget(typed_label)
        row.addWidget(self.typed_back, 1)
        return row

    def _intro_text(self) -> str:
        if self._replacing:
            return self.tr(
                "The vault is re-keyed. This is your new recovery key; the old one no longer "
                "opens the vault. It is shown only now: save the recovery sheet and print "
                "it, or write the key down, and keep it offline. Destroy the old sheet."
            )
        return self.tr(
            "This is your recovery key. It opens the vault if you forget the password "
            "or lose this computer. It is shown only now: save the recovery sheet and "
            "print it, or write the key down, and keep it offline."
        )

    # -- the key --------------------------------------------------------------

    def set_key(self, key: str, vault_folder: Path, created: dt.datetime) -> None:
        """Show `key` (of the vault in `vault_folder`, made at `created`), not yet kept."""
        self.clear()
        self._key = key
        self._vault_folder = vault_folder
        self._created = created
        self.key_label.setText("\n".join(key_lines(key)))
        self._update()

    def clear(self) -> None:
        """Drop the key from every label and field; nothing counts as kept any more."""
        self._key = ""
        self._sheet_saved = False
        self.key_label.clear()
        self.typed_back.clear()
        self.sheet_status.clear()
        self.offline_check.setChecked(False)
        self.offline_check.setEnabled(False)
        self._update()

    @property
    def confirmed(self) -> bool:
        """Typed back, or saved as a sheet and declared printed or stored offline."""
        return self._confirmed

    def typed_back_matches(self) -> bool:
        try:
            return recovery.parse(self.typed_back.text()) == recovery.parse(self._key)
        except BadInput:
            return False

    def may_close(self) -> bool:
        """For the user's way out of the dialog (never a lock's, which must not ask):
        the key is kept, or the user was warned and chose to close without it."""
        if self._confirmed or not self._key:
            return True
        return self._prompts.confirm(
            self,
            self.tr("Recovery key not kept"),
            self._not_kept_text(),
            yes=self.tr("Close without the key"),
        )

    def _not_kept_text(self) -> str:
        if self._replacing:
            return self.tr(
                "You have not confirmed that the new recovery key is kept. The old key "
                "no longer works, and this one is not shown again: without it, a "
                "forgotten password means the vault cannot be opened. Close anyway?"
            )
        return self.tr(
            "You have not confirmed that the recovery key is kept. Without it, a "
            "forgotten password means the vault cannot be opened again, and the key "
            "is not shown again. Close anyway?"
        )

    # -- keeping it -----------------------------------------------------------

    def save_sheet(self) -> None:
        if not self._key or self._created is None:
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
            write_recovery_sheet(path, self._key, self._vault_folder, self._created)
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
        self._update()

    def _update(self) -> None:
        typed = self.typed_back.text()
        matches = self.typed_back_matches()
        if matches:
            self.typed_back_hint.setText(self.tr("The key matches."))
        elif not typed:
            self.typed_back_hint.clear()
        else:
            count = recovery_digit_count(typed)
            if count < RECOVERY_DIGITS:
                self.typed_back_hint.setText(
                    self.tr("{count} of {total} digits.").format(count=count, total=RECOVERY_DIGITS)
                )
            else:
                self.typed_back_hint.setText(
                    self.tr("This does not match the key above. Check each group.")
                )
        confirmed = bool(self._key) and (
            matches or (self._sheet_saved and self.offline_check.isChecked())
        )
        if confirmed != self._confirmed:
            self._confirmed = confirmed
            self.confirmed_changed.emit(confirmed)
