"""SIGKILL during `backup restore`'s folder swap: the next open rolls back (issue 12, item 9).

Before: a kill after the vault folder was renamed to `<folder>.before-restore-*` left
no vault at all ("there is no vault in …"), and one during the moves left backups/
and certificates/ inside a stray `<folder>.restore-*` copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.reliability.test_crash import make_vault, spawn
from vault.backup.manager import BackupManager
from vault.session import Vault


@pytest.mark.parametrize("step", ["entries-moved", "folder-aside", "copy-in"])
def test_a_killed_restore_is_rolled_back_at_the_next_open(tmp_path: Path, step: str) -> None:
    folder = tmp_path / "vault"
    ids = make_vault(folder, clients=3)
    with spawn("restore", folder, 0, step, stdin=f"{PASSWORD}\n") as writer:
        writer.wait_for("intent-restore")
        messages = writer.reap()
    assert not any(m["op"] == "restored" for m in messages)

    with Vault(folder) as vault:
        vault.unlock(PASSWORD)
        assert sorted(c.id for c in vault.clients.list_clients()) == sorted(ids)
        assert len(BackupManager(vault).list()) == 1  # backups/ came back with the vault
        assert vault.audit.verify() == []
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("vault."))
    assert leftovers == []
