"""The Settings dialog's "Scheduled backups" box: how often, into which folder, how many kept."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ui.backups.backup_dialog import FolderChooser, choose_folder
from ui.settings.settings import BACKUP_KEEP_RANGE, Settings
from vault.backup.schedule import Frequency


class ScheduleSettings(QGroupBox):
    """Edits `backup_frequency`, `backup_folder` and `backup_keep` of the Settings."""

    def __init__(
        self,
        current: Settings,
        choose: FolderChooser = choose_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Scheduled backups"))
        self._choose = choose
        self._folder = ""
        self.frequency = QComboBox(self)
        self.frequency.setAccessibleName(self.tr("How often to back up"))
        for frequency, label in (
            (Frequency.OFF, self.tr("Off")),
            (Frequency.DAILY, self.tr("Daily")),
            (Frequency.WEEKLY, self.tr("Weekly")),
        ):
            self.frequency.addItem(label, frequency.value)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setAccessibleName(self.tr("Backup folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_button.clicked.connect(self.choose)
        self.own_button = QPushButton(self.tr("Vault's own folder"), self)
        self.own_button.setAccessibleName(self.tr("Back up into the vault's own backups folder"))
        self.own_button.clicked.connect(lambda: self._set_folder(""))
        self.keep = QSpinBox(self)
        self.keep.setRange(*BACKUP_KEEP_RANGE)
        self.keep.setAccessibleName(self.tr("Backups to keep in the folder"))
        self.note = QLabel(
            self.tr(
                "Runs while the vault is unlocked, and at unlock when one is due. Older "
                "backups in the folder beyond the number kept are deleted; every backup is "
                "still reached when a client is erased."
            ),
            self,
        )
        self.note.setWordWrap(True)

        folder_row = QHBoxLayout()  # the path gets a row of its own: it wraps there
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.own_button)
        folder_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Back up:"), self.frequency)  # the label's buddy: Alt+B
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.folder_label)
        form.addRow(self.tr("K&eep the newest:"), self.keep)
        form.addRow(self.note)
        self.frequency.currentIndexChanged.connect(self._sync)
        self.show_settings(current)

    def show_settings(self, settings: Settings) -> None:
        self.frequency.setCurrentIndex(self.frequency.findData(settings.backup_frequency.value))
        self.keep.setValue(settings.backup_keep)
        self._set_folder(settings.backup_folder)

    def apply_to(self, settings: Settings) -> Settings:
        return dataclasses.replace(
            settings,
            backup_frequency=Frequency(self.frequency.currentData()),
            backup_folder=self._folder,
            backup_keep=self.keep.value(),
        )

    def choose(self) -> None:
        folder = self._choose(self)
        if folder is not None:
            self._set_folder(str(Path(folder).expanduser().absolute()))

    def _set_folder(self, folder: str) -> None:
        self._folder = folder
        self.folder_label.setText(folder or self.tr("The vault's own backups folder"))
        self._sync()

    def _sync(self) -> None:
        scheduled = self.frequency.currentData() != Frequency.OFF.value
        for widget in (self.choose_button, self.own_button, self.keep):
            widget.setEnabled(scheduled)
        self.own_button.setEnabled(scheduled and bool(self._folder))
