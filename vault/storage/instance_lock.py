"""vault.lock: one process at a time may open a vault.

The lock is one the kernel drops when the process dies, so a crash never leaves a stale
lock behind: an advisory `flock` on POSIX, a byte-range lock (`msvcrt.locking`) on
Windows, where `fcntl` does not exist. The GUI uses this same lock (rather than
QLockFile) so that the CLI and the GUI exclude each other.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from vault.errors import VaultBusy
from vault.storage.fileio import PRIVATE_FILE

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        """Lock the file's first byte (past the end is allowed); False if held elsewhere."""
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:  # EACCES / EDEADLOCK: another process holds it
            if exc.errno in (errno.EACCES, errno.EDEADLOCK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


LOCK_NAME = "vault.lock"


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = self._locked_fd()
        with contextlib.suppress(OSError):  # the pid is for people; a full disk has no room
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def check_free(self) -> None:
        """Raise VaultBusy if the vault is open elsewhere now; holds (and writes) nothing."""
        fd = self._locked_fd()
        _unlock(fd)
        os.close(fd)

    def _locked_fd(self) -> int:
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        except OSError as exc:  # a read-only folder or disk: a lock needs no write access
            if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise
            fd = os.open(self._path, os.O_RDONLY)
        if not _try_lock(fd):
            os.close(fd)
            raise VaultBusy(
                "This vault is open in another ClientVault window or command; close it first."
            )
        return fd

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None
