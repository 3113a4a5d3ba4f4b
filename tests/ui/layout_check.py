"""Finding labels whose text does not fit: what a user sees as cut-off words."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QLabel, QWidget


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels shorter (wrapped) or narrower (single line) than their text needs."""
    QApplication.processEvents()
    found: list[str] = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or not label.pixmap().isNull():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                found.append(f"{label.text()[:40]!r}: {label.height()} < {needed} high")
        else:
            hint = label.sizeHint()
            if hint.width() > label.width() or hint.height() > label.height():
                found.append(f"{label.text()[:40]!r}: {label.size().toTuple()} < {hint.toTuple()}")
    return found


@contextmanager
def scaled_font(scale: float) -> Iterator[None]:
    """The desktop's text scaling (125 %, 150 %) as the app sees it: a larger default font."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = app.font()
    font.setPointSizeF(before.pointSizeF() * scale)
    app.setFont(font)
    try:
        yield
    finally:
        app.setFont(before)
