"""The operating system telling us to lock: screen lock, sleep, user switch.

Linux: org.freedesktop.login1 PrepareForSleep (system bus), the session's
Lock signal, and ScreenSaver ActiveChanged (freedesktop, GNOME, KDE flavours on
the session bus). Windows (WTS session notifications) and macOS
(com.apple.screenIsLocked) plug in behind the same `SessionEvents` signals.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("org.kde.screensaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
)


class SessionEvents(QObject):
    """What every platform reports; the lock controller listens to these."""

    lock_requested = Signal(str)  # the reason, for the lock screen
    resumed = Signal()


class LinuxSessionEvents(SessionEvents):
    def __init__(self, system_bus: QDBusConnection, session_bus: QDBusConnection) -> None:
        super().__init__()
        self.listening: list[str] = []
        service = LOGIN1[0]
        if self._listen(system_bus, LOGIN1, "PrepareForSleep", "_prepare_for_sleep(bool)"):
            self.listening.append("sleep")
        session_path = _login1_session_path()
        if session_path is not None and self._listen(
            system_bus, (service, session_path, "org.freedesktop.login1.Session"), "Lock", "_lock()"
        ):
            self.listening.append("session lock")
        for address in SCREENSAVERS:
            if self._listen(session_bus, address, "ActiveChanged", "_screensaver(bool)"):
                self.listening.append(address[0])

    def _listen(
        self, bus: QDBusConnection, address: tuple[str, str, str], name: str, slot: str
    ) -> bool:
        service, path, interface = address
        # PySide6's stubs ask for bytes; the binding accepts only SLOT()'s str.
        connect: Any = bus.connect
        return bool(connect(service, path, interface, name, self, SLOT(slot)))

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")
        else:
            self.resumed.emit()

    @Slot()
    def _lock(self) -> None:
        self.lock_requested.emit("screen lock")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen lock")


def _login1_session_path() -> str | None:
    session_id = os.environ.get("XDG_SESSION_ID")
    if not session_id or not session_id.isalnum():
        return None
    return f"/org/freedesktop/login1/session/{session_id}"


def platform_session_events() -> SessionEvents:
    """The best source this platform offers; one that never fires where none is wired yet."""
    system_bus = QDBusConnection.systemBus()
    session_bus = QDBusConnection.sessionBus()
    if system_bus.isConnected() or session_bus.isConnected():
        return LinuxSessionEvents(system_bus, session_bus)
    return SessionEvents()
