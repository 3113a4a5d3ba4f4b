"""`clientvault attach` and `attachment list|save`: round trips, and refusals changing nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import Seed, assert_refused, at, ok_json, snapshot
from vault.session import Vault
from vault.storage.layout import BLOBS_DIR, blob_path

NAME = "見積書（山田様）.pdf"


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "files" / NAME
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    return path


def attachment_rows(folder: Path) -> int:
    with Vault(folder) as vault:
        vault.unlock(PASSWORD)
        return int(vault.database.scalar("SELECT count(*) FROM attachments"))


def test_attach_list_and_save_round_trip_in_json(
    cli: CliRunner, seed: Seed, document: Path, tmp_path: Path
) -> None:
    attach = ("attach", "--client", seed.taro, "--record", seed.note, str(document))
    attached = ok_json(cli(*attach, *at(seed.folder), "--json"))
    size = document.stat().st_size
    assert (attached["name"], attached["size"], attached["record_id"]) == (NAME, size, seed.note)
    assert attached["media_type"] == "application/pdf"

    listed = ok_json(cli("attachment", "list", "--client", seed.taro, *at(seed.folder), "--json"))
    assert listed == [attached]
    for other in (("--client", seed.acme), ("--client", seed.taro, "--record", seed.contact)):
        assert ok_json(cli("attachment", "list", *other, *at(seed.folder), "--json")) == []

    out = tmp_path / "export" / "copy.pdf"
    out.parent.mkdir()
    save = ("attachment", "save", "--id", attached["id"], "--out", str(out))
    saved = ok_json(cli(*save, *at(seed.folder), "--json"))
    assert saved == {"id": attached["id"], "saved_to": str(out), "size": size}
    assert out.read_bytes() == document.read_bytes()
    assert out.stat().st_mode & 0o777 == 0o600

    entries = ok_json(cli("audit", "show", *at(seed.folder), "--json"))
    exported = [e for e in entries if e["action"] == "attachment.exported"]
    assert [e["details"] for e in exported] == [{"attachment": attached["id"], "size": size}]
    assert "山田様" not in json.dumps(entries, ensure_ascii=False)


def test_text_output_shows_the_id_name_and_size(cli: CliRunner, seed: Seed, document: Path) -> None:
    assert cli("attachment", "list", "--client", seed.taro, *at(seed.folder))[1] == "(none)\n"
    code, out, err = cli("attach", "--client", seed.taro, str(document), *at(seed.folder))
    assert (code, err) == (0, "")
    lines = dict(line.split(": ", 1) for line in out.splitlines())
    assert lines["name"] == NAME
    assert lines["size"] == str(document.stat().st_size)
    assert lines["record_id"] == "-"
    code, out, err = cli("attachment", "list", "--client", seed.taro, *at(seed.folder))
    assert (code, err) == (0, "")
    assert out.startswith(f"{lines['id']}  {NAME}  {document.stat().st_size}  application/pdf")


def test_an_empty_file_round_trips(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.touch()
    attached = ok_json(cli("attach", "--client", seed.taro, str(empty), *at(seed.folder), "--json"))
    assert attached["size"] == 0
    out = tmp_path / "copy.txt"
    ok_json(
        cli(
            "attachment",
            "save",
            "--id",
            attached["id"],
            "--out",
            str(out),
            *at(seed.folder),
            "--json",
        )
    )
    assert out.read_bytes() == b""


# -- refusals -----------------------------------------------------------------------------

# Checked before the password is asked for: stdin is empty, so asking would fail differently.
BEFORE_UNLOCK: dict[str, tuple[tuple[str, ...], str]] = {
    "a missing file": (
        ("attach", "--client", "CLIENT", "FILES/missing.pdf"),
        r"^clientvault: The file to attach does not exist\.$",
    ),
    "a folder": (("attach", "--client", "CLIENT", "FILES"), r"The file to attach is a folder"),
    "an existing --out": (
        ("attachment", "save", "--id", "0123456789abcdef", "--out", "FILES/existing.txt"),
        r"^clientvault: Something already exists at the output path; nothing was overwritten\.$",
    ),
    "an --out in a missing folder": (
        ("attachment", "save", "--id", "0123456789abcdef", "--out", "FILES/no/copy.txt"),
        r"The folder for the output file does not exist",
    ),
    "attach without --client": (("attach", "FILES/existing.txt"), r"required: --client"),
    "attach without FILE": (("attach", "--client", "CLIENT"), r"required: FILE"),
    "an unknown attachment subcommand": (("attachment", "show"), r"invalid choice: 'show'"),
    "save without --out": (
        ("attachment", "save", "--id", "0123456789abcdef"),
        r"required: --out",
    ),
}


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
@pytest.mark.parametrize("argv, message", BEFORE_UNLOCK.values(), ids=list(BEFORE_UNLOCK.keys()))
def test_bad_arguments_are_refused_before_the_password(
    cli: CliRunner,
    seed: Seed,
    tmp_path: Path,
    argv: tuple[str, ...],
    message: str,
    as_json: bool,
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    (files / "existing.txt").write_bytes(b"mine")
    values = {"CLIENT": seed.taro}
    args = [values.get(a, a.replace("FILES", str(files))) for a in argv]
    extra = ["--json"] if as_json else []
    assert_refused(cli(*args, *at(seed.folder), *extra, stdin=""), 1, message, as_json=as_json)
    assert (files / "existing.txt").read_bytes() == b"mine"
    assert sorted(p.name for p in files.iterdir()) == ["existing.txt"]
    assert not (seed.folder / BLOBS_DIR).exists()


AFTER_UNLOCK: dict[str, tuple[tuple[str, ...], str]] = {
    "an unknown client": (
        ("attach", "--client", "0123456789abcdef", "DOCUMENT"),
        r"No client with that id\.",
    ),
    "a record of another client": (
        ("attach", "--client", "ACME", "--record", "NOTE", "DOCUMENT"),
        r"That record belongs to another client\.",
    ),
    "an unknown record": (
        ("attach", "--client", "CLIENT", "--record", "0123456789abcdef", "DOCUMENT"),
        r"No record with that id\.",
    ),
    "listing an unknown client": (
        ("attachment", "list", "--client", "0123456789abcdef"),
        r"No client with that id\.",
    ),
    "saving an unknown attachment": (
        ("attachment", "save", "--id", "0123456789abcdef", "--out", "OUT"),
        r"No attachment with that id\.",
    ),
}


@pytest.mark.parametrize("argv, message", AFTER_UNLOCK.values(), ids=list(AFTER_UNLOCK.keys()))
def test_bad_ids_are_refused_and_change_nothing(
    cli: CliRunner,
    seed: Seed,
    document: Path,
    tmp_path: Path,
    argv: tuple[str, ...],
    message: str,
) -> None:
    before = snapshot(seed.folder)
    out = tmp_path / "copy.pdf"
    values = {
        "CLIENT": seed.taro,
        "ACME": seed.acme,
        "NOTE": seed.note,
        "DOCUMENT": str(document),
        "OUT": str(out),
    }
    assert_refused(cli(*[values.get(a, a) for a in argv], *at(seed.folder)), 1, message)
    assert snapshot(seed.folder) == before
    assert attachment_rows(seed.folder) == 0
    assert not (seed.folder / BLOBS_DIR).exists()
    assert not out.exists()


def test_a_tampered_blob_is_refused_as_tampering_and_nothing_is_saved(
    cli: CliRunner, seed: Seed, document: Path, tmp_path: Path
) -> None:
    attached = ok_json(
        cli("attach", "--client", seed.taro, str(document), *at(seed.folder), "--json")
    )
    blob = blob_path(seed.folder, seed.taro, attached["id"])
    raw = bytearray(blob.read_bytes())
    raw[100] ^= 0x01
    blob.write_bytes(bytes(raw))
    out = tmp_path / "copy.pdf"
    assert_refused(
        cli("attachment", "save", "--id", attached["id"], "--out", str(out), *at(seed.folder)),
        3,
        r"^clientvault: The attachment's contents failed their integrity check \(chunk 1 ",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["files", "vault"]
