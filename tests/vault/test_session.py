"""Creating, unlocking, locking and re-keying a real vault."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.fakes import FakeClock, FakeKeyring
from vault.domain.model import RecordKind
from vault.errors import (
    BadInput,
    DeviceSecretMissing,
    VaultBusy,
    VaultLocked,
    VaultTooNew,
    WrongSecret,
)
from vault.keys import kdf
from vault.keys.device_secret import DeviceSecretStore
from vault.session import Vault


def test_create_lays_out_a_private_folder(vault: Vault) -> None:
    names = {p.name for p in vault.folder.iterdir()}
    assert {"vault.header", "vault.db", "vault.lock"} <= names
    assert stat.S_IMODE(vault.folder.stat().st_mode) == 0o700
    for name in ("vault.header", "vault.db"):
        assert stat.S_IMODE((vault.folder / name).stat().st_mode) == 0o600
    header = json.loads((vault.folder / "vault.header").read_text())
    assert set(header["slots"]) == {"password", "recovery"}
    assert header["kdf"]["algorithm"] == "argon2id"


def test_create_refuses_a_folder_that_already_holds_a_vault(
    vault: Vault, fast_kdf: kdf.KdfParams
) -> None:
    with pytest.raises(BadInput, match="already holds a vault"):
        Vault.create(vault.folder, PASSWORD, kdf_params=fast_kdf)


def test_create_refuses_a_short_password(vault_dir: Path, fast_kdf: kdf.KdfParams) -> None:
    with pytest.raises(BadInput, match="at least 8"):
        Vault.create(vault_dir, "short", kdf_params=fast_kdf)
    assert not (vault_dir / "vault.header").exists()


def test_unlock_with_password_after_reopen(vault: Vault) -> None:
    client = vault.clients.add_client("山田商店")
    folder = vault.folder
    vault.close()
    with Vault(folder) as reopened:
        reopened.unlock(PASSWORD)
        assert [c.name for c in reopened.clients.list_clients()] == ["山田商店"]
        assert reopened.clients.get_client(client.id).id == client.id


def test_wrong_password_is_refused_and_counted_in_the_next_unlock(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    with Vault(folder) as reopened:
        for _ in range(2):
            with pytest.raises(WrongSecret, match="password is wrong"):
                reopened.unlock("not the password")
        assert not reopened.is_unlocked
        reopened.unlock(PASSWORD)
        last = reopened.audit.entries()[-1]
        assert (last.action, last.details["failed_attempts"]) == ("vault.unlocked", 2)
        assert json.loads((folder / "vault.header").read_text())["failed_unlocks"] == []


def test_recovery_key_unlocks_when_the_password_is_lost(new_vault: tuple[Vault, str]) -> None:
    vault, recovery_key = new_vault
    vault.clients.add_client("Recovery Test Co.")
    vault.lock()
    vault.unlock(recovery_key=recovery_key)
    vault.change_password("a brand new password")
    vault.lock()
    with pytest.raises(WrongSecret):
        vault.unlock(PASSWORD)
    vault.unlock("a brand new password")
    assert [c.name for c in vault.clients.list_clients()] == ["Recovery Test Co."]
    assert vault.audit.verify() == []


def test_a_wrong_recovery_key_is_a_wrong_secret(vault: Vault) -> None:
    vault.lock()
    from vault.keys import recovery

    with pytest.raises(WrongSecret, match="recovery key is wrong"):
        vault.unlock(recovery_key=recovery.generate())


def test_lock_drops_keys_and_refuses_work(vault: Vault) -> None:
    vault.clients.add_client("Lock Test")
    vault.start_indexing().join()
    state = vault._state
    assert state is not None
    keys = [state.keys.master, state.keys.db, state.keys.client_wrap, state.keys.audit]
    vault.lock()
    assert all(k.wiped for k in keys)
    with pytest.raises(VaultLocked):
        vault.clients.list_clients()
    with pytest.raises(VaultLocked):
        vault.search("Lock")


def test_change_password_only_rewraps_the_master_key(vault: Vault) -> None:
    old_db_key = bytes(vault._unlocked().keys.db.view())
    old_slots, old_salt = vault.header.slots, vault.header.kdf.salt
    vault.change_password("another good password")
    assert vault.header.kdf.salt != old_salt
    assert vault.header.slots["recovery"] == old_slots["recovery"]
    assert vault.header.slots["password"] != old_slots["password"]
    vault.lock()
    with pytest.raises(WrongSecret):
        vault.unlock(PASSWORD)
    vault.unlock("another good password")
    assert bytes(vault._unlocked().keys.db.view()) == old_db_key  # same master key below
    assert vault.audit.entries()[-2].action == "vault.password-changed"


def test_rekey_changes_every_key_and_keeps_every_record(new_vault: tuple[Vault, str]) -> None:
    vault, old_recovery = new_vault
    client = vault.clients.add_client("Rekey Co.")
    vault.clients.add_record(client.id, RecordKind.NOTE, "before rekey")
    old_db_key = bytes(vault._unlocked().keys.db.view())
    new_recovery = vault.rekey("new password after incident")
    assert new_recovery != old_recovery
    assert bytes(vault._unlocked().keys.db.view()) != old_db_key
    assert [r.title for r in vault.clients.list_records(client.id)] == ["before rekey"]
    assert vault.audit.verify() == []
    assert "vault.rekeyed" in [e.action for e in vault.audit.entries()]
    vault.lock()
    with pytest.raises(WrongSecret):
        vault.unlock(PASSWORD)
    with pytest.raises(WrongSecret):
        vault.unlock(recovery_key=old_recovery)
    vault.unlock(recovery_key=new_recovery)
    assert not list(vault.folder.glob("*.next"))


def test_a_second_process_cannot_open_the_same_vault(vault: Vault) -> None:
    with pytest.raises(VaultBusy, match="open in another"):
        Vault(vault.folder)


def test_opening_a_folder_without_a_vault_says_so(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="no vault"):
        Vault(tmp_path)


def test_a_newer_database_schema_is_refused(vault: Vault) -> None:
    vault.database.execute("PRAGMA user_version = 99")
    vault.lock()
    with pytest.raises(VaultTooNew, match="Update ClientVault"):
        vault.unlock(PASSWORD)


def test_timestamps_come_from_the_injected_clock(vault: Vault, clock: FakeClock) -> None:
    clock.advance(days=3)
    client = vault.clients.add_client("Clock Co.")
    assert client.created_at.startswith("2026-11-25T09:00")


class TestDeviceSecret:
    def test_vault_needs_the_device_secret_and_recovery_still_works(
        self, vault_dir: Path, fast_kdf: kdf.KdfParams
    ) -> None:
        keyring = FakeKeyring()
        store = DeviceSecretStore(keyring)
        vault, recovery_key = Vault.create(
            vault_dir, PASSWORD, kdf_params=fast_kdf, device_store=store, require_device=True
        )
        vault.close()

        def secrets() -> int:  # beside them the keyring holds the rollback pin
            return sum(not name.endswith(".rollback-pin") for _service, name in keyring.items)

        assert secrets() == 1
        with Vault(vault_dir, device_store=store) as reopened:
            reopened.unlock(PASSWORD)

        keyring.items.clear()  # the laptop was replaced; the keychain entry is gone
        with Vault(vault_dir, device_store=store) as reopened:
            with pytest.raises(DeviceSecretMissing, match="recovery key"):
                reopened.unlock(PASSWORD)
            reopened.unlock(recovery_key=recovery_key)
            reopened.change_password("password on the new laptop")  # enrols a new secret
        assert secrets() == 1
        with Vault(vault_dir, device_store=store) as reopened:
            reopened.unlock("password on the new laptop")

    def test_password_alone_does_not_open_a_copied_vault(
        self, vault_dir: Path, fast_kdf: kdf.KdfParams
    ) -> None:
        store = DeviceSecretStore(FakeKeyring())
        vault, _ = Vault.create(
            vault_dir, PASSWORD, kdf_params=fast_kdf, device_store=store, require_device=True
        )
        vault.close()
        other_machine = FakeKeyring()
        other_machine.set_password("ClientVault", vault.vault_id, "ab" * 32)
        copied = Vault(vault_dir, device_store=DeviceSecretStore(other_machine))
        with copied, pytest.raises(WrongSecret):
            copied.unlock(PASSWORD)


def test_verify_password_checks_without_changing_anything(vault: Vault) -> None:
    vault.verify_password(PASSWORD)
    with pytest.raises(WrongSecret):
        vault.verify_password("not the password at all")
    assert vault.is_unlocked
    vault.lock()
    vault.unlock(PASSWORD)
    entries = vault.audit.entries()
    assert entries[-1].details.get("failed_attempts") == 1  # reported like a failed unlock
