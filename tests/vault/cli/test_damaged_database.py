"""A missing, empty or truncated vault.db is damage: never a new empty vault (issue 12, item 1).

Before the fix, `: > vault.db` made every command answer as if the vault were new
(`client list` gave `[]`, `audit verify` said ok) and the orphan sweep at unlock
deleted every attachment file.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import Seed, assert_refused, at, ok_json
from vault.session import Vault


def _digest(folder: Path) -> dict[str, str]:
    """Every file in the vault folder (the lock file aside) by its content's hash."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "vault.lock"
    }


def _with_attachment(seed: Seed) -> Path:
    with Vault(seed.folder) as vault:
        vault.unlock(PASSWORD)
        added = vault.attachments.add(seed.taro, io.BytesIO(b"contract scan" * 1000), "a.pdf")
    return seed.folder / "blobs" / seed.taro / added.id


DAMAGE: dict[str, Callable[[Path], object]] = {
    "missing": lambda db: db.unlink(),
    "empty": lambda db: db.write_bytes(b""),
    "cut mid-page": lambda db: os.truncate(db, db.stat().st_size - 100),
    "cut to one page": lambda db: os.truncate(db, 4096),
    "cut in half": lambda db: os.truncate(db, db.stat().st_size // 8192 * 4096),
}


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("command", [("unlock-check",), ("client", "list"), ("audit", "verify")])
def test_a_damaged_database_is_refused_and_nothing_is_deleted(
    cli: CliRunner, seed: Seed, damage: str, command: tuple[str, ...]
) -> None:
    blob = _with_attachment(seed)
    DAMAGE[damage](seed.folder / "vault.db")
    before = _digest(seed.folder)

    err = assert_refused(cli(*command, *at(seed.folder)), 3, r"vault\.db")
    assert "backups" in err and "restore" in err

    assert blob.exists()
    assert _digest(seed.folder) == before  # nothing re-created, nothing deleted


def test_the_restore_the_message_describes_works(
    cli: CliRunner, seed: Seed, tmp_path: Path
) -> None:
    """The message says: copy a backup to a new folder and open it with its password."""
    _with_attachment(seed)
    backup = Path(ok_json(cli("backup", "create", *at(seed.folder), "--json"))["path"])
    (seed.folder / "vault.db").write_bytes(b"")
    assert_refused(cli("client", "list", *at(seed.folder)), 3, "empty")

    copy = tmp_path / "restored"
    shutil.copytree(backup, copy)
    clients = ok_json(cli("client", "list", *at(copy), "--json"))
    assert {c["id"] for c in clients} == {seed.taro, seed.acme}
    with Vault(copy) as vault:
        vault.unlock(PASSWORD)
        assert len(vault.attachments.list(seed.taro)) == 1
        assert not vault.audit.verify()


def test_the_sweep_keeps_client_folders_the_database_never_knew(seed: Seed) -> None:
    """A database that does not vouch for a client (replaced, older) cannot orphan its files."""
    stranger = seed.folder / "blobs" / "0123456789abcdef"
    stranger.mkdir(parents=True)
    (stranger / "fedcba9876543210").write_bytes(b"someone's file")
    with Vault(seed.folder) as vault:
        vault.unlock(PASSWORD)
        assert vault.attachments.remove_orphans() == 0
    assert (stranger / "fedcba9876543210").read_bytes() == b"someone's file"
