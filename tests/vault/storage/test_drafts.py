"""Half-typed edits survive a lock as encrypted drafts."""

from __future__ import annotations

from dataclasses import replace

from tests.conftest import PASSWORD
from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.session import Vault
from vault.storage.drafts import Draft


def _draft(client_id: str, record_id: str | None, title: str) -> Draft:
    return Draft(
        id="",
        client_id=client_id,
        record_id=record_id,
        kind=RecordKind.RECORD,
        title=title,
        fields=(Field("期限", "2026年2", FieldType.DATE),),  # half-typed: not yet a date
        sensitivity=Sensitivity.PERSONAL,
        base_version=1,
    )


def test_a_draft_survives_lock_and_unlock_encrypted(vault: Vault) -> None:
    client = vault.clients.add_client("下書き商事")
    saved = vault.drafts.save(_draft(client.id, None, "書きかけのメモ"))
    raw = vault.database.scalar("SELECT payload FROM drafts")
    assert "書きかけ".encode() not in bytes(raw)
    vault.lock()
    vault.unlock(PASSWORD)
    (restored,) = vault.drafts.list()
    assert restored == saved
    assert restored.fields[0].value == "2026年2"


def test_one_draft_per_record_and_discard(vault: Vault) -> None:
    client = vault.clients.add_client("A")
    record = vault.clients.add_record(client.id, RecordKind.NOTE, "original")
    vault.drafts.save(_draft(client.id, record.id, "first edit"))
    latest = vault.drafts.save(_draft(client.id, record.id, "second edit"))
    assert [d.title for d in vault.drafts.list()] == ["second edit"]
    vault.drafts.discard(latest.id)
    assert vault.drafts.list() == []
    actions = [e.action for e in vault.audit.entries()]
    assert actions[-3:] == ["draft.saved", "draft.saved", "draft.discarded"]


def test_drafts_go_with_their_record_or_client(vault: Vault) -> None:
    client = vault.clients.add_client("A")
    record = vault.clients.add_record(client.id, RecordKind.NOTE, "original")
    vault.drafts.save(_draft(client.id, record.id, "edit"))
    vault.drafts.save(_draft(client.id, None, "new"))
    vault.clients.delete_record(record.id)
    assert [d.title for d in vault.drafts.list()] == ["new"]
    vault.clients.delete_client(client.id)
    assert vault.drafts.list() == []


def test_a_draft_can_be_saved_as_the_record(vault: Vault) -> None:
    client = vault.clients.add_client("A")
    record = vault.clients.add_record(client.id, RecordKind.NOTE, "original")
    draft = vault.drafts.save(
        replace(_draft(client.id, record.id, "restored"), kind=RecordKind.NOTE)
    )
    saved = vault.clients.update_record(replace(record, title=draft.title))
    vault.drafts.discard(draft.id)
    assert saved.title == "restored"


def test_a_restored_draft_of_a_new_record_is_replaced_not_duplicated(vault: Vault) -> None:
    client = vault.clients.add_client("新規メモ株式会社")
    first = vault.drafts.save(_draft(client.id, None, "一回目"))
    # Restored into an editor, typed on, and locked again: the editor hands back its id.
    vault.drafts.save(replace(first, title="二回目"))
    assert [d.title for d in vault.drafts.list()] == ["二回目"]
