"""Retention in a real vault: dates stored per record, recomputed together, holds sealed."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.fakes import FakeClock
from vault.audit.log import AuditLog
from vault.domain.model import Client, RecordKind
from vault.domain.retention import Rule, RuleCode
from vault.errors import BadInput, VaultTampered
from vault.keys import kdf
from vault.session import Vault
from vault.storage.client_store import NewRecord
from vault.storage.retention_store import CLIENT_ENTRY, Contract, DueItem

JST = dt.timezone(dt.timedelta(hours=9), "JST")
TODAY = dt.date(2026, 11, 22)  # the FakeClock's day, in Tokyo too
REASON = "税務調査のため保全（2026年11月 通知）"


@pytest.fixture
def jst_vault(vault_dir: Path, fast_kdf: kdf.KdfParams, clock: FakeClock) -> Iterator[Vault]:
    vault, _ = Vault.create(vault_dir, PASSWORD, kdf_params=fast_kdf, clock=clock, zone=JST)
    yield vault
    vault.close()


def _add(vault: Vault, client: Client, kind: RecordKind, title: str = "書類") -> str:
    return vault.clients.add_record(client.id, kind, title).id


def _until(vault: Vault, record_id: str) -> dt.date | None:
    return vault.retention.get(record_id).retain_until


def _dates(vault: Vault, client: Client) -> dict[str, str | None]:
    return {r.id: r.retain_until for r in vault.clients.list_records(client.id)}


# -- dates of new records ----------------------------------------------------------------


def test_new_records_get_their_kinds_rule_and_date(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("山田商店")
    record = jst_vault.clients.add_record(client.id, RecordKind.RECORD, "見積書")
    assert record.retain_until == "2032-03-15"  # transaction documents: 5 years
    assert jst_vault.clients.get_record(record.id).retain_until == "2032-03-15"
    for kind in (RecordKind.CONTACT, RecordKind.NOTE, RecordKind.CREDENTIAL):
        state = jst_vault.retention.get(_add(jst_vault, client, kind))
        assert state.rule == Rule(RuleCode.PERSONAL)
        assert (state.retain_until, state.pinned, state.hold) == (None, False, False)


def test_a_batch_gets_a_rule_per_kind(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("山田商店")
    jst_vault.retention.set_contract(client.id, None, dt.date(2027, 3, 31))
    added = jst_vault.clients.add_records(
        client.id, [NewRecord(RecordKind.CONTACT, "担当"), NewRecord(RecordKind.RECORD, "契約書")]
    )
    assert [r.retain_until for r in added] == ["2027-04-30", "2032-03-15"]
    assert _dates(jst_vault, client) == {r.id: r.retain_until for r in added}


def test_the_tax_year_is_the_day_in_the_users_time_zone(
    vault_dir: Path, fast_kdf: kdf.KdfParams
) -> None:
    new_year_in_tokyo = FakeClock(dt.datetime(2025, 12, 31, 15, 30, tzinfo=dt.UTC))
    for zone, until in ((JST, "2032-03-15"), (dt.UTC, "2031-03-15")):
        folder = vault_dir / str(zone)
        vault, _ = Vault.create(
            folder, PASSWORD, kdf_params=fast_kdf, clock=new_year_in_tokyo, zone=zone
        )
        with vault:
            client = vault.clients.add_client("年越し商会")
            assert vault.clients.add_record(client.id, RecordKind.RECORD, "請求").retain_until == (
                until
            )
            assert vault.today() == new_year_in_tokyo.now.astimezone(zone).date()


# -- the contract period -----------------------------------------------------------------


def test_contract_end_recomputes_every_dependent_record(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("山田商店")
    other = jst_vault.clients.add_client("別の顧客")
    contact = _add(jst_vault, client, RecordKind.CONTACT)
    my_number = _add(jst_vault, client, RecordKind.RECORD)
    jst_vault.retention.set_rule(my_number, Rule(RuleCode.MY_NUMBER))
    invoice = _add(jst_vault, client, RecordKind.RECORD)
    untouched = _add(jst_vault, other, RecordKind.CONTACT)

    assert jst_vault.retention.set_contract(client.id, dt.date(2025, 4, 1), dt.date(2027, 3, 31))
    assert jst_vault.retention.contract(client.id) == Contract(
        dt.date(2025, 4, 1), dt.date(2027, 3, 31)
    )
    assert _until(jst_vault, contact) == dt.date(2027, 4, 30)
    assert _until(jst_vault, my_number) == dt.date(2027, 3, 31)
    assert _until(jst_vault, invoice) == dt.date(2032, 3, 15)

    assert jst_vault.retention.set_contract(client.id, None, dt.date(2028, 2, 29)) == 2
    assert _until(jst_vault, contact) == dt.date(2028, 3, 30)
    assert _until(jst_vault, my_number) == dt.date(2028, 2, 29)
    assert _until(jst_vault, invoice) == dt.date(2032, 3, 15)
    assert jst_vault.retention.set_contract(client.id, None, dt.date(2028, 2, 29)) == 0

    assert jst_vault.retention.set_contract(client.id, None, None) == 2  # runs again
    assert _until(jst_vault, contact) is None
    assert _until(jst_vault, my_number) is None
    assert _until(jst_vault, untouched) is None

    entries = [e for e in jst_vault.audit.entries() if e.action == "retention.contract-set"]
    assert [e.details for e in entries] == [
        {"records": 2},
        {"records": 2},
        {"records": 0},
        {"records": 2},
    ]
    assert all(e.client_id == client.id for e in entries)


def test_a_contract_change_is_one_transaction(
    jst_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = jst_vault.clients.add_client("山田商店")
    contact = _add(jst_vault, client, RecordKind.CONTACT)
    jst_vault.retention.set_contract(client.id, None, dt.date(2027, 3, 31))

    def fail(*_args: object, **_details: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(AuditLog, "append", fail)
    with pytest.raises(OSError, match="disk full"):
        jst_vault.retention.set_contract(client.id, None, dt.date(2029, 3, 31))
    monkeypatch.undo()
    assert jst_vault.retention.contract(client.id).end == dt.date(2027, 3, 31)
    assert _until(jst_vault, contact) == dt.date(2027, 4, 30)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (dt.date(2026, 4, 2), dt.date(2026, 4, 1), "cannot end before it starts"),
        (None, dt.date(2926, 4, 1), "between the years"),
        (dt.date(1800, 1, 1), None, "between the years"),
    ],
)
def test_an_impossible_contract_changes_nothing(
    jst_vault: Vault, start: dt.date | None, end: dt.date | None, message: str
) -> None:
    client = jst_vault.clients.add_client("山田商店")
    entries = len(jst_vault.audit.entries())
    with pytest.raises(BadInput, match=message):
        jst_vault.retention.set_contract(client.id, start, end)
    assert jst_vault.retention.contract(client.id) == Contract()
    assert len(jst_vault.audit.entries()) == entries


def test_unknown_ids_are_refused(jst_vault: Vault) -> None:
    retention = jst_vault.retention
    with pytest.raises(BadInput, match="No client with that id"):
        retention.set_contract("0123456789abcdef", None, dt.date(2027, 1, 1))
    with pytest.raises(BadInput, match="No client with that id"):
        retention.set_client_rule("0123456789abcdef", RecordKind.NOTE, None)
    with pytest.raises(BadInput, match="No client with that id"):
        retention.due(TODAY, 30, "0123456789abcdef")
    calls: list[Callable[[], object]] = [
        lambda: retention.get("0123456789abcdef"),
        lambda: retention.set_rule("0123456789abcdef", None),
        lambda: retention.hold("0123456789abcdef", REASON),
        lambda: retention.release("0123456789abcdef"),
    ]
    for call in calls:
        with pytest.raises(BadInput, match="No record with that id"):
            call()


# -- rules per client and per record ------------------------------------------------------


def test_a_client_override_applies_to_its_kind_and_not_to_pinned_records(
    jst_vault: Vault,
) -> None:
    client = jst_vault.clients.add_client("山田商店")
    note = _add(jst_vault, client, RecordKind.NOTE)
    pinned = _add(jst_vault, client, RecordKind.NOTE)
    contact = _add(jst_vault, client, RecordKind.CONTACT)
    jst_vault.retention.set_rule(pinned, Rule(RuleCode.INVOICE))

    changed = jst_vault.retention.set_client_rule(
        client.id, RecordKind.NOTE, Rule(RuleCode.BOOKKEEPING)
    )
    assert changed == 1
    assert jst_vault.retention.get(note).rule == Rule(RuleCode.BOOKKEEPING)
    assert _until(jst_vault, note) == dt.date(2034, 3, 15)
    assert jst_vault.retention.get(pinned).rule == Rule(RuleCode.INVOICE)
    assert _until(jst_vault, contact) is None
    later = _add(jst_vault, client, RecordKind.NOTE)  # new notes inherit it too
    assert jst_vault.retention.get(later).rule == Rule(RuleCode.BOOKKEEPING)

    fixed = Rule(RuleCode.FIXED, dt.date(2027, 6, 30))
    assert jst_vault.retention.set_client_rule(client.id, RecordKind.NOTE, fixed) == 2
    assert jst_vault.retention.get(note).rule == fixed
    assert jst_vault.retention.get(note).pinned is False
    assert _until(jst_vault, later) == dt.date(2027, 6, 30)

    assert jst_vault.retention.set_client_rule(client.id, RecordKind.NOTE, None) == 2
    assert jst_vault.retention.get(note).rule == Rule(RuleCode.PERSONAL)
    details = [e.details for e in jst_vault.audit.entries() if e.action.endswith("client-rule-set")]
    assert details == [
        {"kind": "note", "rule": "bookkeeping", "records": 1},
        {"kind": "note", "rule": "fixed", "records": 2},
        {"kind": "note", "rule": "default", "records": 2},
    ]


def test_a_record_rule_can_be_pinned_fixed_and_unpinned(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("山田商店")
    record = _add(jst_vault, client, RecordKind.RECORD)
    state = jst_vault.retention.set_rule(record, Rule(RuleCode.BOOKKEEPING))
    assert (state.rule.code, state.pinned, state.retain_until) == (
        RuleCode.BOOKKEEPING,
        True,
        dt.date(2034, 3, 15),
    )
    state = jst_vault.retention.set_rule(record, Rule(RuleCode.FIXED, dt.date(2027, 1, 31)))
    assert (state.rule.fixed_on, state.retain_until) == (dt.date(2027, 1, 31), dt.date(2027, 1, 31))
    jst_vault.retention.set_contract(client.id, None, dt.date(2026, 12, 31))
    assert _until(jst_vault, record) == dt.date(2027, 1, 31)  # pinned: the contract is no part
    state = jst_vault.retention.set_rule(record, None)
    assert (state.rule.code, state.pinned, state.retain_until) == (
        RuleCode.TRANSACTION,
        False,
        dt.date(2032, 3, 15),
    )
    rules = [e.details for e in jst_vault.audit.entries() if e.action == "retention.rule-set"]
    assert [d["rule"] for d in rules] == ["bookkeeping", "fixed", "default"]
    assert all(d["record"] == record for d in rules)


def test_a_fixed_date_out_of_range_changes_nothing(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("山田商店")
    record = _add(jst_vault, client, RecordKind.RECORD)
    with pytest.raises(BadInput, match="retention date must be between"):
        jst_vault.retention.set_rule(record, Rule(RuleCode.FIXED, dt.date(2926, 1, 1)))
    with pytest.raises(BadInput, match="retention date must be between"):
        jst_vault.retention.set_client_rule(
            client.id, RecordKind.NOTE, Rule(RuleCode.FIXED, dt.date(1, 1, 1))
        )
    assert jst_vault.retention.get(record).rule == Rule(RuleCode.TRANSACTION)
    assert jst_vault.retention.policy(client.id).overrides == {}


def test_a_deleted_client_takes_its_overrides_along(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("山田商店")
    jst_vault.retention.set_client_rule(client.id, RecordKind.NOTE, Rule(RuleCode.INVOICE))
    jst_vault.clients.delete_client(client.id)
    assert jst_vault.database.scalar("SELECT count(*) FROM retention_overrides") == 0


# -- legal hold -----------------------------------------------------------------------------


def test_a_hold_keeps_its_reason_sealed_and_can_be_released(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("山田商店")
    record = _add(jst_vault, client, RecordKind.RECORD)
    state = jst_vault.retention.hold(record, f"  {REASON}\n")
    assert (state.hold, state.hold_reason) == (True, REASON)
    assert state.retain_until == dt.date(2032, 3, 15)  # a hold blocks erasure; the date stays

    raw = bytes(
        jst_vault.database.scalar("SELECT hold_reason FROM records WHERE id = ?", (record,))
    )
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "cp932"):
        assert REASON.encode(encoding) not in raw
        assert "税務調査".encode(encoding) not in raw
    assert jst_vault.database.scalar("SELECT legal_hold FROM records WHERE id = ?", (record,)) == 1
    audit = json.dumps([e.to_json() for e in jst_vault.audit.entries()], ensure_ascii=False)
    assert "税務調査" not in audit

    jst_vault.lock()
    jst_vault.unlock(PASSWORD)
    assert jst_vault.retention.get(record).hold_reason == REASON
    jst_vault.retention.hold(record, "訴訟対応")
    assert jst_vault.retention.get(record).hold_reason == "訴訟対応"

    state = jst_vault.retention.release(record)
    assert (state.hold, state.hold_reason) == (False, None)
    assert (
        jst_vault.database.scalar("SELECT hold_reason FROM records WHERE id = ?", (record,)) is None
    )
    with pytest.raises(BadInput, match="not on legal hold"):
        jst_vault.retention.release(record)
    actions = [e.action for e in jst_vault.audit.entries() if e.action.startswith("retention.")]
    assert actions == ["retention.hold-set", "retention.hold-set", "retention.hold-released"]


def test_a_sealed_reason_moved_to_another_record_fails_its_check(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("山田商店")
    held, other = (
        _add(jst_vault, client, RecordKind.RECORD),
        _add(jst_vault, client, RecordKind.NOTE),
    )
    jst_vault.retention.hold(held, REASON)
    db = jst_vault.database
    db.execute(
        "UPDATE records SET legal_hold = 1, hold_reason = "
        "(SELECT hold_reason FROM records WHERE id = ?) WHERE id = ?",
        (held, other),
    )
    with pytest.raises(VaultTampered, match="hold_reason"):
        jst_vault.retention.get(other)


@pytest.mark.parametrize("reason", ["", " \u3000 ", "a\x00b", "長" * 501])
def test_a_hold_without_a_usable_reason_changes_nothing(jst_vault: Vault, reason: str) -> None:
    client = jst_vault.clients.add_client("山田商店")
    record = _add(jst_vault, client, RecordKind.RECORD)
    entries = len(jst_vault.audit.entries())
    with pytest.raises(BadInput):
        jst_vault.retention.hold(record, reason)
    assert jst_vault.retention.get(record).hold is False
    assert len(jst_vault.audit.entries()) == entries


def test_a_hold_reason_survives_a_rekey(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("山田商店")
    record = _add(jst_vault, client, RecordKind.RECORD)
    jst_vault.retention.hold(record, REASON)
    jst_vault.rekey("another correct horse")
    assert jst_vault.retention.get(record).hold_reason == REASON


# -- what is due ------------------------------------------------------------------------------


@pytest.fixture
def schedule(jst_vault: Vault) -> dict[str, str]:
    """Two clients whose records fall due at different times; ids by name."""
    retention = jst_vault.retention
    ended = jst_vault.clients.add_client("終了した顧客")
    running = jst_vault.clients.add_client("継続中の顧客")
    empty = jst_vault.clients.add_client("記録なしの顧客")
    ids = {"ended": ended.id, "running": running.id, "empty": empty.id}
    ids["contact"] = _add(jst_vault, ended, RecordKind.CONTACT, "担当者")
    ids["old-note"] = _add(jst_vault, ended, RecordKind.NOTE, "古いメモ")
    ids["invoice"] = _add(jst_vault, ended, RecordKind.RECORD, "請求書")
    ids["my-number"] = _add(jst_vault, ended, RecordKind.RECORD, "個人番号")
    ids["running-contact"] = _add(jst_vault, running, RecordKind.CONTACT, "窓口")
    ids["undated"] = _add(jst_vault, running, RecordKind.RECORD, "番号カード写し")
    ids["held"] = _add(jst_vault, running, RecordKind.NOTE, "保全メモ")
    retention.set_contract(ended.id, dt.date(2024, 4, 1), dt.date(2026, 10, 31))
    retention.set_contract(empty.id, None, dt.date(2026, 9, 1))
    retention.set_rule(ids["old-note"], Rule(RuleCode.FIXED, dt.date(2026, 11, 1)))
    retention.set_rule(ids["my-number"], Rule(RuleCode.MY_NUMBER))
    retention.set_rule(ids["undated"], Rule(RuleCode.MY_NUMBER))
    retention.set_rule(ids["held"], Rule(RuleCode.FIXED, dt.date(2026, 12, 22)))
    retention.hold(ids["held"], REASON)
    return ids


def _row(item: DueItem) -> tuple[str | None, dt.date | None, bool, str, bool]:
    return (item.record_id, item.due, item.overdue, item.rule, item.hold)


def test_due_lists_overdue_upcoming_and_undated_in_order(
    jst_vault: Vault, schedule: dict[str, str]
) -> None:
    items = jst_vault.retention.due(TODAY, 30)
    assert [_row(i) for i in items] == [
        (None, dt.date(2026, 10, 1), True, CLIENT_ENTRY, False),  # the empty client
        (schedule["my-number"], dt.date(2026, 10, 31), True, "my-number", False),
        (schedule["old-note"], dt.date(2026, 11, 1), True, "fixed", False),
        (schedule["contact"], dt.date(2026, 11, 30), False, "personal", False),
        (schedule["held"], dt.date(2026, 12, 22), False, "fixed", True),  # the window's last day
        (schedule["undated"], None, False, "my-number", False),
    ]
    titles = {i.record_id or i.client_id: i.title for i in items}
    assert titles[schedule["empty"]] == "記録なしの顧客"
    assert titles[schedule["undated"]] == "番号カード写し"
    assert [_row(i)[0] for i in jst_vault.retention.due(TODAY, 29)][-1] == schedule["undated"]
    assert schedule["held"] not in [i.record_id for i in jst_vault.retention.due(TODAY, 29)]


def test_due_on_the_day_itself_is_not_yet_overdue(
    jst_vault: Vault, schedule: dict[str, str]
) -> None:
    on_the_day = jst_vault.retention.due(dt.date(2026, 11, 30), 0)
    contact = next(i for i in on_the_day if i.record_id == schedule["contact"])
    assert contact.overdue is False
    after = jst_vault.retention.due(dt.date(2026, 12, 1), 0)
    assert next(i for i in after if i.record_id == schedule["contact"]).overdue is True


def test_a_client_falls_due_with_its_last_record(
    jst_vault: Vault, schedule: dict[str, str]
) -> None:
    items = jst_vault.retention.due(TODAY, 3000, schedule["ended"])
    assert {i.client_id for i in items} == {schedule["ended"]}
    entry = items[-1]
    assert (entry.record_id, entry.due, entry.rule, entry.title) == (
        None,
        dt.date(2032, 3, 15),  # the invoice's date, not the contract end + 30 days
        CLIENT_ENTRY,
        "終了した顧客",
    )
    assert [i.record_id for i in items[:-1]] == [
        schedule["my-number"],
        schedule["old-note"],
        schedule["contact"],
        schedule["invoice"],
    ]
    jst_vault.retention.hold(schedule["contact"], REASON)
    held = jst_vault.retention.due(TODAY, 3000, schedule["ended"])[-1]
    assert (held.record_id, held.hold) == (None, True)  # a held record blocks the client too


def test_due_for_one_client_and_in_total(jst_vault: Vault, schedule: dict[str, str]) -> None:
    total = jst_vault.retention.due(TODAY, 30)
    per_client = [
        i
        for cid in ("ended", "running", "empty")
        for i in jst_vault.retention.due(TODAY, 30, schedule[cid])
    ]
    assert sorted(map(_row, per_client), key=repr) == sorted(map(_row, total), key=repr)
    running = jst_vault.retention.due(TODAY, 30, schedule["running"])
    assert [i.record_id for i in running] == [schedule["held"], schedule["undated"]]


def test_a_running_contract_is_not_listed(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("継続中の顧客")
    _add(jst_vault, client, RecordKind.CONTACT)
    _add(jst_vault, client, RecordKind.NOTE)
    assert jst_vault.retention.due(TODAY, 36_500) == []  # personal data waits for the end


@pytest.mark.parametrize("days", [-1, 36_501])
def test_due_refuses_a_window_out_of_range(jst_vault: Vault, days: int) -> None:
    with pytest.raises(BadInput, match="number of days"):
        jst_vault.retention.due(TODAY, days)


def test_a_client_shows_its_earliest_date_and_whether_anything_is_held(jst_vault: Vault) -> None:
    client = jst_vault.clients.add_client("佐藤事務所")
    quote = _add(jst_vault, client, RecordKind.RECORD, "見積書")  # 2032-03-15
    early = _add(jst_vault, client, RecordKind.RECORD, "請求書")
    jst_vault.retention.set_rule(early, Rule(RuleCode.FIXED, dt.date(2027, 6, 30)))
    shown = jst_vault.clients.get_client(client.id)
    assert (shown.next_retention, shown.on_hold) == ("2027-06-30", False)
    jst_vault.retention.hold(early, "税務調査中")
    (listed,) = jst_vault.clients.list_clients()
    assert (listed.next_retention, listed.on_hold) == ("2032-03-15", True)
    assert _until(jst_vault, quote) == dt.date(2032, 3, 15)
