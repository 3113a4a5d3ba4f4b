"""The lock screen against a real vault: right, wrong and tampered secrets, recovery, busy state."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.fakes import FakeKeyring
from tests.ui.fakes import ScriptedPrompts
from ui.unlock.unlock_screen import UnlockScreen
from ui.vault_session import VaultSession
from ui.vault_thread import VaultThread
from vault.keys import kdf
from vault.keys.device_secret import DeviceSecretStore
from vault.session import Vault

KDF_TIMEOUT_MS = 20_000

ScreenFactory = Callable[..., tuple[UnlockScreen, VaultSession, ScriptedPrompts]]


def make_vault(folder: Path, fast_kdf: kdf.KdfParams, **options: object) -> str:
    """A closed vault on disk; returns its recovery key."""
    vault, recovery_key = Vault.create(folder, PASSWORD, kdf_params=fast_kdf, **options)  # type: ignore[arg-type]
    vault.close()
    return recovery_key


@pytest.fixture
def open_screen(qtbot: QtBot, fast_kdf: kdf.KdfParams) -> Iterator[ScreenFactory]:
    sessions: list[VaultSession] = []

    def factory(
        folder: Path, *, device_store: DeviceSecretStore | None = None
    ) -> tuple[UnlockScreen, VaultSession, ScriptedPrompts]:
        session = VaultSession(
            folder, VaultThread(), kdf_params=fast_kdf, device_store=device_store
        )
        sessions.append(session)
        prompts = ScriptedPrompts()
        screen = UnlockScreen(session, prompts)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        return screen, session, prompts

    yield factory
    for session in sessions:
        session.close()


@pytest.fixture
def recovery_key(vault_dir: Path, fast_kdf: kdf.KdfParams) -> str:
    return make_vault(vault_dir, fast_kdf)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a checkbox stretched by its layout ignores clicks past its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))


def submit_password(qtbot: QtBot, screen: UnlockScreen, password: str) -> None:
    screen.password_edit.setText(password)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


def wait_idle(qtbot: QtBot, screen: UnlockScreen) -> None:
    qtbot.waitUntil(lambda: not screen.is_busy, timeout=KDF_TIMEOUT_MS)


def test_the_right_password_unlocks_and_leaves_nothing_in_the_field(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    screen, session, prompts = open_screen(vault_dir)
    assert screen.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not screen.unlock_button.isEnabled()  # nothing typed yet
    with qtbot.waitSignal(screen.unlocked, timeout=KDF_TIMEOUT_MS):
        submit_password(qtbot, screen, PASSWORD)
        assert screen.password_edit.text() == ""  # gone the moment it was submitted
    assert session.is_unlocked
    assert not screen.used_recovery_key
    assert prompts.asked == []
    assert screen.error_label.isHidden()


def test_a_wrong_password_says_so_clears_the_field_and_keeps_focus(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    screen, session, _ = open_screen(vault_dir)
    submit_password(qtbot, screen, "not the password")
    wait_idle(qtbot, screen)
    assert not session.is_unlocked
    assert screen.error_label.isVisible()
    assert "Wrong password" in screen.error_label.text()
    assert screen.password_edit.text() == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.password_edit)
    # and the next try works
    with qtbot.waitSignal(screen.unlocked, timeout=KDF_TIMEOUT_MS):
        qtbot.keyClicks(screen.password_edit, PASSWORD)
        qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert screen.error_label.isHidden()


def test_the_screen_is_busy_and_responsive_while_the_kdf_runs(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    screen, _, _ = open_screen(vault_dir)
    assert screen.progress.isHidden()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    with qtbot.waitSignal(screen.unlocked, timeout=KDF_TIMEOUT_MS):
        submit_password(qtbot, screen, PASSWORD)
        assert screen.is_busy
        assert screen.progress.isVisible()
        assert screen.progress.maximum() == 0  # indeterminate
        assert screen.status_label.isVisible()
        assert "Unlocking" in screen.status_label.text()
        for control in (
            screen.password_edit,
            screen.unlock_button,
            screen.use_recovery_key,
            screen.show_password_button,
        ):
            assert not control.isEnabled()
    timer.stop()
    assert len(ticks) >= 5  # Argon2id at 64 MiB takes well over 50 ms
    assert screen.progress.isHidden()
    assert screen.password_edit.isEnabled()


def test_a_tampered_header_is_reported_as_damage_not_as_a_wrong_password(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    header_path = vault_dir / "vault.header"
    header = json.loads(header_path.read_text())
    header["created"] = "2020-01-01T00:00:00+00:00"  # checksum no longer matches
    header_path.write_text(json.dumps(header, indent=2, sort_keys=True))
    screen, session, _ = open_screen(vault_dir)
    submit_password(qtbot, screen, PASSWORD)
    wait_idle(qtbot, screen)
    assert not session.is_unlocked
    text = screen.error_label.text()
    assert "damaged or was altered" in text
    assert "Wrong password" not in text


def test_a_flipped_byte_in_the_database_is_reported_as_damage(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, fast_kdf: kdf.KdfParams
) -> None:
    vault, _ = Vault.create(vault_dir, PASSWORD, kdf_params=fast_kdf)
    audit_page = int(vault.database.scalar("SELECT rootpage FROM sqlite_master WHERE name='audit'"))
    vault.close()
    offset = (audit_page - 1) * 4096 + 200  # a page the unlock reads, past the first 4096 bytes
    assert offset >= 4096
    db_path = vault_dir / "vault.db"
    data = bytearray(db_path.read_bytes())
    data[offset] ^= 0x01
    db_path.write_bytes(bytes(data))
    screen, session, _ = open_screen(vault_dir)
    submit_password(qtbot, screen, PASSWORD)
    wait_idle(qtbot, screen)
    assert not session.is_unlocked
    assert "damaged or was altered" in screen.error_label.text()


def test_a_newer_format_asks_for_an_update(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    header_path = vault_dir / "vault.header"
    header = json.loads(header_path.read_text())
    header["format"] = 99
    header_path.write_text(json.dumps(header))
    screen, _, _ = open_screen(vault_dir)
    submit_password(qtbot, screen, PASSWORD)
    wait_idle(qtbot, screen)
    assert "newer version of ClientVault" in screen.error_label.text()


def test_the_locked_screen_does_not_keep_the_folder_from_others(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    """The early check only asks; the folder is taken by the unlock, as before."""
    screen, _session, _ = open_screen(vault_dir)
    qtbot.wait(200)  # the check ran on the vault thread
    with Vault(vault_dir):
        pass
    assert screen.error_label.isHidden()


def test_a_vault_open_elsewhere_is_reported_as_busy(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    with Vault(vault_dir):  # holds the folder lock, like the CLI in another terminal
        screen, session, _ = open_screen(vault_dir)
        # said when the screen shows, before any password is typed
        qtbot.waitUntil(lambda: "already open in another" in screen.error_label.text())
        assert screen.password_edit.text() == ""
        submit_password(qtbot, screen, PASSWORD)
        wait_idle(qtbot, screen)
        assert "already open in another" in screen.error_label.text()
    with qtbot.waitSignal(screen.unlocked, timeout=KDF_TIMEOUT_MS):
        submit_password(qtbot, screen, PASSWORD)
    assert session.is_unlocked


def test_the_recovery_key_unlocks_with_spaces_and_full_width_digits(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    screen, session, prompts = open_screen(vault_dir)
    tick(qtbot, screen.use_recovery_key)
    assert screen.recovery_edit.isVisible()
    assert not screen.password_edit.isVisible()
    full_width = recovery_key.replace("-", "\u3000").translate(
        str.maketrans("0123456789", "０１２３４５６７８９")
    )
    screen.recovery_edit.setText(full_width)
    assert screen.unlock_button.isEnabled()
    with qtbot.waitSignal(screen.unlocked, timeout=KDF_TIMEOUT_MS):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert session.is_unlocked
    assert screen.used_recovery_key
    assert [kind for kind, _ in prompts.asked] == ["inform"]  # suggests a new password
    assert screen.recovery_edit.text() == ""


def test_a_recovery_key_typo_is_caught_before_anything_runs(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    screen, _, _ = open_screen(vault_dir)
    screen.use_recovery_key.setChecked(True)
    screen.recovery_edit.setText(recovery_key[:20])
    assert "of 48 digits" in screen.recovery_hint.text()
    assert not screen.unlock_button.isEnabled()
    last = recovery_key[-1]
    typo = recovery_key[:-1] + ("0" if last != "0" else "1")
    screen.recovery_edit.setText(typo)
    assert "typo" in screen.recovery_hint.text()
    assert not screen.unlock_button.isEnabled()
    qtbot.keyClick(screen.recovery_edit, Qt.Key.Key_Return)
    assert not screen.is_busy
    assert "typo" in screen.error_label.text()


def test_a_wrong_recovery_key_says_it_does_not_open_this_vault(
    qtbot: QtBot,
    open_screen: ScreenFactory,
    vault_dir: Path,
    recovery_key: str,
    tmp_path: Path,
    fast_kdf: kdf.KdfParams,
) -> None:
    other_key = make_vault(tmp_path / "other", fast_kdf)
    screen, session, _ = open_screen(vault_dir)
    screen.use_recovery_key.setChecked(True)
    screen.recovery_edit.setText(other_key)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, screen)
    assert not session.is_unlocked
    assert "does not open this vault" in screen.error_label.text()


def test_a_missing_device_secret_points_to_the_recovery_key(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, fast_kdf: kdf.KdfParams
) -> None:
    recovery_key = make_vault(
        vault_dir, fast_kdf, device_store=DeviceSecretStore(FakeKeyring()), require_device=True
    )
    # another computer: its keyring never saw this vault
    screen, session, _ = open_screen(vault_dir, device_store=DeviceSecretStore(FakeKeyring()))
    submit_password(qtbot, screen, PASSWORD)
    wait_idle(qtbot, screen)
    assert not session.is_unlocked
    assert "recovery key" in screen.error_label.text()
    assert "Wrong password" not in screen.error_label.text()
    assert screen.recovery_mode  # switched over, ready for the key
    screen.recovery_edit.setText(recovery_key)
    with qtbot.waitSignal(screen.unlocked, timeout=KDF_TIMEOUT_MS):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


def test_show_toggles_the_password_echo(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    screen, _, _ = open_screen(vault_dir)
    qtbot.mouseClick(screen.show_password_button, Qt.MouseButton.LeftButton)
    assert screen.password_edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(screen.show_password_button, Qt.MouseButton.LeftButton)
    assert screen.password_edit.echoMode() == QLineEdit.EchoMode.Password


def test_locking_again_brings_back_an_empty_password_prompt(
    qtbot: QtBot, open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    screen, session, _ = open_screen(vault_dir)
    screen.use_recovery_key.setChecked(True)
    screen.recovery_edit.setText(recovery_key)
    with qtbot.waitSignal(screen.unlocked, timeout=KDF_TIMEOUT_MS):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    screen.password_edit.setText("half typed")
    session.lock()
    assert not screen.recovery_mode
    assert screen.password_edit.text() == ""
    assert screen.recovery_edit.text() == ""


def test_the_folder_is_shown_without_a_warning_outside_sync_folders(
    open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    screen, _, _ = open_screen(vault_dir)
    assert str(vault_dir) in screen.folder_label.text()
    assert screen.sync_warning_label.isHidden()


def test_a_vault_in_a_sync_folder_gets_a_warning(
    open_screen: ScreenFactory, tmp_path: Path, fast_kdf: kdf.KdfParams
) -> None:
    folder = tmp_path / "Dropbox" / "vault"
    make_vault(folder, fast_kdf)
    screen, _, _ = open_screen(folder)
    assert screen.sync_warning_label.isVisible()
    assert "Dropbox" in screen.sync_warning_label.text()


def test_every_control_has_an_accessible_name(
    open_screen: ScreenFactory, vault_dir: Path, recovery_key: str
) -> None:
    screen, _, _ = open_screen(vault_dir)
    for control in (
        screen.password_edit,
        screen.show_password_button,
        screen.recovery_edit,
        screen.use_recovery_key,
        screen.unlock_button,
    ):
        assert control.accessibleName()
