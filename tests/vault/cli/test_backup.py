"""`clientvault backup create|list|verify|restore`: round trips and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import (
    NEW_PASSWORD,
    WRONG_PASSWORD,
    Seed,
    assert_refused,
    at,
    ok_json,
    snapshot,
)


def test_create_list_verify_and_restore(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    made = ok_json(cli("backup", "create", *at(seed.folder), "--json"))
    assert sorted(made) == ["created_at", "id", "path", "size"]
    path = Path(made["path"])
    assert path.parent == seed.folder.resolve() / "backups"
    assert made["size"] > 0
    listed = ok_json(cli("backup", "list", *at(seed.folder), "--json"))
    assert listed == [{**made, "exists": True, "before_rekey": False}]
    assert ok_json(cli("backup", "verify", str(path), *at(seed.folder), "--json")) == {
        **made,
        "ok": True,
    }
    before = snapshot(seed.folder)
    assert cli("record", "delete", "--id", seed.note, *at(seed.folder))[0] == 0
    assert cli("passwd", *at(seed.folder), stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n")[0] == 0

    code, out, err = cli(
        "backup", "restore", str(path), *at(seed.folder), stdin=f"{NEW_PASSWORD}\n{PASSWORD}\n"
    )

    assert (code, err) == (0, "")
    assert f"restored: {made['id']}" in out
    assert "password it had when the backup was made" in out
    restored = snapshot(seed.folder)  # with the backup's password again
    assert (restored.clients, restored.records) == (before.clients, before.records)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


def test_create_into_a_chosen_folder_keeps_n(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    target = tmp_path / "外付け" / "backups"
    stdin = f"{PASSWORD}\n"
    ids = [
        ok_json(
            cli(
                "backup",
                "create",
                "--to",
                str(target),
                "--keep",
                "2",
                *at(seed.folder),
                "--json",
                stdin=stdin,
            )
        )["id"]
        for _ in range(3)
    ]
    assert sorted(p.name for p in target.iterdir()) == sorted(ids[1:])
    code, out, err = cli("backup", "list", *at(seed.folder))
    assert (code, err) == (0, "")
    assert ids[0] not in out
    assert ids[1] in out
    assert ids[2] in out


BAD_INPUT = {
    "keep 0": (("backup", "create", "--keep", "0"), "At least one backup must be kept"),
    "--to inside the vault": (("backup", "create", "--to", "VAULT/blobs"), "outside the vault"),
    "verify without a path": (("backup", "verify"), "the following arguments are required"),
    "restore without a path": (("backup", "restore"), "the following arguments are required"),
    "verify a folder that is no backup": (("backup", "verify", "VAULT"), "not a ClientVault"),
    "restore a folder that is no backup": (("backup", "restore", "VAULT"), "not a ClientVault"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_is_one_sentence_and_changes_nothing(
    cli: CliRunner, seed: Seed, case: str
) -> None:
    args, message = BAD_INPUT[case]
    argv = [a.replace("VAULT", str(seed.folder)) for a in args]
    before = snapshot(seed.folder)
    assert_refused(cli(*argv, *at(seed.folder), stdin=""), 1, message)  # before any password
    assert snapshot(seed.folder) == before
    assert list((seed.folder / "backups").glob("*")) == []


def test_wrong_backup_password_changes_nothing(cli: CliRunner, seed: Seed) -> None:
    path = ok_json(cli("backup", "create", *at(seed.folder), "--json"))["path"]
    before = snapshot(seed.folder)
    restore = cli(
        "backup", "restore", path, *at(seed.folder), stdin=f"{PASSWORD}\n{WRONG_PASSWORD}\n"
    )
    assert_refused(restore, 2, "password is wrong")
    assert_refused(
        cli("backup", "verify", path, *at(seed.folder), "--json", stdin=f"{WRONG_PASSWORD}\n"),
        2,
        "password is wrong",
        as_json=True,
    )
    assert snapshot(seed.folder) == before


def test_a_damaged_backup_is_reported_as_such(cli: CliRunner, seed: Seed) -> None:
    path = Path(ok_json(cli("backup", "create", *at(seed.folder), "--json"))["path"])
    db = path / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x40
    db.write_bytes(bytes(data))
    assert_refused(cli("backup", "verify", str(path), *at(seed.folder)), 3, "altered or damaged")


def test_the_group_alone_names_its_subcommands(cli: CliRunner) -> None:
    err = assert_refused(cli("backup"), 1, "arguments are required")
    assert "{create,list,verify,restore}" in err


def test_a_backup_from_before_a_rekey_is_listed_with_a_warning(cli: CliRunner, seed: Seed) -> None:
    made = ok_json(cli("backup", "create", *at(seed.folder), "--json"))
    assert cli("rekey", *at(seed.folder), stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n")[0] == 0
    code, out, _err = cli("backup", "list", *at(seed.folder), stdin=f"{NEW_PASSWORD}\n")
    assert code == 0
    assert "made before the vault was re-keyed" in out
    # (stderr says the new recovery key is still to be confirmed.)
    code, out, _err = cli("backup", "list", *at(seed.folder), "--json", stdin=f"{NEW_PASSWORD}\n")
    assert code == 0
    listed = json.loads(out)
    assert [(b["id"], b["before_rekey"]) for b in listed] == [(made["id"], True)]
