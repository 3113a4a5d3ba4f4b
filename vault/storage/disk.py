"""Whether the vault folder can be written now: a full disk or a read-only folder.

Neither is damage. SQLite reports both as I/O errors that look like a broken
file, so every database failure is checked against the folder itself before
it is called tampering; and an unlock on such a folder opens the vault
read-only, so that listing, searching and exporting to another disk still work.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from vault.errors import VaultUnwritable

# What one session's own writes may need: WAL frames of a transaction, the -shm index
# (32 KiB), a rewritten header. Below this, the vault is opened read-only.
MIN_ROOM = 1 << 20


def free_bytes(folder: Path) -> int:
    info = os.statvfs(folder)
    return info.f_bavail * info.f_frsize


def _writable(folder: Path) -> bool:
    """A real probe: permission bits alone say nothing for root or ACLs."""
    if os.statvfs(folder).f_flag & os.ST_RDONLY:
        return False
    probe = folder / f".clientvault-probe-{secrets.token_hex(4)}"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:  # no room even for an empty file: that is for free_bytes to say
        return exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM)
    probe.unlink()
    return True


def unwritable(folder: Path) -> VaultUnwritable | None:
    """Why the vault folder cannot be written now, or None when it can."""
    try:
        writable, free = _writable(folder), free_bytes(folder)
    except OSError:
        return None  # the folder itself is unusable: the caller's own error says so
    if not writable:
        return VaultUnwritable(
            "The vault folder {folder} is read-only, so nothing can be changed; reading "
            "still works. Make the folder writable to change anything.",
            folder=str(folder),
        )
    if free < MIN_ROOM:
        return VaultUnwritable(
            "The disk holding {folder} is full ({free} KiB free; ClientVault needs at least "
            "{needed} KiB to write), so nothing can be changed; reading still works. Free "
            "some space to change anything.",
            folder=str(folder),
            free=free // 1024,
            needed=MIN_ROOM // 1024,
        )
    return None
