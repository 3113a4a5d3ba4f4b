"""Every kind of tampering is detected and named; none of it passes for a wrong password.

Header bytes, a consistently rewritten header, database pages, audit rows and
ciphertexts moved between rows are each changed the way an attacker (or a bad
disk) would, then opened through the API and the CLI: the error must be
VaultDamaged or one of its subclasses (CLI exit 3, one sentence, no traceback)
and say what was hit. A wrong password on an untouched vault stays WrongSecret
(exit 2), so the two are asserted apart.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import WRONG_PASSWORD, assert_refused
from vault.domain.model import Field, RecordKind
from vault.errors import VaultDamaged, VaultTampered, VaultTooNew, WrongSecret
from vault.keys import kdf
from vault.session import Vault

ROOT = Path(__file__).resolve().parents[2]
HEADER = "vault.header"
_ROOTS = "SELECT name, rootpage FROM sqlite_master WHERE type = 'table'"
NAMES_THE_HEADER = re.compile(r"vault[. ]header", re.IGNORECASE)

Body = dict[str, Any]


@dataclass(frozen=True)
class Filled:
    """A closed vault with two clients and a few records each."""

    folder: Path
    alice: str
    bob: str
    alice_records: tuple[str, ...]
    bob_records: tuple[str, ...]
    root_pages: dict[str, int]  # table -> its root page in vault.db
    page_size: int

    def at(self, folder: Path) -> Filled:
        return replace(self, folder=folder)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Filled:
    folder = tmp_path_factory.mktemp("tamper-template") / "vault"
    params = kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST)
    vault, _ = Vault.create(folder, PASSWORD, kdf_params=params)
    with vault:
        store = vault.clients
        alice = store.add_client("Alice 株式会社", ["alice@example.jp"]).id
        bob = store.add_client("Bob Design").id
        alice_records = tuple(
            store.add_record(alice, RecordKind.NOTE, f"Alice note {n}", [Field("body", "秘密")]).id
            for n in range(1, 4)
        )
        bob_records = tuple(
            store.add_record(bob, RecordKind.NOTE, f"Bob note {n}", [Field("body", "memo")]).id
            for n in range(1, 3)
        )
        db = vault.database
        roots = {str(name): int(page) for name, page in db.execute(_ROOTS)}
        page_size = int(db.scalar("PRAGMA page_size"))
    return Filled(folder, alice, bob, alice_records, bob_records, roots, page_size)


@pytest.fixture
def filled(template: Filled, tmp_path: Path) -> Filled:
    """A private copy of the template vault (closed)."""
    folder = tmp_path / "vault"
    shutil.copytree(template.folder, folder)
    return template.at(folder)


def cli_at(folder: Path, *command: str) -> tuple[str, ...]:
    return (*command, "--vault", str(folder), "--password-stdin")


def unlocked(folder: Path) -> Vault:
    vault = Vault(folder)
    try:
        vault.unlock(PASSWORD)
    except BaseException:
        vault.close()
        raise
    return vault


# -- the baseline: a wrong password is a wrong password ---------------------------


def test_a_wrong_password_on_an_untouched_vault_is_wrong_secret_not_damage(
    filled: Filled, cli: CliRunner
) -> None:
    with Vault(filled.folder) as vault, pytest.raises(WrongSecret, match="password is wrong"):
        vault.unlock(WRONG_PASSWORD)
    err = assert_refused(
        cli(*cli_at(filled.folder, "unlock-check"), stdin=f"{WRONG_PASSWORD}\n"), 2
    )
    assert not NAMES_THE_HEADER.search(err)
    code, out, err = cli(*cli_at(filled.folder, "audit", "verify"))
    assert (code, err) == (0, ""), err
    assert "ok: yes" in out


# -- vault.header: damage is caught by the checksum before any key is derived -----


def test_every_flipped_header_byte_is_named_as_header_damage(filled: Filled) -> None:
    path = filled.folder / HEADER
    original = path.read_bytes()
    for offset in range(len(original)):
        for mask in (0x01,) if offset % 5 else (0x01, 0x80):  # 0x80: not UTF-8 any more
            damaged = bytearray(original)
            damaged[offset] ^= mask
            path.write_bytes(bytes(damaged))
            with pytest.raises(VaultDamaged) as caught:
                Vault(filled.folder)
            where = f"offset {offset} mask {mask:#x}: {caught.value!r}"
            assert not isinstance(caught.value, VaultTooNew), where
            assert NAMES_THE_HEADER.search(str(caught.value)), where
    path.write_bytes(original)
    unlocked(filled.folder).close()  # and the lock was released every time


@pytest.mark.parametrize("offset", [0, 40, 200, 400, -60, -2])
def test_a_flipped_header_byte_through_the_cli_is_exit_3(
    filled: Filled, cli: CliRunner, offset: int
) -> None:
    path = filled.folder / HEADER
    damaged = bytearray(path.read_bytes())
    damaged[offset] ^= 0x01
    path.write_bytes(bytes(damaged))
    err = assert_refused(cli(*cli_at(filled.folder, "client", "list")), 3)
    assert NAMES_THE_HEADER.search(err), err
    assert "password" not in err


# -- vault.header rewritten with its checksum recomputed ---------------------------


def rewrite_header(folder: Path, change: Callable[[Body], None]) -> None:
    """Edit the header as an attacker can: change fields, then recompute the checksum."""
    path = folder / HEADER
    body = json.loads(path.read_text(encoding="utf-8"))
    del body["checksum"]
    change(body)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    body["checksum"] = hashlib.sha256(canonical.encode()).hexdigest()
    path.write_text(json.dumps(body, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _set(*keys: str, value: Any) -> Callable[[Body], None]:
    def change(body: Body) -> None:
        for key in keys[:-1]:
            body = body[key]
        body[keys[-1]] = value

    return change


def _flip_hex(*keys: str) -> Callable[[Body], None]:
    def change(body: Body) -> None:
        for key in keys[:-1]:
            body = body[key]
        text = body[keys[-1]]
        body[keys[-1]] = text[:-1] + ("1" if text[-1] == "0" else "0")

    return change


def test_rewriting_the_header_without_a_change_still_opens(filled: Filled) -> None:
    """The control: the tests below really do recompute a valid checksum."""
    rewrite_header(filled.folder, lambda body: None)
    unlocked(filled.folder).close()


# Changed on opening, before any key is derived: no downgrade of the work factor.
REFUSED_ON_OPENING = {
    "KDF memory below the floor": (_set("kdf", "memory_mib", value=32), "weaker key derivation"),
    "KDF passes below the floor": (_set("kdf", "time_cost", value=1), "weaker key derivation"),
    "KDF without parallelism": (_set("kdf", "parallelism", value=0), "weaker key derivation"),
    "another KDF": (_set("kdf", "algorithm", value="pbkdf2"), "unknown key-derivation"),
    "another Argon2 version": (_set("kdf", "version", value=16), "unknown key-derivation"),
}

# Beyond the ceilings: refused before deriving, instead of hanging or exhausting memory.
REFUSED_BEFORE_DERIVING = {
    "2^31 passes": (_set("kdf", "time_cost", value=2**31), "more key-derivation work"),
    "16 TiB of memory": (_set("kdf", "memory_mib", value=16_777_216), "more key-derivation work"),
    "8 GiB of memory": (_set("kdf", "memory_mib", value=8192), "more key-derivation work"),
    "4 GiB at 64 passes": (
        lambda body: body["kdf"].update(memory_mib=4096, time_cost=64),
        "more key-derivation work",
    ),
}

# Accepted until the password opened the master key; then the header HMAC fails.
REFUSED_AFTER_THE_PASSWORD = {
    "creation time": (_set("created", value="2020-01-01T00:00:00+00:00"), "rewritten by someone"),
    "recovery slot": (_flip_hex("slots", "recovery"), "rewritten by someone"),
    "header MAC": (_flip_hex("mac"), "rewritten by someone"),
    "password slot removed": (lambda body: body["slots"].pop("password"), "no password slot"),
}


@pytest.mark.parametrize("change", REFUSED_ON_OPENING.keys())
def test_a_weakened_kdf_in_a_rewritten_header_is_tampering(
    filled: Filled, cli: CliRunner, change: str
) -> None:
    edit, message = REFUSED_ON_OPENING[change]
    rewrite_header(filled.folder, edit)
    with pytest.raises(VaultTampered, match=message) as caught:
        Vault(filled.folder)
    assert NAMES_THE_HEADER.search(str(caught.value))
    assert_refused(cli(*cli_at(filled.folder, "unlock-check")), 3, message)


@pytest.mark.parametrize("change", REFUSED_BEFORE_DERIVING.keys())
def test_kdf_settings_above_the_ceilings_are_tampering_and_never_tried(
    filled: Filled, cli: CliRunner, change: str
) -> None:
    edit, message = REFUSED_BEFORE_DERIVING[change]
    rewrite_header(filled.folder, edit)
    started = time.monotonic()
    with pytest.raises(VaultTampered, match=message) as caught:
        Vault(filled.folder)
    assert NAMES_THE_HEADER.search(str(caught.value))
    assert_refused(cli(*cli_at(filled.folder, "unlock-check")), 3, message)
    assert time.monotonic() - started < 5  # no Argon2id pass was run


def test_a_changed_salt_is_tampering_once_the_recovery_key_opens_the_vault(
    tmp_path: Path, cli: CliRunner
) -> None:
    """The salt feeds the password's key, so the password fails as wrong; the recovery
    key does not depend on it, and then the header MAC names the change."""
    params = kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST)
    vault, recovery_key = Vault.create(tmp_path / "v", PASSWORD, kdf_params=params)
    vault.close()
    rewrite_header(tmp_path / "v", _set("kdf", "salt", value="00" * 16))
    assert_refused(cli(*cli_at(tmp_path / "v", "unlock-check")), 2, "password is wrong")
    with Vault(tmp_path / "v") as opened, pytest.raises(VaultTampered, match="rewritten"):
        opened.unlock(recovery_key=recovery_key)


@pytest.mark.parametrize("change", REFUSED_AFTER_THE_PASSWORD.keys())
def test_a_rewritten_header_fails_its_hmac_after_the_right_password(
    filled: Filled, cli: CliRunner, change: str
) -> None:
    edit, message = REFUSED_AFTER_THE_PASSWORD[change]
    rewrite_header(filled.folder, edit)
    with Vault(filled.folder) as vault:
        with pytest.raises(VaultDamaged, match=message) as caught:
            vault.unlock(PASSWORD)
        assert NAMES_THE_HEADER.search(str(caught.value))
        assert not vault.is_unlocked
    err = assert_refused(cli(*cli_at(filled.folder, "client", "list")), 3, message)
    assert NAMES_THE_HEADER.search(err)


@pytest.mark.parametrize(
    "edit",
    [_set("format", value=2), _set("format", value=99)],
    ids=["format 2", "format 99"],
)
def test_a_newer_header_format_is_too_new(
    filled: Filled, cli: CliRunner, edit: Callable[[Body], None]
) -> None:
    rewrite_header(filled.folder, edit)
    with pytest.raises(VaultTooNew, match="Update ClientVault"):
        Vault(filled.folder)
    assert_refused(cli(*cli_at(filled.folder, "client", "list")), 3, "newer ClientVault")


# Fields that feed the key derivation or the password slot's associated data.
# Changing any of them changes the key the password yields, and with nothing but
# the password there is no way to tell "this header was edited" from "this is
# the wrong password". The attacker gains nothing (the vault stays shut, and
# restoring the header opens it again), but the user is told "wrong password".
KNOWN_LIMIT = {
    "vault id": _set("vault_id", value="0" * 32),
    "KDF salt": _flip_hex("kdf", "salt"),
    "KDF passes raised": _set("kdf", "time_cost", value=4),
    "format 0": _set("format", value=0),
    "slots swapped": lambda body: body.update(
        slots={"password": body["slots"]["recovery"], "recovery": body["slots"]["password"]}
    ),
}


@pytest.mark.parametrize("change", KNOWN_LIMIT.keys())
def test_known_limit_fields_bound_into_the_password_slot_read_as_a_wrong_password(
    filled: Filled, change: str
) -> None:
    path = filled.folder / HEADER
    original = path.read_bytes()
    rewrite_header(filled.folder, KNOWN_LIMIT[change])
    with Vault(filled.folder) as vault, pytest.raises(WrongSecret):
        vault.unlock(PASSWORD)
    path.write_bytes(original)
    with unlocked(filled.folder) as vault:
        assert len(vault.clients.list_records(filled.alice)) == 3


# -- vault.db: SQLCipher's per-page HMAC ---------------------------------------------


def flip_page(folder: Path, page: int, page_size: int) -> None:
    path = folder / "vault.db"
    assert not (folder / "vault.db-wal").exists(), "the WAL was not checkpointed on close"
    data = bytearray(path.read_bytes())
    data[(page - 1) * page_size + page_size // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("table", "command"),
    [
        ("clients", ("client", "list")),
        ("records", ("record", "list", "--client", "ALICE")),
        ("audit", ("audit", "verify")),
    ],
)
def test_a_flipped_database_byte_is_tampering_that_names_the_page(
    filled: Filled, cli: CliRunner, table: str, command: tuple[str, ...]
) -> None:
    page = filled.root_pages[table]
    assert page > 1
    flip_page(filled.folder, page, filled.page_size)
    names_page = rf"\bpages? [^:]*\b{page}\b"

    damaged = (filled.folder / "vault.db").read_bytes()
    with Vault(filled.folder) as vault:
        with pytest.raises(VaultTampered, match=names_page):
            vault.unlock(PASSWORD)  # every page is checked before the session's first write
        assert not vault.is_unlocked
    assert (filled.folder / "vault.db").read_bytes() == damaged  # issue 12, item 6

    argv = [filled.alice if arg == "ALICE" else arg for arg in command]
    err = assert_refused(cli(*cli_at(filled.folder, *argv)), 3, names_page)
    assert "vault.db" in err


def test_the_real_cli_process_prints_one_sentence_for_a_damaged_page(filled: Filled) -> None:
    """In a child process, so that anything SQLCipher itself writes to fd 2 is seen too."""
    flip_page(filled.folder, filled.root_pages["clients"], filled.page_size)
    result = subprocess.run(
        [sys.executable, "-m", "vault.cli.main", *cli_at(filled.folder, "client", "list")],
        input=f"{PASSWORD}\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert_refused((result.returncode, result.stdout, result.stderr), 3, r"vault\.db .*page")


def test_a_flipped_byte_on_the_first_page_is_tampering_not_a_wrong_password(
    filled: Filled, cli: CliRunner
) -> None:
    flip_page(filled.folder, 1, filled.page_size)
    with Vault(filled.folder) as vault, pytest.raises(VaultTampered, match=r"vault\.db"):
        vault.unlock(PASSWORD)  # the header already proved the key: this is the file
    assert_refused(cli(*cli_at(filled.folder, "client", "list")), 3, r"vault\.db")


# -- the audit log's hash chain -----------------------------------------------------

AUDIT_TAMPERING: dict[str, tuple[list[str], str]] = {
    "action edited": (
        ["UPDATE audit SET action = 'client.viewed' WHERE seq = 3"],
        "entry 3 was edited",
    ),
    "time edited": (
        ["UPDATE audit SET at = '2020-01-01T00:00:00+00:00' WHERE seq = 4"],
        "entry 4 was edited",
    ),
    "client edited": (
        ["UPDATE audit SET client_ref = 'someone-else' WHERE seq = 5"],
        "entry 5 was edited",
    ),
    "details edited": (
        ['UPDATE audit SET details = \'{"kind": "contact"}\' WHERE seq = 6'],
        "entry 6 was edited",
    ),
    "entry removed": (["DELETE FROM audit WHERE seq = 4"], "entry 4 is missing"),
    "entries reordered": (
        [
            "UPDATE audit SET seq = 1000 WHERE seq = 4",
            "UPDATE audit SET seq = 4 WHERE seq = 5",
            "UPDATE audit SET seq = 5 WHERE seq = 1000",
        ],
        "entry 4 does not follow the entry before it",
    ),
}


@pytest.mark.parametrize("tampering", AUDIT_TAMPERING.keys())
def test_audit_tampering_is_named_by_the_api_and_by_audit_verify(
    filled: Filled, cli: CliRunner, tampering: str
) -> None:
    statements, problem = AUDIT_TAMPERING[tampering]
    with unlocked(filled.folder) as vault:
        assert vault.audit.verify() == []
        for sql in statements:
            vault.database.execute(sql)  # with the database key, without the audit key
        assert any(problem in p for p in vault.audit.verify()), vault.audit.verify()

    with unlocked(filled.folder) as vault:  # still there after reopening
        assert any(problem in p for p in vault.audit.verify()), vault.audit.verify()
    err = assert_refused(cli(*cli_at(filled.folder, "audit", "verify")), 3)
    assert "audit log was tampered with" in err
    assert problem in err


# -- ciphertexts moved to another row, column or client ----------------------------


@dataclass(frozen=True)
class Move:
    sql: str
    rows: Callable[[Filled], tuple[str, str]]  # (source, target) as the SQL parameters
    message: str  # {target} is filled in
    command: Callable[[Filled], tuple[str, ...]]  # a CLI command that reads the target


def _records_of(client: Callable[[Filled], str]) -> Callable[[Filled], tuple[str, ...]]:
    return lambda f: ("record", "list", "--client", client(f))


MOVES = {
    "title to another record": Move(
        "UPDATE records SET title = (SELECT title FROM records WHERE id = ?) WHERE id = ?",
        lambda f: (f.alice_records[0], f.alice_records[1]),
        r"records {target}, title",
        _records_of(lambda f: f.alice),
    ),
    "fields to another client's record": Move(
        "UPDATE records SET fields = (SELECT fields FROM records WHERE id = ?) WHERE id = ?",
        lambda f: (f.alice_records[0], f.bob_records[0]),
        r"records {target}, fields",
        _records_of(lambda f: f.bob),
    ),
    "title into the fields column": Move(
        "UPDATE records SET fields = (SELECT title FROM records WHERE id = ?) WHERE id = ?",
        lambda f: (f.alice_records[2], f.alice_records[2]),
        r"records {target}, fields",
        _records_of(lambda f: f.alice),
    ),
    "record moved to another client": Move(
        "UPDATE records SET client_id = ? WHERE id = ?",
        lambda f: (f.bob, f.alice_records[0]),
        r"records {target}, (title|fields)",
        _records_of(lambda f: f.bob),
    ),
    "client name to another client": Move(
        "UPDATE clients SET name = (SELECT name FROM clients WHERE id = ?) WHERE id = ?",
        lambda f: (f.alice, f.bob),
        r"clients {target}, name",
        lambda f: ("client", "list"),
    ),
    "client keys swapped": Move(
        "UPDATE clients SET wrapped_dek = (SELECT wrapped_dek FROM clients WHERE id = ?) "
        "WHERE id = ?",
        lambda f: (f.alice, f.bob),
        r"client's key failed its integrity check",
        lambda f: ("client", "list"),
    ),
}


@pytest.mark.parametrize("move", MOVES.keys())
def test_a_moved_ciphertext_fails_clearly_instead_of_reading_as_garbage(
    filled: Filled, cli: CliRunner, move: str
) -> None:
    spec = MOVES[move]
    source, target = spec.rows(filled)
    message = spec.message.format(target=target)
    with unlocked(filled.folder) as vault:
        vault.database.execute(spec.sql, (source, target))

    with unlocked(filled.folder) as vault:  # fresh keys: nothing cached from before
        store = vault.clients
        with pytest.raises(VaultTampered, match=message):
            if target in (filled.alice, filled.bob):
                store.get_client(target)
            else:
                store.get_record(target)
        if move != "client keys swapped":  # everything else still reads as it was
            assert store.get_record(filled.bob_records[1]).title == "Bob note 2"
        assert vault.database.integrity_problems() == []  # the file itself is sound

    err = assert_refused(cli(*cli_at(filled.folder, *spec.command(filled))), 3, message)
    assert "password" not in err
