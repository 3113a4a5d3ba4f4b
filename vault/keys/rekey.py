"""Re-keying on disk: a new master key for everything, switched in crash-safely.

The new header and database are written beside the live ones as `*.next`; the
database is switched first and the header second. Opening a vault finishes or
rolls back an interrupted switch, so a crash leaves either the old vault or the
new one — never a database that no header opens. (An in-place `PRAGMA rekey`
could not switch together with the header.)
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

PENDING = ".next"
SIDECARS = ("-journal", "-wal", "-shm")


def pending_paths(folder: Path) -> tuple[Path, Path]:
    """Where a re-key writes the next database and header."""
    return folder / (DB_NAME + PENDING), folder / (HEADER_NAME + PENDING)


def rewrap_copy(
    path: Path,
    old_keys: KeySet,
    old_client_keys: ClientKeys,
    new_keys: KeySet,
    vault_id: str,
    now: Callable[[], str],
) -> tuple[int, str] | None:
    """In the exported copy: re-wrap every client key (and new-client drafts' keys) and
    re-chain the audit log.

    Returns the copy's newest audit entry, which its header must pin (vault/storage/rollback.py).
    """
    copy = Database(path, new_keys.db)
    try:
        new_wrapper = ClientKeys(vault_id, new_keys.client_wrap)
        audit = AuditLog(copy, old_keys.audit, now)
        with copy.transaction():
            audit.append("vault.rekeyed")
            for client_id, wrapped in copy.execute("SELECT id, wrapped_dek FROM clients"):
                dek = old_client_keys.unwrap(client_id, bytes(wrapped))
                try:
                    rewrapped = new_wrapper.wrap(client_id, dek)
                finally:
                    dek.wipe()
                copy.execute(
                    "UPDATE clients SET wrapped_dek = ? WHERE id = ?", (rewrapped, client_id)
                )
            rewrap_draft_keys(copy, old_client_keys, new_wrapper)
            audit.rechain(new_keys.audit)
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
    next_header.replace(folder / HEADER_NAME)
    fsync_dir(folder)


def _discard(next_db: Path) -> None:
    """The unswitched copy and the journal, WAL and shm files a crash may leave beside it."""
    for path in (next_db, *(next_db.with_name(next_db.name + s) for s in SIDECARS)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def finish_interrupted(folder: Path) -> None:
    next_db, next_header = pending_paths(folder)
    if not next_header.exists():
        _discard(next_db)  # crashed before the switch began: the old vault stands
        return
    if next_db.exists():
        next_header.unlink()  # database not switched yet: roll back to the old pair
        _discard(next_db)
        return
    next_header.replace(folder / HEADER_NAME)  # database switched: finish with the header
    fsync_dir(folder)
