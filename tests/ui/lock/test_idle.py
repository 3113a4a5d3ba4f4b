"""The idle timeout counts wall-clock time, input resets it, sleep past it locks on wake."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.fakes import FakeScheduler
from ui.lock.idle import IdleMonitor


def monitor(scheduler: FakeScheduler, widget: QLineEdit, minutes: float = 5) -> IdleMonitor:
    idle = IdleMonitor(widget, scheduler, scheduler, minutes * 60)
    idle.start()
    return idle


def test_idle_fires_once_after_the_timeout(qtbot: QtBot, scheduler: FakeScheduler) -> None:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    idle = monitor(scheduler, widget)
    fired: list[None] = []
    idle.idle.connect(lambda: fired.append(None))
    scheduler.advance(299)
    assert fired == []
    scheduler.advance(1)
    assert len(fired) == 1
    scheduler.advance(600)
    assert len(fired) == 1  # not again until restarted (the next unlock)


def test_typing_and_mouse_input_reset_the_countdown(qtbot: QtBot, scheduler: FakeScheduler) -> None:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    idle = monitor(scheduler, widget)
    fired: list[None] = []
    idle.idle.connect(lambda: fired.append(None))
    scheduler.advance(200)
    qtbot.keyClicks(widget, "yamada")
    scheduler.advance(200)
    qtbot.mouseMove(widget, QPoint(3, 3))
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    scheduler.advance(200)
    assert fired == []
    scheduler.advance(100)
    assert len(fired) == 1


def test_sleeping_past_the_timeout_locks_on_the_first_tick_after_waking(
    qtbot: QtBot, scheduler: FakeScheduler
) -> None:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    idle = monitor(scheduler, widget)
    fired: list[None] = []
    idle.idle.connect(lambda: fired.append(None))
    scheduler.jump(3600)  # asleep: the wall clock moves, no timer runs
    assert fired == []
    scheduler.advance(1)  # the first tick after waking
    assert len(fired) == 1


def test_a_clock_set_back_does_not_stop_the_countdown(
    qtbot: QtBot, scheduler: FakeScheduler
) -> None:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    idle = monitor(scheduler, widget)
    fired: list[None] = []
    idle.idle.connect(lambda: fired.append(None))
    scheduler.jump(-86_400)
    scheduler.advance(300)  # counted from the first tick after the change
    assert fired == []
    scheduler.advance(1)
    assert len(fired) == 1


def test_a_stopped_monitor_never_fires(qtbot: QtBot, scheduler: FakeScheduler) -> None:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    idle = monitor(scheduler, widget)
    idle.stop()
    fired: list[None] = []
    idle.idle.connect(lambda: fired.append(None))
    scheduler.advance(900)
    assert fired == []
