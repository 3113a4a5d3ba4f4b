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
import contextlib
import datetime as dt
import enum
import hashlib
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import sqlcipher3

from vault.errors import BadInput, VaultDamaged, VaultTampered, VaultTooNew
from vault.keys.header import HEADER_NAME, read_header
from vault.keys.rekey import pending_paths
from vault.keys.secret import SecretKey
from vault.restore_recovery import restoring
from vault.storage.db import DB_NAME, Database, _apply_key
from vault.storage.fileio import (
    PRIVATE_DIR,
    PRIVATE_FILE,
    atomic_write,
    fsync_dir,
    make_private_dir,
)
from vault.storage.instance_lock import LOCK_NAME, InstanceLock
from vault.storage.layout import BACKUPS_DIR, BLOBS_DIR, client_blob_dir

if TYPE_CHECKING:
    from vault.keys.device_secret import DeviceSecretStore
    from vault.session import Vault
    from vault.state import OpenVault

MANIFEST_NAME = "backup.json"
FORMAT = 1
DEFAULT_KEEP = 7
PREFIX = "clientvault-backup-"
PARTIAL = ".partial-"
OLD = ".old-"
WORK_DB = "work.db"
CHUNK = 1 << 20
_SAFE_NAME = re.compile(r"[0-9A-Za-z_-]+")

Progress = Callable[[int, int], bool]
Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class BackupInfo:
    id: str
    path: Path
    created_at: str
    exists: bool  # False: the folder is gone or unreachable (it may still hold data)
    size: int  # bytes on disk; 0 when it does not exist


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
        return BackupInfo(self.id, self.path, self.created_at, True, _tree_size(self.path))


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
    staging = _staging_path(beside, "verify")
    staged = _open_checked(meta, password, staging, device_store, _utc_now, None)
    staged.close()
    shutil.rmtree(staging)
    return meta.info()


class BackupManager:
    """The app's backups of one unlocked vault: create, list, verify, restore, purge."""

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
            size = _tree_size(partial)
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
        meter = _Meter(db_bytes + _tree_size(blobs), progress)
        _make_dir(partial)
        _copy_file(self._vault.header_path, partial / HEADER_NAME)
        head = self._state.audit.head()
        clients = int(self._db.scalar("SELECT count(*) FROM clients"))
        self._db.export_to(partial / DB_NAME, self._state.keys.db)
        _fsync_file(partial / DB_NAME)
        meter.add(db_bytes)
        _copy_tree(blobs, partial / BLOBS_DIR, frozenset(), meter)
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
        """Every backup the app made and has not removed, oldest first."""
        return [b.info() for b in self._registered(recover=True)]

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
        blobs = [_blob_path(p) for p in blob_paths_relative]
        result = PurgeResult()
        if not client_ids and not record_ids:
            return result
        subjects = _subjects(client_ids, record_ids)
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
            with _read_only(backup.path / DB_NAME, keys.db) as conn:
                holds = _has(conn, "clients", "id", client_ids) or _has(
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
        _make_dir(partial)
        try:
            _copy_file(backup.path / HEADER_NAME, partial / HEADER_NAME)
            doomed = _without(
                backup.path / DB_NAME, partial, self._state.keys.db, client_ids, record_ids
            )
            skip = frozenset(
                (
                    *blobs,
                    *(PurePosixPath(BLOBS_DIR, c) for c in client_ids),
                    *(PurePosixPath(BLOBS_DIR, c, a) for c, a in doomed),
                )
            )
            _copy_tree(backup.path / BLOBS_DIR, partial / BLOBS_DIR, skip)
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

    # -- checking and restoring -------------------------------------------------

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
        staging = _staging_path(folder, "restore")
        clock, zone = self._live_clock, self._vault.zone
        staged = _open_checked(meta, password, staging, self._device_store, clock, zone)
        try:
            try:
                self._reapply_erasures(staged, meta.id)
            finally:
                staged.close()
            (staging / MANIFEST_NAME).unlink(missing_ok=True)
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
        tombstones = self._db.execute(f"SELECT {_TOMBSTONE_COLUMNS} FROM tombstones")  # noqa: S608
        registry = self._db.execute("SELECT id, path, created_at, managed FROM backups")
        clients = [s for t in tombstones if t[2] == "client" for s in str(t[4]).split()]
        records = [s for t in tombstones if t[2] in ("record", "person") for s in str(t[4]).split()]
        db = staged.database
        doomed = _attachments(db, clients, records)
        marks = ",".join("?" * len(_TOMBSTONE_COLUMNS.split(",")))
        with db.transaction():
            _delete_ids(db, clients, records)
            db.executemany(
                f"INSERT OR IGNORE INTO tombstones ({_TOMBSTONE_COLUMNS}) VALUES ({marks})",  # noqa: S608
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
            if _SAFE_NAME.fullmatch(client_id):
                shutil.rmtree(client_blob_dir(staged.folder, client_id), ignore_errors=True)
        for client_id, attachment_id in doomed:
            (staged.folder / BLOBS_DIR / client_id / attachment_id).unlink(missing_ok=True)


_TOMBSTONE_COLUMNS = (
    "id, erased_at, scope, reason, subject, counts, key_fingerprint, certificate_sha256, "
    "finished_at"
)


@dataclass(frozen=True)
class _Registered:
    id: str
    path: Path
    created_at: str
    rowid: int

    def info(self) -> BackupInfo:
        exists = self.path.is_dir()
        size = _tree_size(self.path) if exists else 0
        return BackupInfo(self.id, self.path, self.created_at, exists, size)


class _Meter:
    """Counts copied bytes for the progress callback, which may cancel."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self._done, self._total, self._progress = 0, total, progress

    def add(self, size: int) -> None:
        self._done += size
        if self._progress is not None and not self._progress(self._done, self._total):
            raise BadInput("Cancelled; no backup was written.")


# -- files ------------------------------------------------------------------------


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _make_dir(path: Path) -> None:
    """A new private folder; fails if it exists (every folder made here must be new)."""
    path.mkdir(mode=PRIVATE_DIR)
    path.chmod(PRIVATE_DIR)  # the umask may have taken bits away; never added any


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_file(source: Path, target: Path, meter: _Meter | None = None) -> None:
    """Permission first (0600 before any byte lands), then the bytes, then fsync."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        while chunk := src.read(CHUNK):
            out.write(chunk)
            if meter is not None:
                meter.add(len(chunk))
        out.flush()
        os.fsync(out.fileno())


def _copy_tree(
    source: Path,
    target: Path,
    skip: frozenset[PurePosixPath] = frozenset(),
    meter: _Meter | None = None,
    at: str = BLOBS_DIR,
) -> None:
    """Copy a blobs tree (regular files and folders only; links are not followed)."""
    _make_dir(target)
    if source.is_dir():
        with os.scandir(source) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                relative = PurePosixPath(at, entry.name)
                if relative in skip:
                    continue
                if entry.is_dir(follow_symlinks=False):
                    _copy_tree(Path(entry.path), target / entry.name, skip, meter, str(relative))
                elif entry.is_file(follow_symlinks=False):
                    _copy_file(Path(entry.path), target / entry.name, meter)
    fsync_dir(target)


def _tree_size(path: Path) -> int:
    if not path.is_dir():
        return 0
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _staging_path(beside: Path, purpose: str) -> Path:
    folder = beside.expanduser().absolute()
    return folder.with_name(f"{folder.name}.{purpose}-{secrets.token_hex(4)}")


def _blob_path(relative: str) -> PurePosixPath:
    path = PurePosixPath(relative)
    if path.is_absolute() or ".." in path.parts or path.parts[:1] != (BLOBS_DIR,):
        raise ValueError(f"not a path under {BLOBS_DIR}/: {relative!r}")
    return path


def _subjects(client_ids: Sequence[str], record_ids: Sequence[str]) -> str:
    """A digest naming one erasure's ids in the audit log (the ids are random anyway)."""
    canonical = json.dumps([sorted(client_ids), sorted(record_ids)]).encode()
    return hashlib.sha256(canonical).hexdigest()[:32]


# -- databases ----------------------------------------------------------------------


@contextlib.contextmanager
def _read_only(path: Path, key: SecretKey) -> Iterator[Any]:
    """A read-only connection: `Database` would switch the backup to WAL, a write."""
    conn = sqlcipher3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        _apply_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield conn
    finally:
        conn.close()


def _has(conn: Any, table: str, column: str, ids: Sequence[str]) -> bool:
    if not ids:
        return False
    marks = ",".join("?" * len(ids))
    sql = f"SELECT 1 FROM {table} WHERE {column} IN ({marks}) LIMIT 1"  # noqa: S608 - fixed names
    return conn.execute(sql, list(ids)).fetchone() is not None


def _attachments(
    db: Database, client_ids: Sequence[str], record_ids: Sequence[str]
) -> list[tuple[str, str]]:
    """(client id, attachment id) of the attachments these clients and records own."""
    exists = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachments'"
    if db.scalar(exists) is None:  # a backup from before migration V4
        return []
    found: list[tuple[str, str]] = []
    for column, ids in (("client_id", client_ids), ("record_id", record_ids)):
        if ids:
            marks = ",".join("?" * len(ids))
            sql = f"SELECT client_id, id FROM attachments WHERE {column} IN ({marks})"  # noqa: S608
            found += [(r[0], r[1]) for r in db.execute(sql, list(ids))]
    return [(c, a) for c, a in found if _SAFE_NAME.fullmatch(c) and _SAFE_NAME.fullmatch(a)]


def _delete_ids(db: Database, client_ids: Sequence[str], record_ids: Sequence[str]) -> None:
    """Delete clients and records; foreign keys take their records, drafts and attachments."""
    for table, ids in (("clients", client_ids), ("records", record_ids)):
        if ids:
            marks = ",".join("?" * len(ids))
            db.execute(f"DELETE FROM {table} WHERE id IN ({marks})", list(ids))  # noqa: S608


def _without(
    source: Path,
    partial: Path,
    key: SecretKey,
    client_ids: Sequence[str],
    record_ids: Sequence[str],
) -> list[tuple[str, str]]:
    """Write `partial/vault.db`: the backup's database minus these clients and records.

    The deletion happens in a scratch copy, which is then exported into a fresh file
    so that no free page keeps a deleted row or wrapped key. Returns the attachments
    that went with them.
    """
    work = partial / WORK_DB
    _copy_file(source, work)
    try:
        db = Database(work, key)
        try:
            doomed = _attachments(db, client_ids, record_ids)
            with db.transaction():
                _delete_ids(db, client_ids, record_ids)
            db.export_to(partial / DB_NAME, key)
        finally:
            db.close()
    finally:
        for scratch in (work, *(work.with_name(work.name + s) for s in ("-wal", "-shm"))):
            scratch.unlink(missing_ok=True)
    _fsync_file(partial / DB_NAME)
    return doomed


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

    _make_dir(staging)
    try:
        _copy_file(meta.path / HEADER_NAME, staging / HEADER_NAME)
        _copy_file(meta.path / DB_NAME, staging / DB_NAME)
        _copy_tree(meta.path / BLOBS_DIR, staging / BLOBS_DIR)
        fsync_dir(staging)
        staged = Vault(staging, device_store=device_store, clock=clock, zone=zone)
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
    with _read_only(meta.path / DB_NAME, staged.state.keys.db) as backup:  # before this unlock
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


def _vault_entries() -> frozenset[str]:
    """The names in a vault folder that are the vault itself (replaced by a restore)."""
    db = (DB_NAME, *(DB_NAME + s for s in ("-wal", "-shm", "-journal")))
    return frozenset(
        (*db, HEADER_NAME, LOCK_NAME, BLOBS_DIR, *(p.name for p in pending_paths(Path())))
    )


def _swap_in(folder: Path, staging: Path, confirm: Callable[[], None]) -> None:
    """Steps 4-5 of `BackupManager.restore`: carry over, swap, confirm, or put back."""
    before = folder.with_name(f"{folder.name}.before-restore-{secrets.token_hex(4)}")
    kept = _vault_entries()
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
