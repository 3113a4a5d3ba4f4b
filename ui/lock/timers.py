"""Time for the lock and the clipboard, injectable so tests drive it with a fake clock.

Idle time is wall-clock time (`time.time`), not monotonic time: on Linux the
monotonic clock stops during suspend, and a laptop that slept for an hour has
been idle for an hour.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer

WallClock = Callable[[], float]


class Cancel(Protocol):
    def __call__(self) -> None: ...


class Scheduler(Protocol):
    def call_later(self, seconds: float, callback: Callable[[], None]) -> Cancel: ...

    def every(self, seconds: float, callback: Callable[[], None]) -> Cancel: ...


class QtScheduler:
    """QTimer-backed; timers fire inside nested event loops too (a modal dialog's exec)."""

    def __init__(self, parent: QObject) -> None:
        self._parent = parent

    def call_later(self, seconds: float, callback: Callable[[], None]) -> Cancel:
        return self._start(seconds, callback, single_shot=True)

    def every(self, seconds: float, callback: Callable[[], None]) -> Cancel:
        return self._start(seconds, callback, single_shot=False)

    def _start(self, seconds: float, callback: Callable[[], None], *, single_shot: bool) -> Cancel:
        timer = QTimer(self._parent)
        timer.setSingleShot(single_shot)
        timer.setTimerType(Qt.TimerType.CoarseTimer)
        timer.timeout.connect(callback)
        if single_shot:
            timer.timeout.connect(timer.deleteLater)
        timer.start(round(seconds * 1000))

        def cancel() -> None:
            # deleteLater may already have run for a fired single shot
            try:
                timer.stop()
                timer.deleteLater()
            except RuntimeError:
                pass

        return cancel


def wall_clock() -> float:
    return time.time()
