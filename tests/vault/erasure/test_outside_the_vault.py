"""Nothing outside the vault folder is deleted, and no link inside it is followed
(issue 12, items 7 and 8).

Before: a planted `certificates/.pending-<id>/cleanup.json` naming an absolute path
made the next unlock delete that path with no key at all, and a `blobs/` folder
replaced by a symlink made the orphan sweep delete the link target's files.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from vault.erasure.certificate import JSON_NAME
from vault.erasure.eraser import CLEANUP_NAME, PENDING_PREFIX, Eraser, Reason
from vault.session import Vault


def _outside(tmp_path: Path) -> Path:
    """A folder of someone's files, laid out like a blobs tree (id-named) to tempt the sweep."""
    root = tmp_path / "someone-else"
    (root / "0123456789abcdef").mkdir(parents=True)
    (root / "0123456789abcdef" / "fedcba9876543210").write_bytes(b"precious")
    (root / "thesis.docx").write_bytes(b"precious too")
    return root


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _reopen(vault: Vault) -> Vault:
    folder = vault.folder
    vault.close()
    again = Vault(folder)
    again.unlock(PASSWORD)
    return again


def _erased_client(vault: Vault) -> tuple[str, str]:
    """A client erased for real: (its id, the certificate id)."""
    client = vault.clients.add_client("山田太郎")
    vault.attachments.add(client.id, io.BytesIO(b"scan"), "scan.pdf")
    result = Eraser(vault).erase(Eraser(vault).client_target(client.id), Reason.MANUAL)
    return client.id, result.certificate.certificate_id


def _plant(vault: Vault, certificate_id: str, blobs: list[str], *, copy_mac: bool) -> Path:
    pending = vault.folder / "certificates" / f"{PENDING_PREFIX}{certificate_id}"
    pending.mkdir()
    final = next((vault.folder / "certificates").glob(f"[0-9]*-{certificate_id}"))
    shutil.copy(final / JSON_NAME, pending / JSON_NAME)
    cleanup = {
        "certificate_id": certificate_id,
        "scope": "client",
        "client_ids": ["0123456789abcdef"],
        "record_ids": [],
        "blobs": blobs,
    }
    if copy_mac:
        cleanup["mac"] = "00" * 32
    (pending / CLEANUP_NAME).write_text(json.dumps(cleanup))
    return pending


@pytest.mark.parametrize("finished", [True, False], ids=["finished", "unfinished"])
@pytest.mark.parametrize(
    "entry", ["ABSOLUTE", "blobs/../../someone-else", "blobs/0123456789abcdef/../../.."]
)
def test_a_planted_cleanup_list_deletes_nothing_and_unlock_still_works(
    vault: Vault, tmp_path: Path, entry: str, finished: bool
) -> None:
    outside = _outside(tmp_path)
    before = _files(outside)
    _client, certificate_id = _erased_client(vault)
    if not finished:  # as a crash before the tombstone was marked would leave it
        with vault.database.transaction():
            vault.database.execute("UPDATE tombstones SET finished_at = NULL")
    blobs = [str(outside) if entry == "ABSOLUTE" else entry]
    _plant(vault, certificate_id, blobs, copy_mac=not finished)

    vault = _reopen(vault)
    vault = _reopen(vault)  # and every later unlock works too
    try:
        assert _files(outside) == before
        assert vault.audit.verify() == []
    finally:
        vault.close()


def test_a_symlinked_blobs_folder_is_never_followed(vault: Vault, tmp_path: Path) -> None:
    outside = _outside(tmp_path)
    before = _files(outside)
    client = vault.clients.add_client("佐藤花子")
    vault.attachments.add(client.id, io.BytesIO(b"scan"), "scan.pdf")
    shutil.rmtree(vault.folder / "blobs")
    (vault.folder / "blobs").symlink_to(outside, target_is_directory=True)

    assert vault.attachments.remove_orphans() == 0
    vault.clients.delete_client(client.id)  # deleting sweeps too
    vault = _reopen(vault)  # and so does unlocking
    vault.close()
    assert _files(outside) == before


def test_a_symlinked_client_folder_is_not_followed_by_an_erasure(
    vault: Vault, tmp_path: Path
) -> None:
    outside = _outside(tmp_path)
    before = _files(outside)
    client = vault.clients.add_client("佐藤花子")
    vault.attachments.add(client.id, io.BytesIO(b"scan"), "scan.pdf")
    own = vault.folder / "blobs" / client.id
    shutil.rmtree(own)
    own.symlink_to(outside / "0123456789abcdef", target_is_directory=True)

    result = Eraser(vault).erase(Eraser(vault).client_target(client.id), Reason.MANUAL)
    assert not result.finished  # the link is refused; unlock retries, and says so
    vault = _reopen(vault)
    vault.close()
    assert _files(outside) == before


def test_only_id_named_files_are_deleted(vault: Vault) -> None:
    client = vault.clients.add_client("佐藤花子")
    vault.attachments.add(client.id, io.BytesIO(b"scan"), "scan.pdf")
    stray = vault.folder / "blobs" / client.id / "README.txt"
    stray.write_bytes(b"not the app's")
    Eraser(vault).erase(Eraser(vault).client_target(client.id), Reason.MANUAL)
    assert stray.read_bytes() == b"not the app's"
    assert [p.name for p in stray.parent.iterdir()] == ["README.txt"]
