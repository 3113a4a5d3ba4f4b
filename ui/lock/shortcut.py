"""Ctrl+L locks from any window, modal dialogs included.

A QAction shortcut is blocked while a modal dialog is open (Qt's modality rules),
which is exactly when a lock may be wanted; an application-wide event filter
sees the key first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence

LOCK_KEYS = QKeySequence("Ctrl+L")


class LockShortcut(QObject):
    def __init__(self, watched: QObject, lock: Callable[[], None]) -> None:
        super().__init__()
        self._lock = lock
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            pressed = QKeySequence(event.keyCombination())
            if pressed.matches(LOCK_KEYS) == QKeySequence.SequenceMatch.ExactMatch:
                if event.type() == QEvent.Type.KeyPress:
                    self._lock()
                event.accept()
                return True
        return False
