"""First run: create a vault, open one kept elsewhere, or look around in a demo vault first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


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
        for widget in (title, text, self.create_button, self.open_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        text.setMaximumWidth(520)
