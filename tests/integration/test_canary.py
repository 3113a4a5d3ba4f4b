"""Canary test: unique strings in every field, every operation, then every byte on disk raw.

No canary, in any encoding or normalised form, nor a random part of one, may
appear in the vault folder (header, database, WAL/SHM/journal, lock, `.next`
leftovers of a re-key), the process's temp dir and home, any other file the
process wrote from Python, or any file it holds open. The CLI may print them
(the user asked), and error messages may repeat a field's name, but a
message never repeats a value and nothing of a failed call reaches disk or
the logs.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import sqlite3
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import CliRunner
from tests.fakes import FakeClock
from tests.integration.canary import (
    MIN_NEEDLE_BYTES,
    Canaries,
    WriteRecorder,
    find_leaks,
    fullwidth,
    isolate_process_dirs,
    list_files,
    scan_files,
    scan_open_files,
    scan_tree,
)
from vault.domain.model import (
    KIND_FIELDS,
    MAX_TITLE_CHARS,
    MAX_VALUE_CHARS,
    Client,
    Field,
    FieldType,
    Record,
    RecordKind,
    Sensitivity,
    parse_kind,
    parse_sensitivity,
)
from vault.domain.retention import Rule, RuleCode
from vault.errors import VaultError, WrongSecret
from vault.keys import kdf, recovery
from vault.search import normalize
from vault.session import Vault
from vault.storage.client_store import NewRecord
from vault.storage.drafts import Draft

# Label prefixes: what the vault must still hold, and what it must not (deleted or
# overwritten data, search-only input, passwords and recovery keys, rejected input).
GONE, QUERY, SECRET, INPUT = "gone.", "query.", "secret.", "input."
NOT_STORED = (GONE, QUERY, SECRET, INPUT)


@dataclass(frozen=True)
class Sandbox:
    root: Path  # scanned whole: the vault folder, the temp dir and the home dir
    temp: Path
    vault_dir: Path
    writes: WriteRecorder


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    dirs = isolate_process_dirs(monkeypatch, tmp_path / "process")
    assert tempfile.gettempdir() == str(dirs.temp)
    with WriteRecorder() as writes:
        yield Sandbox(tmp_path, dirs.temp, tmp_path / "vault", writes)


@pytest.fixture
def canaries() -> Canaries:
    return Canaries()


class LeakCheck:
    def __init__(self, sandbox: Sandbox, canaries: Canaries) -> None:
        self.sandbox = sandbox
        self.canaries = canaries

    def assert_no_leak(self, stage: str) -> None:
        names = {p.name for p in list_files(self.sandbox.vault_dir)}
        assert {"vault.header", "vault.db", "vault.lock"} <= names, f"{stage}: scan saw {names}"
        leaks = find_leaks([self.sandbox.root], self.canaries)
        leaks.update(scan_files(self.sandbox.writes.paths, self.canaries))
        leaks.update(scan_open_files(self.canaries))
        found = "; ".join(f"{path}: {', '.join(what[:3])}" for path, what in sorted(leaks.items()))
        assert not leaks, f"plaintext canary on disk {stage}: {found}"

    def assert_process_output_clean(
        self, caplog: pytest.LogCaptureFixture, *texts: str, allowed: tuple[str, ...] = ()
    ) -> None:
        logged = [caplog.text, *(r.getMessage() for r in caplog.records)]
        assert self.canaries.found_in("\n".join(logged)) == [], "a canary reached the logs"
        echoed = [x for x in self.canaries.found_in("\n".join(texts)) if not x.startswith(allowed)]
        assert echoed == [], "a canary reached the process output"


# -- what goes into the vault ------------------------------------------------------------


BY_TYPE: dict[FieldType, Callable[[Canaries, str], str]] = {
    FieldType.EMAIL: Canaries.email,
    FieldType.PHONE: Canaries.phone,
    FieldType.URL: Canaries.url,
    FieldType.SECRET: Canaries.emoji,
    FieldType.MULTILINE: Canaries.multiline,
}
BY_KEY: dict[str, Callable[[Canaries, str], str]] = {
    "address": Canaries.address,
    "furigana": Canaries.halfwidth_kana,
    "name": Canaries.japanese,
}


def field_value(c: Canaries, label: str, key: str, field_type: FieldType) -> str:
    # A DATE or NUMBER field in KIND_FIELDS would be refused with an ASCII canary: add a case.
    make = BY_KEY.get(key) or BY_TYPE.get(field_type) or Canaries.ascii
    return make(c, label)


def every_field(kind: RecordKind, c: Canaries, prefix: str) -> tuple[Field, ...]:
    """A canary in every field the kind defines; free-form records get every field type."""
    if kind is not RecordKind.RECORD:
        return tuple(
            Field(key, field_value(c, f"{prefix}.{key}", key, field_type), field_type)
            for key, field_type in KIND_FIELDS[kind].items()
        )
    # Field names are typed by the user too, so they are canaries here.
    return (
        Field(c.japanese(f"{prefix}.key.text"), c.ascii(f"{prefix}.text")),
        Field(c.ascii(f"{prefix}.key.date"), "２０２６年２月３日", FieldType.DATE),
        Field(c.halfwidth_kana(f"{prefix}.key.number"), "１２０,０００", FieldType.NUMBER),
        Field(c.ascii(f"{prefix}.key.email"), c.email(f"{prefix}.email", full_width=False)),
        Field("電話", c.phone(f"{prefix}.phone"), FieldType.PHONE),
        Field("サイト", c.url(f"{prefix}.url"), FieldType.URL),
        Field("暗証番号", c.emoji(f"{prefix}.secret"), FieldType.SECRET),
        Field("メモ", c.multiline(f"{prefix}.memo"), FieldType.MULTILINE),
        Field("所在地", c.address(f"{prefix}.address"), FieldType.TEXT),
    )


TITLE_STYLES: dict[RecordKind, Callable[[Canaries, str], str]] = {
    RecordKind.CONTACT: Canaries.japanese,
    RecordKind.NOTE: Canaries.emoji,
    RecordKind.CREDENTIAL: Canaries.ascii,
    RecordKind.RECORD: Canaries.halfwidth_kana,
}


def title(c: Canaries, kind: RecordKind, label: str) -> str:
    return TITLE_STYLES[kind](c, label)


def everything(vault: Vault) -> str:
    """All clients, records (with their retention and hold reasons) and drafts the vault
    returns, as one text."""
    data: list[object] = []
    for client in vault.clients.list_clients():
        data.append(asdict(client))
        for record in vault.clients.list_records(client.id):
            data.extend((asdict(record), asdict(vault.retention.get(record.id))))
    data.extend(asdict(d) for d in vault.drafts.list())
    return json.dumps(data, ensure_ascii=False, default=str)


def assert_holds_exactly_the_live_canaries(
    vault: Vault, c: Canaries, *, gone_yet: bool = True
) -> None:
    """The scans mean something only if the canaries really are stored (and the gone ones not)."""
    absent = NOT_STORED if gone_yet else (QUERY, SECRET, INPUT)
    live = {x.label for x in c.issued if not x.label.startswith(absent)}
    assert set(c.found_in(everything(vault))) == live


def core(c: Canaries, label: str) -> str:
    return next(x.parts[0] for x in c.issued if x.label == label)


def hit_ids(vault: Vault, query: str) -> set[str]:
    return {h.record_id or h.client_id for h in vault.search(query)}


def options(**values: str) -> list[str]:
    """`--name value` pairs for the CLI."""
    return [part for key, value in values.items() for part in (f"--{key}", value)]


class SimulatedCrash(Exception):
    pass


def crash(folder: Path) -> None:
    raise SimulatedCrash(f"power lost while switching {folder.name}")


# -- the scanner itself (so that a clean scan means something) ------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "cp932", "json-ascii"])
def test_the_scan_finds_a_canary_in_a_plain_file_in_each_encoding(
    tmp_path: Path, canaries: Canaries, encoding: str
) -> None:
    text = canaries.japanese("plain")
    data = json.dumps(text).encode() if encoding == "json-ascii" else text.encode(encoding)
    hidden = tmp_path / ".hidden" / "deeper" / "notes.bin"
    hidden.parent.mkdir(parents=True)
    hidden.write_bytes(b"\x00\xff" * 100 + data + b"\x01" * 100)
    (tmp_path / "clean.txt").write_text("nothing to see", encoding="utf-8")
    assert scan_tree(tmp_path, canaries) == [hidden]


@pytest.mark.parametrize(
    "stored",
    [
        pytest.param(lambda c: normalize(c.phone("p")), id="nfkc-of-full-width-digits"),
        pytest.param(lambda c: c.ascii("a").casefold(), id="casefolded"),
        pytest.param(lambda c: normalize(c.halfwidth_kana("k")), id="search-normalised"),
        pytest.param(lambda c: f"prefix {c.ascii('a')[-16:]} suffix", id="random-part"),
        pytest.param(lambda c: c.phone("p").replace("－", "")[-8:], id="digits-only"),
        pytest.param(lambda c: c.multiline("m").split("\n")[0], id="first-line-only"),
    ],
)
def test_the_scan_finds_normalised_and_partial_forms(
    tmp_path: Path, canaries: Canaries, stored: Callable[[Canaries], str]
) -> None:
    written = tmp_path / "leak.txt"
    written.write_text(stored(canaries), encoding="utf-8")
    assert scan_tree(tmp_path, canaries) == [written]


def test_the_scan_finds_a_canary_in_a_file_name(tmp_path: Path, canaries: Canaries) -> None:
    named = tmp_path / f"{canaries.japanese('client')}.pdf"
    named.write_bytes(b"%PDF-1.7 nothing else")
    assert scan_tree(tmp_path, canaries) == [named]


def test_the_scan_finds_canaries_in_unencrypted_sqlite_files(
    tmp_path: Path, canaries: Canaries
) -> None:
    utf16 = tmp_path / "utf16.db"
    with sqlite3.connect(utf16) as conn:
        conn.execute("PRAGMA encoding = 'UTF-16le'")
        conn.execute("CREATE TABLE t (v TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", (canaries.emoji("utf16"),))
    conn.close()
    assert scan_tree(tmp_path, canaries) == [utf16]

    # The same engine the vault uses, without a key: what a missing PRAGMA key would write.
    plain = tmp_path / "plain.db"
    raw = sqlcipher3.connect(str(plain), isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA wal_autocheckpoint = 0")
        raw.execute("CREATE TABLE t (v TEXT)")
        raw.execute("INSERT INTO t VALUES (?)", (canaries.japanese("wal"),))
        leaked = scan_tree(tmp_path, canaries)
        assert tmp_path / "plain.db-wal" in leaked  # fresh pages live in the WAL
    finally:
        raw.close()
    assert plain in scan_tree(tmp_path, canaries)  # checkpointed into the main file on close


def test_the_scan_stays_quiet_on_unrelated_bytes(tmp_path: Path, canaries: Canaries) -> None:
    for label in ("a", "b"):
        canaries.ascii(label)
        canaries.japanese(f"{label}.ja")
        canaries.halfwidth_kana(f"{label}.kana")
        canaries.phone(f"{label}.phone")
        canaries.email(f"{label}.email")
        canaries.email(f"{label}.email2", full_width=False)
        canaries.address(f"{label}.address")
        canaries.emoji(f"{label}.emoji")
        canaries.url(f"{label}.url")
        canaries.multiline(f"{label}.multiline")
    (tmp_path / "every-byte.bin").write_bytes(bytes(range(256)) * 4096)
    fixed_parts = "CANARY 山田太郎カナリア ０９０－ 東京都千代田区 ｶﾅﾘｱ 🐤"
    (tmp_path / "text.txt").write_text(fixed_parts, encoding="utf-8")
    assert scan_tree(tmp_path, canaries) == []
    assert min(len(n) for n in canaries.needles()) >= MIN_NEEDLE_BYTES
    with pytest.raises(ValueError, match="too short"):
        canaries.track("short", "abc")
    with pytest.raises(FileNotFoundError):
        scan_tree(tmp_path / "missing", canaries)  # a scan never passes by seeing nothing


def test_the_temp_dir_log_write_and_open_file_checks_each_catch_a_canary(
    sandbox: Sandbox, canaries: Canaries
) -> None:
    text = canaries.address("logged")
    assert canaries.found_in(f"saved {normalize(text)!r}") == ["logged"]

    with tempfile.NamedTemporaryFile("w", encoding="utf-16", delete=False) as left_behind:
        left_behind.write(text)
    assert Path(left_behind.name).parent == sandbox.temp  # the redirect took effect
    assert Path(left_behind.name) in scan_tree(sandbox.root, canaries)
    Path(left_behind.name).unlink()

    elsewhere = sandbox.root / "elsewhere.txt"
    staged = sandbox.root / ".elsewhere.tmp"
    staged.write_text(text, encoding="utf-8")
    staged.replace(elsewhere)
    assert {staged, elsewhere} <= sandbox.writes.paths
    assert list(scan_files(sandbox.writes.paths, canaries)) == [elsewhere]

    with tempfile.TemporaryFile() as handle:  # unlinked at once, as SQLite does its own
        handle.write(text.encode("utf-16-le"))
        handle.flush()
        assert list_files(sandbox.temp) == []
        assert len(scan_open_files(canaries)) == 1


# -- the vault ------------------------------------------------------------------------------


def test_every_core_operation_leaves_no_canary_on_disk(
    sandbox: Sandbox,
    canaries: Canaries,
    fast_kdf: kdf.KdfParams,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    c, check, folder = canaries, LeakCheck(sandbox, canaries), sandbox.vault_dir
    password = c.ascii("secret.password")
    vault, recovery_key = Vault.create(folder, password, kdf_params=fast_kdf, clock=clock)
    c.track("secret.recovery-key", recovery_key, recovery_key.replace("-", ""))
    try:
        # Clients, then one record of every kind with a canary in every field: singly ...
        taro = vault.clients.add_client(
            c.japanese("gone.taro.name"),
            [c.email("taro.email"), c.email("taro.email2", full_width=False)],
            [c.phone("taro.phone")],
            c.multiline("gone.taro.notes"),
        )
        hanako = vault.clients.add_client(
            c.emoji("hanako.name"), [c.email("hanako.email")], [c.phone("hanako.phone")]
        )
        doomed = vault.clients.add_client(
            c.halfwidth_kana("gone.doomed.name"),
            [c.email("gone.doomed.email")],
            [c.phone("gone.doomed.phone")],
            c.address("gone.doomed.notes"),
        )
        single: dict[RecordKind, Record] = {
            kind: vault.clients.add_record(
                taro.id,
                kind,
                title(c, kind, f"gone.taro.{kind}.title"),
                every_field(kind, c, f"gone.taro.{kind}"),
                Sensitivity.SPECIAL_CARE,
            )
            for kind in RecordKind
        }
        # ... and in batches.
        batch = vault.clients.add_records(
            hanako.id,
            [
                NewRecord(
                    kind,
                    title(c, kind, f"hanako.{kind}.title"),
                    every_field(kind, c, f"hanako.{kind}"),
                    Sensitivity.PERSONAL,
                )
                for kind in RecordKind
            ],
        )
        vault.clients.add_records(
            doomed.id,
            [
                NewRecord(
                    kind,
                    c.japanese(f"gone.doomed.{kind}.title"),
                    every_field(kind, c, f"gone.doomed.{kind}"),
                )
                for kind in (RecordKind.CONTACT, RecordKind.CREDENTIAL)
            ],
        )
        extra = vault.clients.add_record(
            hanako.id, RecordKind.NOTE, c.address("gone.extra.title"), ()
        )
        assert {f.type for r in [*single.values(), *batch] for f in r.fields} == set(FieldType)
        assert_holds_exactly_the_live_canaries(vault, c, gone_yet=False)
        assert (folder / "vault.db-wal").stat().st_size > 0
        check.assert_no_leak("while unlocked, with fresh pages in the WAL")

        # Search: build the index, then long, short, full-width and missing queries.
        progress: list[int] = []
        vault.start_indexing(progress.append).join()
        assert progress
        assert progress[-1] == 3 + len(RecordKind) * 2 + 2 + 1
        kana = core(c, "gone.taro.name")
        assert taro.id in hit_ids(vault, kana)
        assert taro.id in {h.client_id for h in vault.search(kana[:1])}
        assert taro.id in {h.client_id for h in vault.search(kana[:2])}
        assert taro.id in hit_ids(vault, fullwidth(core(c, "taro.phone")[-4:]) + " " + kana[3:])
        assert hit_ids(vault, core(c, "hanako.email").upper()) == {hanako.id}
        note_token = core(c, f"hanako.{RecordKind.NOTE}.title")
        assert hit_ids(vault, note_token[2:12]) == {batch[1].id}
        assert vault.search(c.ascii("query.nothing")) == []
        assert vault.search(c.japanese("query.nothing.ja")) == []
        assert vault.search(c.phone("query.phone")) == []
        assert vault.search(core(c, f"hanako.{RecordKind.CREDENTIAL}.password")) == []
        check.assert_no_leak("with the search index built and queried")

        # Edits (re-indexed live), drafts, deletions, the audit log.
        taro = vault.clients.update_client(
            replace(taro, name=c.halfwidth_kana("taro.name"), notes=c.japanese("taro.notes"))
        )
        for kind, record in single.items():
            single[kind] = vault.clients.update_record(
                replace(
                    record,
                    title=title(c, kind, f"taro.{kind}.title"),
                    fields=every_field(kind, c, f"taro.{kind}"),
                )
            )
        assert hit_ids(vault, kana) == set()
        assert hit_ids(vault, core(c, "taro.name")) == {taro.id}
        note = single[RecordKind.NOTE]

        def draft(client: Client, record: Record | None, kind: RecordKind, label: str) -> Draft:
            fields = every_field(kind, c, f"{label}.fields")
            if kind is RecordKind.RECORD:  # half-typed, as drafts are
                fields = (*fields, Field(c.japanese(f"{label}.key"), "2026年2", FieldType.DATE))
            return Draft(
                id="",
                client_id=client.id,
                record_id=record.id if record else None,
                kind=kind,
                title=c.emoji(f"{label}.title"),
                fields=fields,
                sensitivity=Sensitivity.SPECIAL_CARE,
                base_version=record.version if record else 0,
            )

        vault.drafts.save(draft(taro, note, RecordKind.NOTE, "gone.draft1"))
        kept = vault.drafts.save(draft(taro, note, RecordKind.NOTE, "draft2"))  # replaces it
        dropped = vault.drafts.save(draft(hanako, None, RecordKind.CREDENTIAL, "gone.draft3"))
        half = vault.drafts.save(draft(taro, None, RecordKind.RECORD, "draft4"))
        vault.drafts.discard(dropped.id)
        assert {d.id for d in vault.drafts.list()} == {kept.id, half.id}

        # Retention: a contract, rules, and legal holds whose reasons are what a person wrote.
        vault.retention.set_contract(taro.id, dt.date(2026, 4, 1), dt.date(2027, 3, 31))
        vault.retention.set_client_rule(hanako.id, RecordKind.NOTE, Rule(RuleCode.BOOKKEEPING))
        fixed = Rule(RuleCode.FIXED, dt.date(2030, 1, 31))
        vault.retention.set_rule(single[RecordKind.RECORD].id, fixed)
        held = single[RecordKind.CONTACT].id
        vault.retention.hold(held, c.japanese("gone.hold.first"))
        vault.retention.hold(held, c.address("hold.reason"))  # replaces the first reason
        vault.retention.hold(batch[0].id, c.emoji("gone.hold.released"))
        vault.retention.release(batch[0].id)
        vault.retention.hold(extra.id, c.ascii("gone.hold.deleted"))  # goes with its record
        due = vault.retention.due(dt.date(2027, 5, 1), 30)
        assert held in {i.record_id for i in due if i.hold}
        check.assert_no_leak("after retention changes and holds")

        vault.clients.delete_record(extra.id)
        assert vault.clients.delete_client(doomed.id) == 2
        assert hit_ids(vault, core(c, "gone.doomed.name")) == set()
        assert vault.audit.verify() == []
        shown = json.dumps([e.to_json() for e in vault.audit.entries()], ensure_ascii=False)
        assert c.found_in(shown) == []  # the audit log holds ids, kinds and counts only
        assert len(vault.audit.head()) == 64
        assert_holds_exactly_the_live_canaries(vault, c)
        check.assert_no_leak("after edits, drafts, deletions and an audit check")
        vault.database.checkpoint()
        assert (folder / "vault.db-wal").stat().st_size == 0
        check.assert_no_leak("while unlocked, everything checkpointed into vault.db")

        # Secrets: change the password, lock, a wrong password, recovery-key unlock.
        new_password = c.japanese("secret.password2")
        vault.change_password(new_password)
        vault.lock()
        check.assert_no_leak("after lock")
        with pytest.raises(WrongSecret):
            vault.unlock(c.ascii("secret.wrong-password"))
        vault.unlock(recovery_key=recovery_key)
        assert_holds_exactly_the_live_canaries(vault, c)
        check.assert_no_leak("unlocked with the recovery key")

        # A re-key that crashes before its switch leaves `.next` files: scan those too.
        with monkeypatch.context() as patch:
            patch.setattr("vault.session.switch_to_pending", crash)
            with pytest.raises(SimulatedCrash):
                vault.rekey(c.emoji("secret.password-lost"))
        leftovers = {p.name for p in list_files(folder)}
        assert {"vault.db.next", "vault.header.next"} <= leftovers
        check.assert_no_leak("with a crashed re-key's .next files")
        vault.close()
        vault = Vault(folder, clock=clock)  # rolls the crashed re-key back
        vault.unlock(new_password)

        final_password = c.halfwidth_kana("secret.password3")
        new_recovery_key = vault.rekey(final_password)
        c.track("secret.recovery-key2", new_recovery_key, new_recovery_key.replace("-", ""))
        check.assert_no_leak("after a re-key")
        vault.lock()
        vault.unlock(recovery_key=new_recovery_key)
        vault.lock()
        vault.unlock(final_password)
        assert_holds_exactly_the_live_canaries(vault, c)
        assert hit_ids(vault, core(c, "taro.name")) == {taro.id}
        check.assert_no_leak("unlocked after the re-key, index rebuilt")
        vault.close()
    finally:
        vault.close()

    assert not [p for p in list_files(folder) if p.name.endswith(".next")]
    check.assert_no_leak("after close")
    assert folder / "vault.header" in sandbox.writes.paths  # the recorder saw the app write
    out, err = capsys.readouterr()
    check.assert_process_output_clean(caplog, out, err)


def test_the_cli_prints_canaries_to_the_user_but_writes_none_to_disk(
    sandbox: Sandbox,
    canaries: Canaries,
    cli: CliRunner,
    fast_kdf: kdf.KdfParams,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    c, check, folder = canaries, LeakCheck(sandbox, canaries), sandbox.vault_dir
    password = c.ascii("secret.password")
    vault, recovery_key = Vault.create(folder, password, kdf_params=fast_kdf, clock=clock)
    vault.close()
    c.track("secret.recovery-key", recovery_key, recovery_key.replace("-", ""))
    outputs: list[str] = []

    def run(*args: str, stdin: str = password + "\n", code: int = 0) -> str:
        exit_code, out, err = cli(*args, "--vault", str(folder), "--password-stdin", stdin=stdin)
        assert exit_code == code, err
        outputs.extend((out, err))
        check.assert_no_leak(f"after 'clientvault {' '.join(args[:2])}'")
        return out

    name = c.japanese("cli.name")
    added = run(
        "client",
        "add",
        "--json",
        *options(
            name=name,
            email=c.email("cli.email"),
            phone=c.phone("cli.phone"),
            notes=c.multiline("cli.notes"),
        ),
    )
    client_id = json.loads(added)["id"]
    record_ids: dict[RecordKind, str] = {}
    for kind in RecordKind:
        fields = every_field(kind, c, f"cli.{kind}")
        args = [f"--field={f.key}:{f.type.value}={f.value}" for f in fields]
        out = run(
            "record",
            "add",
            "--json",
            *options(
                client=client_id,
                kind=kind.value,
                title=title(c, kind, f"cli.{kind}.title"),
                sensitivity="special-care",
            ),
            *args,
        )
        record_ids[kind] = json.loads(out)["id"]

    # The user asked: output may (and does) show the canaries.
    kana = core(c, "cli.name")
    for query in (kana, kana[:2], fullwidth(core(c, "cli.phone")[:4])):
        hits = json.loads(run("search", "--json", query))
        assert client_id in {h["client_id"] for h in hits}
        assert "cli.name" in c.found_in(json.dumps(hits, ensure_ascii=False))
    note_hits = json.loads(run("search", "--json", core(c, f"cli.{RecordKind.NOTE}.title")))
    assert [h["record_id"] for h in note_hits] == [record_ids[RecordKind.NOTE]]
    assert json.loads(run("search", "--json", c.japanese("query.miss"))) == []

    listed = run("client", "list", "--json")
    assert {"cli.name", "cli.email", "cli.phone"} <= set(c.found_in(listed))
    masked = run("record", "list", "--json", "--client", client_id)
    shown = run("record", "list", "--json", "--client", client_id, "--show-secrets")
    secret = f"cli.{RecordKind.CREDENTIAL}.password"
    assert secret not in c.found_in(masked)
    assert {secret, f"cli.{RecordKind.RECORD}.key.text"} <= set(c.found_in(shown))
    contact_id = record_ids[RecordKind.CONTACT]
    held = run("retention", "set", "--json", "--record", contact_id, "--hold", c.japanese("hold"))
    assert "hold" not in c.found_in(held)  # kept, never echoed
    run("retention", "set", "--client", client_id, "--contract-end", "２０２６年４月１日")
    assert "hold" not in c.found_in(run("retention", "due", "--json", "--within", "36500"))
    run("retention", "set", "--record", contact_id, "--hold", c.emoji("input.hold") + "\0", code=1)
    assert "NUL" in outputs[-1]
    assert c.found_in(run("audit", "show", "--json")) == []  # ids, kinds and counts only
    run("record", "delete", "--id", record_ids[RecordKind.NOTE])

    # Refused input: the message may repeat a field name or type, never a value.
    run(
        "client",
        "add",
        *options(name=c.ascii("input.name"), email=c.japanese("input.email")),
        code=1,
    )
    assert "e-mail" in outputs[-1]  # refused for the reason meant
    assert c.found_in(outputs[-1]) == []
    bad_type = c.ascii("input.key.type")
    bad_field = f"k:{bad_type}={c.japanese('input.value')}"
    record_options = options(client=client_id, kind="record", title=c.emoji("input.title"))
    run("record", "add", *record_options, "--field", bad_field, code=1)
    assert "input.key.type" in c.found_in(outputs[-1])

    # Secrets through the CLI: a new password, then a re-key that prints a recovery key.
    new_password = c.japanese("secret.password2")
    run("passwd", stdin=f"{password}\n{new_password}\n")
    final_password = c.emoji("secret.password3")
    rekeyed = json.loads(run("rekey", "--json", stdin=f"{new_password}\n{final_password}\n"))
    new_recovery_key = rekeyed["recovery_key"]
    c.track("secret.recovery-key2", new_recovery_key, new_recovery_key.replace("-", ""))
    assert json.loads(run("unlock-check", "--json", stdin=final_password + "\n"))["ok"] is True
    check.assert_no_leak("after every CLI command")
    check.assert_process_output_clean(
        caplog, *outputs, allowed=("cli.", "input.key.", "secret.recovery-key2")
    )


# -- refused input ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Stored:
    vault: Vault
    client: Client
    contact: Record


def _long(text: str, limit: int) -> str:
    return text * (limit // len(text) + 1)


def _unlock_with_wrong_password(s: Stored, c: Canaries) -> None:
    s.vault.lock()
    s.vault.unlock(c.ascii("input.password"))


def _unlock_with_malformed_recovery_key(s: Stored, c: Canaries) -> None:
    s.vault.lock()
    s.vault.unlock(recovery_key=c.japanese("input.recovery-key"))


def _unlock_with_wrong_recovery_key(s: Stored, c: Canaries) -> None:
    s.vault.lock()
    key = recovery.generate()
    s.vault.unlock(recovery_key=c.track("input.recovery-key", key, key.replace("-", "")))


NOTE, CONTACT, GENERIC = RecordKind.NOTE, RecordKind.CONTACT, RecordKind.RECORD
BAD_CALLS: dict[str, Callable[[Stored, Canaries], object]] = {
    "client-email-not-an-email": lambda s, c: s.vault.clients.add_client(
        c.japanese("input.name"), [c.ascii("input.email")]
    ),
    "client-phone-not-a-phone": lambda s, c: s.vault.clients.add_client(
        c.ascii("input.name"), phones=[c.japanese("input.phone")]
    ),
    "client-name-too-long": lambda s, c: s.vault.clients.add_client(
        _long(c.japanese("input.name"), MAX_TITLE_CHARS)
    ),
    "client-notes-too-long": lambda s, c: s.vault.clients.add_client(
        c.ascii("input.name"), notes=_long(c.multiline("input.notes"), MAX_VALUE_CHARS)
    ),
    "client-name-with-nul": lambda s, c: s.vault.clients.add_client(c.emoji("input.name") + "\0"),
    "client-edit-with-bad-email": lambda s, c: s.vault.clients.update_client(
        replace(s.client, name=c.ascii("input.name"), emails=(c.japanese("input.email"),))
    ),
    "record-title-too-long": lambda s, c: s.vault.clients.add_record(
        s.client.id, NOTE, _long(c.ascii("input.title"), MAX_TITLE_CHARS)
    ),
    "record-value-too-long": lambda s, c: s.vault.clients.add_record(
        s.client.id,
        NOTE,
        c.ascii("input.title"),
        [Field("body", _long(c.address("input.body"), MAX_VALUE_CHARS), FieldType.MULTILINE)],
    ),
    "record-value-with-nul": lambda s, c: s.vault.clients.add_record(
        s.client.id, NOTE, c.ascii("input.title"), [Field("body", c.japanese("input.body") + "\0")]
    ),
    "contact-email-not-an-email": lambda s, c: s.vault.clients.add_record(
        s.client.id,
        CONTACT,
        c.japanese("input.title"),
        [Field("email", c.ascii("input.email"), FieldType.EMAIL)],
    ),
    "contact-phone-not-a-phone": lambda s, c: s.vault.clients.add_record(
        s.client.id,
        CONTACT,
        c.japanese("input.title"),
        [Field("phone", c.japanese("input.phone"), FieldType.PHONE)],  # no digits at all
    ),
    "custom-date-not-a-date": lambda s, c: s.vault.clients.add_record(
        s.client.id,
        GENERIC,
        c.ascii("input.title"),
        [Field(c.japanese("input.key.date"), c.japanese("input.date"), FieldType.DATE)],
    ),
    "custom-number-not-a-number": lambda s, c: s.vault.clients.add_record(
        s.client.id,
        GENERIC,
        c.ascii("input.title"),
        [Field(c.ascii("input.key.number"), c.emoji("input.number"), FieldType.NUMBER)],
    ),
    "field-name-too-long": lambda s, c: s.vault.clients.add_record(
        s.client.id,
        GENERIC,
        c.ascii("input.title"),
        [Field(_long(c.ascii("input.field-name"), MAX_TITLE_CHARS), c.japanese("input.value"))],
    ),
    "batch-with-one-bad-record": lambda s, c: s.vault.clients.add_records(
        s.client.id,
        [
            NewRecord(NOTE, c.ascii("input.good-title"), (Field("body", c.japanese("input.ok")),)),
            NewRecord(
                CONTACT,
                c.halfwidth_kana("input.title"),
                (Field("email", c.address("input.email"), FieldType.EMAIL),),
            ),
        ],
    ),
    "record-edit-conflict": lambda s, c: s.vault.clients.update_record(
        replace(s.contact, title=c.ascii("input.title"), version=s.contact.version + 1)
    ),
    "record-edit-with-bad-email": lambda s, c: s.vault.clients.update_record(
        replace(s.contact, fields=(Field("email", c.japanese("input.email"), FieldType.EMAIL),))
    ),
    "record-for-a-missing-client": lambda s, c: s.vault.clients.add_record(
        c.ascii("input.client-id"), NOTE, c.japanese("input.title")
    ),
    "deleting-a-missing-record": lambda s, c: s.vault.clients.delete_record(
        c.ascii("input.record-id")
    ),
    "draft-too-long": lambda s, c: s.vault.drafts.save(
        Draft(
            id="",
            client_id=s.client.id,
            record_id=s.contact.id,
            kind=CONTACT,
            title=c.ascii("input.title"),
            fields=(Field("address", _long(c.japanese("input.address"), MAX_VALUE_CHARS)),),
            sensitivity=Sensitivity.PERSONAL,
            base_version=s.contact.version,
        )
    ),
    "unknown-record-kind": lambda s, c: parse_kind(c.ascii("input.kind")),
    "unknown-sensitivity": lambda s, c: parse_sensitivity(c.japanese("input.sensitivity")),
    "wrong-password": _unlock_with_wrong_password,
    "malformed-recovery-key": _unlock_with_malformed_recovery_key,
    "wrong-recovery-key": _unlock_with_wrong_recovery_key,
}


@dataclass(frozen=True)
class Template:
    folder: Path
    password: str
    canaries: Canaries
    client_id: str
    contact_id: str


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A closed vault holding canaries, made once; each case works on its own copy."""
    c = Canaries()
    folder = tmp_path_factory.mktemp("canary-template") / "vault"
    password = c.ascii("secret.password")
    floor = kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST)
    vault, recovery_key = Vault.create(folder, password, kdf_params=floor)
    c.track("secret.recovery-key", recovery_key, recovery_key.replace("-", ""))
    with vault:
        client = vault.clients.add_client(
            c.japanese("stored.name"),
            [c.email("stored.email")],
            [c.phone("stored.phone")],
            c.multiline("stored.notes"),
        )
        contact = vault.clients.add_record(
            client.id, CONTACT, c.emoji("stored.title"), every_field(CONTACT, c, "stored.contact")
        )
    return Template(folder, password, c, client.id, contact.id)


@pytest.mark.parametrize("case", list(BAD_CALLS))
def test_refused_input_is_not_echoed_stored_or_logged(
    case: str,
    stored: Template,
    sandbox: Sandbox,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    c = stored.canaries.copy()
    check = LeakCheck(sandbox, c)
    shutil.copytree(stored.folder, sandbox.vault_dir)
    vault = Vault(sandbox.vault_dir, clock=clock)
    try:
        vault.unlock(stored.password)
        client = vault.clients.get_client(stored.client_id)
        contact = vault.clients.get_record(stored.contact_id)
        before, audit_entries = everything(vault), len(vault.audit.entries())
        assert {"stored.name", "stored.contact.email"} <= set(c.found_in(before))

        with pytest.raises(VaultError) as raised:
            BAD_CALLS[case](Stored(vault, client, contact), c)

        # The message may name the field the user typed, never a value.
        message = str(raised.value)
        assert [x for x in c.found_in(message) if not x.startswith("input.key.")] == [], message
        # Chained causes may repeat this call's input, but nothing the vault holds.
        chain = "".join(traceback.format_exception(raised.value))
        assert [x for x in c.found_in(chain) if not x.startswith(INPUT)] == []
        if vault.is_unlocked:
            assert len(vault.audit.entries()) == audit_entries  # nothing was written
        else:
            vault.unlock(stored.password)
        assert everything(vault) == before
        check.assert_no_leak(f"after refusing {case}")
    finally:
        vault.close()
    check.assert_no_leak(f"after refusing {case} and closing")
    out, err = capsys.readouterr()
    check.assert_process_output_clean(caplog, out, err)
