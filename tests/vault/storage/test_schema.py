"""Schema migrations run forward from version 1, atomically, and refuse the future."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vault.errors import VaultTooNew
from vault.session import Vault
from vault.storage.record_binding import BOUND_SQL
from vault.storage.schema import MIGRATIONS, migrate, schema_version

NEXT = "ALTER TABLE records ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;"


def test_a_new_database_reaches_the_current_version(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "db", isolation_level=None)
    assert migrate(conn) == 0
    assert schema_version(conn) == len(MIGRATIONS)
    assert migrate(conn) == len(MIGRATIONS)  # idempotent


def test_a_version_1_database_with_data_migrates_forward(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "db", isolation_level=None)
    migrate(conn, MIGRATIONS[:1])
    conn.execute("INSERT INTO clients VALUES ('c1', 't', 't', x'00', x'01', x'02', 0, NULL)")
    conn.execute(
        "INSERT INTO records (id, client_id, kind, sensitivity, created_at, updated_at, size, "
        "title, fields) VALUES ('r1', 'c1', 'note', 'normal', 't', 't', 1, x'03', x'04')"
    )
    assert migrate(conn, (*MIGRATIONS, NEXT)) == 1
    assert schema_version(conn) == len(MIGRATIONS) + 1
    assert conn.execute("SELECT id, pinned FROM records").fetchall() == [("r1", 0)]


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "db", isolation_level=None)
    migrate(conn)
    broken = "CREATE TABLE half_done (x); ALTER TABLE no_such_table ADD COLUMN y;"
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, (*MIGRATIONS, broken))
    assert not conn.in_transaction
    assert schema_version(conn) == len(MIGRATIONS)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "db", isolation_level=None)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(VaultTooNew):
        migrate(conn)


def test_version_3_gives_old_records_their_default_rules_and_dates(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "db", isolation_level=None)
    migrate(conn, MIGRATIONS[:2])
    conn.execute("INSERT INTO clients VALUES ('c1', 't', 't', x'00', x'01', x'02', 0, NULL)")
    made = {
        "note": ("note", "2026-11-22T09:00:00+00:00"),
        "invoice": ("record", "2026-11-22T09:00:00+00:00"),
        "new-year-somewhere": ("record", "2026-12-31T10:00:00+00:00"),  # 1 Jan at UTC+14
        "old-year-everywhere": ("record", "2026-12-31T09:59:59+00:00"),
    }
    for record_id, (kind, created) in made.items():
        conn.execute(
            "INSERT INTO records (id, client_id, kind, sensitivity, created_at, updated_at, "
            "size, title, fields) VALUES (?, 'c1', ?, 'normal', ?, ?, 1, x'03', x'04')",
            (record_id, kind, created, created),
        )
    assert migrate(conn) == 2
    rows = conn.execute(
        "SELECT id, retention_rule, rule_pinned, retain_until, legal_hold, hold_reason "
        "FROM records ORDER BY id"
    ).fetchall()
    assert rows == [
        ("invoice", "transaction", 0, "2032-03-15", 0, None),
        ("new-year-somewhere", "transaction", 0, "2033-03-15", 0, None),
        ("note", "personal", 0, None, 0, None),
        ("old-year-everywhere", "transaction", 0, "2032-03-15", 0, None),
    ]
    contract = conn.execute("SELECT contract_start, contract_end FROM clients").fetchall()
    assert contract == [(None, None)]


Execute = Callable[[str], list[Any]]


def _columns(execute: Execute) -> dict[str, list[tuple[str, str]]]:
    """Each table's columns and types: what a schema version is, whatever wrote it."""
    tables = execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return {t: sorted((c[1], c[2]) for c in execute(f"PRAGMA table_info({t})")) for (t,) in tables}


def _reference(path: Path, version: int) -> Execute:
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:version])
    return lambda sql: conn.execute(sql).fetchall()


def _unbind(vault: Vault) -> None:
    """Seal every record's values as before V8: without its bound columns."""
    state, db = vault.state, vault.database
    columns = f"id, client_id, {BOUND_SQL}, title, fields, hold_reason"
    rows = db.execute(f"SELECT {columns} FROM records")  # noqa: S608
    for record_id, client_id, *rest in rows:
        bound, sealed = tuple(rest[:7]), rest[7:]
        sealer = state.cipher.sealer(client_id)
        values = [
            None
            if blob is None
            else state.cipher.seal(
                sealer,
                client_id,
                "records",
                record_id,
                column,
                state.cipher.open(sealer, client_id, "records", record_id, column, blob, bound),
            )
            for column, blob in zip(("title", "fields", "hold_reason"), sealed, strict=True)
        ]
        db.execute(
            "UPDATE records SET title = ?, fields = ?, hold_reason = ? WHERE id = ?",
            (*values, record_id),
        )


def _downgrade(execute: Execute, version: int) -> None:
    """Undo the later migrations in a vault today's code wrote, down to `version`."""
    execute("DROP TABLE keyed_steps")
    execute("DROP TABLE form_drafts")
    execute("DROP TABLE incidents")
    execute("DROP TABLE deliveries")
    if version == 4:
        execute("PRAGMA user_version = 4")
        return
    for table in ("attachments", "tombstones", "auto_erase", "backups"):
        execute(f"DROP TABLE {table}")
    if version == 3:
        execute("PRAGMA user_version = 3")
        return
    execute("DROP TABLE retention_overrides")
    execute("DROP INDEX records_by_retention")
    for table, column in [
        ("clients", "contract_start"),
        ("clients", "contract_end"),
        ("records", "retention_rule"),
        ("records", "rule_pinned"),
        ("records", "retain_fixed"),
        ("records", "hold_reason"),
    ]:
        execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    execute("UPDATE records SET retain_until = NULL")  # never set before version 3
    if version < 2:
        execute("DROP TABLE drafts")
    execute(f"PRAGMA user_version = {version}")


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_a_real_older_vault_with_data_opens_at_the_current_version(
    tmp_path: Path, version: int
) -> None:
    """Build a vault as that version wrote it, then open it with today's code."""
    from tests.conftest import PASSWORD
    from tests.fakes import FakeClock
    from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
    from vault.domain.retention import Rule, RuleCode
    from vault.keys import kdf
    from vault.storage.drafts import Draft

    folder, clock = tmp_path / f"v{version}", FakeClock()  # 2026-11-22
    vault, _ = Vault.create(folder, PASSWORD, kdf_params=kdf.fixed(64, 3), clock=clock)
    client = vault.clients.add_client("旧版の顧客", ["old@example.jp"], ["03-1234-5678"], "メモ")
    note = vault.clients.add_record(
        client.id, RecordKind.NOTE, "打ち合わせ", [Field("body", "青系で", FieldType.MULTILINE)]
    )
    invoice = vault.clients.add_record(
        client.id,
        RecordKind.RECORD,
        "請求書",
        [Field("金額", "120000", FieldType.NUMBER)],
        Sensitivity.PERSONAL,
    )
    if version >= 2:
        vault.drafts.save(
            Draft("", client.id, note.id, RecordKind.NOTE, "書きかけ", (), Sensitivity.NORMAL, 1)
        )
    _unbind(vault)
    _downgrade(vault.database.execute, version)
    assert _columns(vault.database.execute) == _columns(_reference(tmp_path / "old", version))
    entries = len(vault.audit.entries())
    vault.close()

    with Vault(folder, clock=clock, zone=dt.UTC) as reopened:
        reopened.unlock(PASSWORD)
        db = reopened.database
        assert db.scalar("PRAGMA user_version") == len(MIGRATIONS)
        current = _reference(tmp_path / "new", len(MIGRATIONS))
        assert _columns(db.execute) == _columns(current)
        store = reopened.clients
        assert store.get_client(client.id).name == "旧版の顧客"
        assert store.get_client(client.id).emails == ("old@example.jp",)
        records = {r.id: r for r in store.list_records(client.id)}
        assert records[note.id].fields == note.fields
        assert records[invoice.id].title == "請求書"
        assert records[invoice.id].sensitivity is Sensitivity.PERSONAL
        assert records[invoice.id].retain_until == "2032-03-15"
        assert records[note.id].retain_until is None  # personal data: waits for a contract end
        assert [d.title for d in reopened.drafts.list()] == (["書きかけ"] if version >= 2 else [])
        assert reopened.retention.get(note.id).rule == Rule(RuleCode.PERSONAL)
        assert reopened.audit.verify() == []
        # The records sealed again with their columns bound, and the unlock.
        actions = [e.action for e in reopened.audit.entries()]
        assert actions[entries:] == ["vault.records-bound", "vault.unlocked"]
        assert reopened.database.scalar("SELECT count(*) FROM keyed_steps") == 0
        reopened.retention.set_contract(client.id, None, dt.date(2026, 12, 31))
        assert reopened.clients.get_record(note.id).retain_until == "2027-01-30"
