"""Screen-capture protection: applied to every window, switched off only for a while."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.fakes import FakeScheduler
from ui.lock.capture_guard import CaptureGuard, platform_apply


class Platform:
    """Records what the window system was told (the real call exists only on Windows/macOS)."""

    def __init__(self) -> None:
        self.state: dict[int, bool] = {}

    def __call__(self, window: QWidget, protect: bool) -> bool:
        self.state[id(window)] = protect
        return True


def test_windows_are_protected_from_the_start(qtbot: QtBot, scheduler: FakeScheduler) -> None:
    platform = Platform()
    guard = CaptureGuard(scheduler, platform, enabled=True)
    window = QWidget()
    qtbot.addWidget(window)
    guard.protect(window)
    assert platform.state[id(window)] is True


def test_the_off_switch_turns_itself_back_on(qtbot: QtBot, scheduler: FakeScheduler) -> None:
    platform = Platform()
    guard = CaptureGuard(scheduler, platform, enabled=True)
    window = QWidget()
    qtbot.addWidget(window)
    guard.protect(window)
    guard.allow_capture_for(15)
    assert platform.state[id(window)] is False
    scheduler.advance(14 * 60)
    assert platform.state[id(window)] is False
    with qtbot.waitSignal(guard.changed) as changed:
        scheduler.advance(60)
    assert changed.args == [True]
    assert platform.state[id(window)] is True


def test_turning_it_off_in_settings_cancels_the_timed_return(
    qtbot: QtBot, scheduler: FakeScheduler
) -> None:
    platform = Platform()
    guard = CaptureGuard(scheduler, platform, enabled=True)
    window = QWidget()
    qtbot.addWidget(window)
    guard.protect(window)
    guard.allow_capture_for(15)
    guard.set_enabled(False)
    scheduler.advance(3600)
    assert platform.state[id(window)] is False


def test_where_the_platform_has_no_such_control_it_says_so(
    qtbot: QtBot, scheduler: FakeScheduler
) -> None:
    guard = CaptureGuard(scheduler, None, enabled=True)
    assert not guard.supported
    assert not guard.enabled


def test_linux_has_no_capture_control() -> None:
    assert platform_apply() is None  # X11 and Wayland have no per-window capture exclusion
