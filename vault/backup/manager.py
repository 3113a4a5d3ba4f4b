"""Backups: encrypted snapshots of the vault that an erasure can still reach.

A backup is a folder `clientvault-backup-<UTC time>-<6 hex>/` holding a copy of
vault.header, a fresh `sqlcipher_export` of vault.db under the same key (compact:
no free pages with old content, no WAL), the blobs tree (already encrypted) and
backup.json (format, vault id, time, audit head: no client data). Every backup the
app writes is registered in the `backups` table, so that an erasure can rewrite or
delete each copy that still holds the erased key (`BackupManager.purge`).

Folders change only by renames inside their destination folder, decided by the
registry, so that `_recover` can finish or undo whatever a crash interrupted:

- create: build `.partial-<id>`, fsync, register it (one transaction with the
  audit entry), rename it to `<id>`;
- rewrite: build `.partial-<id>`, audit, rename `<id>` to `.old-<id>` and
  `.partial-<id>` to `<id>`, remove `.old-<id>`;
- delete: rename `<id>` to `.old-<id>`, unregister it, remove `.old-<id>`.

A `.partial-<id>` of a registered backup whose folder is missing is complete (it is
registered or swapped only after its fsync) and takes the folder's place; an
`.old-<id>` of such a backup goes back; anything else left over is removed.
"""

from __future__ import annotations

import builtins
import datetime as dt
import enum
import json
import secrets
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

import sqlcipher3

from vault.backup.files import (
    Meter,
    blob_relpath,
    copy_file,
    copy_tree,
    database_without,
    fsync_file,
    has_rows,
    make_dir,
    read_only,
    subjects_digest,
    tree_size,
)
from vault.errors import BadInput, VaultDamaged, VaultTooNew
from vault.keys.header import HEADER_NAME, read_header
from vault.storage.db import DB_NAME
from vault.storage.fileio import (
    atomic_write,
    fsync_dir,
    make_private_dir,
)
from vault.storage.layout import BACKUPS_DIR, BLOBS_DIR

if TYPE_CHECKING:
    from vault.state import OpenVault

MANIFEST_NAME = "backup.json"
FORMAT = 1
DEFAULT_KEEP = 7
PREFIX = "clientvault-backup-"
PARTIAL = ".partial-"
OLD = ".old-"

Progress = Callable[[int, int], bool]
Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class BackupInfo:
    id: str
    path: Path
    created_at: str
    exists: bool  # False: the folder is gone or unreachable (it may still hold data)
    size: int  # bytes on disk; 0 when it does not exist
    # Made before the vault's latest re-key: it opens only with the password (or recovery
    # key) from before, and holds everything under the old keys the re-key replaced.
    before_rekey: bool = False


@dataclass
class PurgeResult:
    """Backup ids by what the purge did (or, for an erasure retried, had done)."""

    rewritten: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BackupMeta:
    """What backup.json says, read before any password is asked for."""

    id: str
    path: Path
    vault_id: str
    created_at: str
    audit_head: str

    def info(self) -> BackupInfo:
        return BackupInfo(self.id, self.path, self.created_at, True, tree_size(self.path))


class _Verdict(enum.Enum):
    MISSING = "missing"  # folder gone or unreachable
    SEALED = "sealed"  # cannot be opened with the current keys: assumed to hold anything
    HOLDS = "holds"
    CLEAN = "clean"


def check_keep(keep: int) -> None:
    if keep < 1:
        raise BadInput("At least one backup must be kept.")


def check_destination(vault_folder: Path, dest: Path | None) -> Path:
    """The folder a backup goes in: the vault's backups/ (None) or one outside the vault."""
    vault_folder = vault_folder.expanduser().resolve()
    default = vault_folder / BACKUPS_DIR
    folder = default if dest is None else dest.expanduser().resolve()
    if folder != default and folder.is_relative_to(vault_folder):
        raise BadInput(
            "Backups go in the vault's own backups folder or outside the vault folder, "
            "not in {folder}.",
            folder=str(folder),
        )
    if folder.exists() and not folder.is_dir():
        raise BadInput("{folder} is not a folder.", folder=str(folder))
    return folder


def read_backup(path: Path) -> BackupMeta:
    """The backup at `path` as backup.json describes it; refuses anything else."""
    path = path.expanduser().absolute()
    manifest = path / MANIFEST_NAME
    if not all(p.is_file() for p in (manifest, path / HEADER_NAME, path / DB_NAME)):
        raise BadInput("{path} is not a ClientVault backup.", path=str(path))
    try:
        data = json.loads(manifest.read_bytes())
        version = int(data["format"])
        if version <= FORMAT:
            head = bytes.fromhex(data["audit_head"]).hex()
            return BackupMeta(path.name, path, str(data["vault_id"]), str(data["created_at"]), head)
    except (ValueError, KeyError, TypeError) as exc:
        raise VaultDamaged("The backup's backup.json is damaged.") from exc
    raise VaultTooNew(
        "This backup was made by a newer ClientVault (backup format {version}); "
        "update ClientVault to use it.",
        version=version,
    )


class BackupManager:
    """The app's backups of one unlocked vault: create, list, and purge after an erasure."""

    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault
        self._state = vault.state
        self._db = self._state.db
        self._device_store = vault.device_store

    # -- making backups -------------------------------------------------------

    def create(
        self, dest: Path | None = None, keep: int = DEFAULT_KEEP, progress: Progress | None = None
    ) -> BackupInfo:
        """Write a backup into `dest` (default: the vault's backups/) and keep the newest `keep`.

        `progress(done, total)` is told the bytes copied; returning False cancels,
        and nothing is left behind.
        """
        check_keep(keep)
        folder = check_destination(self._vault.folder, dest)
        try:
            info = self._create_in(folder, progress)
        except OSError as exc:  # disk full, no permission, a drive pulled out
            raise BadInput(
                "Could not write the backup to {folder}: {reason}.",
                folder=str(folder),
                reason=exc.strerror or type(exc).__name__,
            ) from exc
        self._rotate(folder, keep)
        return info

    def _create_in(self, folder: Path, progress: Progress | None) -> BackupInfo:
        if folder == self._vault.folder.resolve() / BACKUPS_DIR or not folder.exists():
            make_private_dir(folder)  # never chmod a folder the user already has
        self._recover(folder)
        backup_id = self._new_id(folder)
        partial, final = folder / f"{PARTIAL}{backup_id}", folder / backup_id
        created_at = self._vault.timestamp()
        try:
            clients = self._write(partial, created_at, progress)
            size = tree_size(partial)
            # Registered before the rename: a crash in between leaves a registered backup
            # that `_recover` completes, never an unregistered copy an erasure cannot find.
            with self._db.transaction():
                self._db.execute(
                    "INSERT INTO backups (id, path, created_at, managed) VALUES (?, ?, ?, 1)",
                    (backup_id, str(final), created_at),
                )
                self._state.audit.append("backup.created", id=backup_id, size=size, clients=clients)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        partial.replace(final)
        fsync_dir(folder)
        return BackupInfo(backup_id, final, created_at, True, size)

    def _new_id(self, folder: Path) -> str:
        stamp = dt.datetime.fromisoformat(self._vault.timestamp()).astimezone(dt.UTC)
        while True:
            backup_id = f"{PREFIX}{stamp:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
            taken = self._db.scalar("SELECT 1 FROM backups WHERE id = ?", (backup_id,))
            if taken is None and not (folder / backup_id).exists():
                return backup_id

    def _write(self, partial: Path, created_at: str, progress: Progress | None) -> int:
        """Header, exported database, blobs and backup.json; returns the client count."""
        blobs = self._vault.folder / BLOBS_DIR
        page_size = int(self._db.scalar("PRAGMA page_size"))
        db_bytes = int(self._db.scalar("PRAGMA page_count")) * page_size
        meter = Meter(db_bytes + tree_size(blobs), progress)
        make_dir(partial)
        copy_file(self._vault.header_path, partial / HEADER_NAME)
        head = self._state.audit.head()
        clients = int(self._db.scalar("SELECT count(*) FROM clients"))
        self._db.export_to(partial / DB_NAME, self._state.keys.db)
        fsync_file(partial / DB_NAME)
        meter.add(db_bytes)
        copy_tree(blobs, partial / BLOBS_DIR, frozenset(), meter)
        manifest = {
            "format": FORMAT,
            "vault_id": self._vault.vault_id,
            "created_at": created_at,
            "audit_head": head,
        }
        atomic_write(partial / MANIFEST_NAME, json.dumps(manifest, indent=2).encode())
        fsync_dir(partial)
        return clients

    def _rotate(self, folder: Path, keep: int) -> None:
        newest_first = sorted(
            (b for b in self._registered() if b.path.parent == folder),
            key=lambda b: (b.created_at, b.rowid),
            reverse=True,
        )
        for backup in newest_first[keep:]:
            self._delete(backup, "backup.rotated")

    # -- the registry ---------------------------------------------------------

    def list(self) -> list[BackupInfo]:
        """Every backup the app made and has not removed, oldest first; the ones made before
        the latest re-key (by the authenticated audit log's order) are marked."""
        rekeyed = self._db.scalar("SELECT max(seq) FROM audit WHERE action = 'vault.rekeyed'")
        made: dict[str, int] = dict(
            self._db.execute(
                "SELECT json_extract(details, '$.id'), seq FROM audit "
                "WHERE action = 'backup.created'"
            )
        )
        return [
            replace(b.info(), before_rekey=made.get(b.id, 0) < (rekeyed or 0))
            for b in self._registered(recover=True)
        ]

    def last_created(self) -> str | None:
        """When the newest registered backup still in its folder was made (UTC ISO 8601).

        Reads the registry and checks folders only until one exists: cheap enough
        for a status bar that asks every few minutes, unlike `list()`.
        """
        for created_at, path in self._db.execute(
            "SELECT created_at, path FROM backups WHERE managed = 1 "
            "ORDER BY created_at DESC, rowid DESC"
        ):
            if Path(path).is_dir():
                return str(created_at)
        return None

    def _registered(self, *, recover: bool = False) -> builtins.list[_Registered]:
        rows = self._db.execute(
            "SELECT id, path, created_at, rowid FROM backups WHERE managed = 1 "
            "ORDER BY created_at, rowid"
        )
        if recover:
            for folder in sorted({Path(r[1]).parent for r in rows}):
                if folder.is_dir():
                    self._recover(folder)
        return [_Registered(r[0], Path(r[1]), r[2], int(r[3])) for r in rows]

    def _recover(self, folder: Path) -> None:
        """Finish or undo what a crash interrupted in `folder` (see the module docstring)."""
        registered = {b.id for b in self._registered() if b.path.parent == folder}
        for prefix in (PARTIAL, OLD):  # partials first: a swap cut short is finished
            for leftover in sorted(folder.glob(f"{prefix}{PREFIX}*")):
                backup_id = leftover.name.removeprefix(prefix)
                if backup_id in registered and not (folder / backup_id).exists():
                    leftover.replace(folder / backup_id)
                else:
                    shutil.rmtree(leftover)
                fsync_dir(folder)

    def _delete(self, backup: _Registered, event: str, **details: str) -> None:
        old = backup.path.with_name(f"{OLD}{backup.id}")
        if backup.path.exists():
            backup.path.replace(old)
            fsync_dir(backup.path.parent)
        with self._db.transaction():
            self._db.execute("DELETE FROM backups WHERE id = ?", (backup.id,))
            self._state.audit.append(event, id=backup.id, **details)
        if old.exists():
            shutil.rmtree(old)

    # -- erasure ----------------------------------------------------------------

    def holding(
        self, client_ids: Sequence[str] = (), record_ids: Sequence[str] = ()
    ) -> builtins.list[BackupInfo]:
        """The registered backups that hold (or may hold) any of these clients or records.

        One that cannot be opened with the current keys (made before a re-key, or
        damaged) counts as holding them; one whose folder is missing or unreachable
        is listed with exists=False, because it may hold them too.
        """
        if not client_ids and not record_ids:
            return []
        return [
            b.info()
            for b in self._registered(recover=True)
            if self._verdict(b, client_ids, record_ids, ()) is not _Verdict.CLEAN
        ]

    def purge(
        self,
        client_ids: Sequence[str],
        record_ids: Sequence[str],
        blob_paths_relative: Sequence[str],
    ) -> PurgeResult:
        """Rewrite every reachable backup without these clients and records, or delete it.

        `blob_paths_relative` are relative to the vault folder (`blobs/<client>` or
        `blobs/<client>/<attachment>`). A backup the current keys open is rewritten
        (a fresh export, so free pages with the old key or content are not carried);
        one they do not open is deleted. Idempotent: a repeated call (an erasure
        retried after a crash) reports what the earlier calls did as well.
        """
        blobs = [blob_relpath(p) for p in blob_paths_relative]
        result = PurgeResult()
        if not client_ids and not record_ids:
            return result
        subjects = subjects_digest(client_ids, record_ids)
        for backup in self._registered(recover=True):
            verdict = self._verdict(backup, client_ids, record_ids, blobs)
            if verdict is _Verdict.MISSING:
                result.unreachable.append(backup.id)
            elif verdict is _Verdict.SEALED:
                self._delete(backup, "backup.purged", outcome="deleted", subjects=subjects)
                result.deleted.append(backup.id)
            elif verdict is _Verdict.HOLDS:
                self._rewrite(backup, client_ids, record_ids, blobs, subjects)
                result.rewritten.append(backup.id)
        for backup_id, outcome in self._earlier_purges(subjects):
            done = result.rewritten if outcome == "rewritten" else result.deleted
            if backup_id not in (*result.rewritten, *result.deleted, *result.unreachable):
                done.append(backup_id)
        return result

    def _earlier_purges(self, subjects: str) -> builtins.list[tuple[str, str]]:
        found = []
        for (details,) in self._db.execute(
            "SELECT details FROM audit WHERE action = 'backup.purged' ORDER BY seq"
        ):
            entry = json.loads(details)
            if entry.get("subjects") == subjects:
                found.append((str(entry["id"]), str(entry["outcome"])))
        return found

    def _verdict(
        self,
        backup: _Registered,
        client_ids: Sequence[str],
        record_ids: Sequence[str],
        blobs: Sequence[PurePosixPath],
    ) -> _Verdict:
        if not backup.path.is_dir():
            return _Verdict.MISSING
        keys = self._state.keys
        try:
            read_header(backup.path / HEADER_NAME).verify_mac(keys.header)
            with read_only(backup.path / DB_NAME, keys.db) as conn:
                holds = has_rows(conn, "clients", "id", client_ids) or has_rows(
                    conn, "records", "id", record_ids
                )
        except (VaultDamaged, sqlcipher3.DatabaseError):
            return _Verdict.SEALED
        if holds or any((backup.path / b).exists() for b in blobs):
            return _Verdict.HOLDS
        return _Verdict.CLEAN

    def _rewrite(
        self,
        backup: _Registered,
        client_ids: Sequence[str],
        record_ids: Sequence[str],
        blobs: Sequence[PurePosixPath],
        subjects: str,
    ) -> None:
        folder = backup.path.parent
        partial, old = folder / f"{PARTIAL}{backup.id}", folder / f"{OLD}{backup.id}"
        make_dir(partial)
        try:
            copy_file(backup.path / HEADER_NAME, partial / HEADER_NAME)
            doomed = database_without(
                backup.path / DB_NAME, partial, self._state.keys.db, client_ids, record_ids
            )
            skip = frozenset(
                (
                    *blobs,
                    *(PurePosixPath(BLOBS_DIR, c) for c in client_ids),
                    *(PurePosixPath(BLOBS_DIR, c, a) for c, a in doomed),
                )
            )
            copy_tree(backup.path / BLOBS_DIR, partial / BLOBS_DIR, skip)
            manifest = json.loads((backup.path / MANIFEST_NAME).read_bytes())
            manifest["rewritten_at"] = self._vault.timestamp()
            atomic_write(partial / MANIFEST_NAME, json.dumps(manifest, indent=2).encode())
            fsync_dir(partial)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        with self._db.transaction():
            self._state.audit.append(
                "backup.purged", id=backup.id, outcome="rewritten", subjects=subjects
            )
        backup.path.replace(old)
        partial.replace(backup.path)
        fsync_dir(folder)
        shutil.rmtree(old)


@dataclass(frozen=True)
class _Registered:
    id: str
    path: Path
    created_at: str
    rowid: int

    def info(self) -> BackupInfo:
        exists = self.path.is_dir()
        size = tree_size(self.path) if exists else 0
        return BackupInfo(self.id, self.path, self.created_at, exists, size)
