"""Checking a backup and putting it in place of the live vault (opens vaults, so it sits
above the session; the manager below it never imports the session)."""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from vault.backup.files import (
    SAFE_NAME,
    TOMBSTONE_COLUMNS,
    attachments_of,
    copy_file,
    copy_tree,
    delete_ids,
    make_dir,
    read_only,
    staging_path,
    utc_now,
)
from vault.backup.manager import MANIFEST_NAME, BackupInfo, BackupMeta, read_backup
from vault.backup.restore_recovery import restoring, vault_entries
from vault.errors import BadInput, VaultDamaged, VaultTampered
from vault.keys.header import HEADER_NAME
from vault.session import Vault
from vault.storage import keyring_pin, rollback
from vault.storage.db import DB_NAME
from vault.storage.fileio import (
    fsync_dir,
)
from vault.storage.instance_lock import InstanceLock
from vault.storage.layout import BLOBS_DIR, client_blob_dir

if TYPE_CHECKING:
    from vault.keys.device_secret import DeviceSecretStore
    from vault.state import OpenVault


Clock = Callable[[], dt.datetime]


def verify_backup(
    path: Path,
    password: str,
    *,
    beside: Path,
    device_store: DeviceSecretStore | None = None,
) -> BackupInfo:
    """Open a copy of the backup with its own password and check everything in it.

    The copy is made in a private folder beside `beside` (the vault folder), on the
    same file system and never in /tmp, and removed afterwards; the backup itself is
    only read.
    """
    meta = read_backup(path)
    staging = staging_path(beside, "verify")
    staged = _open_checked(meta, password, staging, device_store, utc_now, None)
    staged.close()
    shutil.rmtree(staging)
    return meta.info()


class BackupRestorer:
    """Verifies backups of one unlocked vault and restores one in its place."""

    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault
        self._db = vault.state.db
        self._device_store = vault.device_store

    def verify(self, path: Path, password: str) -> BackupInfo:
        """Open a copy of the backup with the password it was made under and check it all."""
        return verify_backup(
            path, password, beside=self._vault.folder, device_store=self._device_store
        )

    def restore(self, path: Path, password: str) -> None:
        """Replace the live vault with the backup; afterwards unlock with the backup's password.

        The order, so that nothing live changes until the restored copy has opened:

        1. The backup is copied into `<vault folder>.restore-<random>` beside the vault
           and verified there with its own password (as `verify`).
        2. Erasures made since are applied again to the copy, so an old backup cannot
           bring erased data back: every client and record named in the live vault's
           tombstones (client, record and person scope) is deleted with its blob
           files; the tombstones and the live backup registry (so later erasures
           still find every backup) are copied in; the audit log gets
           "backup.restored".
        3. The live vault is locked and closed. From here on, also after a failure,
           the caller opens a new `Vault` on the folder to go on.
        4. Everything in the vault folder that is not the vault itself (backups/,
           certificates/) moves into the copy; the vault folder is renamed to
           `<vault folder>.before-restore-<random>` and the copy takes its name.
        5. The restored vault is opened and unlocked with `password`; on success the
           before-restore folder is removed. On a failure in step 4 or 5 the old
           folder and what moved out of it are put back.

        A failure in steps 1-2 leaves the live vault untouched and still unlocked.
        A crash during step 4 leaves the old vault in the before-restore folder.
        """
        meta = read_backup(path)
        if meta.vault_id != self._vault.vault_id:
            raise BadInput("This backup belongs to another vault; nothing was restored.")
        folder = self._vault.folder.absolute()
        staging = staging_path(folder, "restore")
        clock, zone = self._live_clock, self._vault.zone
        staged = _open_checked(meta, password, staging, self._device_store, clock, zone)
        try:
            try:
                self._reapply_erasures(staged, meta.id)
                restored = rollback.head(staged.database)
                pinned_in_keyring = staged.header.device_secret
            finally:
                staged.close()
            (staging / MANIFEST_NAME).unlink(missing_ok=True)
            if pinned_in_keyring and restored is not None:  # the one legitimate way back
                store = keyring_pin.store_or_default(self._device_store)
                keyring_pin.lower_to(store, meta.vault_id, restored)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        self._vault.close()
        lock = InstanceLock(folder)  # no other process may open the vault meanwhile
        try:
            lock.acquire()
            with restoring(folder):  # its own check must not be taken for a leftover
                _swap_in(folder, staging, lambda: self._confirm(folder, password))
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            lock.release()

    def _live_clock(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self._vault.timestamp())

    def _confirm(self, folder: Path, password: str) -> None:
        from vault.session import Vault  # noqa: PLC0415 - session imports this module

        with Vault(
            folder, device_store=self._device_store, clock=self._live_clock, zone=self._vault.zone
        ) as restored:
            restored.unlock(password)

    def _reapply_erasures(self, staged: Vault, backup_id: str) -> None:
        tombstones = self._db.execute(f"SELECT {TOMBSTONE_COLUMNS} FROM tombstones")  # noqa: S608
        registry = self._db.execute("SELECT id, path, created_at, managed FROM backups")
        clients = [s for t in tombstones if t[2] == "client" for s in str(t[4]).split()]
        records = [s for t in tombstones if t[2] in ("record", "person") for s in str(t[4]).split()]
        db = staged.database
        doomed = attachments_of(db, clients, records)
        marks = ",".join("?" * len(TOMBSTONE_COLUMNS.split(",")))
        with db.transaction():
            delete_ids(db, clients, records)
            db.executemany(
                f"INSERT OR IGNORE INTO tombstones ({TOMBSTONE_COLUMNS}) VALUES ({marks})",  # noqa: S608
                tombstones,
            )
            db.execute("DELETE FROM backups")
            db.executemany(
                "INSERT INTO backups (id, path, created_at, managed) VALUES (?, ?, ?, ?)", registry
            )
            staged.audit.append("backup.restored", id=backup_id, reapplied=len(tombstones))
        db.checkpoint()
        db.execute("PRAGMA incremental_vacuum")
        db.checkpoint()
        for client_id in clients:
            if SAFE_NAME.fullmatch(client_id):
                shutil.rmtree(client_blob_dir(staged.folder, client_id), ignore_errors=True)
        for client_id, attachment_id in doomed:
            (staged.folder / BLOBS_DIR / client_id / attachment_id).unlink(missing_ok=True)


# -- verifying and swapping in ---------------------------------------------------------------


def _open_checked(
    meta: BackupMeta,
    password: str,
    staging: Path,
    device_store: DeviceSecretStore | None,
    clock: Clock,
    zone: dt.tzinfo | None,
) -> Vault:
    """Copy the backup into `staging`, unlock the copy and check it; returns it unlocked."""
    from vault.session import Vault  # noqa: PLC0415 - session imports this module

    make_dir(staging)
    try:
        copy_file(meta.path / HEADER_NAME, staging / HEADER_NAME)
        copy_file(meta.path / DB_NAME, staging / DB_NAME)
        copy_tree(meta.path / BLOBS_DIR, staging / BLOBS_DIR)
        fsync_dir(staging)
        staged = Vault(
            staging, device_store=device_store, clock=clock, zone=zone, keyring_pin=False
        )
        try:
            staged.unlock(password)
            _check(staged, meta)
        except BaseException:
            staged.close()
            raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staged


def _check(staged: Vault, meta: BackupMeta) -> None:
    db = staged.database
    with read_only(meta.path / DB_NAME, staged.state.keys.db) as backup:  # before this unlock
        head = backup.execute("SELECT mac FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    if staged.vault_id != meta.vault_id or head is None or bytes(head[0]).hex() != meta.audit_head:
        raise VaultTampered(
            "The backup's files do not belong together: its database is not the one "
            "it was made with."
        )
    if db.integrity_problems():
        raise VaultTampered(
            "The backup's database failed its integrity check: it was altered or damaged."
        )
    problems = staged.audit.verify()
    if problems:
        raise VaultTampered(
            "The backup's audit log was tampered with: {problem}.", problem=problems[0]
        )
    missing = sum(
        not (staged.folder / BLOBS_DIR / client_id / attachment_id).is_file()
        for client_id, attachment_id in db.execute("SELECT client_id, id FROM attachments")
    )
    if missing:
        raise VaultDamaged("The backup is missing {count} attachment files.", count=missing)


def _swap_in(folder: Path, staging: Path, confirm: Callable[[], None]) -> None:
    """Steps 4-5 of `BackupRestorer.restore`: carry over, swap, confirm, or put back."""
    before = folder.with_name(f"{folder.name}.before-restore-{secrets.token_hex(4)}")
    kept = vault_entries()
    moved: list[str] = []
    try:
        for entry in sorted(p.name for p in folder.iterdir()):
            if entry not in kept:
                (folder / entry).replace(staging / entry)
                moved.append(entry)
        folder.replace(before)
        try:
            staging.replace(folder)
            fsync_dir(folder.parent)
            confirm()
        except BaseException:
            if folder.exists():
                folder.replace(staging)
            before.replace(folder)
            raise
    except BaseException:
        for entry in moved:
            (staging / entry).replace(folder / entry)
        fsync_dir(folder.parent)
        raise
    shutil.rmtree(before)
