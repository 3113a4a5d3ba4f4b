"""Shared pieces of the CLI tests: a seeded vault, the command table, and checks."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.conftest import PASSWORD
from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.keys import kdf
from vault.session import Vault

NEW_PASSWORD = "新しい パスワード 2026"
WRONG_PASSWORD = "incorrect horse battery"
FAST_KDF = ("--kdf-memory", "64", "--kdf-time", "3")
RECOVERY_KEY = re.compile(r"\b\d{6}(?:-\d{6}){7}\b")
TARO_PHONE = "０９０－１２３４－５６７８"  # full-width digits and hyphens, as an IME types them


@dataclass(frozen=True)
class Seed:
    """A vault with two clients and one record of every kind, closed and ready to copy."""

    folder: Path
    recovery_key: str
    taro: str  # client id of 山田太郎
    acme: str  # client id of the English-named client
    note: str  # record ids under 山田太郎
    contact: str
    credential: str
    generic: str

    def at(self, folder: Path) -> Seed:
        return Seed(
            folder,
            self.recovery_key,
            self.taro,
            self.acme,
            self.note,
            self.contact,
            self.credential,
            self.generic,
        )

    def fill(self, argv: tuple[str, ...]) -> list[str]:
        """Replace the VAULT, CLIENT and RECORD placeholders with this vault's values."""
        values = {"VAULT": str(self.folder), "CLIENT": self.taro, "RECORD": self.note}
        return [values.get(arg, arg) for arg in argv]


# Every subcommand that opens an existing vault: its arguments (after `--vault DIR
# --password-stdin`) and what it reads from stdin on success.
OPENING_COMMANDS: dict[str, tuple[tuple[str, ...], str]] = {
    "client add": (("client", "add", "--name", "佐藤花子"), f"{PASSWORD}\n"),
    "client list": (("client", "list"), f"{PASSWORD}\n"),
    "client edit": (("client", "edit", "CLIENT", "--furigana", "やまだ たろう"), f"{PASSWORD}\n"),
    "record add": (
        ("record", "add", "--client", "CLIENT", "--kind", "note", "--title", "打ち合わせ"),
        f"{PASSWORD}\n",
    ),
    "record list": (("record", "list", "--client", "CLIENT"), f"{PASSWORD}\n"),
    "record delete": (("record", "delete", "--id", "RECORD"), f"{PASSWORD}\n"),
    "search": (("search", "太郎"), f"{PASSWORD}\n"),
    "retention due": (("retention", "due", "--within", "36500"), f"{PASSWORD}\n"),
    "retention set": (
        ("retention", "set", "--client", "CLIENT", "--contract-end", "2026/4/1"),
        f"{PASSWORD}\n",
    ),
    "audit verify": (("audit", "verify"), f"{PASSWORD}\n"),
    "audit show": (("audit", "show"), f"{PASSWORD}\n"),
    "passwd": (("passwd",), f"{PASSWORD}\n{NEW_PASSWORD}\n"),
    "rekey": (("rekey",), f"{PASSWORD}\n{NEW_PASSWORD}\n"),
    "unlock-check": (("unlock-check",), f"{PASSWORD}\n"),
}


def at(folder: Path) -> tuple[str, ...]:
    """`--vault FOLDER --password-stdin`"""
    return ("--vault", str(folder), "--password-stdin")


def opening_argv(seed: Seed, name: str, *extra: str) -> list[str]:
    args, _ = OPENING_COMMANDS[name]
    return [*seed.fill(args), "--vault", str(seed.folder), "--password-stdin", *extra]


def build_seed(folder: Path, kdf_params: kdf.KdfParams) -> Seed:
    vault, recovery_key = Vault.create(folder, PASSWORD, kdf_params=kdf_params)
    with vault:
        store = vault.clients
        taro = store.add_client(
            "山田太郎", ["taro@yamada-design.jp", "t.yamada@example.com"], [TARO_PHONE]
        ).id
        acme = store.add_client("Acme Studio", ["hello@acme.example"], ["03-5555-0199"]).id
        note = store.add_record(
            taro, RecordKind.NOTE, "初回ヒアリング", [Field("body", "ロゴの色は青系で 🎨")]
        ).id
        contact = store.add_record(
            taro,
            RecordKind.CONTACT,
            "経理担当",
            [Field("name", "山田花子"), Field("phone", "080-9876-5432", FieldType.PHONE)],
            Sensitivity.PERSONAL,
        ).id
        credential = store.add_record(
            taro,
            RecordKind.CREDENTIAL,
            "レンタルサーバー",
            [Field("username", "yamada"), Field("password", "s3cret-pa55", FieldType.SECRET)],
        ).id
        generic = store.add_record(
            taro, RecordKind.RECORD, "契約", [Field("金額", "120000", FieldType.NUMBER)]
        ).id
    return Seed(folder, recovery_key, taro, acme, note, contact, credential, generic)


@dataclass(frozen=True)
class Snapshot:
    """What a user could see change: clients, records, retention, audit actions (unlocks
    aside)."""

    clients: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]
    records: tuple[tuple[str, str, str, str, tuple[tuple[str, str], ...]], ...]
    retention: tuple[object, ...]
    audit: tuple[tuple[str, str | None], ...]


def snapshot(folder: Path, password: str = PASSWORD) -> Snapshot:
    """Open the vault with `password` (which must still work) and read everything."""
    with Vault(folder) as vault:
        vault.unlock(password)
        clients = vault.clients.list_clients()
        records = [r for c in clients for r in vault.clients.list_records(c.id)]
        retention = (
            *(vault.retention.contract(c.id) for c in clients),
            *(vault.retention.policy(c.id) for c in clients),
            *sorted((vault.retention.get(r.id) for r in records), key=lambda x: x.record_id),
        )
        entries = vault.audit.entries()
    return Snapshot(
        tuple((c.id, c.name, c.emails, c.phones) for c in clients),
        tuple(
            sorted(
                (
                    r.id,
                    r.client_id,
                    r.title,
                    r.sensitivity.value,
                    tuple((f.key, f.value) for f in r.fields),
                )
                for r in records
            )
        ),
        retention,
        tuple((e.action, e.client_id) for e in entries if e.action != "vault.unlocked"),
    )


def assert_refused(
    result: tuple[int, str, str], code: int, message: str | None = None, *, as_json: bool = False
) -> str:
    """A refused command: its exit code, one `clientvault: ` line on stderr, no traceback."""
    exit_code, out, err = result
    assert exit_code == code, (exit_code, err)
    assert err.startswith("clientvault: "), err
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    if message is not None:
        assert re.search(message, err, re.IGNORECASE), err
    if as_json:
        assert json.loads(out) == {
            "error": err.removeprefix("clientvault: ").strip(),
            "exit_code": code,
        }
    else:
        assert out == "", out
    return err


def ok_json(result: tuple[int, str, str]) -> Any:
    """A successful `--json` run: exit 0, nothing on stderr, one JSON document on stdout."""
    code, out, err = result
    assert code == 0, err
    assert err == ""
    return json.loads(out)
