"""Stand-ins for the user's answers to modal prompts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.prompts import Prompts


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a user: ASCII on the keyboard, Japanese and emoji through the input method.

    QTest can only press keys for Latin-1 characters (others abort the process);
    an IME hands every other character to the widget as a committed string.
    """
    run = ""
    for char in text:
        if char.isascii():
            if run:
                _commit(widget, run)
                run = ""
            if char == "\n":
                qtbot.keyClick(widget, Qt.Key.Key_Return)
            else:
                qtbot.keyClicks(widget, char)
        else:
            run += char
    if run:
        _commit(widget, run)


def _commit(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


class ScriptedPrompts(Prompts):
    """Answers from a list; records what was asked."""

    def __init__(self, answers: list[bool | Path | None] | None = None) -> None:
        self.answers = list(answers or [])
        self.asked: list[tuple[str, str]] = []
        self.on_ask: Callable[[str, str], None] | None = None

    def _next(self, kind: str, text: str) -> bool | Path | None:
        self.asked.append((kind, text))
        if self.on_ask is not None:
            self.on_ask(kind, text)
        return self.answers.pop(0) if self.answers else None

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes: str) -> bool:
        return self._next("confirm", text) is True

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self._next("inform", text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self._next("error", text)

    def save_path(
        self, parent: QWidget | None, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        answer = self._next("save_path", title)
        return answer if isinstance(answer, Path) else None

    def open_path(
        self, parent: QWidget | None, title: str, folder: Path, name_filter: str
    ) -> Path | None:
        answer = self._next("open_path", title)
        return answer if isinstance(answer, Path) else None

    def folder_path(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        answer = self._next("folder_path", title)
        return answer if isinstance(answer, Path) else None


class FakeScheduler:
    """A wall clock and timers that move only when the test says so.

    Timers run on their own monotonic time, like QTimer: a jump of the wall clock
    (resume from sleep, the clock set back) does not make them fire.
    """

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start
        self._monotonic = 0.0
        self._timers: list[_FakeTimer] = []

    def __call__(self) -> float:
        return self.now

    def call_later(self, seconds: float, callback: Callable[[], None]) -> Callable[[], None]:
        return self._add(seconds, None, callback)

    def every(self, seconds: float, callback: Callable[[], None]) -> Callable[[], None]:
        return self._add(seconds, seconds, callback)

    def _add(
        self, seconds: float, interval: float | None, callback: Callable[[], None]
    ) -> Callable[[], None]:
        timer = _FakeTimer(self._monotonic + seconds, interval, callback)
        self._timers.append(timer)
        return timer.cancel

    def advance(self, seconds: float, *, step: float = 1.0) -> None:
        """Time passes in steps, firing timers as they come due (like a running app)."""
        end = self._monotonic + seconds
        while self._monotonic < end:
            moved = min(step, end - self._monotonic)
            self._monotonic += moved
            self.now += moved
            for timer in list(self._timers):
                if timer.alive and timer.due <= self._monotonic:
                    timer.fire()
            self._timers = [t for t in self._timers if t.alive]

    def jump(self, seconds: float) -> None:
        """Only the wall clock moves: a resume from sleep, or the clock being reset."""
        self.now += seconds


class _FakeTimer:
    def __init__(self, due: float, interval: float | None, callback: Callable[[], None]) -> None:
        self.due = due
        self.interval = interval
        self.callback = callback
        self.alive = True

    def cancel(self) -> None:
        self.alive = False

    def fire(self) -> None:
        if self.interval is None:
            self.alive = False
        else:
            self.due += self.interval
        self.callback()


class Screen:
    """Records what the window system was told about screen capture."""

    def __init__(self) -> None:
        self.protected: bool | None = None

    def __call__(self, window: object, protect: bool) -> bool:
        self.protected = protect
        return True
