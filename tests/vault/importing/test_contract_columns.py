"""Contract dates, readings and retention from a client list; one bad value never costs the row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.vault.importing.files import write_csv
from vault.domain.model import RecordKind
from vault.domain.retention import RuleCode
from vault.importing.importer import import_clients, inspect
from vault.importing.mapping import Role, guess, resolve
from vault.session import Vault

HEADER = ["会社名", "会社名フリガナ", "担当者", "契約開始日", "契約終了日", "保存期限"]


def test_the_guess_reads_contract_reading_and_retention_headers() -> None:
    roles = guess(HEADER).roles
    assert roles[Role.CLIENT_FURIGANA] == (1,)
    assert (roles[Role.CONTRACT_START], roles[Role.CONTRACT_END]) == ((3,), (4,))
    assert roles[Role.RETENTION] == (5,)
    english = guess(["Company", "Contract start", "Contract end", "Retention"]).roles
    assert english[Role.CONTRACT_START] == (1,)
    assert english[Role.RETENTION] == (3,)
    people = guess(["氏名", "フリガナ"]).roles  # a list of people: the reading is the client's
    assert people[Role.CLIENT_FURIGANA] == people[Role.FURIGANA] == (1,)


def test_dates_in_japanese_forms_and_a_bad_date_costs_only_that_date(
    vault: Vault, tmp_path: Path
) -> None:
    rows = [
        ["青木商事", "アオキショウジ", "青木", "2025/3/31", "令和8年3月31日", ""],
        ["井上工房", "ｲﾉｳｴ ｺｳﾎﾞｳ", "井上", "R7.4.1", "２０２６－０４－３０", "2030/12/31"],
        ["上田企画", "うえだきかく", "上田", "2025/13/45", "2026/3/31", "transaction"],
        ["江藤事務所", "江藤", "江藤", "2026/4/1", "2025/4/1", "いつか"],
        ["", "", "名無し", "2025/1/1", "", ""],
    ]
    path = write_csv(tmp_path / "clients.csv", [HEADER, *rows])
    columns = resolve(inspect(path).headers)
    result = import_clients(vault, path, columns, dry_run=False)
    assert (result.clients, result.problems, result.incomplete) == (4, 1, 2)
    listed = [(p.row, p.role and p.role.value, p.imported) for p in result.problem_list]
    assert listed == [
        (4, "contract_start", True),  # no 13th month: 上田企画 without its start
        (5, "client_furigana", True),  # kanji is not a reading
        (5, "contract_end", True),  # ends before it starts
        (5, "retention", True),
        (6, "client_name", False),  # the one row not imported
    ]
    assert str(result.problem_list[0].error) == (
        "The contract start is not a real date (use YYYY-MM-DD)."
    )

    clients = {c.name: c for c in vault.clients.list_clients()}
    assert [c.name for c in vault.clients.list_clients()] == [
        "青木商事",
        "井上工房",
        "上田企画",
        "江藤事務所",  # no reading: after those with one
    ]
    assert clients["井上工房"].furigana == "イノウエ コウボウ"
    contract = vault.retention.contract
    assert contract(clients["青木商事"].id).start == dt.date(2025, 3, 31)
    assert contract(clients["青木商事"].id).end == dt.date(2026, 3, 31)
    assert contract(clients["井上工房"].id).start == dt.date(2025, 4, 1)
    assert contract(clients["上田企画"].id).start is None
    assert contract(clients["上田企画"].id).end == dt.date(2026, 3, 31)
    assert contract(clients["江藤事務所"].id).end is None

    def contact_until(name: str) -> str | None:
        (record,) = vault.clients.list_records(clients[name].id)
        assert record.kind is RecordKind.CONTACT
        return record.retain_until

    assert contact_until("青木商事") == "2026-04-30"  # personal data: the end + 30 days
    assert contact_until("井上工房") == "2030-12-31"  # 保存期限 as a fixed date
    policy = vault.retention.policy(clients["上田企画"].id)
    assert policy.overrides[RecordKind.CONTACT].code is RuleCode.TRANSACTION
    assert contact_until("江藤事務所") is None  # no contract end, no retention: no date yet


def test_a_dry_run_counts_the_same_and_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    rows = [["青木商事", "", "", "2025/3/31", "2025/2/30", ""]]
    path = write_csv(tmp_path / "clients.csv", [HEADER, *rows])
    result = import_clients(vault, path, resolve(inspect(path).headers), dry_run=True)
    assert (result.clients, result.incomplete, result.problems) == (1, 1, 0)
    assert result.preview[0].problems[0].role is Role.CONTRACT_END
    assert vault.clients.list_clients() == []
