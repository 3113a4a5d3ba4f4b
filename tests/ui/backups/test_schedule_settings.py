"""The "Scheduled backups" box of Settings, alone and in the running app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.vault_calls import unlock
from ui.app import App
from ui.backups.backup_status import BackupStatus
from ui.backups.schedule_settings import ScheduleSettings
from ui.settings.settings import Settings, SettingsStore
from vault.backup.schedule import Frequency
from vault.storage.layout import BACKUPS_DIR


def make(qtbot: QtBot, current: Settings, *answers: Path | None) -> ScheduleSettings:
    chooser = list(answers)
    box = ScheduleSettings(current, lambda _parent: chooser.pop(0))
    qtbot.addWidget(box)
    box.show()
    return box


def test_off_by_default_with_the_vaults_own_folder(qtbot: QtBot) -> None:
    box = make(qtbot, Settings())
    assert box.frequency.currentData() == Frequency.OFF.value
    assert box.folder_label.text() == "The vault's own backups folder"
    assert not box.choose_button.isEnabled()
    assert box.apply_to(Settings()) == Settings()


def test_a_chosen_schedule_folder_and_count_go_into_the_settings(
    qtbot: QtBot, tmp_path: Path
) -> None:
    box = make(qtbot, Settings(), tmp_path / "外付け")
    box.frequency.setCurrentIndex(box.frequency.findData(Frequency.WEEKLY.value))
    assert box.choose_button.isEnabled()
    assert not box.own_button.isEnabled()  # already the vault's own folder
    box.choose_button.click()
    box.keep.setValue(3)
    assert box.folder_label.text() == str(tmp_path / "外付け")
    chosen = box.apply_to(Settings())
    assert chosen.backup_frequency is Frequency.WEEKLY
    assert chosen.backup_folder == str(tmp_path / "外付け")
    assert chosen.backup_keep == 3
    box.own_button.click()
    assert box.apply_to(Settings()).backup_folder == ""


def test_a_cancelled_choice_keeps_the_folder(qtbot: QtBot) -> None:
    current = Settings(backup_frequency=Frequency.DAILY, backup_folder="/media/usb")
    box = make(qtbot, current, None)
    box.choose_button.click()
    assert box.apply_to(Settings()).backup_folder == "/media/usb"


def test_choosing_daily_in_settings_backs_up_at_once_and_the_status_bar_says_so(
    qtbot: QtBot, app: App, tmp_path: Path, folder: Path
) -> None:
    unlock(qtbot, app)
    status = app.window.statusBar().findChild(BackupStatus)
    assert isinstance(status, BackupStatus)
    qtbot.waitUntil(status.isVisible, timeout=10_000)
    assert status.text() == "Last backup: never"
    dialog = app.open_settings()
    qtbot.waitExposed(dialog)
    box = dialog.backups
    box.frequency.setCurrentIndex(box.frequency.findData(Frequency.DAILY.value))
    buttons = dialog.findChild(QDialogButtonBox)
    assert isinstance(buttons, QDialogButtonBox)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert SettingsStore(tmp_path / "settings.json").load().backup_frequency is Frequency.DAILY
    qtbot.waitUntil(lambda: app.backups.idle and app.backups.last is not None, timeout=20_000)
    assert len(list((folder / BACKUPS_DIR).iterdir())) == 1
    assert status.text().startswith("Last backup: ")
    assert status.text() != "Last backup: never"


def test_a_backup_made_by_hand_shows_in_the_status_bar_at_once(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    status = app.window.statusBar().findChild(BackupStatus)
    assert isinstance(status, BackupStatus)
    qtbot.waitUntil(lambda: status.text() == "Last backup: never", timeout=10_000)
    dialog = app.window.open_backups()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(app.window.backup_made, timeout=20_000):
        dialog.back_up(None)
    qtbot.waitUntil(lambda: status.text() != "Last backup: never", timeout=10_000)
    assert status.text().startswith("Last backup: ")
