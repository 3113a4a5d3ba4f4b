"""Deleting inside the vault folder without following links and only what is ours.

Every deletion the app makes on its own (the orphan sweep, an erasure's
cleanup, a restore re-applying erasures) goes through here: folders are
opened with O_NOFOLLOW and walked by descriptor, so a `blobs/` or client
folder replaced by a symlink is refused (OSError) instead of followed, and
only names matching the app's id patterns are unlinked; anything else found
is left where it is.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from vault.errors import VaultTampered
from vault.storage.layout import BLOBS_DIR

ID_NAME = re.compile(r"[0-9a-f]{16}")  # client and attachment ids: secrets.token_hex(8)
TEMP_NAME = re.compile(r"\.[0-9a-f]{16}\.[0-9a-f]+\.tmp")  # an attachment being written
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


@contextlib.contextmanager
def open_dir(folder: Path, *parts: str) -> Iterator[int]:
    """A descriptor of `folder/parts…`; a symlink at any of `parts` raises OSError (ELOOP).

    `folder` itself (the vault folder the user chose) may be reached through a link.
    """
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for part in parts:
            inner = os.open(part, _DIR_FLAGS, dir_fd=fd)
            os.close(fd)
            fd = inner
        yield fd
    finally:
        os.close(fd)


def entries(dir_fd: int) -> list[tuple[str, bool]]:
    """(name, is a real folder) of every entry; links count as files and are never followed."""
    with os.scandir(dir_fd) as scan:
        return sorted((e.name, e.is_dir(follow_symlinks=False)) for e in scan)


def is_ours(name: str) -> bool:
    return bool(ID_NAME.fullmatch(name) or TEMP_NAME.fullmatch(name))


def unlink_ours(dir_fd: int, name: str) -> bool:
    """Unlink one of the app's files (never a folder); False if it was not there or not ours."""
    if not is_ours(name):
        return False
    try:
        info = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
        if stat.S_ISDIR(info.st_mode):
            return False
        os.unlink(name, dir_fd=dir_fd)
    except FileNotFoundError:
        return False
    return True


def remove_client_blobs(folder: Path, client_id: str) -> None:
    """Delete `blobs/<client_id>/`: its id-named files, then the folder if that empties it.

    Anything else inside (not made by the app) is kept, and so is the folder.
    """
    if not ID_NAME.fullmatch(client_id):
        raise VaultTampered("A cleanup names a client folder that is not a client id.")
    try:
        with open_dir(folder, BLOBS_DIR, client_id) as fd:
            for name, _is_dir in entries(fd):
                unlink_ours(fd, name)
    except FileNotFoundError:
        return
    with open_dir(folder, BLOBS_DIR) as blobs, contextlib.suppress(OSError):
        os.rmdir(client_id, dir_fd=blobs)  # not empty: something that is not ours stays


def remove_blob(folder: Path, client_id: str, attachment_id: str) -> None:
    """Delete one attachment's file, reached without following any link."""
    if not (ID_NAME.fullmatch(client_id) and ID_NAME.fullmatch(attachment_id)):
        raise VaultTampered("A cleanup names a file that is not an attachment id.")
    try:
        with open_dir(folder, BLOBS_DIR, client_id) as fd:
            unlink_ours(fd, attachment_id)
    except FileNotFoundError:
        return


def remove_blob_path(folder: Path, relative: str) -> None:
    """A cleanup entry: `blobs/<client>` or `blobs/<client>/<attachment>`, nothing else."""
    parts = relative.split("/")
    if parts[0] != BLOBS_DIR or len(parts) not in (2, 3):
        raise VaultTampered("A cleanup names a path outside the vault's blobs folder.")
    if len(parts) == 2:
        remove_client_blobs(folder, parts[1])
    else:
        remove_blob(folder, parts[1], parts[2])
