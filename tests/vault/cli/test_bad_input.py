"""Refused commands: the right exit code, one `clientvault:` sentence, and nothing changed.

Exit codes: 1 bad input or usage · 2 wrong password or recovery key ·
3 damaged or tampered · 4 open in another process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import (
    FAST_KDF,
    Seed,
    assert_refused,
    snapshot,
)
from vault.keys.header import HEADER_NAME

# -- usage errors and bad values, per subcommand --------------------------------

ADD = ("record", "add", "--client", "CLIENT", "--title", "t")
ADD_RECORD = (*ADD, "--kind", "record")

# (arguments with VAULT / CLIENT / RECORD placeholders, what stderr must say)
BAD_INPUT: dict[str, tuple[tuple[str, ...], str]] = {
    # usage
    "unknown subcommand": (("frobnicate", "--vault", "VAULT"), "invalid choice: 'frobnicate'"),
    "unknown client subcommand": (("client", "remove", "--vault", "VAULT"), "invalid choice"),
    "unknown record subcommand": (("record", "edit", "--vault", "VAULT"), "invalid choice"),
    "unknown audit subcommand": (("audit", "erase", "--vault", "VAULT"), "invalid choice"),
    "unknown option": (("client", "list", "--vault", "VAULT", "--colour"), "unrecognized"),
    "client add without --name": (("client", "add", "--vault", "VAULT"), "required: --name"),
    "record add without --client": (
        ("record", "add", "--vault", "VAULT", "--kind", "note", "--title", "t"),
        "required: --client",
    ),
    "record add without --kind": (
        ("record", "add", "--vault", "VAULT", "--client", "CLIENT", "--title", "t"),
        "required: --kind",
    ),
    "record add without --title": (
        ("record", "add", "--vault", "VAULT", "--client", "CLIENT", "--kind", "note"),
        "required: --title",
    ),
    "record list without --client": (("record", "list", "--vault", "VAULT"), "required: --client"),
    "record delete without --id": (("record", "delete", "--vault", "VAULT"), "required: --id"),
    "search without query": (("search", "--vault", "VAULT"), "required: query"),
    "demo without --clients": (("demo", "--vault", "VAULT", "--records", "3"), "--clients"),
    "demo with a word for --records": (
        ("demo", "--vault", "VAULT", "--clients", "1", "--records", "many"),
        "invalid int value",
    ),
    "init with a word for --kdf-time": (("init", "--vault", "VAULT", "--kdf-time", "x"), "int"),
    "passwd with an argument": (("passwd", "--vault", "VAULT", "extra"), "unrecognized"),
    # record add values
    "bad --kind": (
        ("record", "add", "--client", "CLIENT", "--kind", "memo", "--title", "t"),
        "Unknown record kind; use one of: contact, note, credential, record",
    ),
    "bad --sensitivity": (
        (*ADD, "--kind", "note", "--sensitivity", "secret"),
        "Unknown sensitivity; use one of: normal, personal, special-care",
    ),
    "field without =": (
        (*ADD_RECORD, "--field", "金額"),
        "KEY=VALUE",
    ),
    "field without key": (
        (*ADD_RECORD, "--field", "=1"),
        "KEY=VALUE",
    ),
    "field with blank key": (
        (*ADD_RECORD, "--field", "   =1"),
        "field name is required",
    ),
    "unknown field type": (
        (*ADD_RECORD, "--field", "期限:when=明日"),
        "Unknown field type 'when'",
    ),
    "impossible date": (
        (*ADD_RECORD, "--field", "期限:date=2026-02-30"),
        "'期限' is not a real date",
    ),
    "impossible Japanese date": (
        (*ADD_RECORD, "--field", "期限:date=2026年2月30日"),
        "not a real date",
    ),
    "non-number in a number field": (
        (*ADD_RECORD, "--field", "金額:number=十二万"),
        "'金額' is not a number",
    ),
    "NaN in a number field": (
        (*ADD_RECORD, "--field", "金額:number=NaN"),
        "not a number",
    ),
    "bad e-mail in a contact": (
        (*ADD, "--kind", "contact", "--field", "email=taro.example.jp"),
        "'email' is not an e-mail address",
    ),
    "bad phone in a contact": (
        (*ADD, "--kind", "contact", "--field", "phone=12"),
        "'phone' is not a phone number",
    ),
    "empty title": (
        ("record", "add", "--client", "CLIENT", "--kind", "note", "--title", ""),
        "title is required",
    ),
    "blank title": (
        ("record", "add", "--client", "CLIENT", "--kind", "note", "--title", " \u3000 "),
        "title is required",
    ),
    "NUL in a title": (
        ("record", "add", "--client", "CLIENT", "--kind", "note", "--title", "a\x00b"),
        "title contains a NUL character",
    ),
    "NUL in a field value": (
        (*ADD, "--kind", "note", "--field", "body=a\x00b"),
        "field 'body' contains a NUL character",
    ),
    "NUL in a field name": (
        (*ADD_RECORD, "--field", "a\x00b=1"),
        "field name contains a NUL character",
    ),
    "title too long": (
        ("record", "add", "--client", "CLIENT", "--kind", "note", "--title", "長" * 501),
        "longer than 500 characters",
    ),
    "record add to unknown client": (
        ("record", "add", "--client", "0123456789abcdef", "--kind", "note", "--title", "t"),
        "No client with that id",
    ),
    # client add values
    "bad e-mail": (("client", "add", "--name", "山田", "--email", "taro@"), "not an e-mail"),
    "second e-mail bad": (
        ("client", "add", "--name", "山田", "--email", "a@b.jp", "--email", "b@@c.jp"),
        "not an e-mail",
    ),
    "bad phone": (("client", "add", "--name", "山田", "--phone", "12"), "not a phone number"),
    "letters for a phone": (
        ("client", "add", "--name", "山田", "--phone", "でんわ"),
        "not a phone number",
    ),
    "empty client name": (("client", "add", "--name", ""), "is required"),
    "NUL in a client name": (("client", "add", "--name", "山\x00田"), "NUL character"),
    "NUL in an e-mail": (
        ("client", "add", "--name", "山田", "--email", "a\x00@b.jp"),
        "NUL character",
    ),
    "NUL in notes": (("client", "add", "--name", "山田", "--notes", "\x00"), "NUL character"),
    # ids and queries
    "record list of unknown client": (
        ("record", "list", "--client", "0123456789abcdef"),
        "No client with that id",
    ),
    "record delete of unknown record": (
        ("record", "delete", "--id", "0123456789abcdef"),
        "No record with that id",
    ),
    "record delete given a client id": (("record", "delete", "--id", "CLIENT"), "No record"),
    "NUL in a search query": (("search", "太\x00郎"), "search query contains a NUL character"),
    # init and demo
    "init on an existing vault": (("init", *FAST_KDF), "already holds a vault"),
    "demo on an existing vault": (
        ("demo", *FAST_KDF, "--clients", "1", "--records", "1"),
        "already holds a vault",
    ),
}


def _with_vault(argv: list[str], seed: Seed) -> list[str]:
    if "--vault" not in argv:
        argv = [*argv, "--vault", str(seed.folder)]
    return [*argv, "--password-stdin"]


# Only these need the vault open to be found out; every other bad input is refused
# before the password is asked for (so these tests give the CLI no password at all).
NEEDS_UNLOCK = {
    "record add to unknown client",
    "record list of unknown client",
    "record delete of unknown record",
    "record delete given a client id",
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_exits_1_and_changes_nothing(cli: CliRunner, seed: Seed, case: str) -> None:
    args, message = BAD_INPUT[case]
    stdin = f"{PASSWORD}\n" if case in NEEDS_UNLOCK else ""
    before = snapshot(seed.folder)
    assert_refused(cli(*_with_vault(seed.fill(args), seed), stdin=stdin), 1, message)
    assert snapshot(seed.folder) == before


@pytest.mark.parametrize(
    ("group", "choices"),
    [
        ("client", "{add,edit,list}"),
        ("record", "{add,list,delete}"),
        ("retention", "{due,set,auto}"),
        ("backup", "{create,list,verify,restore}"),
        ("attachment", "{list,save}"),
        ("audit", "{verify,show}"),
    ],
)
def test_command_group_without_its_subcommand(cli: CliRunner, group: str, choices: str) -> None:
    err = assert_refused(cli(group), 1, "arguments are required")
    assert choices in err


@pytest.mark.parametrize("case", ["bad --kind", "impossible date", "unknown subcommand"])
def test_bad_input_with_json_prints_an_error_document(
    cli: CliRunner, seed: Seed, case: str
) -> None:
    args, message = BAD_INPUT[case]
    assert_refused(cli(*_with_vault(seed.fill(args), seed), "--json"), 1, message, as_json=True)


# -- init and demo -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kdf", "message"),
    [
        (("--kdf-memory", "32", "--kdf-time", "3"), "below the minimum"),
        (("--kdf-memory", "32"), "below the minimum"),
        (("--kdf-memory", "0", "--kdf-time", "3"), "below the minimum"),
        (("--kdf-memory", "-5"), "below the minimum"),
        (("--kdf-memory", "64", "--kdf-time", "2"), "below the minimum"),
        (("--kdf-memory", "64", "--kdf-time", "-1"), "below the minimum"),
        (("--kdf-memory", "65536", "--kdf-time", "3"), "above 4096 MiB"),
        (("--kdf-memory", "64", "--kdf-time", "1000"), "64 passes"),
        (("--kdf-memory", "4096", "--kdf-time", "9"), "MiB-passes in all"),
    ],
)
@pytest.mark.parametrize("command", ["init", "demo"])
def test_kdf_settings_outside_the_limits_are_refused(
    cli: CliRunner, tmp_path: Path, kdf: tuple[str, ...], message: str, command: str
) -> None:
    folder = tmp_path / "new"
    extra = ("--clients", "1", "--records", "1") if command == "demo" else ()
    argv = (command, "--vault", str(folder), "--password-stdin", *kdf, *extra)
    assert_refused(cli(*argv), 1, message)
    assert not (folder / HEADER_NAME).exists()


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("short\n", "at least 8 characters"),
        ("\n", "A password is required"),
        ("password1234\n", "commonly used passwords"),
        ("ghijklmnopqr\n", "commonly used|sequence"),
        ("", "Expected the new password as a line on standard input"),
    ],
)
@pytest.mark.parametrize("command", ["init", "demo"])
def test_init_refuses_a_short_common_or_missing_password(
    cli: CliRunner, tmp_path: Path, stdin: str, message: str, command: str
) -> None:
    folder = tmp_path / "new"
    extra = ("--clients", "1", "--records", "1") if command == "demo" else ()
    argv = (command, "--vault", str(folder), "--password-stdin", *FAST_KDF, *extra)
    assert_refused(cli(*argv, stdin=stdin), 1, message)
    assert not (folder / HEADER_NAME).exists()


def test_init_without_password_stdin_and_no_terminal_says_what_to_do(
    cli: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "new"
    assert_refused(cli("init", "--vault", str(folder), *FAST_KDF), 1, "use --password-stdin")
    assert not (folder / HEADER_NAME).exists()


def test_init_in_an_unusable_folder_is_one_sentence(cli: CliRunner, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    folder = blocker / "vault"
    argv = ("init", "--vault", str(folder), "--password-stdin", *FAST_KDF)
    assert_refused(cli(*argv), 1, "Could not use the vault folder")
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("counts", [("0", "10"), ("-1", "10"), ("2", "-1")])
def test_demo_refuses_impossible_counts(
    cli: CliRunner, tmp_path: Path, counts: tuple[str, str]
) -> None:
    folder = tmp_path / "demo"
    argv = ("demo", "--vault", str(folder), "--password-stdin", *FAST_KDF)
    result = cli(*argv, "--clients", counts[0], "--records", counts[1])
    assert_refused(result, 1, "at least one client")
    assert not (folder / HEADER_NAME).exists()
