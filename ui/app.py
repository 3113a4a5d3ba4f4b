"""Composition root: builds one vault's window and everything it depends on.

Nothing here is a singleton: a test builds an App with a fake clock, scripted
prompts and a private vault folder, exactly as `run_gui` builds the real one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.backups.backup_status import BackupStatus
from ui.backups.scheduler import BackupScheduler
from ui.clients.external_copies import ExternalCopies
from ui.desktop import app_icon
from ui.help.about_dialog import AboutDialog, ShortcutsDialog
from ui.lock.capture_guard import Apply, CaptureGuard, platform_apply
from ui.lock.clipboard import SecureClipboard
from ui.lock.controller import LockController
from ui.lock.idle import IdleMonitor
from ui.lock.os_events import SessionEvents, platform_session_events
from ui.lock.shortcut import LockShortcut
from ui.lock.timers import QtScheduler, Scheduler, WallClock, wall_clock
from ui.main_window import MainWindow
from ui.models import era_dates_shown, show_era_dates
from ui.prompts import Prompts
from ui.settings.change_password_dialog import ChangePasswordDialog
from ui.settings.settings import DateStyle, Settings, SettingsStore
from ui.settings.settings_dialog import SettingsDialog
from ui.unlock.create_vault_dialog import CreateVaultDialog
from ui.unlock.pending_recovery_key import PendingRecoveryKeyDialog
from ui.unlock.unlock_screen import UnlockScreen
from ui.unlock.vault_menus import VaultMenus
from ui.unlock.welcome_screen import WelcomeScreen
from ui.vault_session import VaultSession
from ui.vault_thread import VaultThread
from vault.audit.settings_changes import record_settings_change
from vault.demo import fill
from vault.keys import kdf
from vault.keys.device_secret import DeviceSecretStore
from vault.session import Vault

# The demo vault holds made-up people only; its password is public on purpose.
DEMO_PASSWORD = "look-around-demo-2026"  # noqa: S105
DEMO_CLIENTS = 25
DEMO_RECORDS = 400


class LockScreen(QWidget):
    """What the window shows while locked: the welcome page before a vault exists."""

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        hint: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.welcome = WelcomeScreen(self)
        self.unlock = UnlockScreen(session, prompts, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.unlock)
        layout = QVBoxLayout(self)
        if hint is not None:
            layout.addWidget(QLabel(hint, self))
        layout.addWidget(self.stack, 1)
        self.show_page(session.exists)

    def show_page(self, vault_exists: bool) -> None:
        self.stack.setCurrentWidget(self.unlock if vault_exists else self.welcome)


class App(QObject):
    demo_requested = Signal()
    open_requested = Signal(Path)  # switch to the vault in this folder
    new_requested = Signal(Path)  # switch to this folder and create a vault there

    def __init__(
        self,
        folder: Path,
        settings_store: SettingsStore,
        *,
        prompts: Prompts | None = None,
        scheduler: Scheduler | None = None,
        clock: WallClock = wall_clock,
        os_events: SessionEvents | None = None,
        capture_apply: Apply | None = None,
        device_store: DeviceSecretStore | None = None,
        kdf_params: kdf.KdfParams | None = None,
        demo: bool = False,
    ) -> None:
        super().__init__()
        qt_app = QApplication.instance()
        if not isinstance(qt_app, QApplication):
            raise RuntimeError("Create the QApplication before the App.")
        self.settings_store = settings_store
        self.settings = settings_store.load()
        self.prompts = prompts or Prompts()
        self.scheduler = scheduler or QtScheduler(self)
        self.device_store = device_store
        self.demo = demo
        self.session = VaultSession(
            folder, VaultThread(), device_store=device_store, kdf_params=kdf_params
        )
        self.clipboard = SecureClipboard(
            QGuiApplication.clipboard(), self.scheduler, self.settings.clipboard_clear_seconds
        )
        self.idle = IdleMonitor(qt_app, self.scheduler, clock, self.settings.idle_lock_minutes * 60)
        self.os_events = os_events or platform_session_events()
        self.lock = LockController(self.session, self.clipboard, self.idle, self.os_events)
        self.lock_shortcut = LockShortcut(qt_app, lambda: self.lock.lock("user"))
        self.capture = CaptureGuard(
            self.scheduler,
            capture_apply if capture_apply is not None else platform_apply(),
            self.settings.screen_capture_protection,
        )
        hint = (
            self.tr("Demo vault with made-up clients. Password: {password}").format(
                password=DEMO_PASSWORD
            )
            if demo
            else None
        )
        self.lock_screen = LockScreen(self.session, self.prompts, hint)
        self.external = ExternalCopies(self.session)
        self.window = MainWindow(
            self.session,
            self.prompts,
            self.clipboard,
            self.lock,
            self.capture,
            self.lock_screen,
            self.external,
        )
        self.window.setWindowIcon(app_icon())
        self.menus = VaultMenus(
            self.window,
            self.window.vault_menu,
            self.prompts,
            lambda: self.session.folder,
            lambda: self.settings_store.load().recent_vaults,
        )
        self.menus.open_requested.connect(self.open_requested.emit)
        self.menus.new_requested.connect(self.new_requested.emit)
        self.menus.demo_requested.connect(self.demo_requested.emit)
        self.menus.about_requested.connect(self.open_about)
        self.menus.shortcuts_requested.connect(self.open_shortcuts)
        self.session.locked.connect(self.show_title)
        self.session.unlocked.connect(self.show_title)
        self.show_title()
        if demo:  # the demo folder is never offered as the place for a real vault
            self.lock_screen.welcome.show_progress(
                self.tr("Making the demo vault with made-up clients…")
            )
        else:
            self.lock_screen.welcome.create_requested.connect(self.create_vault)
            self.lock_screen.welcome.open_requested.connect(self.menus.choose_vault_to_open)
            self.lock_screen.welcome.demo_requested.connect(self.demo_requested.emit)
        self.window.settings_requested.connect(self.open_settings)
        self.window.password_change_requested.connect(self.change_password)
        self._after_unlock: list[str] = []  # warnings to show once the vault is open again
        self.session.unlocked.connect(self._show_warnings)
        self.session.unlocked.connect(self._check_pending_recovery_key)
        self._settings_changes: dict[str, str | int] = {}  # not yet in the audit log
        self.session.unlocked.connect(self._flush_settings_changes)
        self.backups = BackupScheduler(
            self.session,
            lambda: self.settings,
            self.scheduler,
            lambda: dt.datetime.fromtimestamp(clock(), dt.UTC),
            self,
        )
        self.window.statusBar().addPermanentWidget(BackupStatus(self.backups, self.window))
        self.window.backup_made.connect(self.backups.check)
        self.apply_settings(self.settings)

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.idle.timeout_seconds = settings.idle_lock_minutes * 60
        self.clipboard.clear_after_seconds = settings.clipboard_clear_seconds
        self.lock.lock_on_minimise = settings.lock_on_minimise
        self.capture.set_enabled(settings.screen_capture_protection)
        self.backups.check()  # a schedule just chosen may make a backup due now
        era = settings.date_style is DateStyle.ERA
        if era != era_dates_shown():
            show_era_dates(era)
            if self.session.is_unlocked:
                self.window.reload_clients()

    def show_title(self) -> None:
        """The vault's name, and whether it is locked: several vaults can be open."""
        name = self.tr("demo vault") if self.demo else self.session.folder.name
        if self.session.is_unlocked:
            title = self.tr("{vault} — ClientVault")
        elif self.session.exists:
            title = self.tr("{vault} (locked) — ClientVault")
        else:
            title = self.tr("{vault} (no vault yet) — ClientVault")
        self.window.setWindowTitle(title.format(vault=name or str(self.session.folder)))

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(self.window)
        dialog.open()
        return dialog

    def open_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.window)
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        # The recent vaults may have changed since this window loaded the settings.
        current = replace(self.settings, recent_vaults=self.settings_store.load().recent_vaults)
        dialog = SettingsDialog(self.settings_store, current, self.capture, self.window)
        dialog.applied.connect(self._log_settings_change)
        dialog.applied.connect(self.apply_settings)
        dialog.open()
        return dialog

    def change_password(self, rekey: bool) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(
            self.session,
            self.prompts,
            rekey=rekey,
            after_recovery=self.lock_screen.unlock.used_recovery_key,
            parent=self.window,
        )
        release = self.lock.hold_while(lambda: dialog.is_busy)
        dialog.finished.connect(lambda _code: release())
        if rekey:
            dialog.interrupted.connect(
                lambda: self._warn(
                    self.tr(
                        "The vault locked while it was being re-keyed, before its new recovery "
                        "key was kept. If the re-key finished, the old recovery key no longer "
                        "works: re-key again (Vault menu) to get a recovery key you keep."
                    )
                )
            )
        dialog.open()
        return dialog

    def _warn(self, text: str) -> None:
        """Say it now if the vault is open, else right after the next unlock."""
        self._after_unlock.append(text)
        if self.session.is_unlocked:
            self._show_warnings()

    def _show_warnings(self) -> None:
        warnings, self._after_unlock = self._after_unlock, []
        for text in warnings:
            self.prompts.inform(self.window, self.tr("Recovery key"), text)

    def _log_settings_change(self, settings: Settings) -> None:
        """Into the audit log now, or at the next unlock if the vault is locked."""
        before, after = asdict(self.settings), asdict(settings)
        for name, value in after.items():
            if value != before[name]:
                self._settings_changes[name] = value if isinstance(value, int) else str(value)
        if self.session.is_unlocked:
            self._flush_settings_changes()

    def _flush_settings_changes(self) -> None:
        changes, self._settings_changes = self._settings_changes, {}
        if changes:
            self.session.run(
                lambda vault: record_settings_change(vault, changes),
                lambda _result: None,
                lambda _error: self._settings_changes.update(changes),  # tried again later
            )

    def _check_pending_recovery_key(self) -> None:
        def job(vault: Vault) -> str | None:
            return vault.pending_recovery_key

        self.session.run(job, self._show_pending_recovery_key, lambda _error: None)

    def _show_pending_recovery_key(self, key: str | None) -> None:
        """A re-key's key nobody confirmed: shown until kept, with locks held meanwhile."""
        if key is None or not self.session.is_unlocked:
            return
        dialog = PendingRecoveryKeyDialog(self.session, self.prompts, key, parent=self.window)
        release = self.lock.hold_while(dialog.isVisible)
        dialog.finished.connect(lambda _code: release())
        dialog.open()

    def create_vault(self) -> CreateVaultDialog:
        dialog = CreateVaultDialog(
            self.session, self.prompts, device_store=self.device_store, parent=self.window
        )
        dialog.demo_requested.connect(self.demo_requested.emit)
        dialog.folder_changed.connect(self.show_title)
        # The recovery key is shown once: idle and minimise locks wait while it is up.
        release = self.lock.hold_while(dialog.isVisible)

        def finished(code: int) -> None:
            release()
            self.lock_screen.show_page(self.session.exists)
            self.show_title()
            if dialog.vault_created and code != QDialog.DialogCode.Accepted.value:
                self._warn(
                    self.tr(
                        "Your vault was created, but its recovery key was not confirmed as "
                        "kept. Re-key the vault (Vault menu) to get a new recovery key, and "
                        "keep that one offline."
                    )
                )

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def open_demo(self, on_error: Callable[[Exception], None]) -> None:
        """Unlock the demo vault, creating and filling it on first use."""
        if self.session.exists:
            self.session.unlock(password=DEMO_PASSWORD, on_done=lambda _: None, on_error=on_error)
            return

        def created(_recovery_key: str) -> None:
            self.session.run(
                lambda v: fill(v, clients=DEMO_CLIENTS, records=DEMO_RECORDS, seed=1),
                lambda _: self.window.reload_clients(),
                on_error,
            )

        self.session.create(DEMO_PASSWORD, require_device=False, on_done=created, on_error=on_error)

    def show(self) -> None:
        self.window.resize(1100, 700)
        self.window.show()

    def shutdown(self) -> None:
        qt_app = QApplication.instance()
        if qt_app is not None:  # Ctrl+L must lock the window that is still open, not this one
            qt_app.removeEventFilter(self.lock_shortcut)
            qt_app.removeEventFilter(self.idle)
        self.idle.shutdown()
        self.session.close()
        self.external.remove_all()  # retries copies a viewer held open at the lock
