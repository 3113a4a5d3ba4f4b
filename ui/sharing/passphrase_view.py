"""A bundle's passphrase laid out to be read aloud: six numbered groups, large and monospace.

A passphrase bundle opens only with its passphrase, so the passphrase must reach the
client another way than the file (a phone call, a text message), never in the same
mail: the note under it says so every time it is shown. Digits are shown as six
groups of four side by side, words as a numbered list, each with its number so both
sides of a phone call can say "group three". The text cannot be selected (Qt's own
copy would leave it in clipboard history); the Copy button goes through the app's
self-clearing clipboard instead. `clear()` drops it: the dialogs call it on close
and on lock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vault.sharing.passphrase import Passphrase, PassphraseStyle

Copy = Callable[[str], None]

GROUP_SCALE = 1.8  # as the recovery key: big enough to read across a desk


def read_aloud_font() -> QFont:
    """Large monospace, so that 0/O and 1/l cannot be confused when read out."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * GROUP_SCALE)
    font.setBold(True)
    return font


class PassphraseView(QWidget):
    """Shows one passphrase until `clear()`; Copy puts exactly what the client types."""

    def __init__(self, copy: Copy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._copy = copy
        self._passphrase: Passphrase | None = None
        self.group_labels: list[QLabel] = []
        self.number_labels: list[QLabel] = []
        self.setAccessibleName(self.tr("Passphrase"))

        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setAccessibleName(self.tr("Passphrase style"))
        self.groups_box = QWidget(self)
        self._grid = QGridLayout(self.groups_box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)

        self.copy_button = QPushButton(self.tr("&Copy passphrase"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the passphrase"))
        self.copy_button.setToolTip(
            self.tr("Copy the passphrase; the clipboard is cleared after a while.")
        )
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_passphrase)
        self.note_label = QLabel(
            self.tr(
                "Tell it to the client by phone, or by another channel than the file. "
                "Never put it in the same mail or message as the file, nor in the file's "
                "name or folder."
            ),
            self,
        )
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setAccessibleName(self.tr("How to pass on the passphrase"))
        font = self.note_label.font()
        font.setBold(True)
        self.note_label.setFont(font)

        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.groups_box)
        layout.addLayout(row)
        layout.addWidget(self.note_label)
        self.clear()

    def is_empty(self) -> bool:
        return self._passphrase is None

    def show_passphrase(self, passphrase: Passphrase) -> None:
        self._remove_groups()
        self._passphrase = passphrase
        count = len(passphrase.groups)
        digits = passphrase.style is PassphraseStyle.DIGITS
        self.title_label.setText(
            self.tr("Passphrase: {count} groups of four digits").format(count=count)
            if digits
            else self.tr("Passphrase: {count} words").format(count=count)
        )
        font = read_aloud_font()
        for number, group in enumerate(passphrase.groups, 1):
            number_label = QLabel(str(number) if digits else f"{number}.", self.groups_box)
            number_label.setEnabled(False)  # drawn greyed: a position, not part of the text
            label = QLabel(group, self.groups_box)
            label.setFont(font)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setAccessibleName(
                self.tr("Group {number} of {count}").format(number=number, count=count)
            )
            if digits:  # side by side, the number above its group
                number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self._grid.addWidget(number_label, 0, number - 1)
                self._grid.addWidget(label, 1, number - 1)
            else:  # a numbered list
                number_label.setAlignment(Qt.AlignmentFlag.AlignRight)
                self._grid.addWidget(number_label, number - 1, 0)
                self._grid.addWidget(label, number - 1, 1)
            self.number_labels.append(number_label)
            self.group_labels.append(label)
        for widget in (self.title_label, self.groups_box, self.copy_button, self.note_label):
            widget.show()

    def copy_passphrase(self) -> None:
        """Exactly what the client types: groups joined as the passphrase's text."""
        if self._passphrase is not None:
            self._copy(self._passphrase.text)

    def clear(self) -> None:
        """Forget the passphrase and hide the view (on close and on lock)."""
        self._passphrase = None
        self._remove_groups()
        self.title_label.clear()
        for widget in (self.title_label, self.groups_box, self.copy_button, self.note_label):
            widget.hide()

    def _remove_groups(self) -> None:
        for label in (*self.group_labels, *self.number_labels):
            label.clear()
            self._grid.removeWidget(label)
            label.deleteLater()
        self.group_labels = []
        self.number_labels = []
