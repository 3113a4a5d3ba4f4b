"""SIGKILL during erasure: every client is wholly present, or wholly erased with its certificate.

The writer child (`tests/reliability/writer.py erase`) erases one client after
another in one reused vault that also has attachments and a backup; the test
kills it after a seeded random delay, reopens the vault (unlocking finishes or
rolls back what was in flight) and checks every client ever made:

- present: every record with its content, its attachment, and no certificate
  or tombstone names it;
- erased: no row, no blob folder, no backup holding it, and exactly one final
  certificate folder naming it, whose signature verifies and whose hash is in a
  finished tombstone;
- a client the child said was erased is erased; no pending certificate is left.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.reliability.test_crash import spawn
from tests.reliability.writer import fields_for
from vault.backup.manager import BackupManager
from vault.domain.model import RecordKind
from vault.erasure.certificate import JSON_NAME, SIGNATURE_NAME
from vault.keys import kdf
from vault.session import Vault
from vault.storage.client_store import NewRecord

KILLS = 32
RECORDS_PER_CLIENT = 3
REFILL_BELOW = 4
REFILL = 8


def _add_clients(vault: Vault, count: int, serial: int, scratch: Path) -> None:
    for n in range(serial, serial + count):
        client = vault.clients.add_client(f"顧客 {n}")
        titles = [f"c{n}-r{i}" for i in range(RECORDS_PER_CLIENT)]
        vault.clients.add_records(
            client.id, [NewRecord(RecordKind.NOTE, t, fields_for(t)) for t in titles]
        )
        source = scratch / "attachment"
        source.write_bytes(f"attachment of client {n}\n".encode() * 5000)
        vault.attachments.add(client.id, source, f"資料 {n}.txt")


def _certificates(folder: Path) -> dict[str, Path]:
    """Client id -> its final certificate folder (each client at most once)."""
    found: dict[str, Path] = {}
    root = folder / "certificates"
    for certificate in sorted(root.iterdir()) if root.exists() else []:
        assert not certificate.name.startswith("."), f"left pending: {certificate.name}"
        (client,) = json.loads((certificate / JSON_NAME).read_text())["client_ids"]
        assert client not in found, f"two certificates for {client}"
        found[client] = certificate
    return found


def _check(vault: Vault, made: dict[str, str], erased_for_sure: set[str]) -> set[str]:
    """Check every client made so far; return the ids that are erased."""
    assert vault.database.integrity_problems() == []
    assert vault.audit.verify() == []
    present = {c.id: c for c in vault.clients.list_clients()}
    certificates = _certificates(vault.folder)
    tombstones: dict[str, str] = dict(
        vault.database.execute(
            "SELECT subject, certificate_sha256 FROM tombstones WHERE finished_at IS NOT NULL"
        )
    )
    assert vault.database.scalar("SELECT count(*) FROM tombstones WHERE finished_at IS NULL") == 0
    for client_id, name in made.items():
        if client_id in present:
            assert client_id not in erased_for_sure
            assert present[client_id].name == name
            records = vault.clients.list_records(client_id)
            assert len(records) == RECORDS_PER_CLIENT
            assert all(r.fields == fields_for(r.title) for r in records)
            assert len(vault.attachments.list(client_id)) == 1
            assert client_id not in certificates and client_id not in tombstones
            continue
        certificate = certificates[client_id]
        document = (certificate / JSON_NAME).read_bytes()
        vault.identity.verify(document, (certificate / SIGNATURE_NAME).read_text())
        assert tombstones[client_id] == hashlib.sha256(document).hexdigest()
        assert not (vault.folder / "blobs" / client_id).exists()
    erased = set(made) - set(present)
    assert BackupManager(vault).holding(sorted(erased), []) == []
    return erased


@pytest.mark.slow
def test_erasure_survives_sigkill_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(20261125)
    folder = tmp_path / "vault"
    vault, _ = Vault.create(
        folder, PASSWORD, kdf_params=kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST)
    )
    with vault:
        _add_clients(vault, REFILL, 0, tmp_path)
        BackupManager(vault).create()
        made = {c.id: c.name for c in vault.clients.list_clients()}
    serial, kills_in_flight = REFILL, 0
    for kill in range(KILLS):
        with spawn("erase", folder, kill, stdin=f"{PASSWORD}\n") as child:
            child.wait_for("ready")
            child.wait_for("intent-erase")
            # Anywhere in the next erasure or two: the certificate, the commit, the cleanup.
            time.sleep(rng.uniform(0.0, 0.4))
            messages = child.kill()
        said_erased = {m["client"] for m in messages if m["op"] == "erased"}
        if messages[-1]["op"] == "intent-erase":
            kills_in_flight += 1
        with Vault(folder) as reopened:
            reopened.unlock(PASSWORD)
            erased = _check(reopened, made, said_erased)
            if len(made) - len(erased) < REFILL_BELOW:
                _add_clients(reopened, REFILL, serial, tmp_path)
                serial += REFILL
                made = {**made, **{c.id: c.name for c in reopened.clients.list_clients()}}
    assert kills_in_flight >= KILLS // 2, "too few kills landed inside an erasure"
