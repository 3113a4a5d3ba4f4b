"""First run offers exactly two ways in: create a vault, or look around in a demo."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.ui.fakes import FakeScheduler, Screen, ScriptedPrompts
from ui.app import App
from ui.lock.os_events import SessionEvents
from ui.settings.settings import SettingsStore
from ui.unlock.create_vault_dialog import CreateVaultDialog
from ui.unlock.welcome_screen import WelcomeScreen
from vault.keys import kdf


def test_buttons_emit_their_requests(qtbot: QtBot) -> None:
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.create_requested):
        screen.create_button.click()
    with qtbot.waitSignal(screen.demo_requested):
        screen.demo_button.click()


def test_a_new_folder_starts_at_the_welcome_screen_and_create_opens_the_dialog(
    qtbot: QtBot, tmp_path: Path, scheduler: FakeScheduler, fast_kdf: kdf.KdfParams
) -> None:
    app = App(
        tmp_path / "fresh",
        SettingsStore(tmp_path / "settings.json"),
        prompts=ScriptedPrompts(),
        scheduler=scheduler,
        clock=scheduler,
        os_events=SessionEvents(),
        capture_apply=Screen(),
        kdf_params=fast_kdf,
    )
    qtbot.addWidget(app.window)
    try:
        assert app.lock_screen.stack.currentWidget() is app.lock_screen.welcome
        dialog = app.create_vault()
        assert isinstance(dialog, CreateVaultDialog)
        assert dialog.isVisible()
        dialog.reject()
    finally:
        app.shutdown()


def test_the_demo_vault_opens_filled_with_made_up_clients(
    qtbot: QtBot, tmp_path: Path, scheduler: FakeScheduler, fast_kdf: kdf.KdfParams
) -> None:
    app = App(
        tmp_path / "demo",
        SettingsStore(tmp_path / "settings.json"),
        prompts=ScriptedPrompts(),
        scheduler=scheduler,
        clock=scheduler,
        os_events=SessionEvents(),
        capture_apply=Screen(),
        kdf_params=fast_kdf,
        demo=True,
    )
    qtbot.addWidget(app.window)
    app.show()
    welcome = app.lock_screen.welcome
    # Seconds of work: it shows, and the demo folder is never offered for a real vault.
    assert welcome.isVisible()
    assert welcome.progress_bar.isVisible()
    assert "demo" in welcome.progress_label.text()
    assert not welcome.create_button.isVisible()
    assert not welcome.demo_button.isVisible()
    errors: list[Exception] = []
    try:
        app.open_demo(errors.append)
        qtbot.waitUntil(lambda: app.window.clients.rowCount() > 10, timeout=30_000)
        assert errors == []
        assert "demo" in app.window.windowTitle()
    finally:
        app.shutdown()


def test_the_recovery_key_page_holds_off_the_idle_lock_and_a_lost_key_is_explained(
    qtbot: QtBot, tmp_path: Path, scheduler: FakeScheduler, fast_kdf: kdf.KdfParams
) -> None:
    prompts = ScriptedPrompts()
    app = App(
        tmp_path / "fresh",
        SettingsStore(tmp_path / "settings.json"),
        prompts=prompts,
        scheduler=scheduler,
        clock=scheduler,
        os_events=SessionEvents(),
        capture_apply=Screen(),
        kdf_params=fast_kdf,
    )
    qtbot.addWidget(app.window)
    try:
        dialog = app.create_vault()
        dialog.password_fields.password_edit.setText(PASSWORD)
        dialog.password_fields.confirm_edit.setText(PASSWORD)
        dialog.next_button.click()
        qtbot.waitUntil(
            lambda: dialog.pages.currentWidget() is dialog.recovery_page, timeout=20_000
        )
        scheduler.advance(10 * 60)
        assert app.session.is_unlocked  # the key must stay readable while it is shown
        app.os_events.lock_requested.emit("sleep")  # a lock someone asked for still wins
        assert not dialog.isVisible()
        app.lock_screen.unlock.password_edit.setText(PASSWORD)
        app.lock_screen.unlock.unlock_button.click()
        qtbot.waitUntil(lambda: app.session.is_unlocked, timeout=20_000)
        assert any("not confirmed as kept" in text for _kind, text in prompts.asked)
    finally:
        app.shutdown()
