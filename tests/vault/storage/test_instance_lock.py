"""vault.lock: one process at a time, and a killed holder never leaves it stale.

Real processes hold the lock (POSIX flock here; the Windows branch, msvcrt.locking, is
type-checked with `mypy --platform win32 vault/storage/instance_lock.py`).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from vault.errors import VaultBusy
from vault.storage.instance_lock import LOCK_NAME, InstanceLock

ROOT = Path(__file__).resolve().parents[3]
HOLD = (
    "import sys, time; from pathlib import Path; "
    "from vault.storage.instance_lock import InstanceLock; "
    "InstanceLock(Path(sys.argv[1])).acquire(); print('held', flush=True); time.sleep(60)"
)


def _holder(folder: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def test_another_process_holding_the_lock_is_busy_until_it_is_killed(tmp_path: Path) -> None:
    child = _holder(tmp_path)
    try:
        with pytest.raises(VaultBusy, match="open in another"):
            InstanceLock(tmp_path).acquire()
        with pytest.raises(VaultBusy):
            InstanceLock(tmp_path).check_free()
        assert (tmp_path / LOCK_NAME).read_text() == f"{child.pid}\n"
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate()
    lock = InstanceLock(tmp_path)  # the kernel dropped the dead holder's lock
    lock.acquire()
    try:
        assert (tmp_path / LOCK_NAME).read_text() == f"{os.getpid()}\n"
    finally:
        lock.release()


def test_the_busy_probe_holds_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / LOCK_NAME).write_text("12345\n")
    InstanceLock(tmp_path).check_free()
    assert (tmp_path / LOCK_NAME).read_text() == "12345\n"
    lock = InstanceLock(tmp_path)
    lock.acquire()  # the probe let go
    lock.release()
    again = InstanceLock(tmp_path)
    again.acquire()  # and so did release
    again.release()
