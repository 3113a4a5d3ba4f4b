"""The inventory counts what the vault holds, per client, as the other commands show it."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

from tests.conftest import PASSWORD, CliRunner, require_tool
from tests.vault.inventory.world import build
from vault.backup.manager import BackupManager
from vault.inventory import core
from vault.inventory.render import to_csv
from vault.session import Vault


def test_each_client_row_counts_persons_items_files_and_warnings(vault: Vault) -> None:
    world = build(vault)
    inventory = core.build(vault)
    rows = {c.client_id: c for c in inventory.clients}
    taro = rows[world.taro]
    # 2 contact records + 3 dataset rows with a name (a row without one is no person)
    assert taro.persons == 5
    assert taro.records == len(vault.clients.list_records(world.taro)) == 5
    assert taro.files == 2
    assert taro.file_bytes == sum(a.size for a in vault.attachments.list(world.taro))
    assert taro.items["name"] == 5
    assert taro.items["email"] == 2 + 2  # two contacts, two dataset rows with an address
    assert taro.items["furigana"] == 1
    assert taro.items["bank_account"] == 1
    assert taro.items["files"] == 2
    assert taro.items["notes"] == 2  # the two notes; a credential holds no free text here
    assert taro.special_care == 1 + 1  # the flagged note, 鈴木二郎's 病歴
    assert [w.record_id for w in taro.warnings] == [world.unflagged]
    assert taro.warnings[0].categories == ("health",)
    assert [loc.place for loc in taro.locations] == ["vault"]
    assert rows[world.canary].persons == 2


def test_backups_and_plaintext_copies_are_listed_per_client(vault: Vault, tmp_path: Path) -> None:
    world = build(vault)
    backup = BackupManager(vault).create(tmp_path / "backups")
    attachment = vault.attachments.list(world.taro)[1]
    vault.attachments.save_copy(attachment.id, tmp_path / "copy.pdf")
    rows = {c.client_id: c for c in core.build(vault).clients}
    taro = rows[world.taro]
    assert [(loc.place, loc.id, loc.reachable) for loc in taro.locations] == [
        ("vault", vault.vault_id, True),
        ("backup", backup.id, True),
    ]
    assert [(c.kind, c.details["attachment"]) for c in taro.plaintext_copies] == [
        ("decrypted-file", attachment.id)
    ]
    assert rows[world.canary].plaintext_copies == []
    shutil.move(backup.path, tmp_path / "elsewhere")  # a disconnected drive
    taro = next(c for c in core.build(vault).clients if c.client_id == world.taro)
    assert [(loc.id, loc.reachable) for loc in taro.locations[1:]] == [(backup.id, False)]


def test_csv_has_one_row_per_client(vault: Vault) -> None:
    world = build(vault)
    rows = list(csv.DictReader(io.StringIO(to_csv(core.build(vault)))))
    by_id = {r["client_id"]: r for r in rows}
    assert len(rows) == 2 and set(by_id) == {world.taro, world.canary}
    assert by_id[world.taro]["persons"] == "5"
    assert by_id[world.taro]["items_special_care"] == "2"


def test_cli_numbers_equal_client_list_record_list_and_datasets(
    vault: Vault, cli: CliRunner, tmp_path: Path
) -> None:
    world = build(vault)
    folder = vault.folder
    vault.close()
    at = ("--vault", str(folder), "--password-stdin", "--json")
    code, out, err = cli("inventory", *at)
    assert code == 0, err
    inventory = {c["client_id"]: c for c in json.loads(out)["clients"]}
    clients = json.loads(cli("client", "list", *at)[1])
    assert {c["id"]: c["records"] for c in clients} == {
        k: v["records"] for k, v in inventory.items()
    }
    records = json.loads(cli("record", "list", "--client", world.taro, *at)[1])
    contacts = sum(r["kind"] == "contact" for r in records)
    files = json.loads(cli("attachment", "list", "--client", world.taro, *at)[1])
    assert inventory[world.taro]["files"] == len(files)
    assert inventory[world.taro]["persons"] == contacts + 3  # 3 named dataset rows
    pdf = tmp_path / "inventory.pdf"
    code, out, err = cli("inventory", "--vault", str(folder), "--password-stdin", "--pdf", str(pdf))
    assert code == 0, err
    text = subprocess.run(
        [require_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "保有個人データ一覧" in text and "Inventory of personal data" in text
    assert "山田デザイン" in text
    code, out, _ = cli("inventory", "--vault", str(folder), "--password-stdin", "--csv")
    assert code == 0 and out.startswith("client_id,name,")
    assert PASSWORD not in out
