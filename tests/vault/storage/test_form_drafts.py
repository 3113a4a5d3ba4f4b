"""Client-dialog drafts: sealed (a new client's under a key of its own), kept across lock."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD
from tests.integration.canary import Canaries, scan_tree
from vault.errors import BadInput
from vault.session import Vault
from vault.storage.form_drafts import CLIENT_FORM, FormDraft


def _new_client_draft(name: str, notes: str = "") -> FormDraft:
    return FormDraft(CLIENT_FORM, None, (("name", name), ("notes", notes), ("phones", "090-12")))


def test_a_new_clients_draft_is_sealed_under_its_own_key_and_survives_lock(vault: Vault) -> None:
    canaries = Canaries()
    name, notes = canaries.japanese("name"), canaries.multiline("notes")
    saved = vault.form_drafts.save(_new_client_draft(name, notes))
    vault.database.checkpoint()
    assert scan_tree(vault.folder, canaries) == []
    (wrapped, payload) = vault.database.execute("SELECT wrapped_key, payload FROM form_drafts")[0]
    assert wrapped is not None
    needles = canaries.needles()
    assert [what for needle, what in needles.items() if needle in bytes(payload)] == []
    vault.lock()
    vault.unlock(PASSWORD)
    (restored,) = vault.form_drafts.list()
    assert restored == saved
    assert restored.value("name") == name
    assert restored.value("phones") == "090-12"  # half-typed: kept unvalidated


def test_discarding_a_new_clients_draft_deletes_its_key(vault: Vault) -> None:
    saved = vault.form_drafts.save(_new_client_draft("書きかけ商事"))
    vault.form_drafts.discard(saved.id)
    assert vault.database.scalar("SELECT count(*) FROM form_drafts") == 0
    assert vault.form_drafts.list() == []
    with pytest.raises(BadInput):
        vault.form_drafts.discard(saved.id)


def test_an_edit_is_under_the_clients_key_one_per_client_and_goes_with_the_client(
    vault: Vault,
) -> None:
    client = vault.clients.add_client("編集商店")
    first = vault.form_drafts.save(
        FormDraft(CLIENT_FORM, client.id, (("name", "編集中"),), base=client.updated_at)
    )
    vault.form_drafts.save(FormDraft(CLIENT_FORM, client.id, (("name", "編集中2"),)))
    (kept,) = vault.form_drafts.list()
    assert kept.value("name") == "編集中2"
    assert kept.id != first.id
    assert vault.database.scalar("SELECT wrapped_key FROM form_drafts") is None
    vault.clients.delete_client(client.id)
    assert vault.form_drafts.list() == []


def test_a_rekey_rewraps_a_new_clients_draft(vault: Vault) -> None:
    vault.form_drafts.save(_new_client_draft("鍵替え前の下書き"))
    new_password = "新しい パスワード 2026"
    vault.rekey(new_password)
    vault.lock()
    vault.unlock(new_password)
    (restored,) = vault.form_drafts.list()
    assert restored.value("name") == "鍵替え前の下書き"


def test_an_unknown_form_is_refused(vault: Vault) -> None:
    with pytest.raises(BadInput):
        vault.form_drafts.save(FormDraft("settings", None, (("x", "y"),)))
