"""Vault work runs off the GUI thread, in order, and nothing survives a lock."""

from __future__ import annotations

import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from ui.vault_thread import VaultThread


def test_jobs_run_off_the_gui_thread_and_report_back_on_it(qtbot: QtBot) -> None:
    thread = VaultThread()
    seen: list[tuple[str, str]] = []
    thread.submit(
        lambda: threading.current_thread().name,
        lambda name: seen.append((name, threading.current_thread().name)),
    )
    qtbot.waitUntil(lambda: bool(seen))
    worker, callback = seen[0]
    assert worker.startswith("vault")
    assert callback == threading.main_thread().name
    thread.shutdown()


def test_errors_come_back_to_the_error_callback(qtbot: QtBot) -> None:
    thread = VaultThread()
    errors: list[Exception] = []

    def fail() -> None:
        raise ValueError("bad")

    thread.submit(fail, None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    thread.shutdown()


def test_jobs_queued_before_a_lock_never_run_and_results_are_dropped(qtbot: QtBot) -> None:
    thread = VaultThread()
    gate = threading.Event()
    ran: list[str] = []
    delivered: list[str] = []

    def job(name: str) -> Callable[[], str]:
        def run() -> str:
            if name == "first":
                gate.wait(5)  # still running when the lock comes
            ran.append(name)
            return name

        return run

    thread.submit(job("first"), delivered.append)
    thread.submit(job("queued"), delivered.append)
    thread.invalidate()
    thread.submit(job("lock"), delivered.append, survives_lock=True)
    gate.set()
    qtbot.waitUntil(lambda: delivered == ["lock"])
    assert ran == ["first", "lock"]  # the running job finished; its result was dropped
    thread.shutdown()
