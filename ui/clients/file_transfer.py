"""Files going into the vault: choosing them, and progress the vault thread reports.

The vault thread writes bytes done into a plain `Transfer` that a GUI timer
reads, so no Qt object crosses threads.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

BAR_STEPS = 1000  # QProgressBar counts in int32; files may be larger than 2 GiB


def choose_files(parent: QWidget) -> list[Path]:
    """Several files at once, in Qt's own dialog (a lock can close it; see ui/prompts.py)."""
    dialog = QFileDialog(
        parent, QCoreApplication.translate("AttachmentsPanel", "Attach files"), str(Path.home())
    )
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = [Path(name) for name in dialog.selectedFiles()] if accepted else []
    dialog.deleteLater()
    return chosen


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries (web links and the like are left out)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the vault says why it cannot read it


class Transfer:
    """Bytes done and a cancel flag, shared with the vault thread; no Qt in here."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.base = 0  # bytes of the files already finished (GUI thread, between jobs)
        self.done = 0  # bytes of the file in progress (vault thread)
        self.cancelled = threading.Event()

    def report(self, done: int) -> bool:
        self.done = done
        return not self.cancelled.is_set()

    @property
    def steps(self) -> int:
        return (
            min(BAR_STEPS, (self.base + self.done) * BAR_STEPS // self.total) if self.total else 0
        )


@dataclass
class Batch:
    client_id: str
    files: list[tuple[Path, int]]  # (path, size)
    transfer: Transfer
    next: int = 0
    attached: int = 0
    failures: list[tuple[str, Exception]] = field(default_factory=list)
