"""Scheduled backups: made on the vault thread when due, while the vault is unlocked.

At unlock, and then every few minutes, the scheduler asks the manager when the
last backup was made; if the schedule (Settings: off, daily, weekly) says one is
due, it writes one into the chosen folder through `BackupManager.create`, which
registers it (so an erasure reaches it) and keeps the newest N there. A lock
cancels a backup under way (the core leaves nothing behind); a failed one is
tried again an hour later, not at every tick. Time comes from an injected clock
and timers, so tests run a week in a moment.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui.core_messages import core_message
from ui.lock.timers import Cancel, Scheduler
from ui.settings.settings import Settings
from ui.vault_session import VaultSession
from vault.backup.manager import BackupInfo, BackupManager
from vault.backup.schedule import is_due, is_overdue, parse_time
from vault.errors import VaultError
from vault.session import Vault

log = logging.getLogger(__name__)

CHECK_SECONDS = 10 * 60
RETRY_SECONDS = 60 * 60

Now = Callable[[], dt.datetime]


class BackupScheduler(QObject):
    """Runs the scheduled backups of one session; `changed` whenever what to show changes."""

    changed = Signal()

    def __init__(
        self,
        session: VaultSession,
        settings: Callable[[], Settings],
        timers: Scheduler,
        now: Now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._now = now
        self.known = False  # the last backup's time has been read since the unlock
        self.last: dt.datetime | None = None
        self.running = False  # a backup is being written
        self.checking = False  # the last backup's time is being read
        self.failure = ""  # why the last scheduled backup failed, "" if it did not
        self._stop = threading.Event()
        self._retry: Cancel | None = None
        session.unlocked.connect(self.check)
        session.locked.connect(self._on_locked)
        timers.every(CHECK_SECONDS, self.check)
        self._timers = timers

    @property
    def idle(self) -> bool:
        """Nothing is being read or written (what tests wait for)."""
        return not self.running and not self.checking

    def overdue(self) -> bool:
        return self.known and is_overdue(self._settings().backup_frequency, self.last, self._now())

    def now(self) -> dt.datetime:
        return self._now()

    def check(self) -> None:
        """Read the last backup's time and back up if due (at unlock, each tick, new settings)."""
        if not self._session.is_unlocked or self.running or self.checking:
            return

        def job(vault: Vault) -> str | None:
            return BackupManager(vault).last_created()

        self.checking = True
        self._session.run(job, self._read, self._failed)

    def _read(self, created_at: str | None) -> None:
        self.checking = False
        if not self._session.is_unlocked:
            return
        self.known = True
        self.last = parse_time(created_at)
        self.changed.emit()
        settings = self._settings()
        if self._retry is None and is_due(settings.backup_frequency, self.last, self._now()):
            self._back_up(settings)

    def _back_up(self, settings: Settings) -> None:
        folder = Path(settings.backup_folder).expanduser() if settings.backup_folder else None
        keep = settings.backup_keep
        self._stop = stop = threading.Event()

        def job(vault: Vault) -> BackupInfo:
            return BackupManager(vault).create(folder, keep, lambda _done, _all: not stop.is_set())

        self.running = True
        self.changed.emit()
        self._session.run(job, self._made, self._failed)

    def _made(self, info: BackupInfo) -> None:
        self.running = False
        self.failure = ""
        self.last = parse_time(info.created_at)
        self.changed.emit()

    def _failed(self, error: Exception) -> None:
        self.running = self.checking = False
        if not self._session.is_unlocked:
            return  # cancelled by the lock, or the lock came first: tried again at unlock
        if not isinstance(error, VaultError):
            log.error("A scheduled backup failed: %s", type(error).__name__)
        self.failure = core_message(error)  # the core's messages hold no client data
        self._retry = self._timers.call_later(RETRY_SECONDS, self._retry_now)
        self.changed.emit()

    def _retry_now(self) -> None:
        self._retry = None
        self.check()

    def _on_locked(self) -> None:
        """A backup under way stops (nothing is left behind); times are read again at unlock."""
        self._stop.set()
        self.running = self.checking = False
        self.known = False
        if self._retry is not None:
            self._retry()
            self._retry = None
        self.changed.emit()
