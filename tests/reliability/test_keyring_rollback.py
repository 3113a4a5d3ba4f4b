"""With the device secret on, the OS keyring pins the audit counter too (issue 12, item 10).

Before: copying an older vault.db *and* vault.header back together passed every check
(the pair agrees with itself). Now the keyring's counter, moved on every commit, refuses
that pair as a rollback (exit 3). `backup restore`, the one legitimate way back, lowers
the counter, so the restored vault opens. The keyring is the fake the tests use
everywhere; the vault, its files and SQLCipher are real.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.fakes import FakeKeyring
from vault.backup.manager import BackupManager
from vault.backup.restore import BackupRestorer
from vault.errors import VaultTampered
from vault.keys import kdf
from vault.keys.device_secret import SERVICE, DeviceSecretStore
from vault.session import Vault


@pytest.fixture
def store() -> DeviceSecretStore:
    return DeviceSecretStore(FakeKeyring())


@pytest.fixture
def folder(tmp_path: Path, store: DeviceSecretStore) -> Path:
    path = tmp_path / "vault"
    params = kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST)
    vault, _ = Vault.create(
        path, PASSWORD, kdf_params=params, device_store=store, require_device=True
    )
    with vault:
        vault.clients.add_client("山田太郎")
    return path


def _open(folder: Path, store: DeviceSecretStore) -> Vault:
    vault = Vault(folder, device_store=store)
    try:
        vault.unlock(PASSWORD)
    except BaseException:
        vault.close()
        raise
    return vault


def _pinned(store: DeviceSecretStore, vault_id: str) -> int:
    stored = store.backend.get_password(SERVICE, f"{vault_id}.rollback-pin")
    assert stored is not None
    return int(stored.split()[0])


def _copy_pair(source: Path, target: Path) -> None:
    for name in ("vault.db", "vault.header"):
        shutil.copy(source / name, target / name)
    for name in ("vault.db-wal", "vault.db-shm"):
        (target / name).unlink(missing_ok=True)


def test_every_commit_moves_the_keyring_pin(folder: Path, store: DeviceSecretStore) -> None:
    with _open(folder, store) as vault:
        before = _pinned(store, vault.vault_id)
        vault.clients.add_client("佐藤花子")
        newest = int(vault.database.scalar("SELECT max(seq) FROM audit"))
        assert _pinned(store, vault.vault_id) == newest > before


def test_an_older_database_and_header_put_back_together_are_a_rollback(
    folder: Path, store: DeviceSecretStore, tmp_path: Path
) -> None:
    old = tmp_path / "old"
    old.mkdir()
    _copy_pair(folder, old)
    with _open(folder, store) as vault:
        vault.clients.add_client("佐藤花子")
    _copy_pair(old, folder)

    with Vault(folder, device_store=store) as vault, pytest.raises(VaultTampered) as refused:
        vault.unlock(PASSWORD)
    assert refused.value.exit_code == 3
    assert "OS keyring" in str(refused.value) and "rollback" in str(refused.value)
    assert "backup restore" in str(refused.value)


def test_without_the_device_secret_the_pair_still_opens(tmp_path: Path) -> None:
    """Where no keyring is involved the header is the only pin: the known limit stays."""
    folder = tmp_path / "vault"
    params = kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST)
    vault, _ = Vault.create(folder, PASSWORD, kdf_params=params)
    vault.close()
    old = tmp_path / "old"
    old.mkdir()
    _copy_pair(folder, old)
    with Vault(folder) as vault:
        vault.unlock(PASSWORD)
        vault.clients.add_client("佐藤花子")
    _copy_pair(old, folder)
    with Vault(folder) as vault:
        vault.unlock(PASSWORD)
        assert vault.clients.list_clients() == []


def test_a_restore_lowers_the_pin_and_the_restored_vault_opens(
    folder: Path, store: DeviceSecretStore
) -> None:
    with _open(folder, store) as vault:
        backup = BackupManager(vault).create()
        for number in range(10):  # the live log runs well past what the backup holds
            vault.clients.add_client(f"依頼人{number}")
        before = _pinned(store, vault.vault_id)
        BackupRestorer(vault).restore(backup.path, PASSWORD)
    with _open(folder, store) as restored:
        assert [c.name for c in restored.clients.list_clients()] == ["山田太郎"]
        newest = int(restored.database.scalar("SELECT max(seq) FROM audit"))
        assert _pinned(store, restored.vault_id) == newest
        assert newest < before
        restored.clients.add_client("佐藤花子")  # and the pin moves on from there
        assert _pinned(store, restored.vault_id) == newest + 1
