"""Copying vault values: hidden from clipboard history, cleared after a timeout.

The hints are the ones clipboard managers honour (as KeePassXC sets them):
KDE Klipper and wl-clip-persist skip `x-kde-passwordManagerHint: secret`,
Windows clipboard history skips ExcludeClipboardContentFromMonitorProcessing,
macOS pasteboard managers skip the concealed type.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard

from ui.lock.timers import Cancel, Scheduler

_WINDOWS_FORMAT = 'application/x-qt-windows-mime;value="{}"'


def secret_mime_data(text: str, platform: str = sys.platform) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    if platform == "darwin":
        mime.setData("application/x-nspasteboard-concealed-type", text.encode())
    elif platform == "win32":
        mime.setData(_WINDOWS_FORMAT.format("ExcludeClipboardContentFromMonitorProcessing"), b"1")
        no = (0).to_bytes(4, "little")  # DWORD 0
        mime.setData(_WINDOWS_FORMAT.format("CanIncludeInClipboardHistory"), no)
        mime.setData(_WINDOWS_FORMAT.format("CanUploadToCloudClipboard"), no)
    else:
        mime.setData("x-kde-passwordManagerHint", b"secret")
    return mime


class SecureClipboard:
    """Puts one vault value on the clipboard and takes it off again.

    It clears only what it put there: if the user copied something else since,
    that is left alone.
    """

    def __init__(
        self, clipboard: QClipboard, scheduler: Scheduler, clear_after_seconds: int
    ) -> None:
        self._clipboard = clipboard
        self._scheduler = scheduler
        self.clear_after_seconds = clear_after_seconds
        self._copied: str | None = None
        self._cancel: Cancel | None = None

    def copy(self, text: str) -> None:
        self._stop_timer()
        self._clipboard.setMimeData(secret_mime_data(text))
        self._copied = text
        self._cancel = self._scheduler.call_later(self.clear_after_seconds, self.clear_if_ours)

    @property
    def holds_our_value(self) -> bool:
        return self._copied is not None and self._clipboard.text() == self._copied

    def clear_if_ours(self) -> None:
        self._stop_timer()
        if self.holds_our_value:
            self._clipboard.clear()
        self._copied = None

    def _stop_timer(self) -> None:
        if self._cancel is not None:
            self._cancel()
            self._cancel = None
