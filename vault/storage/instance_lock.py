"""vault.lock: one process at a time may open a vault.

An advisory `flock` is released by the kernel when the process dies, so a
crash never leaves a stale lock behind. The GUI uses this same lock (rather
than QLockFile) so that the CLI and the GUI exclude each other.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from pathlib import Path

from vault.errors import VaultBusy
from vault.storage.fileio import PRIVATE_FILE

LOCK_NAME = "vault.lock"


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = self._locked_fd()
        with contextlib.suppress(OSError):  # the pid is for people; a full disk has no room
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def check_free(self) -> None:
        """Raise VaultBusy if the vault is open elsewhere now; holds (and writes) nothing."""
        fd = self._locked_fd()
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)

    def _locked_fd(self) -> int:
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        except OSError as exc:  # a read-only folder or disk: a lock needs no write access
            if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise
            fd = os.open(self._path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(fd)
            raise VaultBusy(
                "This vault is open in another ClientVault window or command; close it first."
            ) from exc
        return fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
