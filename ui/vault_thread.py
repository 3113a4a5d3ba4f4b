"""One thread owns the vault: its SQLCipher connection may only be used there.

Every vault call from the GUI is a job submitted here; results and errors come
back to the GUI thread as queued callbacks. A lock bumps the generation: jobs
queued before it never start, and results that arrive after it are dropped, so
nothing decrypted reaches a widget once the lock screen is up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")


class _Relay(QObject):
    """Carries a callback from the vault thread to the GUI thread (a queued signal)."""

    deliver = Signal(object)


class VaultThread:
    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault")
        self._relay = _Relay()
        self._relay.deliver.connect(self._run_on_gui_thread)
        self._generation = 0
        self._mutex = threading.Lock()

    @property
    def generation(self) -> int:
        with self._mutex:
            return self._generation

    def invalidate(self) -> None:
        """Drop every queued job and every undelivered result (called on lock)."""
        with self._mutex:
            self._generation += 1

    def submit(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        survives_lock: bool = False,
    ) -> Future[None]:
        """Run `job` on the vault thread; `on_done`/`on_error` run on the GUI thread.

        `survives_lock` is for the lock itself and for closing: they must run even
        though they invalidate everything queued before them.
        """
        generation = self.generation

        def run() -> None:
            if not survives_lock and generation != self.generation:
                return
            try:
                result = job()
            except Exception as exc:  # handed to the GUI thread, which decides what to say
                if on_error is not None:
                    self._relay.deliver.emit((generation, survives_lock, on_error, exc))
                return
            if on_done is not None:
                self._relay.deliver.emit((generation, survives_lock, on_done, result))

        return self._pool.submit(run)

    def _run_on_gui_thread(self, item: tuple[int, bool, Callable[[Any], None], Any]) -> None:
        generation, survives_lock, callback, value = item
        if survives_lock or generation == self.generation:
            callback(value)

    def shutdown(self) -> None:
        """Wait for the running job; queued ones still run (the caller queued a close last)."""
        self._pool.shutdown(wait=True)
