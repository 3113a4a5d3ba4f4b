"""Issue 12, item 12: a record's version and policy columns are bound into its seal.

Someone with the database key (but not the client's key) changes vault.db with raw
SQL on the closed vault; the next reading names tampering instead of showing an old
version or a record whose legal hold or retention was quietly changed.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.fakes import FakeClock
from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.domain.retention import Rule, RuleCode
from vault.errors import VaultTampered
from vault.keys.secret import SecretKey
from vault.session import Vault
from vault.storage.db import DB_NAME, Database
from vault.storage.record_binding import BOUND_SQL


def _db_key(vault: Vault) -> SecretKey:
    return SecretKey(bytes(vault.state.keys.db.view()))


def _raw(folder: Path, key: SecretKey, sql: str, params: tuple[Any, ...] = ()) -> None:
    """Change the closed vault's database with only its database key."""
    db = Database(folder / DB_NAME, key)
    try:
        with db.transaction():
            db.execute(sql, params)
    finally:
        db.close()


def _seeded(vault: Vault) -> tuple[str, str]:
    client = vault.clients.add_client("山田太郎")
    record = vault.clients.add_record(
        client.id,
        RecordKind.RECORD,
        "請求書 2026-11",
        [Field("金額", "120000", FieldType.NUMBER)],
        Sensitivity.PERSONAL,
    )
    return client.id, record.id


def _reopen(folder: Path, clock: FakeClock) -> Vault:
    reopened = Vault(folder, clock=clock, zone=dt.UTC)
    reopened.unlock(PASSWORD)
    return reopened


def test_an_old_version_ciphertext_in_a_newer_row_is_named_tampering(
    vault: Vault, vault_dir: Path, clock: FakeClock, cli: CliRunner
) -> None:
    client_id, record_id = _seeded(vault)
    old_title, old_fields = vault.database.execute(
        "SELECT title, fields FROM records WHERE id = ?", (record_id,)
    )[0]
    record = vault.clients.get_record(record_id)
    vault.clients.update_record(replace(record, title="請求書 2026-11 (訂正)"))
    key = _db_key(vault)
    vault.close()

    # Version 1's ciphertexts, replayed into the row that is now at version 2.
    _raw(
        vault_dir,
        key,
        "UPDATE records SET title = ?, fields = ? WHERE id = ?",
        (old_title, old_fields, record_id),
    )
    tampered = pytest.raises(VaultTampered, match="failed its integrity")
    with _reopen(vault_dir, clock) as reopened, tampered:
        reopened.clients.get_record(record_id)

    code, out, err = cli(
        "record", "list", "--client", client_id, "--vault", str(vault_dir), "--password-stdin"
    )
    assert (code, out) == (3, "")
    assert "failed its integrity check" in err
    assert "請求書" not in err


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("version", 7),
        ("sensitivity", "normal"),
        ("legal_hold", 0),
        ("retention_rule", "personal"),
        ("rule_pinned", 1),
        ("retain_fixed", "2026-01-01"),
        ("retain_until", "2026-01-01"),
    ],
)
def test_a_policy_column_changed_without_the_key_fails_authentication(
    vault: Vault, vault_dir: Path, clock: FakeClock, column: str, value: object
) -> None:
    _client_id, record_id = _seeded(vault)
    vault.retention.hold(record_id, "税務調査")
    key = _db_key(vault)
    vault.close()

    _raw(vault_dir, key, f"UPDATE records SET {column} = ? WHERE id = ?", (value, record_id))  # noqa: S608
    with _reopen(vault_dir, clock) as reopened:
        with pytest.raises(VaultTampered):
            reopened.clients.get_record(record_id)
        with pytest.raises(VaultTampered):
            reopened.retention.get(record_id)  # the hold reason is bound too
        with pytest.raises(VaultTampered):  # and no policy change builds on a tampered row
            reopened.retention.set_rule(record_id, None)


def test_a_lifted_hold_and_a_past_date_do_not_make_a_record_due(
    vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    """Lifting a hold and moving the date into the past would have the sweep erase it."""
    _client_id, record_id = _seeded(vault)
    vault.retention.hold(record_id, "係争中")
    key = _db_key(vault)
    vault.close()

    _raw(
        vault_dir,
        key,
        "UPDATE records SET legal_hold = 0, hold_reason = NULL, retain_until = '2020-01-01' "
        "WHERE id = ?",
        (record_id,),
    )
    with _reopen(vault_dir, clock) as reopened, pytest.raises(VaultTampered):
        reopened.retention.due(reopened.today(), 0)


def test_every_legitimate_change_seals_the_record_again(
    vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    client_id, record_id = _seeded(vault)
    retention, store = vault.retention, vault.clients
    retention.hold(record_id, "税務調査")
    retention.hold(record_id, "税務調査 (延長)")
    retention.set_rule(record_id, Rule(RuleCode.FIXED, dt.date(2030, 1, 31)))
    retention.set_contract(client_id, None, dt.date(2026, 12, 31))
    retention.set_client_rule(client_id, RecordKind.RECORD, Rule(RuleCode.PERSONAL))
    retention.set_rule(record_id, None)
    record = store.update_record(
        replace(store.get_record(record_id), sensitivity=Sensitivity.SPECIAL_CARE)
    )
    assert record.version == 2
    retention.release(record_id)
    retention.hold(record_id, "再開")
    vault.close()

    with _reopen(vault_dir, clock) as reopened:
        record = reopened.clients.get_record(record_id)
        assert (record.title, record.sensitivity) == ("請求書 2026-11", Sensitivity.SPECIAL_CARE)
        assert reopened.retention.get(record_id).hold_reason == "再開"
        assert reopened.retention.get(record_id).rule == Rule(RuleCode.PERSONAL)


def _unbound(vault: Vault) -> None:
    """Seal every record as a vault from before V8 did, and mark the conversion as due."""
    state, db = vault.state, vault.database
    rows = db.execute(f"SELECT id, client_id, {BOUND_SQL}, title, fields FROM records")  # noqa: S608
    for record_id, client_id, *rest in rows:
        bound, (title, fields) = tuple(rest[:7]), rest[7:]
        sealer = state.cipher.sealer(client_id)
        plain = [
            state.cipher.open(sealer, client_id, "records", record_id, column, blob, bound)
            for column, blob in (("title", title), ("fields", fields))
        ]
        db.execute(
            "UPDATE records SET title = ?, fields = ? WHERE id = ?",
            (
                *(
                    state.cipher.seal(sealer, client_id, "records", record_id, column, value)
                    for column, value in zip(("title", "fields"), plain, strict=True)
                ),
                record_id,
            ),
        )
    db.execute("INSERT INTO keyed_steps (name) VALUES ('bind-records')")


def test_an_existing_vault_is_bound_at_its_first_unlock_and_only_then(
    vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    _client_id, record_id = _seeded(vault)
    _unbound(vault)
    legacy_title = vault.database.scalar("SELECT title FROM records WHERE id = ?", (record_id,))
    key = _db_key(vault)
    vault.close()

    with _reopen(vault_dir, clock) as reopened:
        assert reopened.clients.get_record(record_id).title == "請求書 2026-11"
        actions = [e.action for e in reopened.audit.entries()]
        assert actions[-2:] == ["vault.records-bound", "vault.unlocked"]
        assert reopened.audit.entries()[-2].details == {"records": 1}

    # Now bound: a policy change without the key is caught, as in a new vault.
    _raw(vault_dir, key, "UPDATE records SET legal_hold = 1 WHERE id = ?", (record_id,))
    with _reopen(vault_dir, clock) as reopened, pytest.raises(VaultTampered):
        reopened.clients.get_record(record_id)
    _raw(vault_dir, key, "UPDATE records SET legal_hold = 0 WHERE id = ?", (record_id,))

    # Asking for the conversion again, to have an old ciphertext accepted, is refused.
    _raw(
        vault_dir,
        key,
        "UPDATE records SET title = ? WHERE id = ?; ",
        (legacy_title, record_id),
    )
    _raw(vault_dir, key, "INSERT INTO keyed_steps (name) VALUES ('bind-records')")
    with Vault(vault_dir, clock=clock) as again, pytest.raises(VaultTampered, match="altered"):
        again.unlock(PASSWORD)


def test_a_failed_conversion_changes_nothing(
    vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    """One transaction: a record that fails to open leaves every record as it was."""
    client_id, record_id = _seeded(vault)
    other = vault.clients.add_record(client_id, RecordKind.NOTE, "メモ")
    _unbound(vault)
    before = vault.database.execute("SELECT id, title, fields FROM records ORDER BY id")
    key = _db_key(vault)
    vault.close()
    _raw(vault_dir, key, "UPDATE records SET title = X'00' WHERE id = ?", (other.id,))

    with Vault(vault_dir, clock=clock) as broken, pytest.raises(VaultTampered):
        broken.unlock(PASSWORD)
    db = Database(vault_dir / DB_NAME, key)
    try:
        after = db.execute("SELECT id, title, fields FROM records ORDER BY id")
        assert db.scalar("SELECT count(*) FROM keyed_steps") == 1
    finally:
        db.close()
    assert [r for r in after if r[0] == record_id] == [r for r in before if r[0] == record_id]


def test_an_unconverted_vault_on_a_full_disk_still_reads(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """Read-only (no room to convert): the records open as they were sealed, not as damage."""
    disk = tmp_path / "disk"
    disk.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {made.stderr.decode().strip()}")
    try:
        _client_id, record_id = _seeded(vault)
        _unbound(vault)
        vault.close()
        folder = disk / "vault"
        shutil.copytree(vault_dir, folder)
        filler = disk / "filler"
        info = os.statvfs(disk)
        filler.write_bytes(b"\0" * (info.f_bavail * info.f_frsize))
        with Vault(folder) as full:
            full.unlock(PASSWORD)
            assert full.unwritable is not None
            assert full.clients.get_record(record_id).title == "請求書 2026-11"
            assert [h.record_id for h in full.search("請求書")] == [record_id]
        filler.unlink()
        with Vault(folder) as roomy:  # with room again, the conversion runs
            roomy.unlock(PASSWORD)
            assert roomy.database.scalar("SELECT count(*) FROM keyed_steps") == 0
            assert roomy.clients.get_record(record_id).title == "請求書 2026-11"
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
