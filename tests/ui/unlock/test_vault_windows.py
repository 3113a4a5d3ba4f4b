"""Any vault folder: open, create and switch vaults from the menus, recent vaults,
titles that name the vault and say when it is locked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.ui.fakes import FakeScheduler, Screen, ScriptedPrompts
from tests.ui.vault_calls import unlock
from ui.app import App
from ui.lock.os_events import SessionEvents
from ui.settings.settings import MAX_RECENT_VAULTS, Settings, SettingsStore, with_recent_vault
from ui.unlock.create_vault_dialog import CreateVaultDialog, Page
from ui.unlock.vault_windows import VaultWindows, starting_folder
from vault.keys import kdf
from vault.keys.header import HEADER_NAME
from vault.session import Vault
from vault.storage.locations import default_vault_dir

# A USB stick's folder, as a Japanese user names it: spaces and kanji.
JAPANESE_FOLDER = "USB メモリ/顧客 金庫 2026"


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config" / "settings.json")


@pytest.fixture
def windows(
    qtbot: QtBot,
    tmp_path: Path,
    prompts: ScriptedPrompts,
    store: SettingsStore,
    scheduler: FakeScheduler,
    fast_kdf: kdf.KdfParams,
) -> Iterator[VaultWindows]:
    def make(folder: Path, demo: bool) -> App:
        return App(
            folder,
            store,
            prompts=prompts,
            scheduler=scheduler,
            clock=scheduler,
            os_events=SessionEvents(),
            capture_apply=Screen(),
            kdf_params=fast_kdf,
            demo=demo,
        )

    made = VaultWindows(store, make, demo_folder=tmp_path / "demo")
    yield made
    made.shutdown()


@pytest.fixture
def second(tmp_path: Path, fast_kdf: kdf.KdfParams) -> Path:
    """A second vault, on a path with Japanese characters and spaces, with one client."""
    path = tmp_path / JAPANESE_FOLDER
    vault, _ = Vault.create(path, PASSWORD, kdf_params=fast_kdf)
    with vault:
        vault.clients.add_client("鈴木 デザイン事務所")
    return path


def test_open_vault_switches_to_another_folder_and_locks_the_first(
    qtbot: QtBot,
    windows: VaultWindows,
    folder: Path,
    second: Path,
    prompts: ScriptedPrompts,
    store: SettingsStore,
) -> None:
    first = windows.open(folder)
    assert first.window.windowTitle() == "vault (locked) — ClientVault"
    unlock(qtbot, first)
    assert first.window.windowTitle() == "vault — ClientVault"
    prompts.answers = [second]
    first.menus.open_action.trigger()
    now = windows.current
    assert now is not None and now is not first
    assert now.session.folder == second
    assert not first.session.is_unlocked  # the vault left behind is locked
    assert now.window.windowTitle() == "顧客 金庫 2026 (locked) — ClientVault"
    unlock(qtbot, now, clients=1)
    assert now.window.windowTitle() == "顧客 金庫 2026 — ClientVault"
    assert store.load().recent_vaults == (str(second), str(folder))


def test_after_a_switch_ctrl_l_locks_the_vault_now_shown(
    qtbot: QtBot, windows: VaultWindows, folder: Path, second: Path, prompts: ScriptedPrompts
) -> None:
    first = windows.open(folder)
    prompts.answers = [second]
    first.menus.open_action.trigger()
    now = windows.current
    assert now is not None and now is not first
    unlock(qtbot, now, clients=1)
    qtbot.keyClick(now.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not now.session.is_unlocked
    assert now.window.windowTitle() == "顧客 金庫 2026 (locked) — ClientVault"


def test_a_folder_without_a_vault_is_refused_and_nothing_changes(
    qtbot: QtBot, windows: VaultWindows, folder: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    first = windows.open(folder)
    empty = tmp_path / "空 フォルダ"
    empty.mkdir()
    prompts.answers = [empty]
    first.menus.open_action.trigger()
    assert windows.current is first
    assert prompts.asked[-1] == ("error", f"There is no vault in {empty}.")
    assert list(empty.iterdir()) == []


def test_new_vault_creates_one_in_a_chosen_folder(
    qtbot: QtBot, windows: VaultWindows, folder: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    first = windows.open(folder)
    target = tmp_path / JAPANESE_FOLDER
    prompts.answers = [target]
    first.menus.new_action.trigger()
    now = windows.current
    assert now is not None and now.session.folder == target
    assert now.window.windowTitle() == "顧客 金庫 2026 (no vault yet) — ClientVault"
    dialog = now.window.findChild(CreateVaultDialog)
    assert isinstance(dialog, CreateVaultDialog) and dialog.isVisible()
    assert str(target) in dialog.folder_label.text()
    dialog.password_fields.password_edit.setText(PASSWORD)
    dialog.password_fields.confirm_edit.setText(PASSWORD)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == Page.RECOVERY_KEY, timeout=20_000)
    assert (target / HEADER_NAME).is_file()


def test_new_vault_refuses_a_folder_that_holds_one(
    windows: VaultWindows, folder: Path, second: Path, prompts: ScriptedPrompts
) -> None:
    first = windows.open(folder)
    prompts.answers = [second]
    first.menus.new_action.trigger()
    assert windows.current is first
    assert prompts.asked[-1][0] == "error" and "already holds a vault" in prompts.asked[-1][1]


def test_change_moves_the_new_vault_to_another_folder(
    qtbot: QtBot, windows: VaultWindows, tmp_path: Path, second: Path, prompts: ScriptedPrompts
) -> None:
    app = windows.open(tmp_path / "default")
    dialog = app.create_vault()
    prompts.answers = [second]  # holds a vault already: refused
    dialog.change_folder_button.click()
    assert app.session.folder == tmp_path / "default"
    assert "already holds a vault" in prompts.asked[-1][1]
    stick = tmp_path / "USB メモリ" / "新しい 金庫"
    prompts.answers = [stick]
    dialog.change_folder_button.click()
    assert app.session.folder == stick
    assert str(stick) in dialog.folder_label.text()
    assert app.window.windowTitle() == "新しい 金庫 (no vault yet) — ClientVault"
    dialog.password_fields.password_edit.setText(PASSWORD)
    dialog.password_fields.confirm_edit.setText(PASSWORD)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == Page.RECOVERY_KEY, timeout=20_000)
    assert (stick / HEADER_NAME).is_file()
    assert not (tmp_path / "default").exists()


def test_recent_vaults_are_offered_and_open(
    qtbot: QtBot, windows: VaultWindows, folder: Path, second: Path, store: SettingsStore
) -> None:
    store.save(with_recent_vault(with_recent_vault(Settings(), second), folder))
    first = windows.open(folder)
    first.menus.fill_recent()
    offered = [a.text() for a in first.menus.recent_menu.actions()]
    assert offered == [str(second)]  # not the vault already shown
    first.menus.recent_menu.actions()[0].trigger()
    assert windows.current is not None and windows.current.session.folder == second


def test_the_recent_list_keeps_paths_only_newest_first_and_bounded(tmp_path: Path) -> None:
    settings = Settings()
    for number in range(MAX_RECENT_VAULTS + 3):
        settings = with_recent_vault(settings, tmp_path / f"v{number}")
    settings = with_recent_vault(settings, tmp_path / "v5")
    assert len(settings.recent_vaults) == MAX_RECENT_VAULTS
    assert settings.recent_vaults[0] == str(tmp_path / "v5")
    assert settings.recent_vaults.count(str(tmp_path / "v5")) == 1
    store = SettingsStore(tmp_path / "settings.json")
    store.save(settings)
    assert store.load().recent_vaults == settings.recent_vaults
    store.path.write_text('{"recent_vaults": [1, 2]}')
    assert store.load().recent_vaults == ()


def test_the_app_starts_on_the_most_recent_vault_still_there(tmp_path: Path, second: Path) -> None:
    gone = tmp_path / "unplugged stick"
    settings = with_recent_vault(with_recent_vault(Settings(), second), gone)
    assert starting_folder(settings) == second
    assert starting_folder(Settings()) == default_vault_dir()


def test_help_opens_the_demo_vault_even_after_a_vault_exists(
    qtbot: QtBot, windows: VaultWindows, folder: Path
) -> None:
    first = windows.open(folder)
    with qtbot.waitSignal(first.demo_requested):
        first.menus.demo_action.trigger()
    assert windows.demo is not None and windows.demo.demo
    assert windows.current is first  # the real vault's window stays
    assert windows.demo.window.windowTitle().startswith("demo vault")


def test_the_window_has_the_app_icon(windows: VaultWindows, folder: Path) -> None:
    app = windows.open(folder)
    sizes = app.window.windowIcon().availableSizes()
    assert {s.width() for s in sizes} >= {16, 32, 48, 256}
