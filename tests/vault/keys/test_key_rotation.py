"""Issue 12, item 11: a re-key gives every client a new data key and re-encrypts all.

The attack, literally: a client's DEK captured before the re-key (a memory dump, a
stolen copy of the key) must open nothing afterwards: not an attachment added after
the re-key, not an attachment re-encrypted by it, not a single field.
"""

from __future__ import annotations

import hashlib
import io
import os

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tests.conftest import PASSWORD
from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.errors import BadInput, VaultTampered, WrongSecret
from vault.keys.client_keys import Bound, field_aad
from vault.keys.sealing import AuthenticationFailed, Sealer, aad
from vault.keys.secret import SecretKey
from vault.session import Vault
from vault.storage.attachments import AttachmentStore
from vault.storage.blob_io import decrypt_blob
from vault.storage.db import DB_NAME
from vault.storage.drafts import Draft
from vault.storage.form_drafts import CLIENT_FORM, FormDraft
from vault.storage.key_rotation import SEALED_COLUMNS
from vault.storage.layout import blob_path
from vault.storage.record_binding import BOUND_SQL

NEW_PASSWORD = "a brand new passphrase 2026"
CHUNK = 64 << 10  # small chunks: a few hundred KiB make a many-chunk blob
NOT_SEALED = {
    ("clients", "wrapped_dek"),
    ("audit", "prev_mac"),
    ("audit", "mac"),
    ("form_drafts", "wrapped_key"),  # a new client's draft key: wrapped again, like a DEK
}


def _captured_dek(vault: Vault, client_id: str) -> bytes:
    wrapped = vault.database.scalar("SELECT wrapped_dek FROM clients WHERE id = ?", (client_id,))
    dek = vault.state.client_keys.unwrap(client_id, bytes(wrapped))
    try:
        return bytes(dek.view())
    finally:
        dek.wipe()


def _attach(vault: Vault, client_id: str, data: bytes, name: str) -> str:
    state = vault.state
    store = AttachmentStore(
        vault.folder,
        state.db,
        state.cipher,
        state.audit,
        vault.timestamp,
        vault_id=vault.vault_id,
        chunk_size=CHUNK,
    )
    return store.add(client_id, io.BytesIO(data), name).id


def _blob_opens(vault: Vault, dek: bytes, client_id: str, attachment_id: str) -> bytes:
    size, chunks = vault.database.execute(
        "SELECT size, chunks FROM attachments WHERE id = ?", (attachment_id,)
    )[0]
    prefix = aad("attachment", vault.vault_id, client_id, attachment_id)
    path = blob_path(vault.folder, client_id, attachment_id)
    return b"".join(bytes(c) for c in decrypt_blob(path, AESGCM(dek), prefix, size, chunks))


def _sealed_values(vault: Vault) -> list[tuple[str, str, str, str, bytes, Bound]]:
    """(table, client, row, column, ciphertext, bound) of every value sealed under a DEK."""
    found = []
    for table, row_column, client_column, columns in SEALED_COLUMNS:
        extra = f", {BOUND_SQL}" if table == "records" else ""
        selected = f"{row_column}, {client_column}, {', '.join(columns)}{extra}"
        sql = f"SELECT {selected} FROM {table}"  # noqa: S608
        for row_id, client_id, *rest in vault.database.execute(sql):
            bound = tuple(rest[len(columns) :])
            for column, blob in zip(columns, rest[: len(columns)], strict=True):
                if blob is not None:
                    found.append((table, client_id, row_id, column, bytes(blob), bound))
    return found


def _seeded(vault: Vault) -> tuple[str, str, str]:
    client = vault.clients.add_client("山田太郎", ["taro@example.jp"], notes="長期の顧客")
    record = vault.clients.add_record(
        client.id,
        RecordKind.CREDENTIAL,
        "会計ソフト",
        [Field("password", "s3cret-パス", FieldType.SECRET)],
        Sensitivity.PERSONAL,
    )
    vault.retention.hold(record.id, "税務調査")
    vault.drafts.save(
        Draft("", client.id, record.id, RecordKind.NOTE, "書きかけ", (), Sensitivity.NORMAL, 1)
    )
    attachment = _attach(vault, client.id, os.urandom(300_000), "契約書.pdf")
    return client.id, record.id, attachment


def test_a_dek_captured_before_a_rekey_opens_nothing_after_it(vault: Vault) -> None:
    client_id, record_id, before_id = _seeded(vault)
    before_data = _blob_opens(vault, _captured_dek(vault, client_id), client_id, before_id)
    captured = _captured_dek(vault, client_id)
    old_values = _sealed_values(vault)
    old_wrapped = bytes(
        vault.database.scalar("SELECT wrapped_dek FROM clients WHERE id = ?", (client_id,))
    )
    old_blob = blob_path(vault.folder, client_id, before_id).read_bytes()
    assert {v[0] for v in old_values} == {"clients", "records", "drafts", "attachments"}

    vault.rekey(NEW_PASSWORD)
    after_data = os.urandom(200_000)
    after_id = _attach(vault, client_id, after_data, "追加資料.pdf")

    # The captured key opens no blob: neither the one added after nor the one re-encrypted.
    for attachment_id in (after_id, before_id):
        with pytest.raises(VaultTampered, match="chunk 1"):
            _blob_opens(vault, captured, client_id, attachment_id)
    # ... and no sealed value of any table.
    values = _sealed_values(vault)
    assert len(values) == len(old_values) + 1  # the new attachment's meta
    old_sealer = Sealer(SecretKey(captured))
    for table, cid, row, column, blob, bound in values:
        with pytest.raises(AuthenticationFailed):
            old_sealer.open(blob, field_aad(vault.vault_id, cid, table, row, column, bound))

    # Everything still reads, under the new key.
    new_dek = _captured_dek(vault, client_id)
    assert new_dek != captured
    assert _blob_opens(vault, new_dek, client_id, before_id) == before_data
    assert _blob_opens(vault, new_dek, client_id, after_id) == after_data
    assert vault.retention.get(record_id).hold_reason == "税務調査"
    assert vault.clients.get_record(record_id).fields[0].value == "s3cret-パス"
    assert [d.title for d in vault.drafts.list()] == ["書きかけ"]
    assert blob_path(vault.folder, client_id, before_id).read_bytes() != old_blob
    assert not list(vault.folder.rglob("*.next"))
    entry = next(e for e in vault.audit.entries() if e.action == "vault.rekeyed")
    assert entry.details == {"clients": 1, "attachments": 1, "bytes": 300_000}

    # Nothing of the old key survives in the new database: no old wrapped key or old
    # ciphertext in any row, and no free page that could still hold one.
    assert vault.database.scalar("PRAGMA freelist_count") == 0
    plain = _plaintext_dump(vault)
    assert old_wrapped not in plain
    for _table, _cid, _row, _column, blob, _bound in old_values:
        assert blob not in plain


def _plaintext_dump(vault: Vault) -> bytes:
    """The live database decrypted into a plain SQLite file (test only), as bytes."""
    out = vault.folder.parent / "plain.db"
    conn = sqlcipher3.connect(str(vault.folder / DB_NAME))
    try:
        key = vault.state.keys.db.view().hex()
        conn.executescript(f"PRAGMA key = \"x'{key}'\";")
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(out),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    try:
        return out.read_bytes()
    finally:
        out.unlink()


def test_every_blob_column_of_the_schema_is_rotated_or_not_client_data(vault: Vault) -> None:
    """A new sealed column that the re-key forgot would keep its old key: refuse that."""
    sealed = {(t, c) for t, _row, _client, columns in SEALED_COLUMNS for c in columns}
    blobs = set()
    tables = vault.database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    for (table,) in tables:
        for column in vault.database.execute(f"PRAGMA table_info({table})"):
            if column[2].upper() == "BLOB":
                blobs.add((table, column[1]))
    assert blobs == sealed | NOT_SEALED


def test_a_cancelled_rekey_changes_nothing(vault: Vault) -> None:
    client_id, record_id, attachment_id = _seeded(vault)
    captured = _captured_dek(vault, client_id)
    blob = blob_path(vault.folder, client_id, attachment_id)
    old_blob, names = blob.read_bytes(), sorted(p.name for p in vault.folder.rglob("*"))
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 100_000  # cancel in the middle of the attachment

    with pytest.raises(BadInput, match="nothing was changed"):
        vault.rekey(NEW_PASSWORD, progress)
    assert seen[-1][0] >= 100_000
    assert seen[-1][1] > 300_000  # the blob and every sealed value
    assert blob.read_bytes() == old_blob
    assert sorted(p.name for p in vault.folder.rglob("*")) == names
    assert _blob_opens(vault, captured, client_id, attachment_id)
    assert vault.clients.get_record(record_id).title == "会計ソフト"
    folder = vault.folder
    vault.close()
    with Vault(folder) as reopened:
        with pytest.raises(WrongSecret):
            reopened.unlock(NEW_PASSWORD)
        reopened.unlock(PASSWORD)
        assert _captured_dek(reopened, client_id) == captured
        # The next re-key runs through.
        left: list[int] = []

        def remaining(done: int, total: int) -> bool:
            left.append(total - done)
            return True

        reopened.rekey(NEW_PASSWORD, remaining)
        assert left[-1] == 0
        assert _captured_dek(reopened, client_id) != captured


def test_progress_ends_at_the_total_and_the_blob_survives(vault: Vault) -> None:
    client_id = vault.clients.add_client("顧客").id
    data = os.urandom(1 << 20)
    attachment_id = _attach(vault, client_id, data, "a.bin")
    totals: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        totals.append((done, total))
        return True

    vault.rekey(NEW_PASSWORD, progress)
    assert totals[-1][0] == totals[-1][1]
    dek = _captured_dek(vault, client_id)
    digest = hashlib.sha256(_blob_opens(vault, dek, client_id, attachment_id)).hexdigest()
    assert digest == hashlib.sha256(data).hexdigest()


def test_half_typed_client_dialogs_are_still_offered_after_a_rekey(vault: Vault) -> None:
    """A new client's draft (its own key) and an edited client's (the client's key)."""
    client_id, _record_id, _attachment = _seeded(vault)
    vault.form_drafts.save(FormDraft(CLIENT_FORM, None, (("name", "新しい顧客"),)))
    vault.form_drafts.save(FormDraft(CLIENT_FORM, client_id, (("name", "山田太郎（改）"),)))
    vault.rekey(NEW_PASSWORD)
    vault.lock()
    vault.unlock(NEW_PASSWORD)
    kept = {d.client_id: dict(d.values)["name"] for d in vault.form_drafts.list()}
    assert kept == {None: "新しい顧客", client_id: "山田太郎（改）"}
