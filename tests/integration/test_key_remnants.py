"""After lock, no copy of a key is left in the process's memory (issue 12, item 15).

Measured in a child process that uses a vault, locks it and scans /proc/self/mem.
Before: the SQLCipher key pragma text (the database key in hex) stayed twice in
freed memory, and the client-wrap key once (the bytes copy AES-GCM was given).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_no_key_copy_remains_after_lock(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.integration.key_remnants", str(tmp_path / "vault")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    remaining = json.loads(done.stdout)
    print(f"key copies in memory after lock: {remaining}")
    assert remaining == dict.fromkeys(remaining, 0)
