"""The orphan sweep: blob files whose attachment rows are gone, deleted only when certain.

A crash between a row's commit and its file's write or delete leaves a file no
row names. The sweep deletes such a file only where the database positively
knows its client: one in `clients`, or one the authenticated audit log names (a
deleted or erased client). A client folder the database never heard of is kept,
since the database may be a replaced, empty or older one: an orphan kept costs
some disk space, a file deleted is lost.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from vault.storage.db import Database
from vault.storage.layout import BLOBS_DIR
from vault.storage.vault_fs import ID_NAME, entries, open_dir, unlink_ours


def remove_orphans(folder: Path, db: Database, in_progress: Callable[[], set[Path]]) -> int:
    """Returns how many files went. Files are listed before the rows are read, and
    files still being written (`in_progress`) are skipped."""
    found: dict[str, list[str]] = {}
    try:
        with open_dir(folder, BLOBS_DIR) as blobs:
            for client_id, is_dir in entries(blobs):
                if is_dir and ID_NAME.fullmatch(client_id):
                    with open_dir(folder, BLOBS_DIR, client_id) as inner:
                        found[client_id] = [name for name, sub in entries(inner) if not sub]
    except OSError:  # no blobs folder, or a link in its place: nothing to sweep
        return 0
    pending = in_progress()
    known = {(str(r[0]), str(r[1])) for r in db.execute("SELECT client_id, id FROM attachments")}
    clients = {str(r[0]) for r in db.execute("SELECT id FROM clients")}
    vouched = clients | {
        str(r[0])
        for r in db.execute("SELECT DISTINCT client_ref FROM audit WHERE client_ref IS NOT NULL")
    }
    removed = 0
    for client_id, names in found.items():
        if client_id not in vouched:
            continue
        with open_dir(folder, BLOBS_DIR, client_id) as fd:
            for name in names:
                path = folder / BLOBS_DIR / client_id / name
                if path in pending or (client_id, name) in known:
                    continue
                removed += unlink_ours(fd, name)
        if client_id not in clients:
            with open_dir(folder, BLOBS_DIR) as blobs, contextlib.suppress(OSError):
                os.rmdir(client_id, dir_fd=blobs)  # not empty: something not ours stays
    return removed
