"""BackupDialog against a real vault: making, keeping, cancelling and restoring backups."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.fakes import FakeClock
from tests.ui.fakes import ScriptedPrompts, type_text
from tests.ui.vault_calls import call
from ui.backups.backup_dialog import BackupDialog, BackupPasswordDialog
from ui.models.backups import BackupModel
from ui.vault_session import VaultSession
from vault.backup.manager import MANIFEST_NAME, BackupManager
from vault.session import Vault

Role = BackupModel.Role
Column = BackupModel.Column


class Chooser:
    """Answers the folder chooser: the folders to give, in order (None: cancelled)."""

    def __init__(self, *answers: Path | None) -> None:
        self.answers = list(answers)
        self.asked = 0

    def __call__(self, parent: object) -> Path | None:
        self.asked += 1
        return self.answers.pop(0)


def open_dialog(
    qtbot: QtBot,
    session: VaultSession,
    answers: list[bool | Path | None] | None = None,
    chooser: Chooser | None = None,
) -> tuple[BackupDialog, ScriptedPrompts]:
    prompts = ScriptedPrompts(answers)
    dialog = BackupDialog(session, prompts, choose=chooser or Chooser())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    return dialog, prompts


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def paths(dialog: BackupDialog) -> list[Path]:
    model = dialog.model
    return [Path(model.index(r, 0).data(Role.PathRole)) for r in range(model.rowCount())]


def back_up(qtbot: QtBot, dialog: BackupDialog, button: QAbstractButton, count: int) -> None:
    """Click a backup button and wait until the list holds `count` backups, idle again."""
    click(qtbot, button)
    assert dialog.is_busy
    qtbot.waitUntil(lambda: not dialog.is_busy and not dialog.is_loading, timeout=20_000)
    assert dialog.model.rowCount() == count


def client_names(qtbot: QtBot, session: VaultSession) -> list[str]:
    return call(qtbot, session, lambda v: sorted(c.name for c in v.clients.list_clients()))


def test_back_up_now_writes_a_backup_and_lists_it(qtbot: QtBot, gui_session: VaultSession) -> None:
    dialog, _ = open_dialog(qtbot, gui_session)
    assert dialog.status_label.text() == "No backups yet."
    assert not dialog.restore_button.isEnabled()
    assert dialog.keep_spin.value() == 7
    back_up(qtbot, dialog, dialog.backup_button, 1)
    (path,) = paths(dialog)
    assert path.parent == gui_session.folder / "backups"
    assert (path / MANIFEST_NAME).is_file()
    assert dialog.status_label.text() == f"Backup written to {path}"
    assert dialog.model.index(0, Column.STATUS).data() == "Available"
    assert dialog.selected_backup() is not None  # the new one is selected
    assert dialog.restore_button.isEnabled()


def test_the_keep_count_is_passed_on(qtbot: QtBot, gui_session: VaultSession) -> None:
    dialog, _ = open_dialog(qtbot, gui_session)
    dialog.keep_spin.setValue(1)
    back_up(qtbot, dialog, dialog.backup_button, 1)
    first = paths(dialog)[0]
    back_up(qtbot, dialog, dialog.backup_button, 1)
    assert paths(dialog) != [first]
    assert not first.exists()


def test_back_up_to_a_folder_asks_for_it(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    usb = tmp_path / "USB"
    usb.mkdir()
    chooser = Chooser(None, usb)
    dialog, _ = open_dialog(qtbot, gui_session, chooser=chooser)
    click(qtbot, dialog.folder_button)  # cancelled: nothing happens
    assert not dialog.is_busy
    back_up(qtbot, dialog, dialog.folder_button, 1)
    assert chooser.asked == 2
    assert paths(dialog)[0].parent == usb.resolve()
    assert dialog.model.index(0, Column.FOLDER).data() == str(usb.resolve())


def test_cancel_stops_the_backup_and_leaves_nothing(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    dialog, _ = open_dialog(qtbot, gui_session)
    gate = threading.Event()
    gui_session.run(lambda _v: gate.wait(timeout=20))  # keep the vault thread busy
    click(qtbot, dialog.backup_button)
    assert dialog.cancel_button.isVisible()
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cancels the backup, not the dialog
    assert dialog.isVisible()
    assert not dialog.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)
    assert dialog.error_label.text() == "Cancelled; no backup was written."
    assert dialog.model.rowCount() == 0
    assert list((gui_session.folder / "backups").iterdir()) == []


@pytest.fixture
def backed_up(qtbot: QtBot, gui_session: VaultSession) -> Path:
    """A backup holding one client, then a second client added after it."""
    call(qtbot, gui_session, lambda v: v.clients.add_client("バックアップ前の顧客"))
    path = call(qtbot, gui_session, lambda v: BackupManager(v).create()).path
    call(qtbot, gui_session, lambda v: v.clients.add_client("後から来た顧客"))
    return path


def choose_and_restore(qtbot: QtBot, dialog: BackupDialog, password: str) -> BackupPasswordDialog:
    dialog.table.selectRow(0)
    click(qtbot, dialog.restore_button)
    asked = dialog.password_dialog
    assert asked is not None
    qtbot.waitExposed(asked)
    assert asked.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not asked.continue_button.isEnabled()
    type_text(qtbot, asked.password_edit, password)
    click(qtbot, asked.continue_button)
    assert not asked.isVisible()
    assert asked.password_edit.text() == ""  # the sub-dialog forgets it at once
    return asked


def test_a_wrong_backup_password_is_refused_and_changes_nothing(
    qtbot: QtBot, gui_session: VaultSession, backed_up: Path
) -> None:
    dialog, prompts = open_dialog(qtbot, gui_session, answers=[True])
    with qtbot.assertNotEmitted(dialog.restored), qtbot.assertNotEmitted(dialog.reopen_needed):
        choose_and_restore(qtbot, dialog, "not the password")
        assert dialog.is_busy
        qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)
    assert dialog.error_label.text() == (
        "That is not the password this backup was made with. Nothing was restored."
    )
    assert prompts.asked[0][0] == "confirm"
    assert "unlock it with the password this backup was made with" in prompts.asked[0][1]
    assert dialog.isVisible()
    assert client_names(qtbot, gui_session) == ["バックアップ前の顧客", "後から来た顧客"]
    assert (backed_up / MANIFEST_NAME).is_file()


def test_declining_the_warning_restores_nothing(
    qtbot: QtBot, gui_session: VaultSession, backed_up: Path
) -> None:
    dialog, _ = open_dialog(qtbot, gui_session, answers=[False])
    choose_and_restore(qtbot, dialog, PASSWORD)
    assert not dialog.is_busy
    assert client_names(qtbot, gui_session) == ["バックアップ前の顧客", "後から来た顧客"]


def test_a_restore_replaces_the_vault_and_asks_for_an_unlock(
    qtbot: QtBot, gui_session: VaultSession, backed_up: Path, clock: FakeClock
) -> None:
    dialog, prompts = open_dialog(qtbot, gui_session, answers=[True])
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        choose_and_restore(qtbot, dialog, PASSWORD)
    assert not dialog.isVisible()
    assert dialog.model.rowCount() == 0
    assert [kind for kind, _text in prompts.asked] == ["confirm", "inform"]
    assert (
        "It is locked: unlock it with the password this backup was made with."
        in (prompts.asked[1][1])
    )
    # The live vault was closed by the restore: open the folder afresh, as the app will.
    with Vault(gui_session.folder, clock=clock) as restored:
        restored.unlock(PASSWORD)
        assert [c.name for c in restored.clients.list_clients()] == ["バックアップ前の顧客"]


def test_a_lock_closes_the_dialog_and_the_password_question(
    qtbot: QtBot, gui_session: VaultSession, backed_up: Path
) -> None:
    dialog, prompts = open_dialog(qtbot, gui_session)
    dialog.table.selectRow(0)
    click(qtbot, dialog.restore_button)
    asked = dialog.password_dialog
    assert asked is not None
    type_text(qtbot, asked.password_edit, PASSWORD)
    gui_session.lock()
    assert not asked.isVisible()
    assert asked.password_edit.text() == ""
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.model.rowCount() == 0
    assert prompts.asked == []


def test_a_lock_cancels_a_backup_being_made(qtbot: QtBot, gui_session: VaultSession) -> None:
    dialog, _ = open_dialog(qtbot, gui_session)
    gate = threading.Event()
    gui_session.run(lambda _v: gate.wait(timeout=20))
    click(qtbot, dialog.backup_button)
    gui_session.lock()
    assert not dialog.isVisible()
    gate.set()
    outcome: list[Exception | None] = []
    gui_session.unlock(
        password=PASSWORD, on_done=lambda _: outcome.append(None), on_error=outcome.append
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    assert call(qtbot, gui_session, lambda v: BackupManager(v).list()) == []


def test_every_control_has_an_accessible_name(qtbot: QtBot, gui_session: VaultSession) -> None:
    dialog, _ = open_dialog(qtbot, gui_session)
    controls = [
        dialog.table,
        dialog.keep_spin,
        dialog.backup_button,
        dialog.folder_button,
        dialog.restore_button,
        dialog.progress,
        dialog.cancel_button,
        dialog.close_button,
    ]
    assert all(control.accessibleName() for control in controls)
    assert dialog.backup_button.isDefault()
    assert not dialog.restore_button.isDefault()
    assert not dialog.restore_button.autoDefault()


def test_a_backup_from_before_a_rekey_is_marked_as_under_the_old_keys(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    """Issue 12, item 11: after a re-key the list says which backups still hold the old keys."""
    old = call(qtbot, gui_session, lambda v: BackupManager(v).create())
    call(qtbot, gui_session, lambda v: v.rekey("a brand new passphrase 2026"))
    new = call(qtbot, gui_session, lambda v: BackupManager(v).create())
    dialog, _ = open_dialog(qtbot, gui_session)
    rows = {dialog.model.index(r, 0).data(Role.BackupIdRole): r for r in range(2)}
    assert dialog.model.index(rows[old.id], Column.STATUS).data() == "Available (old keys)"
    assert dialog.model.index(rows[new.id], Column.STATUS).data() == "Available"
    tip = dialog.model.index(rows[old.id], Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Made before the vault was re-keyed: it opens only with the password")
    assert dialog.model.index(rows[old.id], 0).data(Role.BeforeRekeyRole) is True
