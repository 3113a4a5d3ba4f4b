"""First run: create a vault, open one kept elsewhere, or look around in a demo vault first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomeScreen(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to ClientVault"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Keep each client's records encrypted and apart, share them only in "
                "encrypted form, and erase them when their time comes. Everything stays "
                "on this computer."
            ),
            self,
        )
        text.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create a new vault…"), self)
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_requested.emit)
        self.open_button = QPushButton(self.tr("&Open a vault in another folder…"), self)
        self.open_button.setAccessibleName(self.tr("Open a vault in another folder"))
        self.open_button.clicked.connect(self.open_requested.emit)
        self.demo_button = QPushButton(self.tr("Look around in a &demo vault"), self)
        self.demo_button.setAccessibleName(self.tr("Open the demo vault"))
        self.demo_button.clicked.connect(self.demo_requested.emit)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        # Centred by stretches, not by alignment: an aligned label is given its one-line
        # size hint and loses the lines its wrapped text needs.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text, 3)
        row.addStretch(1)
        layout.addLayout(row)
        for widget in (self.create_button, self.open_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)  # busy: filling takes seconds, in one step
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setMaximumWidth(320)
        layout.addWidget(self.progress_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.progress_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.progress_label.hide()
        self.progress_bar.hide()
        layout.addStretch(2)
        text.setMaximumWidth(520)

    def show_progress(self, text: str) -> None:
        """Work under way instead of the choices (the demo being made: nothing to choose)."""
        self.create_button.hide()
        self.demo_button.hide()
        self.progress_label.setText(text)
        self.progress_label.show()
        self.progress_bar.show()
