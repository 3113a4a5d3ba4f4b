"""The widgets a preview shows its content in.

Copying from a preview goes through the vault's clipboard (`copy`), which marks
the value as secret for clipboard managers and clears it again; Qt's own copy
would leave a client's document on the clipboard for good.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.lock.clipboard import secret_mime_data

Copy = Callable[[str], None]

ZOOM_STEP = 1.25
MIN_SCALE = 0.05
MAX_SCALE = 8.0
MAX_SIDE = 16_384  # pixels: a larger zoomed pixmap would cost gigabytes


class ImageView(QWidget):
    """An image scaled to fit the window (never enlarged), or zoomed by steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self._fit = True
        self.scale = 1.0
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.label)
        self.scroll_area.viewport().installEventFilter(self)
        self.zoom_label = QLabel(self)
        tools = QHBoxLayout()
        for text, name, keys, slot in (
            ("−", self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (self.tr("Fit"), self.tr("Fit to window"), "Ctrl+0", self.fit),
            ("+", self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in),
        ):
            action = QAction(text, self)
            action.setToolTip(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAccessibleName(name)
            tools.addWidget(button)
        tools.addWidget(self.zoom_label)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.scroll_area, 1)

    def set_image(self, image: QImage) -> None:
        self._pixmap = QPixmap.fromImage(image)
        self.fit()

    def clear(self) -> None:
        self._pixmap = QPixmap()
        self.label.clear()

    def fit(self) -> None:
        self._fit = True
        self._render()

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        if self._pixmap.isNull():
            return
        largest = MAX_SIDE / max(self._pixmap.width(), self._pixmap.height())
        self._fit = False
        self.scale = max(MIN_SCALE, min(self.scale * factor, MAX_SCALE, largest))
        self._render()

    def _render(self) -> None:
        width, height = self._pixmap.width(), self._pixmap.height()
        if self._pixmap.isNull() or not width or not height:
            return
        if self._fit:
            room = self.scroll_area.viewport().size()
            self.scale = min(1.0, room.width() / width, room.height() / height)
        size = QSize(max(1, round(width * self.scale)), max(1, round(height * self.scale)))
        self.label.setPixmap(
            self._pixmap.scaled(
                size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.zoom_label.setText(self.tr("{percent}%").format(percent=round(self.scale * 100)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Fit again whenever the viewport changes size (also when first laid out)."""
        if event.type() == QEvent.Type.Resize and self._fit:
            self._render()
        return super().eventFilter(watched, event)


class PreviewText(QPlainTextEdit):
    """Read-only text; Ctrl+C and the context menu copy through `copy`."""

    def __init__(self, copy: Copy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._copy = copy
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def selected_text(self) -> str:
        return self.textCursor().selectedText().replace("\u2029", "\n")  # Qt's paragraph mark

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            self._copy(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        menu = QMenu(self)
        menu.addAction(self.tr("&Copy"), self.copy_selection)
        menu.addAction(self.tr("Select &all"), self.selectAll)
        menu.exec(event.globalPos())

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt API
        """What dragging or the X11 selection carries: marked secret like any vault value."""
        return secret_mime_data(self.selected_text())


class PreviewTable(QTableView):
    """Read-only cells; Ctrl+C copies the current cell through `copy`."""

    def __init__(self, copy: Copy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._copy = copy
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Copy):
            cell = self.currentIndex().data()
            if isinstance(cell, str) and cell:
                self._copy(cell)
            event.accept()
            return
        super().keyPressEvent(event)
