"""Erasing a client or records: gone for good, certified, and nobody else touched."""

from __future__ import annotations

import hashlib
import json
import subprocess

import pytest

from tests.conftest import PASSWORD, require_tool
from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.erasure.certificate import JSON_NAME, PDF_NAME, PUBLIC_KEY_NAME, SIGNATURE_NAME
from vault.erasure.eraser import CLEANUP_NAME, PENDING_PREFIX, Eraser, Reason
from vault.errors import BadInput
from vault.session import Vault


def _populate(vault: Vault) -> dict[str, str]:
    store = vault.clients
    ids: dict[str, str] = {}
    taro = store.add_client(
        "山田太郎", ["taro@example.jp"], ["０９０－１２３４－５６７８"], "渋谷区"
    )
    ids["taro"] = taro.id
    ids["taro_contact"] = store.add_record(
        taro.id,
        RecordKind.CONTACT,
        "山田太郎",
        [Field("email", "taro@example.jp", FieldType.EMAIL)],
    ).id
    ids["taro_note"] = store.add_record(taro.id, RecordKind.NOTE, "打ち合わせメモ").id
    ids["taro_invoice"] = store.add_record(
        taro.id, RecordKind.RECORD, "請求書 2026-11", sensitivity=Sensitivity.PERSONAL
    ).id
    hanako = store.add_client("佐藤花子", ["hanako@example.jp"])
    ids["hanako"] = hanako.id
    ids["hanako_contact"] = store.add_record(
        hanako.id,
        RecordKind.CONTACT,
        "山田太郎",
        [Field("email", "taro@example.jp", FieldType.EMAIL)],
    ).id
    ids["hanako_note"] = store.add_record(hanako.id, RecordKind.NOTE, "花子さんのメモ").id
    return ids


def _content_digest(vault: Vault, client_id: str) -> str:
    """Every decrypted value of one client: what "untouched" means."""
    client = vault.clients.get_client(client_id)
    records = vault.clients.list_records(client_id)
    data = [
        [client.name, client.emails, client.phones, client.notes],
        sorted(
            [r.id, r.title, r.kind.value, [(f.key, f.value) for f in r.fields]] for r in records
        ),
    ]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


@pytest.fixture
def ids(vault: Vault) -> dict[str, str]:
    return _populate(vault)


def test_erasing_a_client_removes_it_and_certifies_it(vault: Vault, ids: dict[str, str]) -> None:
    other = _content_digest(vault, ids["hanako"])
    vault.start_indexing().join()
    assert vault.search("打ち合わせ")
    result = Eraser(vault).erase(Eraser(vault).client_target(ids["taro"]), Reason.MANUAL)

    assert [c.id for c in vault.clients.list_clients()] == [ids["hanako"]]
    with pytest.raises(BadInput):
        vault.clients.get_record(ids["taro_note"])
    assert vault.search("打ち合わせ") == []
    assert _content_digest(vault, ids["hanako"]) == other
    assert result.finished
    assert sorted(p.name for p in result.folder.iterdir()) == sorted(
        [JSON_NAME, SIGNATURE_NAME, PDF_NAME, PUBLIC_KEY_NAME]
    )
    document = json.loads((result.folder / JSON_NAME).read_text())
    assert document["scope"] == "client"
    assert document["client_ids"] == [ids["taro"]]
    assert document["erased"]["kinds"] == {"contact": 1, "note": 1, "record": 1}
    assert document["erased"]["client_entry"] is True
    assert len(document["destroyed_keys"]) == 1
    assert document["erased_on"] == "2026-11-22"
    assert document["reason"] == {"kind": "manual", "rules": []}
    assert not vault.audit.verify()
    erased = [e for e in vault.audit.entries() if e.action == "client.erased"]
    assert erased[0].details["certificate"] == result.certificate.certificate_id
    row = vault.database.execute("SELECT certificate_sha256, finished_at, subject FROM tombstones")
    assert row[0][0] == hashlib.sha256((result.folder / JSON_NAME).read_bytes()).hexdigest()
    assert row[0][1] is not None
    assert row[0][2] == ids["taro"]


def test_the_certificate_names_nobody(vault: Vault, ids: dict[str, str]) -> None:
    result = Eraser(vault).erase(Eraser(vault).client_target(ids["taro"]), Reason.REQUEST)
    for path in result.folder.iterdir():
        data = path.read_bytes()
        for secret in ("山田", "taro@example", "打ち合わせ", "請求書", "渋谷"):
            assert secret.encode() not in data, (path.name, secret)


def test_minisign_verifies_the_certificate(vault: Vault, ids: dict[str, str]) -> None:
    minisign = require_tool("minisign")
    result = Eraser(vault).erase(Eraser(vault).client_target(ids["taro"]), Reason.MANUAL)
    check = subprocess.run(
        [
            minisign,
            "-Vm",
            str(result.folder / JSON_NAME),
            "-p",
            str(result.folder / PUBLIC_KEY_NAME),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    assert result.certificate.certificate_id in check.stdout
    forged = result.folder / JSON_NAME
    forged.write_bytes(forged.read_bytes().replace(b'"records": 3', b'"records": 2'))
    check = subprocess.run(
        [minisign, "-Vm", str(forged), "-P", vault.identity.minisign_key],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode != 0


def test_the_pdf_reads_as_a_certificate(vault: Vault, ids: dict[str, str]) -> None:
    pdftotext = require_tool("pdftotext")
    result = Eraser(vault).erase(Eraser(vault).client_target(ids["taro"]), Reason.MANUAL)
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(result.folder / PDF_NAME), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = "".join(text.split())
    assert "削除証明書" in flat
    assert result.certificate.certificate_id in flat
    assert ids["taro"] in flat
    assert result.certificate.content_sha256 in flat


def test_legal_hold_refuses_and_changes_nothing(vault: Vault, ids: dict[str, str]) -> None:
    vault.retention.hold(ids["taro_invoice"], "税務調査のため保全")
    before = _content_digest(vault, ids["taro"])
    with pytest.raises(BadInput, match="legal hold"):
        Eraser(vault).erase(Eraser(vault).client_target(ids["taro"]), Reason.MANUAL)
    with pytest.raises(BadInput, match="legal hold"):
        Eraser(vault).erase(Eraser(vault).records_target([ids["taro_invoice"]]), Reason.MANUAL)
    assert _content_digest(vault, ids["taro"]) == before
    assert not (vault.folder / "certificates").exists() or not any(
        (vault.folder / "certificates").iterdir()
    )
    assert vault.database.scalar("SELECT count(*) FROM tombstones") == 0


def test_erasing_records_keeps_the_client_and_its_key(vault: Vault, ids: dict[str, str]) -> None:
    target = Eraser(vault).records_target([ids["taro_note"], ids["taro_contact"]])
    preview = Eraser(vault).preview(target)
    assert preview.kinds == {"contact": 1, "note": 1}
    result = Eraser(vault).erase(target, Reason.RULE, ["personal"])
    assert [r.id for r in vault.clients.list_records(ids["taro"])] == [ids["taro_invoice"]]
    assert vault.clients.get_client(ids["taro"]).name == "山田太郎"
    document = json.loads((result.folder / JSON_NAME).read_text())
    assert document["scope"] == "record"
    assert document["destroyed_keys"] == []
    assert document["erased"]["client_entry"] is False
    assert document["reason"] == {"kind": "rule", "rules": ["personal"]}


def test_a_person_is_erased_across_clients(vault: Vault, ids: dict[str, str]) -> None:
    target = Eraser(vault).records_target([ids["taro_contact"], ids["hanako_contact"]], person=True)
    assert sorted(target.client_ids) == sorted([ids["taro"], ids["hanako"]])
    result = Eraser(vault).erase(target, Reason.REQUEST)
    assert result.certificate.scope == "person"
    assert result.certificate.record_count == 2
    assert len(vault.clients.list_records(ids["hanako"])) == 1
    with pytest.raises(BadInput, match="one client at a time"):
        Eraser(vault).records_target([ids["taro_note"], ids["hanako_note"]])


@pytest.mark.parametrize(
    "call",
    [
        lambda v: Eraser(v).client_target("0000000000000000"),
        lambda v: Eraser(v).records_target(["0000000000000000"]),
        lambda v: Eraser(v).records_target([]),
    ],
)
def test_unknown_ids_are_refused(vault: Vault, ids: dict[str, str], call: object) -> None:
    with pytest.raises(BadInput):
        call(vault)  # type: ignore[operator]
    assert len(vault.clients.list_clients()) == 2


def test_a_bad_reason_is_refused_before_anything_happens(vault: Vault, ids: dict[str, str]) -> None:
    with pytest.raises(BadInput, match="reason"):
        Eraser(vault).erase(Eraser(vault).client_target(ids["taro"]), "because")
    assert len(vault.clients.list_clients()) == 2


def test_a_crash_before_the_commit_leaves_the_client_and_no_certificate(
    vault: Vault, ids: dict[str, str]
) -> None:
    pending = vault.folder / "certificates" / f"{PENDING_PREFIX}abcdef0123456789"
    pending.mkdir(parents=True)
    (pending / CLEANUP_NAME).write_text("{}")
    (pending / JSON_NAME).write_text("{}")
    vault.lock()
    vault.unlock(PASSWORD)
    assert not pending.exists()
    assert len(vault.clients.list_clients()) == 2


def test_a_crash_after_the_commit_is_finished_at_unlock(
    vault: Vault, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The erasure committed, then the process died before the cleanup: unlock finishes it."""
    eraser = Eraser(vault)
    monkeypatch.setattr(type(eraser), "_finish", lambda self, cid: None)
    eraser.erase(eraser.client_target(ids["taro"]), Reason.MANUAL)
    monkeypatch.undo()
    certificates = vault.folder / "certificates"
    assert [p.name[: len(PENDING_PREFIX)] for p in certificates.iterdir()] == [PENDING_PREFIX]
    vault.lock()
    vault.unlock(PASSWORD)
    (folder,) = certificates.iterdir()
    assert folder.name.startswith("2026-11-22-")
    assert (folder / PDF_NAME).exists() and not (folder / CLEANUP_NAME).exists()
    assert vault.database.scalar("SELECT finished_at FROM tombstones") is not None


def test_erasure_removes_the_clients_blob_folder(vault: Vault, ids: dict[str, str]) -> None:
    blobs = vault.folder / "blobs" / ids["taro"]
    blobs.mkdir(parents=True)
    (blobs / "0123456789abcdef").write_bytes(b"ciphertext")  # an orphan: id-named
    kept = vault.folder / "blobs" / ids["hanako"]
    kept.mkdir()
    (kept / "other").write_bytes(b"other ciphertext")
    Eraser(vault).erase(Eraser(vault).client_target(ids["taro"]), Reason.MANUAL)
    assert not blobs.exists()
    assert (kept / "other").read_bytes() == b"other ciphertext"


def test_the_write_ahead_log_is_truncated(vault: Vault, ids: dict[str, str]) -> None:
    Eraser(vault).erase(Eraser(vault).client_target(ids["taro"]), Reason.MANUAL)
    wal = vault.folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def _unfinish(vault: Vault) -> None:
    with vault.database.transaction():
        vault.database.execute("UPDATE tombstones SET finished_at = NULL")


def test_a_crash_before_the_rename_keeps_the_certificate(vault: Vault, ids: dict[str, str]) -> None:
    """cleanup.json is gone (the cleanup was done), the folder still pending."""
    result = Eraser(vault).erase(Eraser(vault).client_target(ids["taro"]), Reason.MANUAL)
    pending = result.folder.with_name(PENDING_PREFIX + result.certificate.certificate_id)
    result.folder.rename(pending)
    _unfinish(vault)
    vault.lock()
    vault.unlock(PASSWORD)
    assert result.folder.exists() and not pending.exists()
    assert (result.folder / PDF_NAME).exists()
    assert vault.database.scalar("SELECT finished_at FROM tombstones") is not None


def test_a_crash_before_the_tombstone_is_marked_is_finished(
    vault: Vault, ids: dict[str, str]
) -> None:
    result = Eraser(vault).erase(Eraser(vault).client_target(ids["taro"]), Reason.MANUAL)
    _unfinish(vault)
    vault.lock()
    vault.unlock(PASSWORD)
    row = vault.database.execute("SELECT certificate_sha256, finished_at FROM tombstones")[0]
    assert row[0] == hashlib.sha256((result.folder / JSON_NAME).read_bytes()).hexdigest()
    assert row[1] is not None


def test_the_certificate_states_what_it_covers_and_what_it_does_not(
    vault: Vault, ids: dict[str, str]
) -> None:
    """Issue 12, item 18: it used to say every copy of the ciphertext is unreadable, which a
    copy of the vault folder made before the erasure (an OS backup) disproves."""
    result = Eraser(vault).erase(Eraser(vault).client_target(ids["taro"]), Reason.MANUAL)
    method = json.loads((result.folder / JSON_NAME).read_text())["method"]
    assert "every copy" not in method
    assert "in this vault and in the app's backups listed as purged" in method
    assert "Not covered: copies of the vault folder made outside ClientVault" in method
