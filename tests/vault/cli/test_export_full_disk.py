"""Exporting to another disk works while the vault's disk is full or its folder read-only,
and the user is told exactly what became of the export's audit entry (issue 12, item 3).

Before: both exports were refused (exit 5) because their audit entry could not be
written. Now the file is written; the entry is noted in a small sealed file in the vault
folder where that still fits (and appended to the log at the next unlock with room), or,
where nothing fits, the user is told it will not be in the log. Real tmpfs, real files.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli import test_full_disk
from tests.vault.cli.helpers import Seed, at, ok_json
from tests.vault.cli.test_full_disk import _db_digest, _fill

small_disk = test_full_disk.small_disk  # the fixture: a real 4 MiB tmpfs

PENDING = "audit-pending-*.sealed"


def _export(cli: CliRunner, kind: str, seed: Seed, folder: Path, out: Path) -> dict[str, object]:
    code, printed, err = cli(
        "export", kind, "--client", seed.taro, "--out", str(out), *at(folder), "--json"
    )
    assert code == 0, err
    result: dict[str, object] = json.loads(printed)
    result["stderr"] = err
    return result


def _exports_logged(cli: CliRunner, folder: Path) -> list[dict[str, object]]:
    entries = ok_json(cli("audit", "show", *at(folder), "--json"))
    return [e for e in entries if str(e["action"]).startswith("export.")]


def test_an_export_on_a_full_disk_is_noted_and_logged_at_the_next_unlock(
    cli: CliRunner, seed: Seed, small_disk: Path, tmp_path: Path
) -> None:
    folder = small_disk / "vault"
    shutil.copytree(seed.folder, folder)
    first = _export(cli, "encrypted", seed, folder, tmp_path / "first.pdf")  # sets a passphrase
    assert first["audit_log"] == "logged"
    _fill(small_disk, 64 << 10)  # below the vault's 1 MiB, room for a small file
    before = _db_digest(folder)

    bundle = _export(cli, "encrypted", seed, folder, tmp_path / "second.pdf")
    redacted = _export(cli, "redacted", seed, folder, tmp_path / "redacted")

    assert (tmp_path / "second.pdf").stat().st_size > 0 and (tmp_path / "redacted").is_dir()
    assert bundle["audit_log"] == redacted["audit_log"] == "pending"
    assert "is not in the access log yet" in str(bundle["stderr"])
    assert "will be added to the log at the next unlock with room" in str(redacted["stderr"])
    assert "passphrase was not kept" in str(bundle["stderr"])
    assert _db_digest(folder) == before  # the database was not written
    notes = sorted(folder.glob(PENDING))
    assert len(notes) == 2
    for note in notes:  # sealed: neither the client's id nor the bundle's hash in clear
        data = note.read_bytes()
        assert seed.taro.encode() not in data and str(bundle["sha256"]).encode() not in data
    assert len(_exports_logged(cli, folder)) == 1  # read-only yet: the notes wait

    (small_disk / "filler").unlink()
    logged = _exports_logged(cli, folder)  # this unlock can write: it appends them
    assert [(e["action"], e["client_id"]) for e in logged] == [
        ("export.encrypted", seed.taro),
        ("export.encrypted", seed.taro),
        ("export.redacted", seed.taro),
    ]
    details = [dict(e["details"]) for e in logged]  # type: ignore[call-overload]
    assert details[1]["sha256"] == bundle["sha256"] and "noted_at" in details[1]
    assert details[2]["sha256"] == redacted["sha256"] and "noted_at" in details[2]
    assert not list(folder.glob(PENDING))
    assert len(_exports_logged(cli, folder)) == 3  # appended once
    code, _out, err = cli("audit", "verify", *at(folder))
    assert code == 0, err


def test_with_no_byte_free_the_export_is_said_to_be_unrecorded(
    cli: CliRunner, seed: Seed, small_disk: Path, tmp_path: Path
) -> None:
    folder = small_disk / "vault"
    shutil.copytree(seed.folder, folder)
    _fill(small_disk, 0)

    redacted = _export(cli, "redacted", seed, folder, tmp_path / "redacted")

    assert (tmp_path / "redacted").is_dir()
    assert redacted["audit_log"] == "not-recorded"
    assert "could not be recorded anywhere" in str(redacted["stderr"])
    assert not list(folder.glob(PENDING)) and not list(folder.glob(".audit-pending*"))
    (small_disk / "filler").unlink()
    assert _exports_logged(cli, folder) == []  # as it said


def test_a_forged_note_is_logged_as_rejected(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    forged = seed.folder / "audit-pending-00000000000000000001-0123abcd.sealed"
    forged.write_bytes(b"\x01" + os.urandom(80))
    entries = ok_json(cli("audit", "show", *at(seed.folder), "--json"))
    assert [e["details"] for e in entries if e["action"] == "audit.pending-rejected"] == [
        {"file": forged.name}
    ]
    assert not forged.exists()


CAPSH = shutil.which("capsh")


@pytest.mark.skipif(CAPSH is None, reason="capsh (libcap) is not installed")
@pytest.mark.skipif(os.geteuid() != 0, reason="a non-root user has no override to drop")
def test_an_export_from_a_read_only_folder_says_it_is_unrecorded(
    seed: Seed, tmp_path: Path
) -> None:
    folder = seed.folder
    out = tmp_path / "elsewhere"
    out.mkdir()
    out.chmod(0o777)
    before = _db_digest(folder)
    folder.chmod(0o500)
    try:
        command = [
            sys.executable,
            "-m",
            "vault.cli.main",
            "export",
            "redacted",
            "--client",
            seed.taro,
            "--out",
            str(out / "redacted"),
            "--json",
            *at(folder),
        ]
        done = subprocess.run(
            [
                str(CAPSH),
                "--drop=cap_dac_override,cap_dac_read_search,cap_fowner",
                "--",
                "-c",
                " ".join(f"'{part}'" for part in command),
            ],
            input=f"{PASSWORD}\n",
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
        )
    finally:
        folder.chmod(0o700)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["audit_log"] == "not-recorded"
    assert "could not be recorded anywhere" in done.stderr
    assert (out / "redacted").is_dir()
    assert not list(folder.glob(PENDING))
    assert _db_digest(folder) == before
