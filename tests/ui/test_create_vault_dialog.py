"""First run against a real vault: the password page, creation, and keeping the recovery key."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialog
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.fakes import FakeKeyring
from tests.ui.fakes import ScriptedPrompts
from ui.create_vault_dialog import CreateVaultDialog, Page
from ui.vault_session import VaultSession
from ui.vault_thread import VaultThread
from vault import kdf, recovery
from vault.device_secret import SERVICE, DeviceSecretStore
from vault.session import Vault

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


def choose_password(dialog: CreateVaultDialog, password: str = PASSWORD) -> None:
    dialog.password_edit.setText(password)
    dialog.confirm_edit.setText(password)


def create(qtbot: QtBot, dialog: CreateVaultDialog) -> str:
    """Press Next and wait for the recovery key page; returns the key it shows."""
    choose_password(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() == Page.RECOVERY_KEY, timeout=KDF_TIMEOUT_MS
    )
    shown = dialog.key_label.text()
    return recovery.format_key(recovery.parse(shown.replace("\n", " ")))


@pytest.mark.parametrize(
    ("password", "score", "says"),
    [
        ("", 0, "at least 8"),
        ("tuna", 0, "Too short: 4 of at least 8"),
        ("password", 0, "most common passwords"),
        ("Sakura2024!", 0, "most common passwords"),
        ("aaaaaaaaaa", 0, "Repeated characters"),
        ("lmnop6789", 0, "Sequences"),
        ("clientvault rocks", 0, "app's name"),
        ("zq84mv!k", 1, "Acceptable"),
        ("tuna piano 7", 2, "Acceptable"),
        ("tuna piano 7 rk", 3, "Strong"),
        (PASSWORD, 4, "Strong"),
    ],
)
def test_the_strength_meter_follows_the_nist_rules(
    open_dialog: DialogFactory, password: str, score: int, says: str
) -> None:
    dialog, _, _ = open_dialog()
    dialog.password_edit.setText(password)
    assert dialog.strength_bar.value() == score
    assert says in dialog.strength_label.text()


def test_next_needs_an_acceptable_password_typed_twice(
    qtbot: QtBot, open_dialog: DialogFactory
) -> None:
    dialog, _, _ = open_dialog()
    assert not dialog.next_button.isEnabled()
    qtbot.keyClicks(dialog.password_edit, "password")
    qtbot.keyClicks(dialog.confirm_edit, "password")
    assert not dialog.next_button.isEnabled()  # matches, but too common
    choose_password(dialog, "tuna piano 77 rk")
    assert dialog.next_button.isEnabled()
    dialog.confirm_edit.setText("tuna piano 78 rk")
    assert not dialog.next_button.isEnabled()
    assert "do not match" in dialog.match_label.text()
    # typed with the IME in full-width mode: the KDF sees the same password
    dialog.confirm_edit.setText("tuna piano ７７ rk")
    assert dialog.next_button.isEnabled()
    assert "match" in dialog.match_label.text()


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
    lines = dialog.key_label.text().split("\n")
    assert [len(line.split()) for line in lines] == [4, 4]  # two rows of four groups
    recovery.parse(" ".join(lines))  # a well-formed key with a valid check group
    assert dialog.password_edit.text() == ""
    assert dialog.confirm_edit.text() == ""
    assert not dialog.finish_button.isEnabled()


def test_typing_the_key_back_with_spacing_variants_enables_finish(
    qtbot: QtBot, open_dialog: DialogFactory
) -> None:
    dialog, _, prompts = open_dialog()
    key = create(qtbot, dialog)
    typed = key.replace("-", " ").translate(FULL_WIDTH)
    qtbot.keyClicks(dialog.typed_back, key[:20])  # QTest types ASCII only
    assert "of 48 digits" in dialog.typed_back_hint.text()
    assert not dialog.finish_button.isEnabled()
    dialog.typed_back.setText(typed)
    assert dialog.finish_button.isEnabled()
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert prompts.asked == []
    # the key does not linger in any widget
    assert dialog.key_label.text() == ""
    assert dialog.typed_back.text() == ""


def test_a_typed_back_key_that_differs_keeps_finish_disabled(
    qtbot: QtBot, open_dialog: DialogFactory
) -> None:
    dialog, _, _ = open_dialog()
    key = create(qtbot, dialog)
    other = recovery.generate()
    assert other != key
    dialog.typed_back.setText(other)
    assert "does not match" in dialog.typed_back_hint.text()
    assert not dialog.finish_button.isEnabled()
    digits = recovery.parse(key)
    typo = digits[:10] + ("1" if digits[10] == "0" else "0") + digits[11:]
    dialog.typed_back.setText(typo)
    assert "does not match" in dialog.typed_back_hint.text()
    assert not dialog.finish_button.isEnabled()
    dialog.accept()  # Enter cannot sneak past the check either
    assert dialog.isVisible()


def test_saving_the_sheet_and_ticking_offline_enables_finish(
    qtbot: QtBot, open_dialog: DialogFactory, tmp_path: Path
) -> None:
    chosen = tmp_path / "sheets" / "my sheet"
    chosen.parent.mkdir()
    dialog, _, prompts = open_dialog(answers=[chosen])
    create(qtbot, dialog)
    assert not dialog.offline_check.isEnabled()  # nothing saved yet
    qtbot.mouseClick(dialog.save_sheet_button, Qt.MouseButton.LeftButton)
    saved = chosen.with_name("my sheet.pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert str(saved) in dialog.sheet_status.text()
    assert [kind for kind, _ in prompts.asked] == ["save_path"]
    assert dialog.offline_check.isEnabled()
    assert not dialog.finish_button.isEnabled()  # saved is not yet printed
    tick(qtbot, dialog.offline_check)
    assert dialog.finish_button.isEnabled()
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.key_label.text() == ""


def test_cancelling_the_save_dialog_saves_nothing(
    qtbot: QtBot, open_dialog: DialogFactory, tmp_path: Path
) -> None:
    dialog, _, _ = open_dialog(answers=[None])
    create(qtbot, dialog)
    qtbot.mouseClick(dialog.save_sheet_button, Qt.MouseButton.LeftButton)
    assert not dialog.offline_check.isEnabled()
    assert dialog.sheet_status.text() == ""


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
    assert dialog.key_label.text() == ""


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
    assert [service for service, _ in keyring.items] == [SERVICE]


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
    assert dialog.password_edit.text() == PASSWORD  # kept, so the user can retry elsewhere


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
        dialog.password_edit,
        dialog.confirm_edit,
        dialog.show_passwords,
        dialog.strength_bar,
        dialog.require_device,
        dialog.demo_button,
        dialog.cancel_button,
        dialog.next_button,
        dialog.finish_button,
        dialog.save_sheet_button,
        dialog.typed_back,
        dialog.offline_check,
    ]
    assert all(control.accessibleName() for control in controls)
