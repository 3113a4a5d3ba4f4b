"""Python's garbage collector runs on the GUI thread only.

Left automatic, the collector runs on whichever thread happens to allocate, so
a widget caught in a reference cycle can be destroyed on the vault thread,
which crashes Qt (seen as a segfault in the test suite). As qutebrowser does,
automatic collection is switched off and a timer on the GUI thread collects
each generation when its threshold is passed.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect everything once more, here, and give collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect_if_due(self) -> None:
        thresholds = gc.get_threshold()
        counts = gc.get_count()
        for generation in (2, 1, 0):  # the oldest due generation takes the younger ones along
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
