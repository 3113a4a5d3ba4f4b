"""A special-care record is kept until the contract end + 30 days unless a law sets its rule,
whatever date the client's rule for its kind names; changing its sensitivity moves it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.fakes import FakeClock
from vault.domain.model import RecordKind, Sensitivity
from vault.domain.retention import Rule, RuleCode
from vault.keys import kdf
from vault.session import Vault
from vault.storage.client_store import NewRecord

JST = dt.timezone(dt.timedelta(hours=9), "JST")
END = dt.date(2026, 12, 31)
FAR = Rule(RuleCode.FIXED, dt.date(2040, 1, 31))
SPECIAL = Sensitivity.SPECIAL_CARE


@pytest.fixture
def jst_vault(vault_dir: Path, fast_kdf: kdf.KdfParams, clock: FakeClock) -> Iterator[Vault]:
    vault, _ = Vault.create(vault_dir, PASSWORD, kdf_params=fast_kdf, clock=clock, zone=JST)
    yield vault
    vault.close()


def _client_keeping_notes_until_2040(vault: Vault) -> str:
    client = vault.clients.add_client("山田 花子")
    vault.retention.set_contract(client.id, None, END)
    vault.retention.set_client_rule(client.id, RecordKind.NOTE, FAR)
    return client.id


def _state(vault: Vault, record_id: str) -> tuple[RuleCode, dt.date | None]:
    state = vault.retention.get(record_id)
    return state.rule.code, state.retain_until


def test_a_new_special_care_record_ignores_the_clients_fixed_date(jst_vault: Vault) -> None:
    client_id = _client_keeping_notes_until_2040(jst_vault)
    normal, special = jst_vault.clients.add_records(
        client_id,
        [NewRecord(RecordKind.NOTE, "打ち合わせ"), NewRecord(RecordKind.NOTE, "通院", (), SPECIAL)],
    )
    assert normal.retain_until == "2040-01-31"
    assert special.retain_until == "2027-01-30"  # contract end + 30 days
    assert _state(jst_vault, normal.id) == (RuleCode.FIXED, dt.date(2040, 1, 31))
    assert _state(jst_vault, special.id) == (RuleCode.PERSONAL, dt.date(2027, 1, 30))
    assert jst_vault.retention.due(dt.date(2027, 1, 1), 30, client_id)[0].record_id == special.id


def test_a_client_rule_set_later_moves_only_the_normal_records(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("山田 花子")
    jst_vault.retention.set_contract(client.id, None, END)
    normal = jst_vault.clients.add_record(client.id, RecordKind.NOTE, "打ち合わせ")
    special = jst_vault.clients.add_record(client.id, RecordKind.NOTE, "通院", (), SPECIAL)
    assert jst_vault.retention.set_client_rule(client.id, RecordKind.NOTE, FAR) == 1
    assert _state(jst_vault, normal.id) == (RuleCode.FIXED, dt.date(2040, 1, 31))
    assert _state(jst_vault, special.id) == (RuleCode.PERSONAL, dt.date(2027, 1, 30))
    jst_vault.retention.set_contract(client.id, None, dt.date(2027, 3, 31))
    assert _state(jst_vault, special.id) == (RuleCode.PERSONAL, dt.date(2027, 4, 30))


@pytest.mark.parametrize(
    ("rule", "until"),
    [
        (Rule(RuleCode.BOOKKEEPING), dt.date(2034, 3, 15)),
        (Rule(RuleCode.TRANSACTION), dt.date(2032, 3, 15)),
        (Rule(RuleCode.MY_NUMBER), END),
    ],
)
def test_a_legal_rule_still_wins(jst_vault: Vault, rule: Rule, until: dt.date) -> None:
    client = jst_vault.clients.add_client("山田 花子")
    jst_vault.retention.set_contract(client.id, None, END)
    jst_vault.retention.set_client_rule(client.id, RecordKind.NOTE, rule)
    special = jst_vault.clients.add_record(client.id, RecordKind.NOTE, "通院", (), SPECIAL)
    assert _state(jst_vault, special.id) == (rule.code, until)


def test_records_keep_their_legal_default_and_a_rule_pinned_on_them(jst_vault: Vault) -> None:
    client_id = _client_keeping_notes_until_2040(jst_vault)
    document = jst_vault.clients.add_record(client_id, RecordKind.RECORD, "契約書", (), SPECIAL)
    assert _state(jst_vault, document.id) == (RuleCode.TRANSACTION, dt.date(2032, 3, 15))
    note = jst_vault.clients.add_record(client_id, RecordKind.NOTE, "通院", (), SPECIAL)
    pinned = Rule(RuleCode.FIXED, dt.date(2028, 6, 30))
    jst_vault.retention.set_rule(note.id, pinned)
    assert _state(jst_vault, note.id) == (RuleCode.FIXED, dt.date(2028, 6, 30))
    jst_vault.retention.set_rule(note.id, None)
    assert _state(jst_vault, note.id) == (RuleCode.PERSONAL, dt.date(2027, 1, 30))


def test_changing_the_sensitivity_moves_the_date_and_says_so(jst_vault: Vault) -> None:
    client_id = _client_keeping_notes_until_2040(jst_vault)
    note = jst_vault.clients.add_record(client_id, RecordKind.NOTE, "面談")

    flagged = jst_vault.clients.update_record(replace(note, sensitivity=SPECIAL))
    assert flagged.retain_until == "2027-01-30"
    assert _state(jst_vault, note.id) == (RuleCode.PERSONAL, dt.date(2027, 1, 30))

    retitled = jst_vault.clients.update_record(replace(flagged, title="面談メモ"))
    assert retitled.retain_until == "2027-01-30"
    cleared = jst_vault.clients.update_record(replace(retitled, sensitivity=Sensitivity.PERSONAL))
    assert cleared.retain_until == "2040-01-31"

    changes = [e.details for e in jst_vault.audit.entries() if e.action == "record.changed"]
    assert [d.get("retention") for d in changes] == ["recomputed", None, "recomputed"]
    assert jst_vault.audit.verify() == []
