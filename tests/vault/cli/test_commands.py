"""Round trips through `clientvault`: every subcommand, in text and in --json form."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import (
    FAST_KDF,
    RECOVERY_KEY,
    Seed,
    at,
    ok_json,
)
from vault.session import Vault

# -- init and demo ------------------------------------------------------------


def test_init_prints_the_recovery_key_once_and_it_opens_the_vault(
    cli: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "new"
    code, out, err = cli("init", *at(folder), *FAST_KDF)
    assert (code, err) == (0, "")
    keys = RECOVERY_KEY.findall(out)
    assert len(keys) == 1, out
    assert out.count(keys[0]) == 1
    assert "shown once" in out
    with Vault(folder) as vault:
        assert vault.header.kdf.memory_mib == 64
        assert vault.header.kdf.time_cost == 3
        vault.unlock(recovery_key=keys[0])
    assert cli("unlock-check", *at(folder))[0] == 0


def test_init_json_gives_the_recovery_key_and_kdf_settings_without_the_salt(
    cli: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "new"
    info = ok_json(cli("init", *at(folder), *FAST_KDF, "--json"))
    assert RECOVERY_KEY.fullmatch(info["recovery_key"])
    assert info["kdf"]["memory_mib"] == 64
    assert info["kdf"]["time_cost"] == 3
    assert "salt" not in info["kdf"]
    # Issue 12, item 18: where no OS backup exclusion exists, init says so plainly.
    if sys.platform != "darwin":
        assert info["os_backups"].startswith("This system has no backup exclusion")
    check = ok_json(cli("unlock-check", *at(folder), "--json"))
    assert check == {"ok": True, "vault_id": info["vault_id"]}


def test_demo_fills_a_new_vault_with_clients_and_records(cli: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    info = ok_json(
        cli("demo", *at(folder), *FAST_KDF, "--clients", "3", "--records", "30", "--json")
    )
    assert (info["clients"], info["records"]) == (3, 30)
    assert RECOVERY_KEY.fullmatch(info["recovery_key"])
    clients = ok_json(cli("client", "list", *at(folder), "--json"))
    assert len(clients) == 3
    assert sum(c["records"] for c in clients) == 30
    assert all(c["emails"] and c["phones"] for c in clients)
    kinds: set[str] = set()
    for client in clients:
        records = ok_json(cli("record", "list", "--client", client["id"], *at(folder), "--json"))
        kinds |= {r["kind"] for r in records}
        secrets = [f for r in records for f in r["fields"] if f["type"] == "secret"]
        assert all(f["value"] == "********" for f in secrets)
    assert kinds >= {"contact", "note"}
    assert ok_json(cli("search", "090", *at(folder), "--json"))


# -- clients ------------------------------------------------------------------


def test_client_add_keeps_japanese_names_and_normalises_full_width_phones(
    cli: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    cli("init", *at(folder), *FAST_KDF)
    added = ok_json(
        cli(
            "client",
            "add",
            "--name",
            "株式会社 山田デザイン事務所 🎨",
            "--email",
            "taro@yamada-design.jp",
            "--email",
            "ｉｎｆｏ＠yamada-design.jp",
            "--phone",
            "０９０－１２３４－５６７８",
            "--phone",
            "03-1234-5678",
            *at(folder),
            "--json",
        )
    )
    assert set(added) == {"id"}
    (client,) = ok_json(cli("client", "list", *at(folder), "--json"))
    assert client["id"] == added["id"]
    assert client["name"] == "株式会社 山田デザイン事務所 🎨"
    assert client["emails"] == ["taro@yamada-design.jp", "info@yamada-design.jp"]
    assert client["phones"] == ["090-1234-5678", "03-1234-5678"]
    assert client["records"] == 0


def test_client_list_text_shows_names_emails_and_phones(cli: CliRunner, seed: Seed) -> None:
    code, out, err = cli("client", "list", *at(seed.folder))
    assert (code, err) == (0, "")
    taro = next(line for line in out.splitlines() if "山田太郎" in line)
    assert seed.taro in taro
    assert "taro@yamada-design.jp, t.yamada@example.com" in taro
    assert "090-1234-5678" in taro
    assert "[" not in out  # no Python list syntax
    assert "Acme Studio" in out


# -- records ------------------------------------------------------------------


def _records(cli: CliRunner, seed: Seed, *extra: str) -> dict[str, dict[str, Any]]:
    rows = ok_json(cli("record", "list", "--client", seed.taro, *at(seed.folder), "--json", *extra))
    return {r["id"]: r for r in rows}


def _fields(record: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {f["key"]: (f["type"], f["value"]) for f in record["fields"]}


def test_record_add_note_with_multiline_body(cli: CliRunner, seed: Seed) -> None:
    body = "1行目\n2行目: 納期は３月末 ✅"
    added = ok_json(
        cli(
            "record",
            "add",
            "--client",
            seed.taro,
            "--kind",
            "note",
            "--title",
            "議事録",
            "--field",
            f"body={body}",
            *at(seed.folder),
            "--json",
        )
    )
    record = _records(cli, seed)[added["id"]]
    assert (record["kind"], record["title"], record["sensitivity"]) == ("note", "議事録", "normal")
    assert _fields(record) == {"body": ("multiline", body)}


def test_record_add_contact_types_its_known_fields(cli: CliRunner, seed: Seed) -> None:
    added = ok_json(
        cli(
            "record",
            "add",
            "--client",
            seed.taro,
            "--kind",
            "contact",
            "--title",
            "営業部長",
            "--field",
            "name=鈴木一郎",
            "--field",
            "furigana=すずきいちろう",
            "--field",
            "email=ｓｕｚｕｋｉ@example.co.jp",
            "--field",
            "phone=０８０－１１１１－２２２２",
            "--sensitivity",
            "personal",
            *at(seed.folder),
            "--json",
        )
    )
    record = _records(cli, seed)[added["id"]]
    assert record["sensitivity"] == "personal"
    assert _fields(record) == {
        "name": ("text", "鈴木一郎"),
        "furigana": ("text", "すずきいちろう"),
        "email": ("email", "suzuki@example.co.jp"),
        "phone": ("phone", "080-1111-2222"),
    }


def test_record_add_credential_secret_is_masked_unless_asked_for(
    cli: CliRunner, seed: Seed
) -> None:
    added = ok_json(
        cli(
            "record",
            "add",
            "--client",
            seed.taro,
            "--kind",
            "credential",
            "--title",
            "WordPress",
            "--field",
            "username=admin",
            "--field",
            "url=https://example.jp/wp-admin",
            "--fields-json",
            "-",
            *at(seed.folder),
            "--json",
            stdin=f"{PASSWORD}\n" + '{"password": "hunter2-パス"}\n',
        )
    )
    masked = _fields(_records(cli, seed)[added["id"]])
    assert masked["password"] == ("secret", "********")
    assert masked["username"] == ("text", "admin")
    shown = _fields(_records(cli, seed, "--show-secrets")[added["id"]])
    assert shown["password"] == ("secret", "hunter2-パス")

    code, out, _ = cli("record", "list", "--client", seed.taro, *at(seed.folder))
    assert code == 0
    assert "hunter2" not in out
    assert "s3cret-pa55" not in out
    assert "********" in out
    code, out, _ = cli("record", "list", "--client", seed.taro, *at(seed.folder), "--show-secrets")
    assert "hunter2-パス" in out


def test_record_add_generic_with_typed_fields(cli: CliRunner, seed: Seed) -> None:
    added = ok_json(
        cli(
            "record",
            "add",
            "--client",
            seed.taro,
            "--kind",
            "record",
            "--title",
            "契約書",
            "--field",
            "契約開始:date=2026年2月3日",
            "--field",
            "終了:date=2027/03/31",
            "--field",
            "金額:number=１，２００，０００",
            "--field",
            "担当=山田",
            "--field",
            "メモ:multiline=a=b\nc",
            "--sensitivity",
            "special-care",
            *at(seed.folder),
            "--json",
        )
    )
    record = _records(cli, seed)[added["id"]]
    assert record["sensitivity"] == "special-care"
    assert _fields(record) == {
        "契約開始": ("date", "2026-02-03"),
        "終了": ("date", "2027-03-31"),
        "金額": ("number", "1200000"),
        "担当": ("text", "山田"),
        "メモ": ("multiline", "a=b\nc"),
    }


@pytest.mark.parametrize("level", ["normal", "personal", "special-care"])
def test_every_sensitivity_level_round_trips(cli: CliRunner, seed: Seed, level: str) -> None:
    added = ok_json(
        cli(
            "record",
            "add",
            "--client",
            seed.acme,
            "--kind",
            "note",
            "--title",
            "健康状態",
            "--sensitivity",
            level,
            *at(seed.folder),
            "--json",
        )
    )
    rows = ok_json(cli("record", "list", "--client", seed.acme, *at(seed.folder), "--json"))
    assert [(r["id"], r["sensitivity"]) for r in rows] == [(added["id"], level)]


def test_record_delete_removes_only_that_record(cli: CliRunner, seed: Seed) -> None:
    before = _records(cli, seed)
    assert ok_json(cli("record", "delete", "--id", seed.note, *at(seed.folder), "--json")) == {
        "deleted": seed.note
    }
    after = _records(cli, seed)
    assert set(after) == set(before) - {seed.note}
    assert ok_json(cli("search", "ロゴの色", *at(seed.folder), "--json")) == []
    actions = [e["action"] for e in ok_json(cli("audit", "show", *at(seed.folder), "--json"))]
    assert actions.count("record.deleted") == 1


# -- search -------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["太郎", "090-1234", "０９０", "yamada-desi", "T.YAMADA@", "山田 090"]
)
def test_search_finds_the_client_by_name_phone_and_email_fragments(
    cli: CliRunner, seed: Seed, query: str
) -> None:
    hits = ok_json(cli("search", query, *at(seed.folder), "--json"))
    assert {
        "client_id": seed.taro,
        "record_id": None,
        "kind": "client",
        "title": "山田太郎",
    } in hits
    assert all(set(h) >= {"client_id", "record_id", "title"} for h in hits)
    assert all(h["client_id"] != seed.acme for h in hits)


def test_search_finds_records_by_field_text_but_never_by_secret(cli: CliRunner, seed: Seed) -> None:
    hits = ok_json(cli("search", "ロゴの色", *at(seed.folder), "--json"))
    assert hits == [
        {"client_id": seed.taro, "record_id": seed.note, "kind": "note", "title": "初回ヒアリング"}
    ]
    assert ok_json(cli("search", "s3cret", *at(seed.folder), "--json")) == []
    code, out, _ = cli("search", "花子", *at(seed.folder))
    assert code == 0
    assert seed.contact in out
    assert "経理担当" in out


def test_search_without_matches_prints_none(cli: CliRunner, seed: Seed) -> None:
    assert cli("search", "存在しない言葉", *at(seed.folder)) == (0, "(none)\n", "")


# -- audit --------------------------------------------------------------------


def test_audit_verify_and_show_follow_changes_without_personal_data(
    cli: CliRunner, seed: Seed
) -> None:
    first = ok_json(cli("audit", "verify", *at(seed.folder), "--json"))
    assert first["ok"] is True
    ok_json(cli("client", "add", "--name", "高橋", *at(seed.folder), "--json"))
    second = ok_json(cli("audit", "verify", *at(seed.folder), "--json"))
    # client add's unlock and client.created, then this verify's own unlock
    assert second["entries"] == first["entries"] + 3
    assert second["head"] != first["head"]
    code, out, err = cli("audit", "verify", *at(seed.folder))
    assert (code, err) == (0, "")
    assert "ok: yes" in out

    entries = ok_json(cli("audit", "show", *at(seed.folder), "--json"))
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    actions = [e["action"] for e in entries]
    assert actions[0] == "vault.created"
    assert {"client.created", "record.created", "vault.unlocked"} <= set(actions)
    text = json.dumps(entries, ensure_ascii=False)
    for personal in ("山田", "高橋", "taro@", "090", "s3cret", "ロゴ"):
        assert personal not in text
