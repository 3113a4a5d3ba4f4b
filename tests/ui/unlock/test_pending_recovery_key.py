"""A re-key's unconfirmed recovery key comes back after unlock until it is kept (issue 12, item 2).

Before: a re-key killed after its header switch left a vault that opened with the new
password while the old recovery key no longer worked, and nothing said so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.ui.fakes import type_text
from tests.ui.vault_calls import unlock
from ui.app import App
from ui.unlock.pending_recovery_key import PendingRecoveryKeyDialog
from vault.keys import recovery
from vault.keys.header import HEADER_NAME, RECOVERY_SLOT, read_header
from vault.keys.recovery_pending import PENDING_RECOVERY_SLOT
from vault.keys.sealing import Sealer
from vault.session import Vault


def _pending_dialogs() -> list[PendingRecoveryKeyDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PendingRecoveryKeyDialog) and w.isVisible()
    ]


def _rekey_whose_key_was_lost(folder: Path) -> str:
    """What a kill right after the switch leaves: the key was never shown to anyone."""
    with Vault(folder) as vault:
        vault.unlock(PASSWORD)
        return vault.rekey(PASSWORD + " new")


def test_the_unconfirmed_key_is_shown_after_unlock_until_kept(
    qtbot: QtBot, app: App, folder: Path
) -> None:
    lost = _rekey_whose_key_was_lost(folder)
    app.lock_screen.unlock.password_edit.setText(PASSWORD + " new")
    app.lock_screen.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: len(_pending_dialogs()) == 1, timeout=20_000)
    (dialog,) = _pending_dialogs()
    assert lost.replace("-", "") in dialog.recovery_page.key_label.text().replace(" ", "").replace(
        "-", ""
    ).replace("\n", "")
    assert not dialog.finish_button.isEnabled()
    type_text(qtbot, dialog.recovery_page.typed_back, lost)
    assert dialog.finish_button.isEnabled()
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: not _pending_dialogs())

    qtbot.waitUntil(lambda: PENDING_RECOVERY_SLOT not in read_header(folder / HEADER_NAME).slots)
    header = read_header(folder / HEADER_NAME)  # the key shown is the one that opens the vault
    Sealer(recovery.to_key(lost, header.vault_id)).open(
        header.slots[RECOVERY_SLOT], header.slot_aad(RECOVERY_SLOT)
    )


def test_no_dialog_without_a_pending_key(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    qtbot.wait(200)
    assert _pending_dialogs() == []
