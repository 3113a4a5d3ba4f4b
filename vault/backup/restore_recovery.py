"""Finishing what a killed `backup restore` left: it is rolled back at the next open.

A restore swaps folders by renames (vault/backup/restore.py, `_swap_in`): the vault's own
entries stay, the rest (backups/, certificates/) move into the verified copy
`<folder>.restore-<random>`, the vault folder becomes `<folder>.before-restore-<random>`,
the copy takes its name, and only after the copy opened with its password is the
before-restore folder removed. A kill between those renames left either no vault
folder at all ("there is no vault") or two. Opening rolls back to the vault as it
was before the restore, which always exists whole: nothing of it was changed, only
renamed; the user runs the restore again.
"""

from __future__ import annotations

import contextlib
import glob
import secrets
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

from vault.errors import VaultBusy
from vault.keys.header import HEADER_NAME
from vault.keys.rekey import pending_paths
from vault.storage.db import DB_NAME
from vault.storage.fileio import fsync_dir
from vault.storage.instance_lock import LOCK_NAME, InstanceLock
from vault.storage.layout import BLOBS_DIR

_restoring: set[Path] = set()  # folders whose restore is running in this process
_mutex = threading.Lock()


@contextlib.contextmanager
def restoring(folder: Path) -> Iterator[None]:
    """While the restore itself runs, opening the folder (its own check) must not roll back."""
    key = folder.absolute()
    with _mutex:
        _restoring.add(key)
    try:
        yield
    finally:
        with _mutex:
            _restoring.discard(key)


def _move_back(source: Path, target: Path, kept: frozenset[str]) -> None:
    """Entries that are not the vault itself go back where they came from."""
    for entry in sorted(source.iterdir()):
        if entry.name not in kept and not (target / entry.name).exists():
            entry.replace(target / entry.name)


def recover(folder: Path, kept: frozenset[str]) -> None:
    """Roll back an interrupted restore of `folder`; `kept` names the vault's own entries."""
    folder = folder.absolute()
    with _mutex:
        if folder in _restoring:
            return
    pattern = glob.escape(folder.name)
    befores = sorted(folder.parent.glob(f"{pattern}.before-restore-*"))
    copies = sorted(folder.parent.glob(f"{pattern}.restore-*"))
    if not befores and not copies:
        return
    guard = InstanceLock(folder if folder.exists() else befores[0] if befores else folder)
    try:
        guard.acquire()  # busy: a restore (or another window) is at work; leave it be
    except (VaultBusy, OSError):
        return
    try:
        _roll_back(folder, befores, copies, kept)
    finally:
        guard.release()


def _roll_back(folder: Path, befores: list[Path], copies: list[Path], kept: frozenset[str]) -> None:
    if befores:
        before = befores[0]
        if folder.exists():  # the copy had taken the name: move it out of the way
            _move_back(folder, before, kept)
            aside = folder.with_name(f"{folder.name}.restore-{secrets.token_hex(4)}")
            folder.replace(aside)
            copies.append(aside)
        before.replace(folder)
        fsync_dir(folder.parent)
    for copy in copies:
        if copy.is_dir() and not copy.is_symlink():
            _move_back(copy, folder, kept)
            shutil.rmtree(copy)


def vault_entries() -> frozenset[str]:
    """The names in a vault folder that are the vault itself (replaced by a restore)."""
    db = (DB_NAME, *(DB_NAME + s for s in ("-wal", "-shm", "-journal")))
    return frozenset(
        (*db, HEADER_NAME, LOCK_NAME, BLOBS_DIR, *(p.name for p in pending_paths(Path())))
    )
