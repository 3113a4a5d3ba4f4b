"""A vault folder, opened: create, unlock, lock, change password, re-key.

The key hierarchy itself is in `vault/keys/keyslots.py`; the on-disk switch of a
re-key in `vault/keys/rekey.py`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from vault.audit.log import AuditLog
from vault.backup import restore_recovery
from vault.backup.restore_recovery import vault_entries
from vault.domain.password_policy import check_new_password
from vault.domain.retention import local_date
from vault.erasure.eraser import Eraser
from vault.errors import BadInput, VaultDamaged, VaultLocked, VaultUnwritable, WrongSecret
from vault.keys import kdf, recovery, recovery_pending
from vault.keys.client_keys import FieldCipher
from vault.keys.device_secret import DeviceSecretStore
from vault.keys.hardening import disable_core_dumps
from vault.keys.header import (
    HEADER_NAME,
    PASSWORD_SLOT,
    RECOVERY_SLOT,
    Header,
    read_header,
    write_header,
)
from vault.keys.keyslots import KeySet, password_kek, with_slots
from vault.keys.recovery_pending import with_pending, without_pending
from vault.keys.rekey import (
    discard_pending,
    finish_interrupted,
    pending_paths,
    rekey_copy,
    switch_to_pending,
)
from vault.keys.sealing import AuthenticationFailed, Sealer, new_key
from vault.keys.secret import SecretKey
from vault.keys.signing import PublicIdentity
from vault.search import SearchHit, SearchIndex
from vault.state import Clock, UnlockedState, utc_now
from vault.storage import keyring_pin, record_binding, rollback
from vault.storage.attachments import AttachmentStore
from vault.storage.client_store import ClientStore
from vault.storage.db import DB_NAME, Database
from vault.storage.disk import unwritable
from vault.storage.drafts import DraftStore
from vault.storage.fileio import make_private_dir
from vault.storage.form_drafts import FormDraftStore
from vault.storage.instance_lock import InstanceLock
from vault.storage.key_rotation import RekeyProgress
from vault.storage.retention_store import RetentionStore


def _validate_new_password(password: str) -> None:
    check_new_password(password)


class Vault:
    """One vault folder. Opening takes the single-instance lock; `close()` releases it.

    `zone` is the user's time zone for calendar dates (retention); None means the
    system's own rules.
    """

    def __init__(
        self,
        folder: Path,
        *,
        device_store: DeviceSecretStore | None = None,
        clock: Clock = utc_now,
        zone: dt.tzinfo | None = None,
        keyring_pin: bool = True,
    ) -> None:
        """`keyring_pin=False`: a copy that is not the live vault (a backup being checked
        or restored) is neither held to nor allowed to move the OS keyring's rollback pin."""
        self.folder = folder
        self._device_store = device_store
        self._keyring_pin = keyring_pin
        self._clock = clock
        self.zone = zone
        self._state: UnlockedState | None = None
        restore_recovery.recover(folder, vault_entries())  # a restore killed mid-swap
        # Why this unlock could not write (full disk, read-only folder); None: it can.
        self.unwritable: VaultUnwritable | None = None
        if not (folder / HEADER_NAME).exists():
            raise BadInput(
                "There is no vault in {folder}; create one with 'clientvault init'.",
                folder=str(folder),
            )
        self._instance = InstanceLock(folder)
        self._instance.acquire()
        try:
            finish_interrupted(folder)
            self.header = read_header(folder / HEADER_NAME)
        except BaseException:
            self._instance.release()
            raise

    # -- paths and time -------------------------------------------------------

    @property
    def header_path(self) -> Path:
        return self.folder / HEADER_NAME

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    def timestamp(self) -> str:
        return self._clock().astimezone(dt.UTC).isoformat(timespec="seconds")

    def today(self) -> dt.date:
        """Today in the user's calendar: what retention dates are compared with."""
        return local_date(self._clock(), self.zone)

    # -- creation -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        password: str,
        *,
        kdf_params: kdf.KdfParams | None = None,
        device_store: DeviceSecretStore | None = None,
        require_device: bool = False,
        clock: Clock = utc_now,
        zone: dt.tzinfo | None = None,
    ) -> tuple[Vault, str]:
        """Create and unlock a new vault; returns it with the recovery key (show it once)."""
        _validate_new_password(password)
        if (folder / HEADER_NAME).exists():
            raise BadInput("{folder} already holds a vault.", folder=str(folder))
        params = kdf_params or kdf.calibrate()
        params.check_floor()
        params.check_ceiling()
        make_private_dir(folder)
        vault_id = secrets.token_hex(16)
        lock = InstanceLock(folder)
        lock.acquire()
        keys = KeySet.from_master(new_key(), vault_id)
        try:
            if (folder / HEADER_NAME).exists():  # created by someone else meanwhile
                raise BadInput("{folder} already holds a vault.", folder=str(folder))
            # The header is written last: a vault.db without one is left from a creation
            # that crashed, and no key exists that could read it.
            for leftover in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
                with contextlib.suppress(FileNotFoundError):
                    (folder / leftover).unlink()
            device = None
            if require_device:
                device = (device_store or _default_store()).create(vault_id)
            created = clock().astimezone(dt.UTC).isoformat(timespec="seconds")
            db = Database(folder / DB_NAME, keys.db, create=True)
            try:
                db.migrate()
                with db.transaction():
                    AuditLog(db, keys.audit, lambda: created).append("vault.created")
            finally:
                db.close()
            recovery_key = recovery.generate()
            header = Header(vault_id, created, params, require_device, slots={})
            header = with_slots(header, keys.master, password, device, recovery_key)
            write_header(folder / HEADER_NAME, header.signed(keys.header))
        finally:
            keys.wipe()
            lock.release()
        vault = cls(folder, device_store=device_store, clock=clock, zone=zone)
        vault.unlock(password)
        return vault, recovery_key

    # -- unlocking ------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self._state is not None

    def unlock(self, password: str | None = None, *, recovery_key: str | None = None) -> None:
        if self._state is not None:
            return
        if (password is None) == (recovery_key is None):
            raise BadInput("Unlock with either the password or the recovery key.")
        if password is not None:
            slot, method = PASSWORD_SLOT, "password"
            kek = self._password_kek(password)
        else:
            slot, method = RECOVERY_SLOT, "recovery-key"
            kek = recovery.to_key(recovery_key or "", self.vault_id)
        keys = KeySet.from_master(self._open_slot(slot, kek), self.vault_id)
        try:
            self.header.verify_mac(keys.header)
            disable_core_dumps()
            self.unwritable = unwritable(self.folder)
            db = Database(self.db_path, keys.db, read_only=self.unwritable is not None)
        except BaseException:
            keys.wipe()
            raise
        try:
            if self.unwritable is None:
                db.migrate()
            db.check_pages()  # before the first write of this session
            rollback.check(self.header, db, self.folder)
            if self._pins_keyring:
                keyring_pin.check(
                    keyring_pin.store_or_default(self._device_store), self.vault_id, db
                )
            self._state = UnlockedState(
                self.folder, self.vault_id, keys, db, self.timestamp, self.zone
            )
            if self.unwritable is None:  # read-only: no entry, no cleanup, until there is room
                db.on_commit = self._pin
                record_binding.bind_legacy(db, self._state.cipher, self._state.audit)
                self._record_unlock(db, method)
            else:
                self._state.cipher.unbound = record_binding.unbound(db)
        except BaseException:
            self.lock()
            db.close()
            keys.wipe()
            raise

    def _pin(self) -> None:
        """Pin the newest audit entry in the header after a commit (vault/storage/rollback.py),
        and in the OS keyring when the device secret is on (vault/storage/keyring_pin.py).

        Should the header write fail, the pin lags behind; the next commit retries.
        """
        state = self._state
        if state is None:
            return
        newest = rollback.head(state.db)
        if newest is None:
            return
        if newest != self.header.pin:
            with contextlib.suppress(OSError):
                self._write_header(replace(self.header, pin=newest).signed(state.keys.header))
        if self._pins_keyring:
            keyring_pin.write(
                keyring_pin.store_or_default(self._device_store), self.vault_id, newest
            )

    @property
    def _pins_keyring(self) -> bool:
        """The device secret is on, so the OS keyring holds the rollback pin too."""
        return self.header.device_secret and self._keyring_pin

    def _record_unlock(self, db: Database, method: str) -> None:
        state = self._unlocked()
        failed = len(self.header.failed_unlocks)
        with db.transaction():
            state.audit.append("vault.unlocked", method=method, failed_attempts=failed)
        with contextlib.suppress(OSError):  # exports made while the disk was full
            state.pending_audit.replay(db, state.audit)
        if failed:
            self._write_header(replace(self.header, failed_unlocks=()))
        # Cleanup a crash may have left: retried at the next unlock if a folder is away.
        with contextlib.suppress(OSError):
            # Finishing an erasure a crash interrupted is the vault's own integrity,
            # so the session knows this one feature module (which never imports it).
            Eraser(self).finish_pending()
        with contextlib.suppress(OSError):
            state.attachments.remove_orphans()  # blobs whose rows are gone

    def verify_password(self, password: str) -> None:
        """Raise WrongSecret unless this is the vault's password; nothing else changes.

        For "type your current password" before a change. A wrong one counts as a
        failed unlock attempt, reported in the audit log at the next unlock.
        """
        self._unlocked()
        self._open_slot(PASSWORD_SLOT, self._password_kek(password)).wipe()

    def _password_kek(self, password: str) -> SecretKey:
        device = self._device_secret()
        try:
            return password_kek(password, self.header.kdf, device, self.vault_id)
        finally:
            if device is not None:
                device.wipe()

    def _open_slot(self, slot: str, kek: SecretKey) -> SecretKey:
        """The master key from one key slot; wipes `kek` whatever happens."""
        try:
            return SecretKey(Sealer(kek).open(self.header.slots[slot], self.header.slot_aad(slot)))
        except AuthenticationFailed as exc:
            self._record_failed_unlock()
            if slot == PASSWORD_SLOT:
                raise WrongSecret("The password is wrong for this vault.") from exc
            raise WrongSecret("The recovery key is wrong for this vault.") from exc
        except KeyError as exc:
            raise VaultDamaged("vault.header has no {slot} slot.", slot=slot) from exc
        finally:
            kek.wipe()

    def _device_secret(self) -> SecretKey | None:
        if not self.header.device_secret:
            return None
        return (self._device_store or _default_store()).load(self.vault_id)

    def _record_failed_unlock(self) -> None:
        """Failed attempts go into the header; the next unlock moves them to the audit log."""
        attempts = (*self.header.failed_unlocks, self.timestamp())
        with contextlib.suppress(OSError):  # a read-only vault still says "wrong password"
            self._write_header(replace(self.header, failed_unlocks=attempts))

    def _write_header(self, header: Header) -> None:
        write_header(self.header_path, header)
        self.header = header

    def lock(self) -> None:
        """Drop every key, the connection, the search index and the client key cache."""
        state, self._state = self._state, None
        if state is None:
            return
        state.cancel_indexing.set()
        if state.index_thread is not None:
            state.index_thread.join()
        if state.index is not None:
            state.index.close()
        state.client_keys.clear()
        state.db.close()
        state.keys.wipe()

    def close(self) -> None:
        self.lock()
        self._instance.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object | TracebackType | None) -> None:
        self.close()

    # -- working with the unlocked vault --------------------------------------

    def _unlocked(self) -> UnlockedState:
        if self._state is None:
            raise VaultLocked("The vault is locked.")
        return self._state

    @property
    def state(self) -> UnlockedState:
        """Keys, connection and stores of the unlocked vault (for core modules only)."""
        return self._unlocked()

    @property
    def device_store(self) -> DeviceSecretStore | None:
        """The keyring store given at opening (None: the OS keyring, probed when needed)."""
        return self._device_store

    @property
    def identity(self) -> PublicIdentity:
        """The vault's signing public key, for clients to verify certificates and bundles."""
        return self._unlocked().signer.identity

    @property
    def clients(self) -> ClientStore:
        return self._unlocked().store

    @property
    def retention(self) -> RetentionStore:
        return self._unlocked().retention

    @property
    def drafts(self) -> DraftStore:
        return self._unlocked().drafts

    @property
    def form_drafts(self) -> FormDraftStore:
        return self._unlocked().form_drafts

    @property
    def attachments(self) -> AttachmentStore:
        return self._unlocked().attachments

    @property
    def audit(self) -> AuditLog:
        return self._unlocked().audit

    @property
    def database(self) -> Database:
        return self._unlocked().db

    # -- search ---------------------------------------------------------------

    def start_indexing(self, on_progress: Callable[[int], None] | None = None) -> threading.Thread:
        """Build the in-memory index on a worker thread with its own connection."""
        state = self._unlocked()
        if state.index_thread is not None:
            return state.index_thread
        index = SearchIndex()
        state.index = index

        def build() -> None:
            db = Database(self.db_path, state.keys.db, read_only=self.unwritable is not None)
            try:
                cipher = FieldCipher(db, self.vault_id, state.client_keys)
                cipher.unbound = state.cipher.unbound
                retention = RetentionStore(db, cipher, state.audit, self.zone)
                reader = ClientStore(db, cipher, state.audit, self.timestamp, retention)
                done = 0
                for batch in reader.documents(state.cancel_indexing.is_set):
                    index.add(batch)
                    done += len(batch)
                    if on_progress is not None:
                        on_progress(done)
                if not state.cancel_indexing.is_set():
                    index.ready.set()
            finally:
                db.close()

        state.index_thread = threading.Thread(target=build, name="search-index", daemon=True)
        state.index_thread.start()
        return state.index_thread

    @property
    def index_ready(self) -> bool:
        """False while the index is still being filled: results may be incomplete."""
        index = self._unlocked().index
        return index is not None and index.ready.is_set()

    def search(self, query: str, *, wait: bool = True) -> list[SearchHit]:
        state = self._unlocked()
        thread = self.start_indexing()
        if wait:
            thread.join()
        return state.index.query(query) if state.index is not None else []

    # -- changing secrets -----------------------------------------------------

    def change_password(self, new_password: str) -> None:
        """Re-wrap the master key under a new password (and a fresh salt); nothing else changes."""
        _validate_new_password(new_password)
        state = self._unlocked()
        device = self._device_secret_or_new()
        params = self.header.kdf.with_new_salt()
        header = replace(self.header, kdf=params)
        try:
            kek = password_kek(new_password, params, device, self.vault_id)
        finally:
            if device is not None:
                device.wipe()
        try:
            sealed = Sealer(kek).seal(
                bytes(state.keys.master.view()), header.slot_aad(PASSWORD_SLOT)
            )
        finally:
            kek.wipe()
        header = replace(header, slots={**header.slots, PASSWORD_SLOT: sealed}, failed_unlocks=())
        with state.db.transaction():
            state.audit.append("vault.password-changed")
            self._write_header(header.signed(state.keys.header))

    def _device_secret_or_new(self) -> SecretKey | None:
        """After a recovery-key unlock the device secret may be gone: enrol a fresh one."""
        if not self.header.device_secret:
            return None
        store = self._device_store or _default_store()
        try:
            return store.load(self.vault_id)
        except WrongSecret:
            return store.create(self.vault_id)

    @property
    def pending_recovery_key(self) -> str | None:
        """A re-key's new recovery key that the user has not confirmed yet (show it)."""
        return recovery_pending.pending(self.header, self._unlocked().keys.master)

    def confirm_recovery_key(self, typed: str) -> None:
        """The user kept the pending recovery key: check what they typed, stop showing it."""
        state = self._unlocked()
        expected = self.pending_recovery_key
        if expected is None:
            raise BadInput("There is no new recovery key waiting to be confirmed.")
        if recovery.parse(typed) != recovery.parse(expected):
            raise BadInput("That is not the new recovery key; it is still waiting.")
        with state.db.transaction():
            state.audit.append("vault.recovery-key-confirmed")
            self._write_header(without_pending(self.header).signed(state.keys.header))

    def rekey(self, new_password: str, progress: RekeyProgress | None = None) -> str:
        """New master key and new client keys for everything (suspected compromise):
        every value and attachment is re-encrypted. Returns the new recovery key.

        Crash-safe: the new header, database and blobs are written beside the live
        ones (vault/keys/rekey.py); opening a vault finishes or rolls back an
        interrupted switch. `progress(done, total)` gets bytes re-encrypted; returning
        False cancels, which is possible until the switch and changes nothing.
        """
        _validate_new_password(new_password)
        state = self._unlocked()
        new_master = new_key()
        new_keys = KeySet.from_master(new_master, self.vault_id)
        next_db, next_header = pending_paths(self.folder)
        try:
            if state.audit.verify():
                raise VaultDamaged("The audit log is broken; run 'clientvault audit verify' first.")
            recovery_key = recovery.generate()
            header = with_slots(
                replace(self.header, kdf=self.header.kdf.with_new_salt(), failed_unlocks=()),
                new_keys.master,
                new_password,
                self._device_secret_or_new(),
                recovery_key,
            )
            # Shown again at every unlock until confirmed: a kill after the switch
            # must not leave a recovery key nobody has seen.
            header = with_pending(header, new_keys.master, recovery_key).signed(new_keys.header)
            discard_pending(self.folder)
            state.db.export_to(next_db, new_keys.db)
            newest = rekey_copy(
                next_db,
                state.keys,
                state.client_keys,
                new_keys,
                self.vault_id,
                self.timestamp,
                progress,
            )
            write_header(next_header, replace(header, pin=newest).signed(new_keys.header))
        except BaseException:
            new_keys.wipe()
            discard_pending(self.folder)
            raise
        new_keys.wipe()
        self.lock()
        switch_to_pending(self.folder)
        self.header = read_header(self.header_path)
        self.unlock(new_password)
        return recovery_key


def _default_store() -> DeviceSecretStore:
    from vault.keys.device_secret import default_backend  # noqa: PLC0415 - keyring probes the OS

    return DeviceSecretStore(default_backend())
