"""Garbage is collected on the GUI thread, never on the vault thread."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from ui.gc_guard import GuiThreadCollector


class Cycle:
    """A reference cycle that records the thread it was collected on."""

    collected_on: list[str] = []  # noqa: RUF012 - shared on purpose

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.collected_on.append(threading.current_thread().name)


def test_cycles_made_anywhere_are_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    assert not gc.isenabled()  # the GUI-test fixture runs the collector, as the app does
    Cycle.collected_on.clear()

    def churn() -> None:
        for _ in range(5000):  # far past the first generation's threshold
            Cycle()

    worker = threading.Thread(target=churn, name="vault-like")
    worker.start()
    worker.join()
    assert Cycle.collected_on == []  # nothing was collected on the worker
    collector = GuiThreadCollector()
    collector.collect_if_due()
    gc.collect()
    assert Cycle.collected_on
    assert set(Cycle.collected_on) == {threading.main_thread().name}
