"""The sweep erases exactly what is past its last-kept day, never what is held or undated."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import PASSWORD
from vault.domain.model import RecordKind
from vault.domain.retention import Rule, RuleCode
from vault.erasure import sweep
from vault.errors import BadInput
from vault.session import Vault

TODAY = dt.date(2026, 11, 22)  # the fake clock's day


def _past(days: int) -> Rule:
    return Rule(RuleCode.FIXED, TODAY - dt.timedelta(days=days))


@pytest.fixture
def ended(vault: Vault) -> str:
    """A client whose contract ended in August: its personal data fell due in September."""
    client = vault.clients.add_client("終了した顧客")
    vault.clients.add_record(client.id, RecordKind.CONTACT, "担当者")
    vault.clients.add_record(client.id, RecordKind.NOTE, "引き継ぎメモ")
    vault.retention.set_contract(client.id, None, dt.date(2026, 8, 31))
    return client.id


@pytest.fixture
def running(vault: Vault) -> dict[str, str]:
    """A client still under contract, with one record past a fixed date and one not yet."""
    client = vault.clients.add_client("継続中の顧客")
    old = vault.clients.add_record(client.id, RecordKind.NOTE, "古いメモ")
    new = vault.clients.add_record(client.id, RecordKind.NOTE, "新しいメモ")
    vault.retention.set_rule(old.id, _past(1))
    vault.retention.set_rule(new.id, Rule(RuleCode.FIXED, TODAY))  # last kept day: today
    return {"client": client.id, "old": old.id, "new": new.id}


def test_the_plan_lists_whole_clients_and_overdue_records(
    vault: Vault, ended: str, running: dict[str, str]
) -> None:
    batches = {b.client_id: b for b in sweep.plan(vault)}
    assert batches[ended].whole_client
    assert len(batches[ended].record_ids) == 2
    assert not batches[running["client"]].whole_client
    assert batches[running["client"]].record_ids == (running["old"],)
    assert batches[running["client"]].client_name == "継続中の顧客"


def test_running_the_plan_erases_it_with_one_certificate_per_client(
    vault: Vault, ended: str, running: dict[str, str]
) -> None:
    results = sweep.run(vault, sweep.plan(vault))
    assert sorted(r.certificate.scope for r in results) == ["client", "record"]
    assert [c.id for c in vault.clients.list_clients()] == [running["client"]]
    assert [r.id for r in vault.clients.list_records(running["client"])] == [running["new"]]
    assert all(r.certificate.reason == "rule" for r in results)
    assert sweep.plan(vault) == []


def test_held_records_are_left_and_keep_their_client(
    vault: Vault, ended: str, running: dict[str, str]
) -> None:
    held = vault.clients.list_records(ended)[0].id
    vault.retention.hold(held, "係争中")
    batch = next(b for b in sweep.plan(vault) if b.client_id == ended)
    assert not batch.whole_client
    assert [i.record_id for i in batch.held] == [held]
    sweep.run(vault, [batch])
    assert [r.id for r in vault.clients.list_records(ended)] == [held]


def test_my_number_without_a_date_is_never_swept(vault: Vault) -> None:
    client = vault.clients.add_client("マイナンバー預かり")
    record = vault.clients.add_record(client.id, RecordKind.RECORD, "個人番号")
    vault.retention.set_rule(record.id, Rule(RuleCode.MY_NUMBER))
    assert sweep.plan(vault) == []


def test_automatic_rules_limit_what_runs_without_asking(
    vault: Vault, ended: str, running: dict[str, str]
) -> None:
    assert sweep.plan(vault, automatic_only=True) == []
    sweep.set_automatic(vault, "fixed", True)
    (batch,) = sweep.plan(vault, automatic_only=True)
    assert batch.record_ids == (running["old"],)
    sweep.set_automatic(vault, "personal", True)
    ended_batch = next(b for b in sweep.plan(vault, automatic_only=True) if b.client_id == ended)
    assert not ended_batch.whole_client  # the client entry itself is not automatic yet
    sweep.set_automatic(vault, "client", True)
    ended_batch = next(b for b in sweep.plan(vault, automatic_only=True) if b.client_id == ended)
    assert ended_batch.whole_client
    sweep.set_automatic(vault, "fixed", False)
    assert sweep.automatic_rules(vault) == ["client", "personal"]
    vault.lock()
    vault.unlock(PASSWORD)
    assert sweep.automatic_rules(vault) == ["client", "personal"]
    assert [e.action for e in vault.audit.entries()].count("retention.automatic") == 4


def test_an_unknown_automatic_rule_is_refused(vault: Vault) -> None:
    with pytest.raises(BadInput, match="Automatic erasure can be set for"):
        sweep.set_automatic(vault, "my-number", True)
    assert sweep.automatic_rules(vault) == []


def test_cancelling_stops_between_clients(
    vault: Vault, ended: str, running: dict[str, str]
) -> None:
    batches = sweep.plan(vault)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 1

    results = sweep.run(vault, batches, progress)
    assert len(results) == 1
    assert len(sweep.plan(vault)) == 1
    assert calls[0] == (0, 2)
