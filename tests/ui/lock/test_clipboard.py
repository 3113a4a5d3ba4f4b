"""Copied values are hidden from clipboard history and cleared after the timeout."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.fakes import FakeScheduler
from ui.lock.clipboard import SecureClipboard, secret_mime_data


def make(scheduler: FakeScheduler, seconds: int = 30) -> SecureClipboard:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    return SecureClipboard(clipboard, scheduler, seconds)


def test_a_copied_value_is_cleared_after_the_timeout(
    qtbot: QtBot, scheduler: FakeScheduler
) -> None:
    secure = make(scheduler)
    secure.copy("hunter2-パスワード")
    assert QGuiApplication.clipboard().text() == "hunter2-パスワード"
    scheduler.advance(29)
    assert QGuiApplication.clipboard().text() == "hunter2-パスワード"
    scheduler.advance(1)
    assert QGuiApplication.clipboard().text() == ""


def test_something_the_user_copied_since_is_left_alone(
    qtbot: QtBot, scheduler: FakeScheduler
) -> None:
    secure = make(scheduler)
    secure.copy("secret value")
    QGuiApplication.clipboard().setText("the user's own text")
    scheduler.advance(31)
    assert QGuiApplication.clipboard().text() == "the user's own text"


def test_copying_again_restarts_the_timeout(qtbot: QtBot, scheduler: FakeScheduler) -> None:
    secure = make(scheduler, seconds=10)
    secure.copy("first")
    scheduler.advance(8)
    secure.copy("second")
    scheduler.advance(8)
    assert QGuiApplication.clipboard().text() == "second"
    scheduler.advance(2)
    assert QGuiApplication.clipboard().text() == ""


def test_the_value_carries_the_history_exclusion_hint_on_linux(
    qtbot: QtBot, scheduler: FakeScheduler
) -> None:
    make(scheduler).copy("value")
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"


def test_windows_and_macos_hints() -> None:
    windows = secret_mime_data("v", platform="win32")
    assert any("ExcludeClipboardContentFromMonitorProcessing" in f for f in windows.formats())
    assert any("CanIncludeInClipboardHistory" in f for f in windows.formats())
    mac = secret_mime_data("v", platform="darwin")
    assert "application/x-nspasteboard-concealed-type" in mac.formats()
