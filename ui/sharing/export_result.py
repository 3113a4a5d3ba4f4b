"""The export's result: where the file is, its SHA-256, the passphrase (once), and a note
on opening the file, in the report's language, to paste into the mail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.sharing.passphrase_view import Copy, PassphraseView, read_aloud_font
from vault.sharing.bundle import ExportResult
from vault.sharing.how_to_open import how_to_open


class ResultPage(QWidget):
    def __init__(self, copy: Copy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_label = self._label(self.tr("Result"))
        self.path_label = self._label(self.tr("Bundle file"))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sha256_label = self._label(self.tr("SHA-256 of the bundle"))
        self.sha256_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        secondary = read_aloud_font()  # monospace, but at the text's size: not read aloud
        secondary.setPointSizeF(self.font().pointSizeF())
        secondary.setBold(False)
        self.sha256_label.setFont(secondary)
        self.copy_sha256_button = QPushButton(self.tr("Copy &SHA-256"), self)
        self.copy_sha256_button.setAccessibleName(self.tr("Copy the bundle's SHA-256"))
        self.copy_sha256_button.setAutoDefault(False)
        self.copy_sha256_button.clicked.connect(self.copy_sha256)
        self.passphrase_view = PassphraseView(copy, self)
        self.how_to_open_edit = QPlainTextEdit(self)
        self.how_to_open_edit.setReadOnly(True)
        self.how_to_open_edit.setAccessibleName(self.tr("How to open the file, for the mail"))
        self.how_to_open_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.copy_how_button = QPushButton(self.tr("Copy the &note for the mail"), self)
        self.copy_how_button.setAutoDefault(False)
        self.copy_how_button.clicked.connect(self.copy_how_to_open)
        how_label = QLabel(self.tr("&How to open it (paste into your mail):"), self)
        how_label.setBuddy(self.how_to_open_edit)
        row = QHBoxLayout()
        row.addWidget(self.copy_sha256_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.result_label)
        column.addWidget(self.path_label)
        column.addWidget(self.passphrase_view)  # the largest thing here: it is read aloud
        column.addWidget(how_label)
        column.addWidget(self.how_to_open_edit)
        column.addWidget(self.copy_how_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.sha256_label)  # secondary: for a client who checks
        column.addLayout(row)
        column.addStretch(1)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def show_result(self, result: ExportResult) -> None:
        self.path_label.setText(str(result.path))
        self.sha256_label.setText(result.sha256)
        if result.passphrase is not None:
            self.passphrase_view.show_passphrase(result.passphrase)
        preview = result.preview
        self.how_to_open_edit.setPlainText(
            how_to_open(preview.format, preview.recipient.mode, result.path.name, preview.language)
        )

    def copy_how_to_open(self) -> None:
        """No secret in it (the passphrase goes by phone): a plain copy."""
        QGuiApplication.clipboard().setText(self.how_to_open_edit.toPlainText())

    def copy_sha256(self) -> None:
        """The hash is no secret: a plain copy, for the mail or the client's check."""
        if self.sha256_label.text():
            QGuiApplication.clipboard().setText(self.sha256_label.text())
