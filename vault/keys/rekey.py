"""Re-keying on disk: a new master key and new client keys, switched in crash-safely.

The new database, the re-encrypted blobs (`blobs/<client>/<id>.next`, see
vault/storage/key_rotation.py) and the new header are written beside the live ones;
the header comes last, once everything else is complete and synced. The switch
moves the database first, then the blobs, then the header. Opening a vault
finishes or rolls back an interrupted switch, so a crash leaves either the old
vault with its old blobs or the new one with all its new blobs — never a database
that no header opens. (An in-place `PRAGMA rekey` could not switch together with
the header.)
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from vault.audit.log import AuditLog
from vault.keys.client_keys import ClientKeys
from vault.keys.header import HEADER_NAME
from vault.keys.keyslots import KeySet
from vault.storage import rollback
from vault.storage.db import DB_NAME, Database
from vault.storage.fileio import fsync_dir
from vault.storage.form_drafts import rewrap_draft_keys
from vault.storage.key_rotation import (
    RekeyProgress,
    discard_blobs,
    rotate_client_keys,
    switch_blobs,
)

PENDING = ".next"
SIDECARS = ("-journal", "-wal", "-shm")


def pending_paths(folder: Path) -> tuple[Path, Path]:
    """Where a re-key writes the next database and header."""
    return folder / (DB_NAME + PENDING), folder / (HEADER_NAME + PENDING)


def rekey_copy(
    path: Path,
    old_keys: KeySet,
    old_client_keys: ClientKeys,
    new_keys: KeySet,
    vault_id: str,
    now: Callable[[], str],
    progress: RekeyProgress | None = None,
) -> tuple[int, str] | None:
    """In the exported copy: new client keys for everything, and the audit log re-chained.

    Returns the copy's newest audit entry, which its header must pin
    (vault/storage/rollback.py); the entry says what was re-encrypted. The copy is vacuumed last,
    so no free page keeps an old wrapped key or a value sealed under one.
    """
    copy = Database(path, new_keys.db)
    try:
        new_wrapper = ClientKeys(vault_id, new_keys.client_wrap)
        try:
            rotated = rotate_client_keys(
                copy, path.parent, vault_id, old_client_keys, new_wrapper, progress
            )
            with copy.transaction():  # a new client's draft has a key of its own
                rewrap_draft_keys(copy, old_client_keys, new_wrapper)
        finally:
            new_wrapper.clear()
        audit = AuditLog(copy, old_keys.audit, now)
        with copy.transaction():
            audit.append(
                "vault.rekeyed",
                clients=rotated.clients,
                attachments=rotated.attachments,
                bytes=rotated.blob_bytes,
            )
            audit.rechain(new_keys.audit)
        copy.execute("VACUUM")
        copy.checkpoint()
        return rollback.head(copy)
    finally:
        copy.close()


def switch_to_pending(folder: Path) -> None:
    next_db, next_header = pending_paths(folder)
    for stale in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        with contextlib.suppress(FileNotFoundError):
            (folder / stale).unlink()
    next_db.replace(folder / DB_NAME)
    fsync_dir(folder)
    switch_blobs(folder)
    next_header.replace(folder / HEADER_NAME)
    fsync_dir(folder)


def _discard(next_db: Path) -> None:
    """The unswitched copy and the journal, WAL and shm files a crash may leave beside it."""
    for path in (next_db, *(next_db.with_name(next_db.name + s) for s in SIDECARS)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def discard_pending(folder: Path) -> None:
    """Everything a re-key wrote before its switch: the old vault stands as it was."""
    next_db, next_header = pending_paths(folder)
    next_header.unlink(missing_ok=True)  # first: without it, nothing left says "switch"
    discard_blobs(folder)  # before the copy: while it is there, opening looks for these
    _discard(next_db)


def finish_interrupted(folder: Path) -> None:
    next_db, next_header = pending_paths(folder)
    if not next_header.exists() and not next_db.exists():
        _discard(next_db)  # no re-key was under way (at most a copy's -wal or -shm)
        return
    if not next_header.exists() or next_db.exists():
        discard_pending(folder)  # the database not switched yet: the old vault stands
        return
    switch_blobs(folder)  # database switched: finish with the blobs, then the header
    next_header.replace(folder / HEADER_NAME)
    fsync_dir(folder)
