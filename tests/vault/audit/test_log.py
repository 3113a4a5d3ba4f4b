"""The audit log records every change and proves nothing was edited, removed or reordered."""

from __future__ import annotations

from vault.domain.model import Field, RecordKind
from vault.session import Vault


def test_every_operation_is_logged_without_personal_data(vault: Vault) -> None:
    client = vault.clients.add_client("個人名 山田", ["secret-mail@example.jp"])
    record = vault.clients.add_record(client.id, RecordKind.NOTE, "極秘", (Field("body", "本文"),))
    vault.clients.delete_record(record.id)
    vault.change_password("changed password")
    actions = [e.action for e in vault.audit.entries()]
    assert actions[0] == "vault.created"
    assert actions[-4:] == [
        "client.created",
        "record.created",
        "record.deleted",
        "vault.password-changed",
    ]
    dump = repr([e.to_json() for e in vault.audit.entries()])
    for personal in ("山田", "secret-mail", "極秘", "本文"):
        assert personal not in dump
    assert vault.audit.verify() == []


def test_edited_entry_is_named(vault: Vault) -> None:
    vault.clients.add_client("A")
    vault.database.execute("UPDATE audit SET action = 'client.viewed' WHERE seq = 2")
    assert vault.audit.verify() == ["entry 2 was edited"]


def test_removed_entry_is_named(vault: Vault) -> None:
    for name in ("A", "B", "C"):
        vault.clients.add_client(name)
    vault.database.execute("DELETE FROM audit WHERE seq = 3")
    assert vault.audit.verify() == ["entry 3 is missing (next is 4)"]


def test_reordered_entries_are_named(vault: Vault) -> None:
    for name in ("A", "B"):
        vault.clients.add_client(name)
    db = vault.database
    db.execute("UPDATE audit SET seq = 100 WHERE seq = 2")
    db.execute("UPDATE audit SET seq = 2 WHERE seq = 3")
    db.execute("UPDATE audit SET seq = 3 WHERE seq = 100")
    problems = vault.audit.verify()
    assert problems
    assert any("entry 2" in p for p in problems)


def test_head_changes_with_every_entry(vault: Vault) -> None:
    before = vault.audit.head()
    vault.clients.add_client("A")
    assert vault.audit.head() != before
