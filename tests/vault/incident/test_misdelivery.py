"""A misdelivered bundle: the report covers exactly what the bundle carried, read back from
the bundle itself."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pyrage  # type: ignore[import-untyped]
import pytest

from tests.fakes import FakeClock
from tests.vault.incident.helpers import assert_no_canary, read_csv, read_json
from tests.vault.inventory.world import World
from vault.domain.model import Field, RecordKind
from vault.errors import BadInput
from vault.incident import report
from vault.incident.store import IncidentKind, IncidentStore
from vault.session import Vault
from vault.sharing import Sharing


def _bundle(vault: Vault, world: World, out: Path) -> tuple[int, Any, str]:
    """Export a passphrase bundle for 山田花子; its audit seq, its data/client.json, and the
    names of its dataset files."""
    sharing = Sharing(vault)
    sharing.delivery.set_passphrase(world.taro, world.hanako)
    result = sharing.bundles.export(sharing.bundles.preview(world.taro), out)
    assert result.passphrase is not None
    archive = zipfile.ZipFile(
        io.BytesIO(pyrage.passphrase.decrypt(out.read_bytes(), result.passphrase.text))
    )
    data = json.loads(archive.read("data/client.json"))
    roster = archive.read("files/会員名簿.csv").decode()
    seq = vault.audit.entries()[-1].seq
    return seq, data, roster


def test_the_report_lists_exactly_the_persons_the_bundle_carried(
    tokyo_vault: Vault, world: World, clock: FakeClock, tmp_path: Path
) -> None:
    seq, data, roster = _bundle(tokyo_vault, world, tmp_path / "bundle.age")
    clock.advance(hours=1)
    # Added after the export: not in the bundle, so not in the report.
    tokyo_vault.clients.add_record(world.taro, RecordKind.CONTACT, "後任", [Field("name", "後藤")])
    clock.advance(days=1)
    incident = IncidentStore(tokyo_vault).new(
        IncidentKind.MISDELIVERY, tokyo_vault.timestamp(), export_seq=seq
    )
    out = tmp_path / "report"
    report.write(tokyo_vault, incident.id, out)
    doc = read_json(out / "report.json")
    persons = read_csv(out / "persons.csv")
    contacts_in_bundle = {r["id"] for r in data["records"] if r["kind"] == "contact"}
    named_rows = [line.split(",")[0] for line in roster.splitlines()[1:] if line.split(",")[0]]
    assert {p["ref"] for p in persons if p["source"] == "contact"} == contacts_in_bundle
    assert sorted(p["name"] for p in persons if p["source"] == "dataset") == sorted(named_rows)
    assert "後藤" not in (out / "persons.csv").read_text()
    assert doc["persons_affected"] == len(contacts_in_bundle) + len(named_rows) == 5
    sent_records = data["records"]
    assert doc["encryption"]["bundle"]["records"] == len(sent_records)
    names = sum(
        any(f["key"] == "name" and f["value"] for f in r["fields"])
        for r in sent_records
        if r["kind"] == "contact"
    )
    assert doc["items"]["data_items"]["value"]["name"] == names + len(named_rows)
    bundle = doc["encryption"]["bundle"]
    assert bundle["audit_seq"] == seq and bundle["encrypted"] is True
    assert bundle["cipher"] == "age: scrypt passphrase"
    assert bundle["passphrase"]["how_it_travelled"] == {"status": "要記入"}
    assert doc["clients"][0]["client_id"] == world.taro
    assert doc["plaintext_exposures"] == []
    assert_no_canary(out, world.canary)


def test_only_an_encrypted_bundle_export_can_be_named(tokyo_vault: Vault, world: World) -> None:
    with pytest.raises(BadInput, match="not an encrypted bundle"):
        IncidentStore(tokyo_vault).new(
            IncidentKind.MISDELIVERY, tokyo_vault.timestamp(), export_seq=1
        )
