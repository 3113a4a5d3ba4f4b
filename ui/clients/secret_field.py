"""A password-style field: hidden until the user asks, copied only through the secure clipboard.

Qt's own copy (Ctrl+C, the context menu) would put the value on the clipboard
as plain text, kept by clipboard managers and never cleared; here every copy
goes through the injected `copy` (the app's `SecureClipboard.copy`). The value
hides again whenever the field is hidden, so a closed or locked editor never
reopens with a password on show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QPushButton, QWidget

from vault.domain.model import MAX_VALUE_CHARS

Copy = Callable[[str], None]

# Object names Qt gives the standard context menu's plain-text copy actions.
_PLAIN_COPY_ACTIONS = ("edit-copy", "edit-cut")


class _SecretLineEdit(QLineEdit):
    """A line edit whose copy and cut go through the secure clipboard, never Qt's own."""

    def __init__(self, copy_all: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._copy_all = copy_all

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
            QKeySequence.StandardKey.Cut
        ):
            self._copy_all()
            event.accept()
            return
        super().keyPressEvent(event)

    def context_menu(self) -> QMenu:
        """The standard menu with its plain copy and cut replaced by a secure copy."""
        menu = self.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        for action in menu.actions():
            if action.objectName() in _PLAIN_COPY_ACTIONS:
                menu.removeAction(action)
        secure = QAction(self.tr("Copy (cleared after a while)"), menu)
        secure.setObjectName("secure-copy")
        secure.setEnabled(bool(self.text()))
        secure.triggered.connect(self._copy_all)
        if first is not None and first in menu.actions():
            menu.insertAction(first, secure)
        else:
            menu.addAction(secure)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()


class SecretField(QWidget):
    """A hidden line edit with Show and Copy buttons."""

    textChanged = Signal(str)  # noqa: N815 - mirrors QLineEdit's signal name
    revealedChanged = Signal(bool)  # noqa: N815

    def __init__(self, copy: Copy, parent: QWidget | None = None, *, label: str = "") -> None:
        super().__init__(parent)
        self._copy = copy
        self.line_edit = _SecretLineEdit(self._copy_value, self)
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.line_edit.setMaxLength(MAX_VALUE_CHARS)  # Qt's default 32767 would cut silently
        self.line_edit.textChanged.connect(self.textChanged)

        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setCheckable(True)
        self.show_button.setAutoDefault(False)
        self.show_button.toggled.connect(self._on_toggled)

        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self._copy_value)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.copy_button)
        self.setFocusProxy(self.line_edit)
        self.set_label(label or self.tr("Secret"))

    def set_label(self, label: str) -> None:
        """Name the field and its buttons for screen readers ("Password", "Show password"...)."""
        self.line_edit.setAccessibleName(label)
        self.show_button.setAccessibleName(self.tr("Show {label}").format(label=label))
        self.copy_button.setAccessibleName(self.tr("Copy {label}").format(label=label))
        self.copy_button.setToolTip(
            self.tr("Copy {label}; the clipboard is cleared after a while.").format(label=label)
        )

    def text(self) -> str:
        return self.line_edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.line_edit.setText(text)

    def is_revealed(self) -> bool:
        return self.line_edit.echoMode() == QLineEdit.EchoMode.Normal

    def set_revealed(self, revealed: bool) -> None:
        self.show_button.setChecked(revealed)

    def _on_toggled(self, revealed: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        self.line_edit.setEchoMode(mode)
        self.show_button.setText(self.tr("Hide") if revealed else self.tr("Show"))
        self.revealedChanged.emit(revealed)

    def _copy_value(self) -> None:
        if self.text():
            self._copy(self.text())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Hide the value again whenever the field goes out of sight (closed, locked)."""
        self.set_revealed(False)
        super().hideEvent(event)
