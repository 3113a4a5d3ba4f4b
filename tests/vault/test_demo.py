from __future__ import annotations

from vault.demo import fill
from vault.domain.model import RecordKind, Sensitivity
from vault.session import Vault


def test_demo_fills_realistic_japanese_and_english_clients(vault: Vault) -> None:
    fill(vault, clients=10, records=200, seed=7)
    clients = vault.clients.list_clients()
    assert len(clients) == 10
    assert sum(c.record_count for c in clients) == 200
    records = [r for c in clients for r in vault.clients.list_records(c.id)]
    assert {r.kind for r in records} == set(RecordKind)
    assert any(r.sensitivity is Sensitivity.SPECIAL_CARE for r in records)
    contacts = [r for r in records if r.kind is RecordKind.CONTACT]
    assert all(r.value("furigana") for r in contacts)
    assert any(str(r.value("address")).startswith(("東京都", "大阪府", "北海道")) for r in contacts)
    assert vault.search("090")  # phones are searchable
