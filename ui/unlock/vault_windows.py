"""The app's windows: one vault at a time, switched from the Vault menu, plus the demo.

Switching locks the vault being left (its window closes as on quit, so open
edits are kept as drafts) and opens the chosen folder in a fresh window. A
folder goes into the recent vaults when its vault is unlocked: only vaults that
were really used, by path, never by content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from ui.app import App
from ui.settings.settings import Settings, SettingsStore, with_recent_vault
from vault.keys.header import HEADER_NAME
from vault.storage.locations import default_vault_dir

AppFactory = Callable[[Path, bool], App]  # (folder, demo) -> a window's App


def starting_folder(settings: Settings) -> Path:
    """The most recent vault still reachable (a USB stick may be out), else the default."""
    for path in settings.recent_vaults:
        if (Path(path) / HEADER_NAME).is_file():
            return Path(path)
    return default_vault_dir()


def default_demo_folder() -> Path:
    return default_vault_dir().parent / "demo"


class VaultWindows(QObject):
    def __init__(
        self,
        settings_store: SettingsStore,
        make_app: AppFactory,
        demo_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self._store = settings_store
        self._make_app = make_app
        self._demo_folder = demo_folder or default_demo_folder()
        self.current: App | None = None
        self.demo: App | None = None

    def open(self, folder: Path, *, create: bool = False) -> App:
        """Show `folder`'s vault (its welcome page if it has none), closing the previous one."""
        previous = self.current
        app = self._build(folder, demo=False)
        self.current = app
        app.show()  # before the old window closes: the last window closing quits the app
        if previous is not None:
            self._close(previous)
        if create:
            app.create_vault()
        return app

    def open_demo(self) -> App:
        if self.demo is not None:
            self.demo.window.raise_()
            self.demo.window.activateWindow()
            return self.demo
        demo = self._build(self._demo_folder, demo=True)
        self.demo = demo
        demo.open_demo(demo.window.show_error)
        demo.show()
        if self.current is not None and not self.current.session.exists:
            self._close(self.current)  # a first-run welcome page has nothing to keep open
            self.current = None
        return demo

    def shutdown(self) -> None:
        for app in (self.current, self.demo):
            if app is not None:
                app.shutdown()
        self.current = self.demo = None

    def _build(self, folder: Path, *, demo: bool) -> App:
        app = self._make_app(folder, demo)
        app.open_requested.connect(self.open)
        app.new_requested.connect(lambda chosen: self.open(chosen, create=True))
        app.demo_requested.connect(self.open_demo)
        if not demo:
            app.session.unlocked.connect(lambda: self._remember(app.session.folder))
        return app

    def _remember(self, folder: Path) -> None:
        try:
            self._store.save(with_recent_vault(self._store.load(), folder))
        except OSError:  # a read-only config folder costs the recent list, not the vault
            return

    def _close(self, app: App) -> None:
        app.window.close()  # locks first (MainWindow.closeEvent)
        app.shutdown()
        app.window.deleteLater()
        app.deleteLater()
