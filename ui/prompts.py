"""Every modal question goes through here: tests answer it, and a lock closes it."""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


class Answer(Enum):
    YES = auto()
    NO = auto()


class Prompts:
    """Message boxes and file choosers.

    File dialogs are Qt's own, never the platform's native ones: a native dialog
    runs outside Qt's control and cannot be closed when the vault locks
    (KeePassXC #2014).
    """

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes_button

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent).exec()

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent).exec()

    def save_path(
        self, parent: QWidget | None, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        return self._file_dialog(
            parent, title, suggested, name_filter, QFileDialog.AcceptMode.AcceptSave
        )

    def open_path(
        self, parent: QWidget | None, title: str, folder: Path, name_filter: str
    ) -> Path | None:
        return self._file_dialog(
            parent, title, folder, name_filter, QFileDialog.AcceptMode.AcceptOpen
        )

    def folder_path(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        """A folder (for a vault to open or create); Qt's dialog can make a new one."""
        dialog = QFileDialog(parent, title, str(start))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def _file_dialog(
        self,
        parent: QWidget | None,
        title: str,
        start: Path,
        name_filter: str,
        mode: QFileDialog.AcceptMode,
    ) -> Path | None:
        dialog = QFileDialog(parent, title, str(start), name_filter)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
