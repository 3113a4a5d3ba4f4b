"""The idle timeout, by wall clock.

Checked every second and on resume: a machine that slept past the timeout is
locked the moment it wakes, before anyone can read the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal

from ui.lock.timers import Cancel, Scheduler, WallClock

_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleMonitor(QObject):
    idle = Signal()

    def __init__(
        self, watched: QObject, scheduler: Scheduler, clock: WallClock, timeout_seconds: float
    ) -> None:
        super().__init__()
        self._clock = clock
        self.timeout_seconds = timeout_seconds
        self._last_input = clock()
        self.active = False
        watched.installEventFilter(self)
        self._cancel: Cancel = scheduler.every(1.0, self.check)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _USER_INPUT:
            self._last_input = self._clock()
        return False

    def start(self) -> None:
        """Count from now (called on unlock)."""
        self._last_input = self._clock()
        self.active = True

    def stop(self) -> None:
        self.active = False

    def check(self) -> None:
        now = self._clock()
        self._last_input = min(self._last_input, now)  # a clock set back counts from now
        if self.active and now - self._last_input >= self.timeout_seconds:
            self.active = False
            self.idle.emit()

    def shutdown(self) -> None:
        self._cancel()
