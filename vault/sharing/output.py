"""Where a bundle's bytes go: zipfile's sink, and the output file written off-thread.

The ciphertext is written, hashed and synced on helper threads (all release the
GIL) while the encryptor goes on; a helper's failure (a full disk) comes back as
bad input from a later write or from `finish`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from vault.errors import BadInput

# The encryptors hand over 64 KiB at a time; a helper thread writes and hashes
# batches of at least this much, with at most BATCHES_AHEAD of them waiting, and
# another syncs the file every SYNC_EVERY bytes. Hashing on a third thread of its own
# was slower on 2 cores (bench/export.py measures the export).
BATCH_BYTES = 1 << 20
BATCHES_AHEAD = 4
SYNC_EVERY = 64 << 20


@contextlib.contextmanager
def writing_output() -> Iterator[None]:
    """Failures on the user's output file are bad input, not a broken vault."""
    try:
        yield
    except OSError as exc:
        raise BadInput(
            "The bundle cannot be written ({reason}).",
            reason=exc.strerror or type(exc).__name__,
        ) from exc


class ZipSink:
    """What zipfile writes to (it cannot seek, so zipfile adds data descriptors)."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        """zipfile flushes when it closes; the parts wait for `drain`."""

    def close(self) -> None:
        """Never called: zipfile leaves open a file object it was handed."""

    def drain(self) -> Iterator[bytes]:
        parts, self._parts = self._parts, []
        yield from (p for p in parts if p)


class Output:
    """The temp file, written off the encryptor's thread: the ciphertext is gathered
    into batches that one helper thread writes and hashes in order (both release the
    GIL), while another fsyncs the file every SYNC_EVERY bytes so that the final fsync
    finds little left to flush. A helper's failure (a full disk) is raised by a later
    `write` or by `finish`; leaving the `with` block stops both helpers."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="bundle-write")
        self._syncer = ThreadPoolExecutor(1, thread_name_prefix="bundle-sync")
        self._digest = hashlib.sha256()
        self._parts: list[bytes] = []
        self._gathered = 0
        self._pending: deque[Future[None]] = deque()
        self._unsynced = 0
        self._syncing: Future[None] | None = None
        self.size = 0

    def __enter__(self) -> Output:
        return self

    def __exit__(self, *exc: object) -> None:
        for helper in (self._writer, self._syncer):
            helper.shutdown(cancel_futures=True)  # waits for a call under way

    def write(self, data: bytes) -> None:
        self._parts.append(bytes(data))  # no copy of bytes; the helper needs it unchanged
        self._gathered += len(data)
        self.size += len(data)
        if self._gathered >= BATCH_BYTES:
            self._send()

    def finish(self) -> str:
        """Write what is left and wait for every batch and sync; the file's SHA-256."""
        self._send()
        while self._pending:
            self._pending.popleft().result()
        if self._syncing is not None:
            self._syncing.result()
        return self._digest.hexdigest()

    def _send(self) -> None:
        if len(self._pending) >= BATCHES_AHEAD:
            self._pending.popleft().result()  # raises the helper's failure
        parts, self._parts, self._gathered = self._parts, [], 0
        self._pending.append(self._writer.submit(self._store, parts))

    def _store(self, parts: list[bytes]) -> None:
        """On the writing helper."""
        batch = b"".join(parts)
        view = memoryview(batch)
        with writing_output():
            while view:
                view = view[os.write(self._fd, view) :]
        self._digest.update(batch)
        self._unsynced += len(batch)
        if self._unsynced >= SYNC_EVERY and (self._syncing is None or self._syncing.done()):
            if self._syncing is not None:
                self._syncing.result()  # an earlier sync's failure: the final one may not see it
            self._unsynced = 0
            self._syncing = self._syncer.submit(self._sync)

    def _sync(self) -> None:
        """On the syncing helper."""
        with writing_output():
            os.fsync(self._fd)
