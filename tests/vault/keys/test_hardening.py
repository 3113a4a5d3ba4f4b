"""Unlocking turns core dumps off for the whole process (checked in a child process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSWORD

CHILD = """
import sys
from pathlib import Path
from vault.keys import kdf
from vault.keys.hardening import process_is_dumpable
from vault.session import Vault
before = process_is_dumpable()
vault, _ = Vault.create(Path(sys.argv[1]), sys.argv[2], kdf_params=kdf.fixed(64, 3))
print(before, process_is_dumpable())
vault.close()
"""


def test_an_unlocked_vault_makes_the_process_non_dumpable(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "v"), PASSWORD],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.split() == ["True", "False"]
