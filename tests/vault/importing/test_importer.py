"""Importing a client list into a real vault: dry run, one transaction, duplicates, problems."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSWORD
from tests.vault.importing.files import HEADER, ROWS, csv_bytes, write_csv, write_workbook
from vault.domain.model import FieldType, RecordKind, Sensitivity
from vault.errors import BadInput
from vault.importing import importer
from vault.importing.importer import (
    SOURCE_DELETED,
    ImportResult,
    delete_source,
    import_clients,
    inspect,
)
from vault.importing.mapping import Role, resolve
from vault.importing.readers import Limits
from vault.session import Vault
from vault.storage.client_store import ClientStore


def run(vault: Vault, path: Path, *, dry_run: bool = False, **options: Any) -> ImportResult:
    columns = resolve(inspect(path).headers)
    return import_clients(vault, path, columns, dry_run=dry_run, **options)


def everything(vault: Vault) -> tuple[object, ...]:
    """All a user could see change: clients, their records, the audit log's actions."""
    clients = vault.clients.list_clients()
    records = [r for c in clients for r in vault.clients.list_records(c.id)]
    return (
        clients,
        records,
        [e.action for e in vault.audit.entries()],
        vault.database.scalar("SELECT count(*) FROM records"),
    )


def many_rows(count: int) -> list[list[str]]:
    return [
        [f"株式会社サンプル{i}", f"担当{i}", f"user{i}@example.jp", f"03-{i % 10000:04d}-0000"]
        for i in range(count)
    ]


SHORT_HEADER = ["会社名", "担当者", "メール", "電話"]


@pytest.fixture
def client_list(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "顧客一覧.csv", [HEADER, *ROWS], "cp932")


def test_a_dry_run_counts_and_previews_and_changes_nothing(vault: Vault, client_list: Path) -> None:
    before = everything(vault)
    result = run(vault, client_list, dry_run=True)
    assert everything(vault) == before
    assert (result.committed, result.rows, result.clients, result.contacts) == (False, 2, 2, 2)
    assert (result.duplicates, result.problems, result.formulas) == (0, 0, 0)
    assert result.encoding == "Shift_JIS (CP932)"
    assert result.source == client_list
    first = result.preview[0]
    assert first.row == 2
    assert first.values[Role.CLIENT_NAME] == "株式会社髙橋デザイン"
    assert first.values[Role.PHONE] == "03-1234-5678"
    assert (first.problems, first.duplicate) == ((), False)


def test_an_import_adds_clients_with_contact_records(vault: Vault, client_list: Path) -> None:
    result = run(vault, client_list)
    assert (result.committed, result.clients, result.contacts) == (True, 2, 2)
    clients = {c.name: c for c in vault.clients.list_clients()}
    yamada = clients["山田商店"]
    assert yamada.emails == ("hanako@yamada.example.jp",)
    assert yamada.phones == ("090-8765-4321",)  # NFKC, as add_client normalises
    assert yamada.notes == "請求書は\n月末締め"
    (contact,) = vault.clients.list_records(yamada.id)
    assert (contact.kind, contact.title, contact.sensitivity) == (
        RecordKind.CONTACT,
        "山田 花子",
        Sensitivity.PERSONAL,
    )
    assert [(f.key, f.value, f.type) for f in contact.fields] == [
        ("name", "山田 花子", FieldType.TEXT),
        ("furigana", "ヤマダ ハナコ", FieldType.TEXT),
        ("email", "hanako@yamada.example.jp", FieldType.EMAIL),
        ("phone", "090-8765-4321", FieldType.PHONE),
        ("postal_code", "〒530-0001", FieldType.TEXT),
        ("address", "大阪府大阪市北区梅田1-1", FieldType.MULTILINE),
    ]
    assert contact.retain_until is None or contact.retain_until > "2000"
    assert vault.retention.get(contact.id).rule.code.value  # inherited like any new record
    vault.lock()
    vault.unlock(PASSWORD)
    assert {c.name for c in vault.clients.list_clients()} == set(clients)


def test_the_import_is_audited_with_counts_only(vault: Vault, client_list: Path) -> None:
    run(vault, client_list)
    entry = vault.audit.entries()[-1]
    assert (entry.action, entry.client_id) == ("clients.imported", None)
    assert entry.details == {
        "rows": 2,
        "clients": 2,
        "contacts": 2,
        "duplicates": 0,
        "problems": 0,
        "incomplete": 0,
    }
    assert [e.action for e in vault.audit.entries()].count("client.created") == 0
    assert vault.audit.verify() == []


def test_new_clients_are_found_by_search_at_once(vault: Vault, client_list: Path) -> None:
    vault.start_indexing().join()
    run(vault, client_list)
    hits = vault.search("髙橋デザイン")
    assert [h.record_id for h in hits] == [None]


def test_duplicates_in_the_file_and_in_the_vault_are_skipped_and_listed(
    vault: Vault, tmp_path: Path
) -> None:
    existing = vault.clients.add_client("ＡＢＣ商事", ["Info@ABC.example.jp"])
    rows = [
        ["abc 商事", "", "info@abc.example.jp", ""],  # the existing client: NFKC, case, spaces
        ["北村工房", "北村", "k@kitamura.example.jp", "03-1111-2222"],
        ["北村工房", "北村", "other@kitamura.example.jp", "03-1111-2222"],  # same phone
        ["北村工房", "別の人", "new@kitamura.example.jp", "03-9999-8888"],  # another contact
        ["名前だけ", "", "", ""],
        ["名前だけ", "", "", ""],
    ]
    path = write_csv(tmp_path / "dups.csv", [SHORT_HEADER, *rows])
    result = run(vault, path)
    assert (result.rows, result.clients, result.duplicates, result.problems) == (6, 3, 3, 0)
    assert [d.to_json() for d in result.duplicate_list] == [
        {"row": 2, "of_row": None, "of_client": existing.id},
        {"row": 4, "of_row": 3, "of_client": None},
        {"row": 7, "of_row": 6, "of_client": None},
    ]
    assert [p.duplicate for p in result.preview] == [True, False, True, False, False, True]
    names = sorted(c.name for c in vault.clients.list_clients())
    assert names == sorted(["ＡＢＣ商事", "北村工房", "北村工房", "名前だけ"])
    again = run(vault, path, dry_run=True)
    assert (again.clients, again.duplicates) == (0, 6)


def test_a_bad_value_is_left_out_and_listed_and_only_a_nameless_row_is_not_imported(
    vault: Vault, tmp_path: Path
) -> None:
    rows = [
        ["良い会社", "", "good@example.jp", "03-1234-5678"],
        ["メール不正", "", "not-an-address", ""],
        ["電話不正", "", "", "電話して"],
        ["", "名無し", "x@example.jp", ""],
        ["両方不正", "", "a@", "12"],
        ["長すぎる" * 200, "", "", ""],
    ]
    path = write_csv(tmp_path / "bad.csv", [SHORT_HEADER, *rows])
    result = run(vault, path)
    assert (result.rows, result.clients, result.problems, result.duplicates) == (6, 4, 2, 0)
    assert result.incomplete == 3
    assert [(p.row, p.role and p.role.value, p.imported) for p in result.problem_list] == [
        (3, "email", True),
        (4, "phone", True),
        (5, "client_name", False),
        (6, "email", True),
        (6, "phone", True),
        (7, "client_name", False),
    ]
    assert [p.to_json()["problem"] for p in result.problem_list[:3]] == [
        "Field 'e-mail' is not an e-mail address.",
        "Field 'phone' is not a phone number.",
        "The client name is empty.",
    ]
    clients = {c.name: c for c in vault.clients.list_clients()}
    assert sorted(clients) == sorted(["良い会社", "メール不正", "電話不正", "両方不正"])
    assert (clients["両方不正"].emails, clients["両方不正"].phones) == ((), ())
    assert result.preview[1].problems == result.problem_list[:1]


def test_several_emails_or_phones_in_one_cell_or_column(vault: Vault, tmp_path: Path) -> None:
    header = ["会社名", "メール", "電話", "携帯"]
    row = [
        "多連絡先",
        "a@x.example.jp; b@x.example.jp、a@x.example.jp",
        "03-1111-2222",
        "090-1234-5678 / 080-1234-5678",
    ]
    result = run(vault, write_csv(tmp_path / "m.csv", [header, row]))
    assert result.clients == 1
    (client,) = vault.clients.list_clients()
    assert client.emails == ("a@x.example.jp", "b@x.example.jp")
    assert client.phones == ("03-1111-2222", "090-1234-5678", "080-1234-5678")
    (contact,) = vault.clients.list_records(client.id)
    assert (contact.title, contact.value("email"), contact.value("phone")) == (
        "多連絡先",  # no contact name: the card is the client's own
        "a@x.example.jp",
        "03-1111-2222",
    )


def test_a_row_with_only_a_client_name_makes_no_contact_record(
    vault: Vault, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "names.csv", [["会社名", "備考"], ["名だけ商会", "メモのみ"]])
    result = run(vault, path)
    assert (result.clients, result.contacts) == (1, 0)
    (client,) = vault.clients.list_clients()
    assert (client.notes, vault.clients.list_records(client.id)) == ("メモのみ", [])


@pytest.mark.parametrize(
    "value",
    ["=1+2", '=HYPERLINK("http://evil.example","x")', "@SUM(A1:A9)", "+cmd|' /C calc'!A0"],
)
def test_formula_text_is_stored_as_the_literal_text_and_counted(
    vault: Vault, tmp_path: Path, value: str
) -> None:
    path = write_csv(
        tmp_path / "f.csv", [["会社名", "備考", "電話"], [value, value, "+81 3-1234-5678"]]
    )
    result = run(vault, path)
    assert (result.clients, result.formulas) == (1, 2)  # the phone's + is no formula
    (client,) = vault.clients.list_clients()
    assert (client.name, client.notes) == (value, value)


def test_an_xlsx_list_imports_like_a_csv(vault: Vault, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "顧客.xlsx", {"顧客": [HEADER, *ROWS]})
    result = run(vault, path)
    assert (result.kind, result.encoding, result.clients, result.contacts) == ("xlsx", None, 2, 2)
    assert sorted(c.name for c in vault.clients.list_clients()) == [
        "山田商店",
        "株式会社髙橋デザイン",
    ]


def test_a_hostile_row_deep_in_the_file_undoes_every_batch_before_it(
    vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "deep.csv"
    good = csv_bytes([SHORT_HEADER, *many_rows(1300)])
    path.write_bytes(good + b"NUL\x00row,,,\r\n")
    before = everything(vault)
    with pytest.raises(BadInput, match="Row 1302 contains a NUL byte"):
        run(vault, path)
    assert everything(vault) == before


def test_a_failure_inside_the_store_midway_leaves_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "many.csv", [SHORT_HEADER, *many_rows(1200)])
    batches: list[int] = []
    real = ClientStore._add_batch

    def failing(self: ClientStore, batch: Sequence[Any], *args: Any) -> None:
        batches.append(len(batch))
        if len(batches) == 3:
            raise OSError("disk full")
        real(self, batch, *args)

    monkeypatch.setattr(ClientStore, "_add_batch", failing)
    before = everything(vault)
    with pytest.raises(OSError, match="disk full"):
        run(vault, path)
    assert batches == [500, 500, 200]
    assert everything(vault) == before


def test_progress_is_reported_and_returning_false_cancels_with_nothing_changed(
    vault: Vault, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "many.csv", [SHORT_HEADER, *many_rows(2500)])
    seen: list[tuple[int, int | None]] = []

    def cancel_at_2000(done: int, total: int | None) -> bool:
        seen.append((done, total))
        return done < 2000

    before = everything(vault)
    with pytest.raises(BadInput, match="Cancelled; nothing was imported"):
        run(vault, path, progress=cancel_at_2000)
    assert seen == [(1000, None), (2000, None)]
    assert everything(vault) == before
    seen.clear()

    def keep_going(done: int, total: int | None) -> bool:
        seen.append((done, total))
        return True

    result = run(vault, path, progress=keep_going)
    assert result.clients == 2500
    assert seen == [(1000, None), (2000, None), (2500, 2500)]


def test_only_the_first_rows_are_previewed_and_problems_listed(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "LISTED", 3)
    rows = [[f"会社{i}", "", "bad", ""] for i in range(20)]
    path = write_csv(tmp_path / "bad.csv", [SHORT_HEADER, *rows])
    result = run(vault, path, dry_run=True, preview_rows=4)
    assert (len(result.preview), len(result.problem_list), result.incomplete) == (4, 3, 20)


def test_the_row_limit_refuses_the_whole_file(vault: Vault, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", [SHORT_HEADER, *many_rows(50)])
    before = everything(vault)
    with pytest.raises(BadInput, match="more than 40 rows"):
        run(vault, path, limits=Limits(rows=40))
    assert everything(vault) == before


def test_a_file_that_changed_since_mapping_is_refused(vault: Vault, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [SHORT_HEADER, *many_rows(2)])
    columns = resolve(inspect(path).headers)
    write_csv(path, [["メール", "会社名"], ["a@example.jp", "A社"]])
    with pytest.raises(BadInput, match="changed since its columns were chosen"):
        import_clients(vault, path, columns, dry_run=False)


def test_inspect_reads_only_the_beginning(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(csv_bytes([SHORT_HEADER, *many_rows(30)]) + b"\x00 hostile later\r\n")
    found = inspect(path, rows=3)
    assert (found.kind, found.headers) == ("csv", tuple(SHORT_HEADER))
    assert [r.number for r in found.sample] == [2, 3, 4]
    assert found.guess.roles[Role.EMAIL] == (2,)


# -- deleting the plaintext source ------------------------------------------------------


def test_the_source_is_overwritten_before_it_is_deleted(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "顧客一覧.csv", [HEADER, *ROWS])
    size = path.stat().st_size
    other_name = tmp_path / "hard-link.csv"
    os.link(path, other_name)  # sees the same blocks: shows they were overwritten
    assert delete_source(path) == SOURCE_DELETED
    assert "cannot be guaranteed" in SOURCE_DELETED
    assert not path.exists()
    assert other_name.read_bytes() == bytes(size)


def test_deleting_a_missing_link_or_special_source_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="already gone"):
        delete_source(tmp_path / "gone.csv")
    target = write_csv(tmp_path / "real.csv", [["a"]])
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    with pytest.raises(BadInput, match="symbolic link"):
        delete_source(link)
    assert target.read_bytes() == b"a\r\n"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(BadInput, match="not a regular file"):
        delete_source(fifo)


def test_results_carry_no_data_into_the_audit_log(vault: Vault, client_list: Path) -> None:
    run(vault, client_list)
    logged = json.dumps([e.to_json() for e in vault.audit.entries()], ensure_ascii=False)
    for value in ("髙橋", "山田", "example.jp", "03-1234", "顧客一覧"):
        assert value not in logged


def test_a_column_in_two_roles_is_one_client_and_one_contact_counted_once(
    vault: Vault, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "people.csv", [["氏名", "メール"], ["=佐藤", "sato@example.jp"]])
    result = run(vault, path)
    assert (result.clients, result.contacts, result.formulas) == (1, 1, 1)
    (client,) = vault.clients.list_clients()
    (contact,) = vault.clients.list_records(client.id)
    assert (client.name, contact.title, contact.value("name")) == ("=佐藤", "=佐藤", "=佐藤")
