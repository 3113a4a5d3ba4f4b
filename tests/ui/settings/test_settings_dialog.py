"""The settings dialog saves what was chosen, and it survives a restart."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.fakes import FakeScheduler
from ui.lock.capture_guard import CaptureGuard
from ui.settings.settings import Language, Settings, SettingsStore
from ui.settings.settings_dialog import SettingsDialog


def dialog(qtbot: QtBot, store: SettingsStore, guard: CaptureGuard) -> SettingsDialog:
    made = SettingsDialog(store, store.load(), guard)
    qtbot.addWidget(made)
    return made


def test_saved_choices_are_loaded_after_a_restart(
    qtbot: QtBot, tmp_path: Path, scheduler: FakeScheduler
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    guard = CaptureGuard(scheduler, lambda w, p: True, enabled=True)
    first = dialog(qtbot, store, guard)
    first.idle_minutes.setValue(2)
    first.clipboard_seconds.setValue(12)
    first.lock_on_minimise.setChecked(True)
    first.language.setCurrentIndex(first.language.findData("ja"))
    first.capture.setChecked(False)
    with qtbot.waitSignal(first.applied) as applied:
        first.save()
    expected = Settings(
        idle_lock_minutes=2,
        clipboard_clear_seconds=12,
        lock_on_minimise=True,
        screen_capture_protection=False,
        language=Language.JAPANESE,
    )
    assert applied.args == [expected]
    again = dialog(qtbot, SettingsStore(store.path), guard)
    assert again.chosen() == expected


def test_cancel_changes_nothing(qtbot: QtBot, tmp_path: Path, scheduler: FakeScheduler) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    made = dialog(qtbot, store, CaptureGuard(scheduler, None, enabled=True))
    made.idle_minutes.setValue(99)
    made.reject()
    assert not store.path.exists()
    assert store.load() == Settings()


def test_restore_defaults_shows_the_security_defaults(
    qtbot: QtBot, tmp_path: Path, scheduler: FakeScheduler
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(idle_lock_minutes=60, clipboard_clear_seconds=300))
    made = dialog(qtbot, store, CaptureGuard(scheduler, None, enabled=True))
    made.restore_defaults.click()
    assert made.chosen() == Settings()


def test_capture_protection_is_greyed_out_where_unsupported(
    qtbot: QtBot, tmp_path: Path, scheduler: FakeScheduler
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    made = dialog(qtbot, store, CaptureGuard(scheduler, None, enabled=True))
    assert not made.capture.isEnabled()
    assert not made.allow_capture.isEnabled()
    assert made.chosen().screen_capture_protection is True  # kept for when it is supported


def test_a_folder_that_cannot_be_written_is_reported_and_the_dialog_stays(
    qtbot: QtBot, tmp_path: Path, scheduler: FakeScheduler
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    store = SettingsStore(blocker / "settings.json")
    made = dialog(qtbot, store, CaptureGuard(scheduler, None, enabled=True))
    made.show()
    made.save()
    assert made.isVisible()
    assert "could not be saved" in made.error.text()
