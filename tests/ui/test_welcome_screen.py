"""First run offers exactly two ways in: create a vault, or look around in a demo."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.fakes import FakeScheduler, Screen, ScriptedPrompts
from ui.app import App
from ui.create_vault_dialog import CreateVaultDialog
from ui.lock.os_events import SessionEvents
from ui.settings import SettingsStore
from ui.welcome_screen import WelcomeScreen
from vault import kdf


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
    errors: list[Exception] = []
    try:
        app.open_demo(errors.append)
        qtbot.waitUntil(lambda: app.window.clients.rowCount() > 10, timeout=30_000)
        assert errors == []
        assert "demo" in app.window.windowTitle()
    finally:
        app.shutdown()
