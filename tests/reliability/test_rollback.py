"""An older vault.db put back is refused as a rollback (issue 12, item 10).

Before: copying an older vault.db over the live one brought an erased client back
and `audit verify` still said ok; so did deleting the newest audit entries with
the database key.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import assert_refused, ok_json
from vault.erasure.eraser import Eraser, Reason
from vault.keys import kdf
from vault.keys.secret import SecretKey
from vault.session import Vault
from vault.storage.db import _key_pragma


def _at(folder: Path) -> tuple[str, ...]:
    return ("--vault", str(folder), "--password-stdin")


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str, str]:
    """A closed vault with two clients: (folder, the one erased later, the one kept)."""
    folder = tmp_path / "vault"
    params = kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST)
    vault, _ = Vault.create(folder, PASSWORD, kdf_params=params)
    with vault:
        erased = vault.clients.add_client("山田太郎").id
        kept = vault.clients.add_client("佐藤花子").id
    return folder, erased, kept


def _erase(folder: Path, client_id: str) -> None:
    with Vault(folder) as vault:
        vault.unlock(PASSWORD)
        Eraser(vault).erase(Eraser(vault).client_target(client_id), Reason.REQUEST)


def test_an_older_database_copied_back_is_a_rollback(
    made: tuple[Path, str, str], cli: CliRunner, tmp_path: Path
) -> None:
    folder, erased, _kept = made
    shutil.copy(folder / "vault.db", tmp_path / "old.db")
    _erase(folder, erased)
    shutil.copy(tmp_path / "old.db", folder / "vault.db")

    for command in (("unlock-check",), ("client", "list"), ("audit", "verify")):
        assert_refused(cli(*command, *_at(folder)), 3, "older than vault.header.*rollback")


def test_removing_the_newest_audit_entries_is_a_rollback(
    made: tuple[Path, str, str], cli: CliRunner
) -> None:
    folder, erased, _kept = made
    _erase(folder, erased)
    with Vault(folder) as vault:
        vault.unlock(PASSWORD)
        key = SecretKey(bytes(vault.state.keys.db.view()))  # what an attacker holding it has
        newest = int(vault.database.scalar("SELECT max(seq) FROM audit"))
    conn = sqlcipher3.connect(str(folder / "vault.db"), isolation_level=None)
    conn.execute(_key_pragma(key))
    conn.execute("DELETE FROM audit WHERE seq >= ?", (newest - 2,))
    conn.close()

    assert_refused(cli("audit", "verify", *_at(folder)), 3, "rollback")


def test_an_older_header_and_database_pair_is_caught_by_the_certificates(
    made: tuple[Path, str, str], cli: CliRunner, tmp_path: Path
) -> None:
    """Both files put back together agree with each other, not with the certificates."""
    folder, erased, _kept = made
    for name in ("vault.db", "vault.header"):
        shutil.copy(folder / name, tmp_path / name)
    _erase(folder, erased)
    for name in ("vault.db", "vault.header"):
        shutil.copy(tmp_path / name, folder / name)

    assert_refused(cli("client", "list", *_at(folder)), 3, "erasure certificates.*rollback")


def test_restore_remains_the_way_back_and_keeps_erasures(
    made: tuple[Path, str, str], cli: CliRunner
) -> None:
    folder, erased, kept = made
    backup = ok_json(cli("backup", "create", *_at(folder), "--json"))["path"]
    _erase(folder, erased)
    code, _out, err = cli(
        "backup", "restore", backup, *_at(folder), stdin=f"{PASSWORD}\n{PASSWORD}\n"
    )
    assert code == 0, err
    clients = ok_json(cli("client", "list", *_at(folder), "--json"))
    assert [c["id"] for c in clients] == [kept]
    assert ok_json(cli("audit", "verify", *_at(folder), "--json"))["ok"]
