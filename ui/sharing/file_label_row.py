"""The export dialog's file name label: editable, with the resulting name shown before writing.

Why a bundle's name may carry the client's label at all: vault/sharing/file_label.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from vault.sharing.bundle import BundleFormat
from vault.sharing.file_label import MAX_LABEL_CHARS, bundle_file_name, default_label


class FileLabelRow(QWidget):
    """ "File name label: [山田商店]" and, below, "Saved as: 山田商店-2026-11-22.pdf"."""

    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._format: BundleFormat | None = None
        self._created_at = ""
        self.label_edit = QLineEdit(default_label(client_name), self)
        self.label_edit.setMaxLength(MAX_LABEL_CHARS)
        self.label_edit.setAccessibleName(self.tr("File name label"))
        self.label_edit.setToolTip(
            self.tr(
                "Goes into the file's name so you can match the file to its recipient in "
                "your mail. Leave it empty for a neutral name."
            )
        )
        self.label_edit.textChanged.connect(self._update)
        title = QLabel(self.tr("File &name label:"), self)
        title.setBuddy(self.label_edit)
        self.name_label = QLabel(self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        self.name_label.setAccessibleName(self.tr("File name"))
        row = QHBoxLayout()
        row.addWidget(title)
        row.addWidget(self.label_edit, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.name_label)

    def show_preview(self, bundle_format: BundleFormat, created_at: str) -> None:
        """The format and date of the bundle about to be written, for the name shown."""
        self._format, self._created_at = bundle_format, created_at
        self._update()

    def file_name(self) -> str:
        """The name the save dialog offers; "" before a preview has been shown."""
        if self._format is None:
            return ""
        return bundle_file_name(self.label_edit.text(), self._format, self._created_at)

    def _update(self) -> None:
        name = self.file_name()
        self.name_label.setText(self.tr("Saved as: {name}").format(name=name) if name else "")
