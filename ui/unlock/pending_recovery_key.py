"""A re-key's new recovery key that was never confirmed, shown again after unlocking.

The core keeps it sealed in the header until it is confirmed (vault/keys/recovery_pending.py):
a re-key killed after its switch, or a lock on the key's page, must not leave a vault
whose only recovery key nobody kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.prompts import Prompts
from ui.unlock.recovery_key_page import RecoveryKeyPage
from ui.vault_session import VaultSession
from vault.session import Vault
from vault.state import Clock, utc_now


def confirm_in_vault(session: VaultSession, key: str) -> None:
    """Stop showing the key. Should this fail, the next unlock simply shows it again."""

    def job(vault: Vault) -> None:
        vault.confirm_recovery_key(key)

    session.run(job, lambda _result: None, lambda _error: None)


class PendingRecoveryKeyDialog(QDialog):
    """Accepted once the key is kept (typed back, or the sheet stored offline)."""

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        key: str,
        *,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._key = key
        self.setWindowTitle(self.tr("New recovery key"))
        intro = QLabel(
            self.tr(
                "This vault was re-keyed, but its new recovery key was never confirmed as "
                "kept (the re-key may have been interrupted). The old recovery key no longer "
                "works: keep this one."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.recovery_page = RecoveryKeyPage(prompts, replacing=True, parent=self)
        self.recovery_page.set_key(key, session.folder, clock())
        self.finish_button = QPushButton(self.tr("&Finish"), self)
        self.finish_button.setAccessibleName(self.tr("Finish"))
        self.finish_button.setEnabled(False)
        self.finish_button.clicked.connect(self.accept)
        self.recovery_page.confirmed_changed.connect(self.finish_button.setEnabled)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.recovery_page, 1)
        column.addLayout(buttons)
        session.locked.connect(self._vault_locked)
        self.recovery_page.setFocus()

    def accept(self) -> None:
        if not self.recovery_page.confirmed:
            return
        confirm_in_vault(self._session, self._key)
        super().accept()

    def reject(self) -> None:
        """Closing without keeping it is allowed after the page's own warning; it comes back."""
        if self.recovery_page.may_close():
            super().reject()

    def done(self, result: int) -> None:
        self.recovery_page.clear()
        self._key = ""
        super().done(result)

    def _vault_locked(self) -> None:
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)
