"""A full disk or a read-only vault folder is said as such, and reading still works
(issue 12, item 3).

Before: with a few KiB free every command, `client list` included, said "vault.db
failed its integrity check … altered or damaged" (exit 3); with a little more room,
"internal error (OperationalError)". The disk is a real small tmpfs, filled with a
real file; the read-only folder is tested in a child process without root's
permission override (capsh drops CAP_DAC_OVERRIDE).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import Seed, assert_refused, at

DISK_BYTES = 4 << 20


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs of its own; skipped where mounting is not permitted (not root)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES}", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path, leave: int) -> None:
    filler = disk / "filler"
    filler.unlink(missing_ok=True)
    info = os.statvfs(disk)
    with filler.open("wb") as out:
        out.write(b"\0" * max(0, info.f_bavail * info.f_frsize - leave))


def _db_digest(folder: Path) -> str:
    return hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest()


@pytest.mark.parametrize("leave", [0, 16 << 10, 64 << 10, 512 << 10])
def test_a_full_disk_is_named_and_reading_still_works(
    cli: CliRunner, seed: Seed, small_disk: Path, leave: int
) -> None:
    folder = small_disk / "vault"
    shutil.copytree(seed.folder, folder)
    _fill(small_disk, leave)
    before = _db_digest(folder)

    code, out, err = cli("client", "list", *at(folder))
    assert (code, err) == (0, "")
    assert "山田太郎" in out
    code, out, err = cli("search", "太郎", *at(folder))
    assert (code, err) == (0, "")
    assert seed.taro in out
    code, out, err = cli("record", "list", "--client", seed.taro, *at(folder))
    assert code == 0, err

    err = assert_refused(cli("client", "add", "--name", "佐藤花子", *at(folder)), 5, "is full")
    assert str(folder) in err and "KiB" in err
    assert "integrity" not in err and "internal error" not in err
    assert _db_digest(folder) == before
    (small_disk / "filler").unlink()  # with room again, writing works again
    code, _out, err = cli("client", "add", "--name", "佐藤花子", *at(folder))
    assert code == 0, err


def test_a_change_bigger_than_the_free_room_is_a_full_disk(
    cli: CliRunner, seed: Seed, small_disk: Path, tmp_path: Path
) -> None:
    folder = small_disk / "vault"
    shutil.copytree(seed.folder, folder)
    _fill(small_disk, 1536 << 10)
    big = tmp_path / "scan.bin"
    big.write_bytes(os.urandom(3 << 20))
    code, _out, err = cli("attach", "--client", seed.taro, str(big), *at(folder))
    assert code == 5, err
    assert "No space left" in err or "is full" in err
    code, _out, err = cli("attachment", "list", "--client", seed.taro, *at(folder))
    assert code == 0, err


CAPSH = shutil.which("capsh")


@pytest.mark.skipif(CAPSH is None, reason="capsh (libcap) is not installed")
@pytest.mark.skipif(os.geteuid() != 0, reason="a non-root user has no override to drop")
def test_a_read_only_folder_is_named_and_reading_still_works(seed: Seed) -> None:
    folder = seed.folder
    before = _db_digest(folder)
    folder.chmod(0o500)
    try:

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            command = [sys.executable, "-m", "vault.cli.main", *args, *at(folder)]
            return subprocess.run(
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

        listed = run("client", "list")
        assert listed.returncode == 0, listed.stderr
        assert "山田太郎" in listed.stdout
        added = run("client", "add", "--name", "佐藤花子")
        assert added.returncode == 5, added.stderr
        assert "read-only" in added.stderr and str(folder) in added.stderr
        assert "integrity" not in added.stderr and "internal error" not in added.stderr
    finally:
        folder.chmod(0o700)
    assert _db_digest(folder) == before


def _certificate(folder: Path) -> dict[str, Any]:
    (found,) = (folder / "certificates").glob("*/certificate.json")
    return dict(json.loads(found.read_text()))


def test_an_erase_on_a_full_disk_never_claims_a_purge_it_did_not_finish(
    cli: CliRunner, seed: Seed, small_disk: Path, tmp_path: Path
) -> None:
    """Issue 12, item 4: the certificate said "purged" while the backup still held the data."""
    folder = small_disk / "vault"
    shutil.copytree(seed.folder, folder)
    for client, size in ((seed.taro, 10_000), (seed.acme, 1_200_000)):
        source = tmp_path / f"{client}.bin"
        source.write_bytes(os.urandom(size))
        code, _out, err = cli("attach", "--client", client, str(source), *at(folder))
        assert code == 0, err
    made = json.loads(cli("backup", "create", *at(folder), "--json")[1])
    backup = Path(made["path"])
    assert (backup / "blobs" / seed.taro).is_dir()
    _fill(small_disk, 1100 << 10)  # room for the erasure, not for rewriting the backup

    code, out, err = cli("erase", "--client", seed.taro, "--yes", *at(folder), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["finished"] is False
    assert result["backups_purged"] == []
    assert result["backups_still_holding"] == [made["id"]]
    assert "unfinished" in result
    claimed = _certificate(folder)["backups"]
    assert claimed["purged"] == []
    assert [(b["id"], b["outcome"]) for b in claimed["still_holding"]] == [
        (made["id"], "purge-unfinished")
    ]
    assert (backup / "blobs" / seed.taro).is_dir()  # what the certificate says is true

    (small_disk / "filler").unlink()
    code, _out, err = cli("unlock-check", *at(folder))  # unlocking finishes the purge
    assert code == 0, err
    claimed = _certificate(folder)["backups"]
    assert [(b["id"], b["outcome"]) for b in claimed["purged"]] == [(made["id"], "rewritten")]
    assert claimed["still_holding"] == []
    assert not (backup / "blobs" / seed.taro).exists()
