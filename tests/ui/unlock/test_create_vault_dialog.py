"""First run against a real vault: the password page, creation, and keeping the recovery key."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialog
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.fakes import FakeKeyring
from tests.ui.fakes import ScriptedPrompts, type_text
from ui.unlock.create_vault_dialog import CreateVaultDialog, Page
from ui.vault_session import VaultSession
from ui.vault_thread import VaultThread
from vault.keys import kdf, recovery
from vault.keys.device_secret import SERVICE, DeviceSecretStore
from vault.session import Vault
from vault.storage.os_backup import NO_CONTROL

KDF_TIMEOUT_MS = 20_000
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

DialogFactory = Callable[..., tuple[CreateVaultDialog, VaultSession, ScriptedPrompts]]


@pytest.fixture
def open_dialog(qtbot: QtBot, vault_dir: Path, fast_kdf: kdf.KdfParams) -> Iterator[DialogFactory]:
    sessions: list[VaultSession] = []

    def factory(
        *,
        folder: Path = vault_dir,
        answers: list[bool | Path | None] | None = None,
        device_store: DeviceSecretStore | None = None,
    ) -> tuple[CreateVaultDialog, VaultSession, ScriptedPrompts]:
        store = device_store or DeviceSecretStore(FakeKeyring())
        session = VaultSession(folder, VaultThread(), kdf_params=fast_kdf, device_store=store)
        sessions.append(session)
        prompts = ScriptedPrompts(answers)
        dialog = CreateVaultDialog(session, prompts, device_store=store)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog, session, prompts

    yield factory
    for session in sessions:
        session.close()


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a checkbox stretched by its layout ignores clicks past its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))


def choose_password(
    dialog: CreateVaultDialog, password: str = PASSWORD, again: str | None = None
) -> None:
    dialog.password_fields.password_edit.setText(password)
    dialog.password_fields.confirm_edit.setText(password if again is None else again)


def create(qtbot: QtBot, dialog: CreateVaultDialog) -> str:
    """Press Next and wait for the recovery key page; returns the key it shows."""
    choose_password(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() == Page.RECOVERY_KEY, timeout=KDF_TIMEOUT_MS
    )
    shown = dialog.recovery_page.key_label.text()
    return recovery.format_key(recovery.parse(shown.replace("\n", " ")))


def test_next_needs_an_acceptable_password_typed_twice(
    qtbot: QtBot, open_dialog: DialogFactory
) -> None:
    dialog, session, _ = open_dialog()
    fields = dialog.password_fields
    assert not dialog.next_button.isEnabled()
    qtbot.keyClicks(fields.password_edit, "password")
    qtbot.keyClicks(fields.confirm_edit, "password")
    assert not dialog.next_button.isEnabled()  # matches, but too common
    qtbot.keyClick(fields.confirm_edit, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == Page.PASSWORD  # Enter cannot sneak past it
    choose_password(dialog, "tuna piano 77 rk", again="tuna piano 78 rk")
    assert not dialog.next_button.isEnabled()
    # typed with the IME in full-width mode: the KDF sees the same password
    fields.confirm_edit.setText("tuna piano ７７ rk")
    assert dialog.next_button.isEnabled()
    qtbot.keyClick(fields.confirm_edit, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == Page.CREATING
    qtbot.waitUntil(lambda: session.is_unlocked, timeout=KDF_TIMEOUT_MS)


def test_creating_shows_a_busy_page_then_the_recovery_key_once(
    qtbot: QtBot, open_dialog: DialogFactory, vault_dir: Path
) -> None:
    dialog, session, _ = open_dialog()
    choose_password(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == Page.CREATING
    assert dialog.creating_progress.isVisible()
    dialog.reject()  # cannot be closed half way through creating
    assert dialog.isVisible()
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() == Page.RECOVERY_KEY, timeout=KDF_TIMEOUT_MS
    )
    assert dialog.vault_created
    assert session.is_unlocked
    assert (vault_dir / "vault.header").exists()
    recovery.parse(dialog.recovery_page.key_label.text().replace("\n", " "))  # a whole key
    assert dialog.password_fields.password_edit.text() == ""
    assert dialog.password_fields.confirm_edit.text() == ""
    assert not dialog.finish_button.isEnabled()
    qtbot.waitUntil(dialog.recovery_page.typed_back.hasFocus)


def test_the_dialog_says_whether_os_backups_will_copy_the_vault(
    qtbot: QtBot, open_dialog: DialogFactory
) -> None:
    """Issue 12, item 18: Linux has no exclusion every backup tool honours; it is said."""
    dialog, _session, _ = open_dialog()
    assert dialog.os_backup_label.isHidden()
    create(qtbot, dialog)
    assert dialog.os_backup_label.isVisible()
    assert dialog.os_backup_label.text() == NO_CONTROL  # the English UI, on Linux


def test_finish_needs_the_key_kept_and_then_forgets_it(
    qtbot: QtBot, open_dialog: DialogFactory
) -> None:
    dialog, _, prompts = open_dialog()
    key = create(qtbot, dialog)
    page = dialog.recovery_page
    type_text(qtbot, page.typed_back, key[:20])
    assert not dialog.finish_button.isEnabled()
    dialog.accept()  # Enter cannot sneak past the check
    assert dialog.isVisible()
    page.typed_back.setText(key.replace("-", " ").translate(FULL_WIDTH))
    assert dialog.finish_button.isEnabled()
    page.typed_back.setText(key[:-1])
    assert not dialog.finish_button.isEnabled()  # follows the page both ways
    page.typed_back.setText(key)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert prompts.asked == []
    # the key does not linger in any widget
    assert page.key_label.text() == ""
    assert page.typed_back.text() == ""


def test_closing_without_keeping_the_key_warns_first(
    qtbot: QtBot, open_dialog: DialogFactory
) -> None:
    dialog, _, prompts = open_dialog(answers=[False, True])
    create(qtbot, dialog)
    dialog.reject()
    assert dialog.isVisible()  # the user chose to stay
    assert prompts.asked[0][0] == "confirm"
    assert "not shown again" in prompts.asked[0][1]
    dialog.reject()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.vault_created
    assert dialog.recovery_page.key_label.text() == ""


def test_a_lock_closes_the_key_page_without_asking(
    qtbot: QtBot, open_dialog: DialogFactory
) -> None:
    dialog, _, prompts = open_dialog(answers=[False])
    create(qtbot, dialog)
    dialog.done(QDialog.DialogCode.Rejected.value)  # what the lock controller calls
    assert not dialog.isVisible()
    assert prompts.asked == []
    assert dialog.recovery_page.key_label.text() == ""


def test_require_device_stores_a_secret_in_the_keyring(
    qtbot: QtBot, open_dialog: DialogFactory, vault_dir: Path
) -> None:
    keyring = FakeKeyring()
    dialog, _, _ = open_dialog(device_store=DeviceSecretStore(keyring))
    tick(qtbot, dialog.require_device)
    assert dialog.require_device.isChecked()
    create(qtbot, dialog)
    header = json.loads((vault_dir / "vault.header").read_text())
    assert header["device_secret"] is True
    assert sorted(name.endswith(".rollback-pin") for service, name in keyring.items) == [
        False,  # the device secret
        True,  # and the rollback pin beside it (vault/storage/keyring_pin.py)
    ]
    assert {service for service, _ in keyring.items} == {SERVICE}


def refused_backend() -> Any:
    """A keyring backend of the kind keyring falls back to when there is no secure one."""
    return type("Keyring", (FakeKeyring,), {"__module__": "keyring.backends.fail"})()


def test_an_unusable_keyring_unticks_the_device_option_and_says_why(
    qtbot: QtBot, open_dialog: DialogFactory, vault_dir: Path
) -> None:
    dialog, _, _ = open_dialog(device_store=DeviceSecretStore(refused_backend()))
    tick(qtbot, dialog.require_device)
    assert not dialog.require_device.isChecked()
    assert "No secure OS keyring" in dialog.device_note.text()
    create(qtbot, dialog)
    header = json.loads((vault_dir / "vault.header").read_text())
    assert header["device_secret"] is False


def test_a_create_error_is_shown_on_the_password_page(
    qtbot: QtBot, open_dialog: DialogFactory, vault_dir: Path, fast_kdf: kdf.KdfParams
) -> None:
    Vault.create(vault_dir, PASSWORD, kdf_params=fast_kdf)[0].close()
    dialog, session, _ = open_dialog()
    choose_password(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == Page.PASSWORD, timeout=KDF_TIMEOUT_MS)
    assert dialog.error_label.isVisible()
    assert "already holds a vault" in dialog.error_label.text()
    assert not dialog.vault_created
    assert not session.is_unlocked
    assert dialog.password_fields.password() == PASSWORD  # kept, so the user can retry


def test_the_demo_button_asks_for_the_demo_vault(qtbot: QtBot, open_dialog: DialogFactory) -> None:
    dialog, _, _ = open_dialog()
    with qtbot.waitSignal(dialog.demo_requested, timeout=1_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)


def test_a_sync_folder_gets_a_warning(open_dialog: DialogFactory, tmp_path: Path) -> None:
    dialog, _, _ = open_dialog(folder=tmp_path / "OneDrive" / "vault")
    assert dialog.sync_warning_label.isVisible()
    assert "OneDrive" in dialog.sync_warning_label.text()
    plain, _, _ = open_dialog(folder=tmp_path / "plain")
    assert plain.sync_warning_label.isHidden()


def test_every_control_has_an_accessible_name(open_dialog: DialogFactory) -> None:
    dialog, _, _ = open_dialog()
    controls = [
        dialog.require_device,
        dialog.demo_button,
        dialog.cancel_button,
        dialog.next_button,
        dialog.finish_button,
    ]
    assert all(control.accessibleName() for control in controls)
