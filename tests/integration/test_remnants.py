"""After erasing a client, nothing of it remains: not in the vault folder, not in backups/.

A client is seeded with canary strings in every field and in attachments, and a
backup is made. Before the erasure the scans find the client's key material and
its ciphertexts (so the scans can fail); after it, every file in the vault folder
and in backups/ is read raw and, for the SQLCipher files, page by page decrypted
with the database key (what the password gives anyone), and holds no canary, no
byte of the client's data key (raw or wrapped) and none of its ciphertexts. The
other client is untouched, value for value.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.integration.canary import Canaries, find_leaks, list_files
from tests.integration.sqlcipher_pages import decrypted_pages
from vault.backup.manager import BackupManager
from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.erasure.eraser import Eraser, Reason
from vault.keys import kdf
from vault.session import Vault
from vault.storage.client_store import NewRecord

SLICE = 24  # bytes of each ciphertext searched for: far beyond chance matches


def _seed_victim(vault: Vault, canaries: Canaries, tmp: Path) -> str:
    store = vault.clients
    client = store.add_client(
        canaries.japanese("client name"),
        [canaries.email("client email")],
        [canaries.phone("client phone")],
        canaries.multiline("client notes"),
    )
    store.add_records(
        client.id,
        [
            NewRecord(
                RecordKind.CONTACT,
                canaries.japanese("contact title"),
                (
                    Field(
                        "email", canaries.email("contact-email", full_width=False), FieldType.EMAIL
                    ),
                    Field("phone", canaries.phone("contact phone"), FieldType.PHONE),
                    Field("address", canaries.address("contact address"), FieldType.MULTILINE),
                ),
                Sensitivity.PERSONAL,
            ),
            NewRecord(
                RecordKind.CREDENTIAL,
                canaries.ascii("credential title"),
                (
                    Field("username", canaries.ascii("credential user"), FieldType.TEXT),
                    Field("password", canaries.ascii("credential secret"), FieldType.SECRET),
                    Field("url", canaries.url("credential url"), FieldType.URL),
                ),
            ),
            NewRecord(
                RecordKind.NOTE,
                canaries.halfwidth_kana("note title"),
                (Field("body", canaries.emoji("note body"), FieldType.MULTILINE),),
                Sensitivity.SPECIAL_CARE,
            ),
            NewRecord(
                RecordKind.RECORD,
                canaries.ascii("record title"),
                (
                    Field(
                        canaries.japanese("custom key"),
                        canaries.ascii("custom value"),
                        FieldType.TEXT,
                    ),
                ),
            ),
        ],
    )
    for n in range(2):
        source = tmp / f"attachment-{n}"
        body = "\n".join(canaries.ascii(f"attachment {n} line {i}") for i in range(3))
        source.write_bytes(body.encode() * 2000)  # larger than one chunk
        vault.attachments.add(client.id, source, canaries.japanese(f"attachment {n} name") + ".txt")
        source.unlink()
    return client.id


def _key_material(vault: Vault, client_id: str) -> dict[bytes, str]:
    """The client's data key, raw and wrapped, and a slice of each of its ciphertexts."""
    db = vault.database
    wrapped = bytes(db.scalar("SELECT wrapped_dek FROM clients WHERE id = ?", (client_id,)))
    dek = vault.state.client_keys.unwrap(client_id, wrapped)
    needles = {bytes(dek.view()): "raw data key", wrapped: "wrapped data key"}
    dek.wipe()
    sealed = [
        *db.execute("SELECT name, details FROM clients WHERE id = ?", (client_id,)),
        *db.execute("SELECT title, fields FROM records WHERE client_id = ?", (client_id,)),
        *db.execute("SELECT meta, meta FROM attachments WHERE client_id = ?", (client_id,)),
    ]
    for row in sealed:
        for value in row:
            needles[bytes(value)[-SLICE:]] = "a sealed value's ciphertext"
    for blob in list_files(vault.folder / "blobs" / client_id):
        needles[blob.read_bytes()[-SLICE:]] = "an attachment's ciphertext"
    return needles


def _sqlcipher_files(roots: Iterable[Path]) -> list[Path]:
    return [
        p
        for root in roots
        for p in list_files(root)
        if p.name in ("vault.db", "vault.db-wal") and p.stat().st_size > 0
    ]


def _remnants(roots: list[Path], needles: dict[bytes, str], db_key: bytes) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for root in roots:
        for path in list_files(root):
            data = path.read_bytes()
            for needle, what in needles.items():
                if needle in data:
                    found.setdefault(str(path), set()).add(what + " (raw)")
    for path in _sqlcipher_files(roots):
        for page in decrypted_pages(path, db_key):
            for needle, what in needles.items():
                if needle in page:
                    found.setdefault(str(path), set()).add(what + " (decrypted page)")
    return found


def _digest(vault: Vault, client_id: str) -> str:
    client = vault.clients.get_client(client_id)
    records = vault.clients.list_records(client_id)
    data = repr((client, sorted((r.id, r.title, r.fields) for r in records)))
    blobs = [a.sha256 for a in vault.attachments.list(client_id)]
    return hashlib.sha256((data + repr(blobs)).encode()).hexdigest()


@pytest.mark.slow
def test_nothing_of_an_erased_client_remains(tmp_path: Path) -> None:
    canaries = Canaries()
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSWORD, kdf_params=kdf.fixed(64, 3))
    try:
        victim = _seed_victim(vault, canaries, tmp_path)
        bystander = vault.clients.add_client("無関係の顧客", ["other@example.jp"])
        vault.clients.add_record(bystander.id, RecordKind.NOTE, "残るメモ")
        source = tmp_path / "other.txt"
        source.write_bytes(b"other client's file" * 100)
        vault.attachments.add(bystander.id, source, "残る資料.txt")
        BackupManager(vault).create()
        untouched = _digest(vault, bystander.id)
        db_key = bytes(vault.state.keys.db.view())
        needles = _key_material(vault, victim)
        roots = [folder]

        before = _remnants(roots, needles, db_key)
        found = {what for whats in before.values() for what in whats}
        assert "wrapped data key (decrypted page)" in found, before
        assert "a sealed value's ciphertext (decrypted page)" in found, before
        assert "an attachment's ciphertext (raw)" in found, before
        assert any("/backups/" in path for path in before), before

        Eraser(vault).erase(Eraser(vault).client_target(victim), Reason.MANUAL)

        assert _remnants(roots, needles, db_key) == {}
        assert find_leaks(roots, canaries) == {}
        assert _digest(vault, bystander.id) == untouched
        (backup,) = BackupManager(vault).list()
        with Vault(backup.path) as copy:  # the rewritten backup still opens, without the victim
            copy.unlock(PASSWORD)
            assert [c.id for c in copy.clients.list_clients()] == [bystander.id]
    finally:
        vault.close()
