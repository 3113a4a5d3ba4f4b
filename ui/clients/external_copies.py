"""Plaintext copies made so another program can open an attachment: the one place
plaintext leaves the vault on purpose, only after the user was warned.

Each copy goes into its own private folder (0700, random name) under the system
temp dir, as a 0600 file keeping the attachment's name so the other program shows
it. The copy is written by the vault's `save_copy` on the vault thread (streamed,
audit-logged as an export). Every copy is remembered until it is deleted:
`remove_all()` runs when the vault locks and must run on quit; erasing a client, some
of its records or deleting an attachment removes the copies that go with them;
`copies()` lets the window say what still exists.

A lock can come while a copy is being written. The registry below is shared
with the vault thread under a mutex: `remove_all()` marks such a copy cancelled,
which stops the write at its next chunk, and a copy that was finished anyway
is deleted by the job itself before it returns.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from ui.vault_session import OnError, VaultSession
from vault.session import Vault
from vault.storage.attachments import Attachment, Progress

Opener = Callable[[QUrl], bool]
FOLDER_PREFIX = "clientvault-open-"
_LEFTOVER = re.compile(re.escape(FOLDER_PREFIX) + r"(\d+)-.+")
_NOT_ON_WINDOWS = re.compile(r'[<>:"|?*]')  # the vault allows them; Windows does not


def file_name(name: str) -> str:
    """The attachment's name, valid on Windows too ("a:b.txt" there names a data stream)."""
    return _NOT_ON_WINDOWS.sub("_", name).rstrip(" .") or "attachment"


class NoViewer(Exception):
    """No program took the file; its copy was deleted again at once."""


@dataclass(eq=False)
class _Copy:
    folder: Path
    path: Path
    client_id: str
    attachment_id: str
    cancelled: bool = False
    written: bool = False


def _delete(copy: _Copy) -> bool:
    """Remove the copy's folder and everything in it; False if something is left."""
    with contextlib.suppress(OSError):  # gone already, or held open by a viewer (Windows)
        shutil.rmtree(copy.folder)
    return not copy.folder.exists()


@dataclass
class _Registry:
    """The copies, shared with the vault thread; no Qt in here."""

    mutex: threading.Lock = field(default_factory=threading.Lock)
    copies: list[_Copy] = field(default_factory=list)

    def add(self, copy: _Copy) -> None:
        with self.mutex:
            self.copies.append(copy)

    def finish(self, copy: _Copy) -> bool:
        """Mark the copy written (vault thread); a copy cancelled meanwhile is deleted."""
        with self.mutex:
            if copy.cancelled:
                if _delete(copy):
                    self.copies.remove(copy)
                return False
            copy.written = True
            return True

    def discard(self, copy: _Copy) -> None:
        with self.mutex:
            if _delete(copy) and copy in self.copies:
                self.copies.remove(copy)

    def existing(self) -> list[Path]:
        """Written copies, and cancelled ones whose deletion failed; not those being written."""
        with self.mutex:
            return [c.path for c in self.copies if c.written or c.cancelled]

    def remove_all(
        self, client_id: str | None = None, keep: Callable[[_Copy], bool] = lambda _c: False
    ) -> list[Path]:
        """Every copy, or one client's, but those `keep` spares; returns the paths that
        could not be deleted."""
        with self.mutex:
            for copy in self.copies:
                if client_id in (None, copy.client_id) and not keep(copy):
                    copy.cancelled = True
            self.copies = [c for c in self.copies if not (c.cancelled and _delete(c))]
            return [c.path for c in self.copies if c.cancelled]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def sweep_leftovers() -> list[Path]:
    """Delete copies left by a ClientVault that died (a crash, SIGKILL, power loss) before
    it could remove them: our own folders whose process is gone. Returns what went."""
    removed = []
    root = Path(tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for entry in root.iterdir():
            found = _LEFTOVER.fullmatch(entry.name)
            if found is None or entry.is_symlink() or not entry.is_dir():
                continue
            if entry.stat().st_uid != os.getuid() or _alive(int(found.group(1))):
                continue
            with contextlib.suppress(OSError):
                shutil.rmtree(entry)
                removed.append(entry)
    return removed


class ExternalCopies(QObject):
    changed = Signal()  # a copy appeared or went

    def __init__(
        self,
        session: VaultSession,
        opener: Opener = QDesktopServices.openUrl,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._opener = opener
        self._registry = _Registry()
        session.locked.connect(self.remove_all)
        sweep_leftovers()

    def copies(self) -> list[Path]:
        """The plaintext copies that exist now."""
        return self._registry.existing()

    def open(
        self,
        attachment: Attachment,
        on_done: Callable[[Path], None],
        on_error: OnError,
        progress: Progress | None = None,
    ) -> None:
        """Write a plaintext copy (on the vault thread), then hand it to the system viewer.

        `progress` is called on the vault thread; returning False cancels.
        """
        # 0700, a random name after our pid: the next start sweeps it if we die
        folder = Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-"))
        copy = _Copy(
            folder, folder / file_name(attachment.name), attachment.client_id, attachment.id
        )
        registry = self._registry
        registry.add(copy)

        def keep_going(done: int) -> bool:
            return not copy.cancelled and (progress is None or progress(done))

        def write(vault: Vault) -> bool:
            try:
                vault.attachments.save_copy(attachment.id, copy.path, keep_going)
            except BaseException:
                registry.discard(copy)
                raise
            return registry.finish(copy)

        def written(kept: bool) -> None:
            if not kept:
                return
            self.changed.emit()
            if self._opener(QUrl.fromLocalFile(str(copy.path))):
                on_done(copy.path)
                return
            registry.discard(copy)
            self.changed.emit()
            on_error(NoViewer())

        self._session.run(write, written, on_error)

    def remove_all(self) -> list[Path]:
        """Delete every copy; returns those that could not be deleted (still open elsewhere
        on Windows), which stay listed and are tried again next time."""
        left = self._registry.remove_all()
        self.changed.emit()
        return left

    def remove_client(self, client_id: str) -> list[Path]:
        """A client erased or deleted: its plaintext copies go with it."""
        left = self._registry.remove_all(client_id)
        self.changed.emit()
        return left

    def remove_attachment(self, attachment_id: str) -> list[Path]:
        """An attachment deleted: its plaintext copies go with it."""
        left = self._registry.remove_all(keep=lambda c: c.attachment_id != attachment_id)
        self.changed.emit()
        return left

    def remove_gone(self, client_id: str) -> None:
        """Some of a client's records were erased (and with them their attachments): the
        copies of every attachment the vault no longer holds go too. Asks the vault thread
        which remain; a lock meanwhile removes every copy anyway."""

        def remaining(vault: Vault) -> set[str]:
            return {a.id for a in vault.attachments.list(client_id)}

        def sweep(kept: set[str]) -> None:
            self._registry.remove_all(client_id, keep=lambda c: c.attachment_id in kept)
            self.changed.emit()

        # The client itself gone (erased meanwhile): every copy of it goes.
        self._session.run(remaining, sweep, lambda _error: sweep(set()))
