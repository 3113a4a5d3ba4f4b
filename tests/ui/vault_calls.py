"""Driving the app as a user would, and waiting for the vault thread to answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from ui.app import App
from ui.vault_session import VaultSession
from vault.session import Vault


def call(qtbot: QtBot, session: VaultSession, job: Callable[[Vault], Any]) -> Any:
    results: list[Any] = []
    errors: list[Exception] = []
    session.run(job, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=10_000)
    if errors:
        raise errors[0]
    return results[0]


def unlock(qtbot: QtBot, app: App, clients: int = 2) -> None:
    """Type the password on the lock screen and wait for the client list to fill."""
    screen = app.lock_screen.unlock
    screen.password_edit.setText(PASSWORD)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: app.window.clients.rowCount() == clients, timeout=20_000)
