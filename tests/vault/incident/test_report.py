"""The incident report: the nine items, the self-check, deadlines, and nothing of clients
outside the incident."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.fakes import FakeClock
from tests.vault.incident.conftest import TOKYO
from tests.vault.incident.helpers import assert_no_canary, pdf_text, read_csv, read_json
from tests.vault.inventory.world import World
from vault.domain.model import Field, RecordKind
from vault.errors import BadInput
from vault.incident import report
from vault.incident.store import IncidentKind, IncidentStore, Role, parse_discovered
from vault.session import Vault

NINE = [
    "summary",
    "data_items",
    "persons",
    "cause",
    "secondary_harm",
    "response_to_persons",
    "publication",
    "prevention",
    "other",
]


def _new(vault: Vault, world: World, **options: object) -> str:
    kind = options.pop("kind", IncidentKind.LOST_DEVICE)
    incident = IncidentStore(vault).new(
        kind,  # type: ignore[arg-type]
        parse_discovered("2026-11-20 23:30", TOKYO),
        client_ids=[world.taro],
        **options,  # type: ignore[arg-type]
    )
    return incident.id


def test_a_lost_laptop_report_has_the_nine_items_persons_and_deadlines(
    tokyo_vault: Vault, world: World, clock: FakeClock, tmp_path: Path
) -> None:
    clock.advance(days=12)
    incident = _new(tokyo_vault, world, note="電車に置き忘れた")
    out = tmp_path / "report"
    report.write(tokyo_vault, incident, out)
    assert sorted(p.name for p in out.iterdir()) == ["persons.csv", "report.json", "report.pdf"]
    doc = read_json(out / "report.json")
    assert list(doc["items"]) == NINE
    for key in (
        "cause",
        "secondary_harm",
        "response_to_persons",
        "publication",
        "prevention",
        "other",
    ):
        assert doc["items"][key] == {"status": "要記入"}
    summary = doc["items"]["summary"]["value"]
    assert summary["kind"] == "lost-device"
    assert summary["discovered_at"] == "2026-11-20T14:30:00+00:00"
    assert summary["description"] == "電車に置き忘れた"
    assert summary["occurred_at"] == {"status": "要記入"}
    assert doc["items"]["data_items"]["value"]["name"] == 5
    assert doc["persons_affected"] == 5 == len(read_csv(out / "persons.csv"))
    assert doc["special_care_persons"] == 1
    assert doc["items"]["persons"]["value"] == {"persons": 5, "special_care_persons": 1}
    assert [c["client_id"] for c in doc["clients"]] == [world.taro]
    assert doc["clients"][0]["role"] == {"status": "要記入"}
    assert doc["triggers"] == ["special_care"]
    applies = {t["trigger"]: t["applies"] for t in doc["trigger_assessment"]}
    assert applies == {
        "special_care": True,
        "financial_damage": "unknown",  # a bank account and a credential record
        "unlawful_purpose": "unknown",  # lost, or stolen?
        "over_1000_persons": False,
    }
    assert doc["encryption_exemption"]["applies"] == "unknown"  # key leak not answered
    assert doc["report_required"] == "unknown"
    # Discovered 20 Nov in Tokyo: 速報 3 days on, 確報 30 (60 if unlawful purpose).
    assert doc["deadlines"]["discovered_on"] == "2026-11-20"
    assert doc["deadlines"]["preliminary"] == "2026-11-23"
    assert doc["deadlines"]["final"] == "2026-12-20"
    assert doc["deadlines"]["final_if_unlawful_purpose"] == "2027-01-19"
    enc = doc["encryption"]
    assert enc["kdf"]["algorithm"] == "argon2id" and "salt" not in enc["kdf"]
    assert enc["device_secret"] is False
    assert enc["last_unlocked_before_discovery"] == "2026-11-10T09:00:00+00:00"
    assert enc["auto_lock"] == {"status": "要記入"}
    assert doc["plaintext_exposures"] == []
    text = pdf_text(out / "report.pdf")
    for words in ("漏えい等報告", "Breach report", "概要", "再発防止", "要記入", "2026-11-23"):
        assert words in text
    assert_no_canary(out, world.canary)
    entries = [e for e in tokyo_vault.audit.entries() if e.action.startswith("incident.")]
    assert [(e.action, e.details.get("persons")) for e in entries] == [
        ("incident.created", None),
        ("incident.reported", 5),
    ]


def test_plaintext_copies_defeat_the_encryption_exemption(
    tokyo_vault: Vault, world: World, clock: FakeClock, tmp_path: Path
) -> None:
    attachment = tokyo_vault.attachments.list(world.taro)[1]
    tokyo_vault.attachments.save_copy(attachment.id, tmp_path / "copy.pdf")
    clock.advance(days=12)
    with_copy = _new(tokyo_vault, world, key_compromised="no")
    doc = report.build(tokyo_vault, with_copy).document
    assert [e["kind"] for e in doc["plaintext_exposures"]] == ["decrypted-file"]
    assert doc["encryption_exemption"]["applies"] is False
    assert doc["report_required"] is True


def test_strong_encryption_with_no_leaked_key_exempts(
    tokyo_vault: Vault, world: World, clock: FakeClock
) -> None:
    clock.advance(days=12)
    incident = _new(tokyo_vault, world, key_compromised="no", kind=IncidentKind.MALWARE)
    doc = report.build(tokyo_vault, incident).document
    assert doc["encryption_exemption"]["applies"] is True
    assert doc["report_required"] is False
    assert doc["deadlines"]["final"] == "2027-01-19"  # unlawful purpose: 60 days
    assert "unlawful_purpose" in doc["triggers"]


def test_what_the_freelancer_writes_fills_the_items_and_roles(
    tokyo_vault: Vault, world: World, clock: FakeClock
) -> None:
    clock.advance(days=12)
    store = IncidentStore(tokyo_vault)
    incident = _new(tokyo_vault, world)
    store.edit(
        incident,
        texts={"cause": "鞄ごと置き忘れ", "measures": "持ち出し時の確認"},
        roles={world.taro: Role.CONTRACTOR},
        status="closed",
    )
    doc = report.build(tokyo_vault, incident).document
    assert doc["items"]["cause"] == {
        "status": "記入済",
        "source": "freelancer",
        "value": "鞄ごと置き忘れ",
    }
    assert doc["items"]["prevention"]["value"] == "持ち出し時の確認"
    assert doc["clients"][0]["role"] == "contractor"
    assert doc["status"] == "closed"
    changed = [e for e in tokyo_vault.audit.entries() if e.action == "incident.changed"]
    assert changed[0].details == {"incident": incident, "fields": "cause,measures,roles,status"}


def test_records_added_after_discovery_are_not_part_of_it(
    tokyo_vault: Vault, world: World, clock: FakeClock
) -> None:
    clock.advance(days=12)
    incident = _new(tokyo_vault, world)
    clock.advance(hours=1)
    tokyo_vault.clients.add_record(world.taro, RecordKind.CONTACT, "新規", [Field("name", "後藤")])
    assert report.build(tokyo_vault, incident).document["persons_affected"] == 5


def test_discovery_times_are_checked(tokyo_vault: Vault, world: World) -> None:
    with pytest.raises(BadInput, match="not a date"):
        parse_discovered("yesterday", TOKYO)
    future = (dt.datetime(2026, 11, 23, tzinfo=dt.UTC)).isoformat()
    with pytest.raises(BadInput, match="future"):
        IncidentStore(tokyo_vault).new(IncidentKind.OTHER, future)
    with pytest.raises(BadInput, match="--export-id"):
        IncidentStore(tokyo_vault).new(IncidentKind.MISDELIVERY, "2026-11-01T00:00:00+00:00")
    assert IncidentStore(tokyo_vault).list() == []
