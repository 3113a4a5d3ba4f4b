"""The GUI's handle on one vault folder.

Widgets get this object through their constructor. Every call runs on the vault
thread; callbacks come back on the GUI thread. `lock()` takes effect on the GUI
side at once (signal `locked`, so every view clears itself) and on the vault
side as soon as the running job returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from ui.vault_thread import VaultThread
from vault.errors import VaultError, VaultLocked
from vault.keys import kdf
from vault.keys.device_secret import DeviceSecretStore
from vault.keys.header import HEADER_NAME
from vault.session import Vault
from vault.state import Clock, utc_now
from vault.storage.drafts import Draft
from vault.storage.form_drafts import FormDraft
from vault.storage.instance_lock import InstanceLock
from vault.storage.os_backup import exclude_from_os_backups

T = TypeVar("T")
OnError = Callable[[Exception], None]


class VaultSession(QObject):
    unlocked = Signal()
    locked = Signal()
    changed = Signal(str)  # a client id whose data changed ("" for the client list itself)

    def __init__(
        self,
        folder: Path,
        thread: VaultThread,
        *,
        device_store: DeviceSecretStore | None = None,
        clock: Clock = utc_now,
        kdf_params: kdf.KdfParams | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self._thread = thread
        self._device_store = device_store
        self._clock = clock
        self._kdf_params = kdf_params  # None: calibrate on this machine
        self._vault: Vault | None = None  # touched only on the vault thread
        self._is_unlocked = False  # the GUI thread's view
        # After `create`: what became of excluding the folder from OS backups (one sentence).
        self.os_backups: str | None = None
        self._closed = False

    @property
    def exists(self) -> bool:
        return (self.folder / HEADER_NAME).exists()

    @property
    def is_unlocked(self) -> bool:
        return self._is_unlocked

    def create(
        self,
        password: str,
        *,
        require_device: bool,
        on_done: Callable[[str], None],
        on_error: OnError,
    ) -> None:
        """Create and unlock the vault; `on_done` receives the recovery key."""

        def job() -> str:
            vault, recovery_key = Vault.create(
                self.folder,
                password,
                kdf_params=self._kdf_params,
                device_store=self._device_store,
                require_device=require_device,
                clock=self._clock,
            )
            self._vault = vault
            self.os_backups = exclude_from_os_backups(self.folder)
            return recovery_key

        self._thread.submit(job, lambda key: self._opened(key, on_done), on_error)

    def check_not_busy(self, on_error: OnError) -> None:
        """Say at once, before any password is typed, when another window or command has
        the vault open (a probe of its single-instance lock, released at once)."""

        def job() -> None:
            if self._vault is None and self.exists:  # our own open vault holds the lock
                InstanceLock(self.folder).check_free()

        if not self._closed:  # a screen shown while the app quits asks nothing
            self._thread.submit(job, lambda _result: None, on_error)

    def unlock(
        self,
        *,
        password: str | None = None,
        recovery_key: str | None = None,
        on_done: Callable[[None], None],
        on_error: OnError,
    ) -> None:
        def job() -> None:
            if self._vault is None:
                self._vault = Vault(self.folder, device_store=self._device_store, clock=self._clock)
            self._vault.unlock(password, recovery_key=recovery_key)

        self._thread.submit(job, lambda result: self._opened(result, on_done), on_error)

    def _opened(self, result: T, on_done: Callable[[T], None]) -> None:
        self._is_unlocked = True
        on_done(result)
        self.unlocked.emit()

    def run(
        self,
        job: Callable[[Vault], T],
        on_done: Callable[[T], None] | None = None,
        on_error: OnError | None = None,
        *,
        changes: str | None = None,
    ) -> None:
        """Run `job(vault)` on the vault thread. `changes` names the client id it modifies."""

        def work() -> T:
            vault = self._vault
            if vault is None:
                raise VaultLocked("The vault is locked.")
            try:
                return job(vault)
            finally:
                if (
                    not vault.is_unlocked
                ):  # a restore closed it: the next unlock reads the folder afresh
                    vault.close()
                    self._vault = None

        def done(result: T) -> None:
            if on_done is not None and _alive(on_done):
                on_done(result)
            if changes is not None:
                self.changed.emit(changes)

        def failed(error: Exception) -> None:
            if on_error is not None and _alive(on_error):
                on_error(error)

        self._thread.submit(work, done, failed)

    def lock(self, drafts: Sequence[Draft | FormDraft] = ()) -> None:
        """Lock now: views clear at once; drafts are sealed and keys wiped when the
        running job returns (jobs queued behind it never run)."""
        was_unlocked = self._is_unlocked
        self._is_unlocked = False
        self._thread.invalidate()
        self._thread.submit(lambda: self._lock_vault(drafts), survives_lock=True)
        if was_unlocked:
            self.locked.emit()

    def _lock_vault(self, drafts: Sequence[Draft | FormDraft]) -> None:
        vault = self._vault
        if vault is None or not vault.is_unlocked:
            return
        try:
            for draft in drafts:
                try:
                    if isinstance(draft, FormDraft):
                        vault.form_drafts.save(draft)
                    else:
                        vault.drafts.save(draft)
                except VaultError:
                    continue  # e.g. its client was deleted meanwhile; the lock goes on
        finally:
            vault.lock()

    def close(self) -> None:
        """Lock, release the folder lock and stop the vault thread (on quit)."""
        self._closed = True
        self.lock()

        def close_vault() -> None:
            if self._vault is not None:
                self._vault.close()
                self._vault = None

        self._thread.submit(close_vault, survives_lock=True)
        self._thread.shutdown()


def _alive(callback: Callable[..., object]) -> bool:
    """False for a method of a widget that was deleted while its job ran (a dialog
    closed before its result came): the result has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
