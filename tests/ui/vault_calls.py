"""Driving the app as a user would, and waiting for the vault thread to answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from ui.app import App
from ui.vault_session import VaultSession
from vault.session import Vault

T = TypeVar("T")


def call(qtbot: QtBot, session: VaultSession, job: Callable[[Vault], T]) -> T:
    """Run a job on the vault thread and wait for its result (how tests read back)."""
    results: list[T] = []
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


class SavingDialog(Protocol):
    """The editors' shape: a Save button, a `saved(id)` signal, an inline error."""

    saved: SignalInstance
    save_button: QPushButton

    def error_text(self) -> str: ...

    def result(self) -> int: ...

    def isVisible(self) -> bool: ...  # noqa: N802 - Qt API


def save(qtbot: QtBot, dialog: SavingDialog) -> str:
    """Click Save and wait until the dialog closed accepted; returns the saved id."""
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    saved_id = blocker.args[0] if blocker.args else ""
    assert isinstance(saved_id, str)
    return saved_id


def save_fails(qtbot: QtBot, dialog: SavingDialog) -> str:
    """Click Save and wait for the inline error; the dialog stays open for a fix."""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=10_000)
    assert dialog.isVisible()
    assert dialog.save_button.isEnabled()
    return dialog.error_text()
