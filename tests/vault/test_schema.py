"""Schema migrations run forward from version 1, atomically, and refuse the future."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vault.errors import VaultTooNew
from vault.schema import MIGRATIONS, migrate, schema_version

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


def test_a_real_version_1_vault_opens_at_the_current_version(tmp_path: Path) -> None:
    """Build a vault as version 1 wrote it, then open it with today's code."""
    from tests.conftest import PASSWORD
    from vault import kdf
    from vault.session import Vault

    folder = tmp_path / "v1"
    vault, _ = Vault.create(folder, PASSWORD, kdf_params=kdf.fixed(64, 3))
    client = vault.clients.add_client("旧版の顧客")
    db = vault.database
    db.execute("DROP TABLE drafts")
    db.execute("PRAGMA user_version = 1")
    vault.close()
    with Vault(folder) as reopened:
        reopened.unlock(PASSWORD)
        assert reopened.database.scalar("PRAGMA user_version") == len(MIGRATIONS)
        assert reopened.clients.get_client(client.id).name == "旧版の顧客"
        assert reopened.drafts.list() == []
