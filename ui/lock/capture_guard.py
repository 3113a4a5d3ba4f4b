"""Keep our windows out of screenshots and screen sharing (Windows and macOS).

Windows: SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE). macOS: NSWindow
sharingType = NSWindowSharingNone. X11 and Wayland offer no such control; there
the setting says it is unavailable, and focus mode is the tool for sharing.
The off switch is always timed: protection comes back on by itself.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.lock.timers import Cancel, Scheduler

Apply = Callable[[QWidget, bool], bool]  # returns whether the platform honoured it

_WDA_NONE = 0x0
_WDA_EXCLUDEFROMCAPTURE = 0x11
_NS_WINDOW_SHARING_NONE = 0
_NS_WINDOW_SHARING_READ_ONLY = 1


def _apply_windows(window: QWidget, protect: bool) -> bool:
    user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined, unused-ignore]
    affinity = _WDA_EXCLUDEFROMCAPTURE if protect else _WDA_NONE
    return bool(user32.SetWindowDisplayAffinity(ctypes.c_void_p(int(window.winId())), affinity))


def _apply_macos(window: QWidget, protect: bool) -> bool:
    library = ctypes.util.find_library("objc")
    if library is None:
        return False
    objc = ctypes.cdll.LoadLibrary(library)
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    ns_window = send(ctypes.c_void_p(int(window.winId())), objc.sel_registerName(b"window"))
    if not ns_window:
        return False
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long]
    sharing = _NS_WINDOW_SHARING_NONE if protect else _NS_WINDOW_SHARING_READ_ONLY
    send(ctypes.c_void_p(ns_window), objc.sel_registerName(b"setSharingType:"), sharing)
    return True


def _unsupported(window: QWidget, protect: bool) -> bool:
    return False


def platform_apply() -> Apply | None:
    if sys.platform == "win32":
        return _apply_windows
    if sys.platform == "darwin":
        return _apply_macos
    return None


class CaptureGuard(QObject):
    changed = Signal(bool)  # protection is on

    def __init__(self, scheduler: Scheduler, apply: Apply | None, enabled: bool) -> None:
        super().__init__()
        self._scheduler = scheduler
        self._apply = apply or _unsupported
        self.supported = apply is not None
        self.enabled = enabled and self.supported
        self._windows: list[QWidget] = []
        self._resume: Cancel | None = None

    def protect(self, window: QWidget) -> None:
        """Apply the current state to this window now and on every later change."""
        self._windows.append(window)
        window.destroyed.connect(lambda: self._forget(window))
        self._apply(window, self.enabled)

    def _forget(self, window: QWidget) -> None:
        if window in self._windows:
            self._windows.remove(window)

    def set_enabled(self, enabled: bool) -> None:
        self._cancel_resume()
        self._set(enabled)

    def allow_capture_for(self, minutes: float) -> None:
        """Let screen capture through for a while (a screen-sharing call), then protect again."""
        self._cancel_resume()
        self._set(False)
        self._resume = self._scheduler.call_later(minutes * 60, lambda: self._set(True))

    def _set(self, enabled: bool) -> None:
        enabled = enabled and self.supported
        if enabled == self.enabled:
            return
        self.enabled = enabled
        for window in list(self._windows):
            self._apply(window, enabled)
        self.changed.emit(enabled)

    def _cancel_resume(self) -> None:
        if self._resume is not None:
            self._resume()
            self._resume = None
