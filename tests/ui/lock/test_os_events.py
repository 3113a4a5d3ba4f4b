"""Sleep and screen-lock signals arrive over a real (private) D-Bus daemon."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from tests.conftest import require_tool
from ui.lock.os_events import LOGIN1, SCREENSAVERS, LinuxSessionEvents


@pytest.fixture
def bus_address() -> Iterator[str]:
    daemon = require_tool("dbus-daemon")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # "failed to set fd limit" as non-root; harmless
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    try:
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


def connect(address: str, name: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected(), bus.lastError().message()
    return bus


def emit(
    bus: QDBusConnection, service: str, path: str, interface: str, name: str, arg: bool
) -> None:
    assert bus.registerService(service)
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments([arg])
    assert bus.send(message)


def test_sleep_requests_a_lock_and_waking_reports_resume(qtbot: QtBot, bus_address: str) -> None:
    listener = connect(bus_address, "listener-sleep")
    events = LinuxSessionEvents(listener, listener)
    assert "sleep" in events.listening
    sender = connect(bus_address, "sender-sleep")
    with qtbot.waitSignal(events.lock_requested, timeout=5000) as reason:
        emit(sender, *LOGIN1, "PrepareForSleep", True)
    assert reason.args == ["sleep"]
    with qtbot.waitSignal(events.resumed, timeout=5000):
        emit(sender, *LOGIN1, "PrepareForSleep", False)


def test_screen_saver_activation_requests_a_lock(qtbot: QtBot, bus_address: str) -> None:
    listener = connect(bus_address, "listener-saver")
    events = LinuxSessionEvents(listener, listener)
    sender = connect(bus_address, "sender-saver")
    with qtbot.assertNotEmitted(events.lock_requested, wait=300):
        emit(sender, *SCREENSAVERS[0], "ActiveChanged", False)  # the screen saver went away
    with qtbot.waitSignal(events.lock_requested, timeout=5000) as reason:
        emit(sender, *SCREENSAVERS[1], "ActiveChanged", True)  # GNOME's
    assert reason.args == ["screen lock"]


def test_a_signal_from_an_impostor_name_is_ignored(qtbot: QtBot, bus_address: str) -> None:
    listener = connect(bus_address, "listener-impostor")
    events = LinuxSessionEvents(listener, listener)
    sender = connect(bus_address, "sender-impostor")
    _, path, interface = LOGIN1
    with qtbot.assertNotEmitted(events.lock_requested, wait=300):
        emit(sender, "org.example.NotLogin", path, interface, "PrepareForSleep", True)
