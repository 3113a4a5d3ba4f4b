"""Failures every vault-opening subcommand shares: wrong password (2), damage (3), busy (4)…"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import (
    NEW_PASSWORD,
    OPENING_COMMANDS,
    WRONG_PASSWORD,
    Seed,
    assert_refused,
    opening_argv,
    snapshot,
)
from vault.keys.header import HEADER_NAME
from vault.session import Vault

# -- the same failures on every subcommand that opens a vault ------------------------


@pytest.mark.parametrize("name", sorted(OPENING_COMMANDS))
def test_wrong_password_exits_2_and_changes_nothing(cli: CliRunner, seed: Seed, name: str) -> None:
    before = snapshot(seed.folder)
    stdin = f"{WRONG_PASSWORD}\n{NEW_PASSWORD}\n"
    assert_refused(cli(*opening_argv(seed, name), stdin=stdin), 2, "password is wrong")
    after = snapshot(seed.folder)  # the old password still opens it
    assert after == before
    assert_refused(
        cli(
            "unlock-check",
            "--vault",
            str(seed.folder),
            "--password-stdin",
            stdin=f"{NEW_PASSWORD}\n",
        ),
        2,
    )


@pytest.mark.parametrize("name", sorted(OPENING_COMMANDS))
def test_wrong_password_with_json_prints_an_error_document(
    cli: CliRunner, seed: Seed, name: str
) -> None:
    stdin = f"{WRONG_PASSWORD}\n{NEW_PASSWORD}\n"
    result = cli(*opening_argv(seed, name, "--json"), stdin=stdin)
    assert_refused(result, 2, "password is wrong", as_json=True)


@pytest.mark.parametrize("name", sorted(OPENING_COMMANDS))
def test_missing_vault_folder_exits_1(
    cli: CliRunner, tmp_path: Path, seed: Seed, name: str
) -> None:
    missing = seed.at(tmp_path / "nowhere")
    _, stdin = OPENING_COMMANDS[name]
    assert_refused(cli(*opening_argv(missing, name), stdin=stdin), 1, "There is no vault in")
    assert not missing.folder.exists()


@pytest.mark.parametrize("name", sorted(OPENING_COMMANDS))
def test_no_password_line_on_stdin_exits_1(cli: CliRunner, seed: Seed, name: str) -> None:
    before = snapshot(seed.folder)
    assert_refused(cli(*opening_argv(seed, name), stdin=""), 1, "as a line on standard input")
    assert snapshot(seed.folder) == before


@pytest.mark.parametrize("name", sorted(OPENING_COMMANDS))
def test_vault_open_elsewhere_exits_4(cli: CliRunner, seed: Seed, name: str) -> None:
    before = snapshot(seed.folder)
    _, stdin = OPENING_COMMANDS[name]
    with Vault(seed.folder) as holder:
        holder.unlock(PASSWORD)
        result = cli(*opening_argv(seed, name), stdin=stdin)
        assert_refused(result, 4, "open in another ClientVault window or command")
    assert snapshot(seed.folder) == before


@pytest.mark.parametrize("name", ["unlock-check", "client list", "passwd", "audit verify"])
def test_damaged_header_exits_3(cli: CliRunner, seed: Seed, name: str) -> None:
    header = seed.folder / HEADER_NAME
    raw = bytearray(header.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    header.write_bytes(bytes(raw))
    _, stdin = OPENING_COMMANDS[name]
    assert_refused(cli(*opening_argv(seed, name), stdin=stdin), 3, "vault.header")
    assert header.read_bytes() == bytes(raw)


@pytest.mark.parametrize("name", ["audit verify", "rekey"])
def test_tampered_audit_log_exits_3(cli: CliRunner, seed: Seed, name: str) -> None:
    with Vault(seed.folder) as vault:
        vault.unlock(PASSWORD)
        vault.database.execute("UPDATE audit SET action = 'vault.opened' WHERE seq = 1")
    _, stdin = OPENING_COMMANDS[name]
    assert_refused(cli(*opening_argv(seed, name), stdin=stdin), 3, "audit")
    assert cli("unlock-check", "--vault", str(seed.folder), "--password-stdin")[0] == 0
