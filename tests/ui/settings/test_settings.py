"""Settings survive a restart; a damaged file never stops the app or weakens a default."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from ui.settings.settings import (
    CLIPBOARD_CLEAR_SECONDS,
    IDLE_LOCK_MINUTES,
    Language,
    Settings,
    SettingsStore,
)
from vault.backup.schedule import Frequency


def test_defaults_are_the_security_defaults() -> None:
    settings = Settings()
    assert settings.idle_lock_minutes == IDLE_LOCK_MINUTES == 5
    assert settings.clipboard_clear_seconds == CLIPBOARD_CLEAR_SECONDS == 30
    assert settings.screen_capture_protection is True
    assert settings.language is Language.SYSTEM


def test_saved_settings_are_loaded_back_from_a_private_file(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "config" / "settings.json")
    chosen = Settings(
        idle_lock_minutes=2,
        clipboard_clear_seconds=10,
        lock_on_minimise=True,
        screen_capture_protection=False,
        language=Language.JAPANESE,
    )
    store.save(chosen)
    assert SettingsStore(store.path).load() == chosen
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_the_backup_schedule_is_off_by_default_and_survives_a_restart(tmp_path: Path) -> None:
    assert Settings().backup_frequency is Frequency.OFF
    store = SettingsStore(tmp_path / "settings.json")
    chosen = Settings(
        backup_frequency=Frequency.WEEKLY, backup_folder="/media/usb/バックアップ", backup_keep=3
    )
    store.save(chosen)
    assert SettingsStore(store.path).load() == chosen


@pytest.mark.parametrize(
    "content",
    [
        "",
        "not json",
        "[1, 2]",
        '{"idle_lock_minutes": 0}',
        '{"idle_lock_minutes": "5"}',
        '{"clipboard_clear_seconds": 100000}',
        '{"language": "klingon"}',
        '{"lock_on_minimise": "yes"}',
        '{"idle_lock_minutes": true}',
        '{"backup_frequency": "hourly"}',
        '{"backup_keep": 0}',
        '{"backup_keep": 1000}',
        '{"backup_folder": 5}',
    ],
)
def test_a_damaged_value_falls_back_to_its_default(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content)
    assert SettingsStore(path).load() == Settings()


def test_one_bad_value_does_not_reset_the_others(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"idle_lock_minutes": 9999, "clipboard_clear_seconds": 12, "x": 1}')
    assert SettingsStore(path).load() == Settings(clipboard_clear_seconds=12)


def test_out_of_range_settings_cannot_be_built() -> None:
    with pytest.raises(ValueError, match="idle_lock_minutes"):
        Settings(idle_lock_minutes=0)
    with pytest.raises(ValueError, match="clipboard_clear_seconds"):
        Settings(clipboard_clear_seconds=1)
