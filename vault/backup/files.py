"""Files and databases of backups: private copies, blob trees, read-only opens, deletions."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import secrets
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

import sqlcipher3

from vault.errors import BadInput
from vault.keys.secret import SecretKey
from vault.storage.db import DB_NAME, Database, _apply_key
from vault.storage.fileio import (
    PRIVATE_DIR,
    PRIVATE_FILE,
    fsync_dir,
)
from vault.storage.layout import BLOBS_DIR

WORK_DB = "work.db"
CHUNK = 1 << 20
SAFE_NAME = re.compile(r"[0-9A-Za-z_-]+")

Progress = Callable[[int, int], bool]


class Meter:
    """Counts copied bytes for the progress callback, which may cancel."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self._done, self._total, self._progress = 0, total, progress

    def add(self, size: int) -> None:
        self._done += size
        if self._progress is not None and not self._progress(self._done, self._total):
            raise BadInput("Cancelled; no backup was written.")


# -- files ------------------------------------------------------------------------


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def make_dir(path: Path) -> None:
    """A new private folder; fails if it exists (every folder made here must be new)."""
    path.mkdir(mode=PRIVATE_DIR)
    path.chmod(PRIVATE_DIR)  # the umask may have taken bits away; never added any


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_file(source: Path, target: Path, meter: Meter | None = None) -> None:
    """Permission first (0600 before any byte lands), then the bytes, then fsync."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        while chunk := src.read(CHUNK):
            out.write(chunk)
            if meter is not None:
                meter.add(len(chunk))
        out.flush()
        os.fsync(out.fileno())


def copy_tree(
    source: Path,
    target: Path,
    skip: frozenset[PurePosixPath] = frozenset(),
    meter: Meter | None = None,
    at: str = BLOBS_DIR,
) -> None:
    """Copy a blobs tree (regular files and folders only; links are not followed)."""
    make_dir(target)
    if source.is_dir():
        with os.scandir(source) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                relative = PurePosixPath(at, entry.name)
                if relative in skip:
                    continue
                if entry.is_dir(follow_symlinks=False):
                    copy_tree(Path(entry.path), target / entry.name, skip, meter, str(relative))
                elif entry.is_file(follow_symlinks=False):
                    copy_file(Path(entry.path), target / entry.name, meter)
    fsync_dir(target)


def tree_size(path: Path) -> int:
    if not path.is_dir():
        return 0
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def staging_path(beside: Path, purpose: str) -> Path:
    folder = beside.expanduser().absolute()
    return folder.with_name(f"{folder.name}.{purpose}-{secrets.token_hex(4)}")


def blob_relpath(relative: str) -> PurePosixPath:
    path = PurePosixPath(relative)
    if path.is_absolute() or ".." in path.parts or path.parts[:1] != (BLOBS_DIR,):
        raise ValueError(f"not a path under {BLOBS_DIR}/: {relative!r}")
    return path


def subjects_digest(client_ids: Sequence[str], record_ids: Sequence[str]) -> str:
    """A digest naming one erasure's ids in the audit log (the ids are random anyway)."""
    canonical = json.dumps([sorted(client_ids), sorted(record_ids)]).encode()
    return hashlib.sha256(canonical).hexdigest()[:32]


# -- databases ----------------------------------------------------------------------


@contextlib.contextmanager
def read_only(path: Path, key: SecretKey) -> Iterator[Any]:
    """A read-only connection: `Database` would switch the backup to WAL, a write."""
    conn = sqlcipher3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        _apply_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield conn
    finally:
        conn.close()


def has_rows(conn: Any, table: str, column: str, ids: Sequence[str]) -> bool:
    if not ids:
        return False
    marks = ",".join("?" * len(ids))
    sql = f"SELECT 1 FROM {table} WHERE {column} IN ({marks}) LIMIT 1"  # noqa: S608 - fixed names
    return conn.execute(sql, list(ids)).fetchone() is not None


def attachments_of(
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
    return [(c, a) for c, a in found if SAFE_NAME.fullmatch(c) and SAFE_NAME.fullmatch(a)]


def delete_ids(db: Database, client_ids: Sequence[str], record_ids: Sequence[str]) -> None:
    """Delete clients and records; foreign keys take their records, drafts and attachments."""
    for table, ids in (("clients", client_ids), ("records", record_ids)):
        if ids:
            marks = ",".join("?" * len(ids))
            db.execute(f"DELETE FROM {table} WHERE id IN ({marks})", list(ids))  # noqa: S608


def database_without(
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
    copy_file(source, work)
    try:
        db = Database(work, key)
        try:
            doomed = attachments_of(db, client_ids, record_ids)
            with db.transaction():
                delete_ids(db, client_ids, record_ids)
            db.export_to(partial / DB_NAME, key)
        finally:
            db.close()
    finally:
        for scratch in (work, *(work.with_name(work.name + s) for s in ("-wal", "-shm"))):
            scratch.unlink(missing_ok=True)
    fsync_file(partial / DB_NAME)
    return doomed


TOMBSTONE_COLUMNS = (
    "id, erased_at, scope, reason, subject, counts, key_fingerprint, certificate_sha256, "
    "finished_at"
)
