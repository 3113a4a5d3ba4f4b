"""Vault > Open vault…, New vault…, Open recent; the Help menu.

Choosing a folder is checked here, before anything is switched: opening a folder
that holds no vault, or creating one where a vault already is, is refused with
a message and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.prompts import Prompts
from vault.keys.header import HEADER_NAME


def holds_vault(folder: Path) -> bool:
    return (folder / HEADER_NAME).is_file()


class VaultMenus(QObject):
    open_requested = Signal(Path)  # a folder holding a vault
    new_requested = Signal(Path)  # a folder holding none yet
    demo_requested = Signal()
    about_requested = Signal()
    shortcuts_requested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        vault_menu: QMenu,
        prompts: Prompts,
        current_folder: Callable[[], Path],
        recent: Callable[[], tuple[str, ...]],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts
        self._current_folder = current_folder
        self._recent = recent
        self.open_action = QAction(self.tr("&Open vault…"), window)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.choose_vault_to_open)
        self.new_action = QAction(self.tr("New &vault…"), window)
        self.new_action.triggered.connect(self.choose_folder_for_new_vault)
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        first = vault_menu.actions()[0]  # the new items go above the window's own
        vault_menu.insertAction(first, self.open_action)
        vault_menu.insertAction(first, self.new_action)
        vault_menu.insertMenu(first, self.recent_menu)
        vault_menu.insertSeparator(first)

        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.shortcuts_requested.emit)
        self.demo_action = help_menu.addAction(self.tr("Open the &demo vault"))
        self.demo_action.triggered.connect(self.demo_requested.emit)
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(self.tr("&About ClientVault"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.about_requested.emit)

    def fill_recent(self) -> None:
        """The recent folders, read from the settings each time the submenu opens."""
        self.recent_menu.clear()
        current = self._current_folder().absolute()
        for path in self._recent():
            folder = Path(path)
            if folder == current:
                continue
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, f=folder: self.open_folder(f))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No other recent vaults")).setEnabled(False)

    def choose_vault_to_open(self) -> None:
        chosen = self._prompts.folder_path(
            self._window, self.tr("Open the folder of a vault"), self._current_folder().parent
        )
        if chosen is not None:
            self.open_folder(chosen)

    def open_folder(self, folder: Path) -> None:
        if not holds_vault(folder):
            self._prompts.error(
                self._window,
                self.tr("Open vault"),
                self.tr("There is no vault in {folder}.").format(folder=str(folder)),
            )
            return
        self.open_requested.emit(folder)

    def choose_folder_for_new_vault(self) -> None:
        chosen = self._prompts.folder_path(
            self._window,
            self.tr("Choose a folder for the new vault"),
            self._current_folder().parent,
        )
        if chosen is None:
            return
        if holds_vault(chosen):
            self._prompts.error(
                self._window,
                self.tr("New vault"),
                self.tr(
                    "{folder} already holds a vault. Open it with Vault > Open vault…, "
                    "or choose another folder."
                ).format(folder=str(chosen)),
            )
            return
        self.new_requested.emit(chosen)
