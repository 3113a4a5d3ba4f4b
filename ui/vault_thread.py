"""One thread owns the vault: its SQLCipher connection may only be used there.

Every vault call from the GUI is a job submitted here; results and errors come
back to the GUI thread as queued callbacks. A lock bumps the generation: jobs
queued before it never start, and results that arrive after it are dropped, so
nothing decrypted reaches a widget once the lock screen is up.

Jobs and callbacks usually hold widgets (a bound method, a lambda using self).
The GUI thread keeps the only lasting reference to them and lets go of it
itself: a widget whose last reference died on the vault thread would be
destroyed there, which crashes Qt.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")


@dataclass
class _Job:
    work: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    generation: int
    survives_lock: bool


class _Relay(QObject):
    """Carries (job id, succeeded, value) from the vault thread to the GUI thread."""

    deliver = Signal(int, bool, object)


class VaultThread:
    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault")
        self._relay = _Relay()
        self._relay.deliver.connect(self._run_on_gui_thread)
        self._generation = 0
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count()
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
        with self._mutex:
            job_id = next(self._ids)
            self._jobs[job_id] = _Job(job, on_done, on_error, self._generation, survives_lock)
        return self._pool.submit(self._work, job_id)

    def _work(self, job_id: int) -> None:
        with self._mutex:
            job = self._jobs[job_id]
            skip = not job.survives_lock and job.generation != self._generation
        work = job.work
        del job  # from here on the vault thread holds nothing the GUI thread does not
        if skip:
            del work
            self._relay.deliver.emit(job_id, False, None)
            return
        try:
            result = work()
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            del work
            self._relay.deliver.emit(job_id, False, exc)
            return
        del work
        self._relay.deliver.emit(job_id, True, result)

    def _run_on_gui_thread(self, job_id: int, succeeded: bool, value: Any) -> None:
        with self._mutex:
            job = self._jobs.pop(job_id)
            current = job.survives_lock or job.generation == self._generation
        if not current:
            return
        if succeeded and job.on_done is not None:
            job.on_done(value)
        elif isinstance(value, Exception) and job.on_error is not None:
            job.on_error(value)

    def shutdown(self) -> None:
        """Wait for the running job; queued ones still run (the caller queued a close last)."""
        self._pool.shutdown(wait=True)
