"""Windows that grow to show all of their wrapped text.

Qt sizes a window from its layout's minimum size, which ignores height-for-width:
a wrapped label that gains a line (a longer message, Japanese, 150 % text
scaling) is then cut off at the bottom. A window given `keep_text_visible`
grows by the missing height whenever its layout changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def keep_text_visible(window: QWidget) -> None:
    """Grow `window` (never shrink it) so its wrapped labels show every line."""
    fitter = _Fitter(window)
    window.installEventFilter(fitter)


def grow_to_fit(window: QWidget) -> None:
    layout = window.layout()
    if layout is None:
        return
    width = window.width()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalMinimumSize().height()
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > window.height():
        window.resize(width, needed)


_SETTLING = (QEvent.Type.LayoutRequest, QEvent.Type.Show)


class _Fitter(QObject):
    """Stateless (it reads the window from the event): a Python wrapper PySide makes
    again for this child would have lost any attribute set on the first."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if isinstance(watched, QWidget) and watched.isWindow() and event.type() in _SETTLING:
            # After the layout has settled; a timer owned by this child dies with the window.
            QTimer.singleShot(0, self, lambda: grow_to_fit(watched))
        return False
