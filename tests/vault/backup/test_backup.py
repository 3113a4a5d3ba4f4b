"""Backups: encrypted, atomic, rotated, purged after an erasure, verified and restored.

Real SQLCipher and real crypto throughout. `decrypted_pages` reads a database page
by page with the db key (SQLCipher 4: AES-256-CBC, a 16-byte IV and a 64-byte
HMAC reserved at the end of each 4096-byte page; page 1 starts after the salt), so a
test can show that a wrapped key is gone from free pages too, not just from rows.
"""

from __future__ import annotations

import io
import json
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests.conftest import PASSWORD
from tests.fakes import FakeClock
from tests.integration.canary import Canaries, find_leaks
from vault.backup.manager import BackupManager, PurgeResult, read_backup
from vault.backup.restore import BackupRestorer, verify_backup
from vault.domain.model import Field, RecordKind
from vault.errors import BadInput, VaultDamaged, VaultLocked, VaultTampered, WrongSecret
from vault.keys.secret import SecretKey
from vault.session import Vault
from vault.storage.db import DB_NAME
from vault.storage.layout import BACKUPS_DIR, BLOBS_DIR, client_blob_dir

NEW_PASSWORD = "新しい パスワード 2026"
PAGE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16

Content = tuple[Any, ...]


def decrypted_pages(path: Path, key: SecretKey) -> bytes:
    """Every page of a SQLCipher file decrypted, free pages included."""
    raw = path.read_bytes()
    plain = []
    for start in range(0, len(raw), PAGE):
        page = raw[start : start + PAGE]
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        body = page[SALT if start == 0 else 0 : PAGE - RESERVE]
        decryptor = Cipher(algorithms.AES(bytes(key.view())), modes.CBC(iv)).decryptor()
        plain.append(decryptor.update(body) + decryptor.finalize())
    assert plain[0][:2] == PAGE.to_bytes(2, "big"), "not decrypted: page 1 has no page size"
    return b"".join(plain)


def content(vault: Vault, client_id: str) -> Content:
    """One client as a person sees it: details, records, attachment bytes."""
    client = vault.clients.get_client(client_id)
    records = sorted(
        (r.id, r.kind.value, r.title, tuple((f.key, f.value) for f in r.fields))
        for r in vault.clients.list_records(client_id)
    )
    files = sorted(
        (a.id, b"".join(vault.attachments.open_stream(a.id)))
        for a in vault.attachments.list(client_id)
    )
    return (client.name, client.emails, client.phones, client.notes, tuple(records), tuple(files))


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "vault.lock"
    }


def leftovers(vault: Vault) -> list[str]:
    """Anything a verify or restore left beside the vault folder."""
    return sorted(p.name for p in vault.folder.parent.iterdir() if p != vault.folder)


def add_client(vault: Vault, name: str, secret: str, blob: bytes) -> str:
    client_id = vault.clients.add_client(name, [f"{secret[-6:]}@example.jp"]).id
    record = vault.clients.add_record(client_id, RecordKind.NOTE, "メモ", [Field("body", secret)])
    vault.attachments.add(client_id, io.BytesIO(blob), "見積書.txt", record.id)
    return client_id


@pytest.fixture
def canaries() -> Canaries:
    return Canaries()


@pytest.fixture
def clients(vault: Vault, canaries: Canaries) -> tuple[str, str]:
    """Two clients, each with a note and an attachment, every value a canary."""
    erased = add_client(
        vault,
        canaries.japanese("erased name"),
        canaries.ascii("erased note"),
        canaries.ascii("erased file").encode(),
    )
    kept = add_client(
        vault,
        canaries.japanese("kept name"),
        canaries.ascii("kept note"),
        canaries.ascii("kept file").encode(),
    )
    return erased, kept


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[list[Vault]]:
    """Vaults a test opened on copies of backups; closed at the end."""
    vaults: list[Vault] = []
    yield vaults
    for vault in vaults:
        vault.close()


def open_copy(path: Path, into: Path, opened: list[Vault], password: str = PASSWORD) -> Vault:
    shutil.copytree(path, into)
    vault = Vault(into)
    opened.append(vault)
    vault.unlock(password)
    return vault


# -- creating ------------------------------------------------------------------------


def test_a_backup_opens_with_the_password_and_holds_the_same_data(
    vault: Vault, clients: tuple[str, str], tmp_path: Path, opened: list[Vault]
) -> None:
    expected = {c: content(vault, c) for c in clients}
    info = BackupManager(vault).create()
    assert info.path == vault.folder.resolve() / BACKUPS_DIR / info.id
    assert {p.name for p in info.path.iterdir()} == {
        BLOBS_DIR,
        "backup.json",
        DB_NAME,
        "vault.header",
    }
    copy = open_copy(info.path, tmp_path / "copy", opened)
    assert {c: content(copy, c) for c in clients} == expected
    assert copy.database.integrity_problems() == []
    assert copy.audit.verify() == []
    assert copy.database.scalar("PRAGMA freelist_count") == 0  # a fresh export
    entry = vault.audit.entries()[-1]
    assert entry.action == "backup.created"
    assert entry.details == {"id": info.id, "size": info.size, "clients": 2}
    assert BackupManager(vault).list() == [info]


def test_a_backup_holds_no_plaintext_and_only_private_files(
    vault: Vault, clients: tuple[str, str], canaries: Canaries
) -> None:
    info = BackupManager(vault).create()
    assert find_leaks([info.path], canaries) == {}
    manifest = json.loads((info.path / "backup.json").read_text())
    assert sorted(manifest) == ["audit_head", "created_at", "format", "vault_id"]
    for path in [info.path, *info.path.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), path
    assert stat.S_IMODE((vault.folder / BACKUPS_DIR).stat().st_mode) == 0o700


def test_a_chosen_folder_is_created_private_and_an_existing_one_left_as_it_is(
    vault: Vault, tmp_path: Path
) -> None:
    new = tmp_path / "usb" / "clientvault"
    assert BackupManager(vault).create(new).path.parent == new
    assert stat.S_IMODE(new.stat().st_mode) == 0o700
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    assert BackupManager(vault).create(shared).path.parent == shared
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755


def test_a_cancelled_backup_leaves_nothing(vault: Vault, clients: tuple[str, str]) -> None:
    calls: list[tuple[int, int]] = []

    def cancel_after_the_database(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    with pytest.raises(BadInput, match=r"^Cancelled; no backup was written\.$"):
        BackupManager(vault).create(progress=cancel_after_the_database)
    assert len(calls) == 1
    assert list((vault.folder / BACKUPS_DIR).iterdir()) == []
    assert BackupManager(vault).list() == []
    assert "backup.created" not in [e.action for e in vault.audit.entries()]


def test_progress_counts_up_to_the_total(vault: Vault, clients: tuple[str, str]) -> None:
    calls: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    BackupManager(vault).create(progress=record)
    assert len(calls) >= 3  # the database, then each attachment file
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1][0] == calls[-1][1]


@pytest.mark.parametrize("inside", [".", BLOBS_DIR, f"{BACKUPS_DIR}/weekly"])
def test_a_folder_inside_the_vault_is_refused(vault: Vault, inside: str) -> None:
    with pytest.raises(BadInput, match="outside the vault folder"):
        BackupManager(vault).create(vault.folder / inside)
    assert BackupManager(vault).list() == []


def test_refused_on_a_file_a_bad_keep_and_a_locked_vault(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(BadInput, match="is not a folder"):
        BackupManager(vault).create(tmp_path / "file")
    with pytest.raises(BadInput, match=r"^Could not write the backup to .*/file/sub: "):
        BackupManager(vault).create(tmp_path / "file" / "sub")
    with pytest.raises(BadInput, match="At least one backup must be kept"):
        BackupManager(vault).create(keep=0)
    vault.lock()
    with pytest.raises(VaultLocked):
        BackupManager(vault).create()


def test_rotation_keeps_the_newest_per_folder(
    vault: Vault, clock: FakeClock, tmp_path: Path
) -> None:
    elsewhere = BackupManager(vault).create(tmp_path / "elsewhere", keep=1)
    made = []
    for _ in range(4):
        clock.advance(hours=1)
        made.append(BackupManager(vault).create(keep=2))
    assert [b.id for b in BackupManager(vault).list()] == [elsewhere.id, made[2].id, made[3].id]
    assert sorted(p.name for p in (vault.folder / BACKUPS_DIR).iterdir()) == [
        made[2].id,
        made[3].id,
    ]
    rotated = [e.details for e in vault.audit.entries() if e.action == "backup.rotated"]
    assert rotated == [{"id": made[0].id}, {"id": made[1].id}]


def test_leftovers_of_a_crash_are_cleaned_or_finished(vault: Vault) -> None:
    first = BackupManager(vault).create()
    backups = vault.folder / BACKUPS_DIR
    junk = backups / ".partial-clientvault-backup-20260101-000000-abcdef"
    junk.mkdir()
    (junk / DB_NAME).write_bytes(b"half a database")
    # Registered, then the crash came before the rename: the complete copy takes its place.
    first.path.rename(backups / f".partial-{first.id}")
    assert BackupManager(vault).list() == [first]
    assert not junk.exists()
    # A purge's swap cut short after its first rename: the old folder goes back.
    first.path.rename(backups / f".old-{first.id}")
    second = BackupManager(vault).create()
    assert sorted(p.name for p in backups.iterdir()) == sorted([first.id, second.id])
    assert BackupManager(vault).list() == [first, second]


# -- erasure -------------------------------------------------------------------------


def test_purge_rewrites_backups_without_the_erased_client(
    vault: Vault, clients: tuple[str, str], tmp_path: Path, opened: list[Vault]
) -> None:
    erased, kept = clients
    backups = [BackupManager(vault).create(), BackupManager(vault).create(tmp_path / "elsewhere")]
    wrapped = bytes(
        vault.database.scalar("SELECT wrapped_dek FROM clients WHERE id = ?", (erased,))
    )
    key = vault.state.keys.db
    assert wrapped in decrypted_pages(backups[0].path / DB_NAME, key)  # what the purge must remove
    expected = content(vault, kept)
    vault.clients.delete_client(erased)
    ids = [b.id for b in backups]
    assert [b.id for b in BackupManager(vault).holding([erased])] == ids
    assert BackupManager(vault).holding([kept]) != []
    blob_dir = str(client_blob_dir(Path(), erased))

    result = BackupManager(vault).purge([erased], [], [blob_dir])

    assert result == PurgeResult(rewritten=ids)
    assert BackupManager(vault).holding([erased]) == []
    for backup in backups:
        assert wrapped not in decrypted_pages(backup.path / DB_NAME, key)
        assert not (backup.path / blob_dir).exists()
        assert (backup.path / client_blob_dir(Path(), kept)).is_dir()
        assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.id]
    copy = open_copy(backups[0].path, tmp_path / "copy", opened)
    assert [c.id for c in copy.clients.list_clients()] == [kept]
    assert content(copy, kept) == expected
    assert copy.database.integrity_problems() == []
    outcomes = [e.details for e in vault.audit.entries() if e.action == "backup.purged"]
    assert [o["id"] for o in outcomes] == ids
    assert {o["outcome"] for o in outcomes} == {"rewritten"}

    before = {b.id: tree_bytes(b.path) for b in backups}
    assert BackupManager(vault).purge([erased], [], [blob_dir]) == result  # retried after a crash
    assert {b.id: tree_bytes(b.path) for b in backups} == before


def test_purge_removes_erased_records_and_their_files(
    vault: Vault, clients: tuple[str, str], tmp_path: Path, opened: list[Vault]
) -> None:
    erased, kept = clients
    record = vault.clients.list_records(erased)[0]
    attachment = vault.attachments.list(erased)[0]
    blob = f"{BLOBS_DIR}/{erased}/{attachment.id}"
    info = BackupManager(vault).create()
    assert BackupManager(vault).holding(record_ids=[record.id]) == [info]
    vault.clients.delete_record(record.id)
    assert BackupManager(vault).purge([], [record.id], [blob]).rewritten == [info.id]
    assert not (info.path / blob).exists()
    copy = open_copy(info.path, tmp_path / "copy", opened)
    assert copy.clients.list_records(erased) == []
    assert copy.attachments.list(erased) == []
    assert {c.id for c in copy.clients.list_clients()} == {erased, kept}


def test_a_backup_from_before_a_rekey_is_deleted(vault: Vault) -> None:
    info = BackupManager(vault).create()
    vault.rekey(NEW_PASSWORD)
    assert BackupManager(vault).holding(["any-client"]) == [info]
    result = BackupManager(vault).purge(["any-client"], [], [])
    assert result == PurgeResult(deleted=[info.id])
    assert not info.path.exists()
    assert BackupManager(vault).list() == []
    assert BackupManager(vault).purge(["any-client"], [], []) == result


def test_backups_from_before_a_rekey_are_listed_as_under_the_old_keys(vault: Vault) -> None:
    """Issue 12, item 11: a re-key replaces every key, but not those in earlier backups."""
    vault.clients.add_client("山田太郎")
    old = BackupManager(vault).create()
    vault.rekey(NEW_PASSWORD)
    new = BackupManager(vault).create()
    listed = BackupManager(vault).list()
    assert [(b.id, b.before_rekey) for b in listed] == [(old.id, True), (new.id, False)]
    # Literally so: the old one opens with the old password only, the new one with the new.
    beside = vault.folder
    assert verify_backup(old.path, PASSWORD, beside=beside).id == old.id
    with pytest.raises(WrongSecret):
        verify_backup(old.path, NEW_PASSWORD, beside=beside)
    assert verify_backup(new.path, NEW_PASSWORD, beside=beside).id == new.id


def test_a_missing_backup_is_reported_unreachable(vault: Vault, clients: tuple[str, str]) -> None:
    info = BackupManager(vault).create()
    shutil.rmtree(info.path)
    gone = BackupManager(vault).list()
    assert [(b.id, b.exists, b.size) for b in gone] == [(info.id, False, 0)]
    assert BackupManager(vault).holding([clients[0]]) == gone
    assert BackupManager(vault).purge([clients[0]], [], []) == PurgeResult(unreachable=[info.id])
    assert BackupManager(vault).list() == gone


def test_nothing_to_purge_without_ids(vault: Vault) -> None:
    BackupManager(vault).create()
    assert BackupManager(vault).holding() == []
    assert BackupManager(vault).purge([], [], []) == PurgeResult()


# -- verifying -----------------------------------------------------------------------


def test_verify_accepts_a_good_backup_and_refuses_a_wrong_password(
    vault: Vault, clients: tuple[str, str]
) -> None:
    info = BackupManager(vault).create()
    before = tree_bytes(info.path)
    assert BackupRestorer(vault).verify(info.path, PASSWORD) == info
    with pytest.raises(WrongSecret):
        BackupRestorer(vault).verify(info.path, "incorrect horse battery")
    assert tree_bytes(info.path) == before
    assert leftovers(vault) == []


def test_verify_reports_a_changed_byte_as_tampering(vault: Vault) -> None:
    info = BackupManager(vault).create()
    db = info.path / DB_NAME
    data = bytearray(db.read_bytes())
    data[2 * PAGE + 100] ^= 0x01
    db.write_bytes(bytes(data))
    with pytest.raises(VaultTampered):
        BackupRestorer(vault).verify(info.path, PASSWORD)
    assert leftovers(vault) == []


def test_verify_reports_a_missing_attachment_file(vault: Vault, clients: tuple[str, str]) -> None:
    info = BackupManager(vault).create()
    shutil.rmtree(info.path / client_blob_dir(Path(), clients[1]))
    with pytest.raises(VaultDamaged, match=r"missing 1 attachment files"):
        BackupRestorer(vault).verify(info.path, PASSWORD)


def test_verify_refuses_a_database_from_another_backup(vault: Vault, clock: FakeClock) -> None:
    first = BackupManager(vault).create()
    clock.advance(minutes=1)
    vault.clients.add_client("後から")
    second = BackupManager(vault).create()
    shutil.copyfile(second.path / DB_NAME, first.path / DB_NAME)
    with pytest.raises(VaultTampered, match="do not belong together"):
        BackupRestorer(vault).verify(first.path, PASSWORD)


@pytest.mark.parametrize("damage", ["no manifest", "not json", "a folder that is no backup"])
def test_what_is_not_a_backup_is_refused_before_any_password(
    vault: Vault, tmp_path: Path, damage: str
) -> None:
    path = BackupManager(vault).create().path
    error: type[Exception] = BadInput
    if damage == "no manifest":
        (path / "backup.json").unlink()
    elif damage == "not json":
        (path / "backup.json").write_text("{")
        error = VaultDamaged
    else:
        path = tmp_path
    with pytest.raises(error):
        read_backup(path)
    with pytest.raises(error):
        BackupRestorer(vault).verify(path, PASSWORD)


# -- restoring -----------------------------------------------------------------------


def test_restore_brings_the_backup_back_and_reapplies_later_erasures(
    vault: Vault, clients: tuple[str, str], opened: list[Vault]
) -> None:
    erased, kept = clients
    expected = content(vault, kept)
    info = BackupManager(vault).create()
    vault.clients.add_client("バックアップの後")
    vault.clients.delete_record(vault.clients.list_records(kept)[0].id)
    # An erasure made after the backup (the eraser itself is tested elsewhere).
    vault.database.execute(
        "INSERT INTO tombstones (id, erased_at, scope, reason, subject, counts, "
        "key_fingerprint, certificate_sha256, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ("c0ffee", vault.timestamp(), "client", "request", erased, "{}", None, "0" * 64, None),
    )
    certificates = vault.folder / "certificates"
    certificates.mkdir()
    (certificates / "certificate.json").write_text("{}")
    folder = vault.folder

    BackupRestorer(vault).restore(info.path, PASSWORD)

    assert not vault.is_unlocked
    restored = Vault(folder)
    opened.append(restored)
    restored.unlock(PASSWORD)
    assert [c.id for c in restored.clients.list_clients()] == [kept]
    assert content(restored, kept) == expected
    assert restored.database.scalar("SELECT subject FROM tombstones") == erased
    assert [b.id for b in BackupManager(restored).list()] == [info.id]
    assert restored.audit.verify() == []
    assert [e.details for e in restored.audit.entries() if e.action == "backup.restored"] == [
        {"id": info.id, "reapplied": 1}
    ]
    assert not (folder / client_blob_dir(Path(), erased)).exists()
    assert (folder / client_blob_dir(Path(), kept)).is_dir()
    assert info.path.is_dir()  # the vault's own backups/ came along
    assert (certificates / "certificate.json").read_text() == "{}"
    assert not (folder / "backup.json").exists()
    assert leftovers(restored) == []


def test_a_failed_verify_leaves_the_live_vault_untouched(
    vault: Vault, clients: tuple[str, str]
) -> None:
    info = BackupManager(vault).create()
    before = tree_bytes(vault.folder)
    with pytest.raises(WrongSecret):
        BackupRestorer(vault).restore(info.path, "incorrect horse battery")
    assert tree_bytes(vault.folder) == before
    assert vault.is_unlocked
    assert len(vault.clients.list_clients()) == 2
    assert leftovers(vault) == []


def test_a_backup_of_another_vault_is_not_restored(vault: Vault) -> None:
    info = BackupManager(vault).create()
    manifest = info.path / "backup.json"
    data = json.loads(manifest.read_text())
    manifest.write_text(json.dumps({**data, "vault_id": "0" * 32}))
    with pytest.raises(BadInput, match="belongs to another vault"):
        BackupRestorer(vault).restore(info.path, PASSWORD)
    assert vault.is_unlocked


def test_a_restore_that_fails_after_the_swap_puts_the_old_vault_back(
    vault: Vault, clients: tuple[str, str], monkeypatch: pytest.MonkeyPatch, opened: list[Vault]
) -> None:
    info = BackupManager(vault).create()
    vault.clients.add_client("バックアップの後")
    names = sorted(c.name for c in vault.clients.list_clients())
    folder = vault.folder
    blobs = tree_bytes(folder / BLOBS_DIR)
    header = (folder / "vault.header").read_bytes()

    def fail(self: BackupManager, folder: Path, password: str) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(BackupRestorer, "_confirm", fail)
    with pytest.raises(OSError, match="disk gone"):
        BackupRestorer(vault).restore(info.path, PASSWORD)

    assert (folder / "vault.header").read_bytes() == header
    assert tree_bytes(folder / BLOBS_DIR) == blobs
    assert info.path.is_dir()
    assert leftovers(vault) == []
    again = Vault(folder)
    opened.append(again)
    again.unlock(PASSWORD)
    assert sorted(c.name for c in again.clients.list_clients()) == names


def test_backup_json_records_the_audit_head_at_backup_time(vault: Vault) -> None:
    head = vault.audit.head()
    info = BackupManager(vault).create()
    meta = read_backup(info.path)
    assert (meta.id, meta.vault_id, meta.created_at, meta.audit_head) == (
        info.id,
        vault.vault_id,
        info.created_at,
        head,
    )
