"""Hostile input gets a clear message of its class, never "internal error" (issue 12, item 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import Seed, assert_refused, at

ROOT = Path(__file__).resolve().parents[3]


def _run(*args: bytes, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    """The real process: argv bytes that are not UTF-8 can only be passed this way."""
    return subprocess.run(
        [sys.executable.encode(), b"-m", b"vault.cli.main", *args],
        input=stdin,
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_an_argument_that_is_not_utf8_is_bad_input(seed: Seed) -> None:
    done = _run(
        b"client",
        b"add",
        b"--name",
        b"\xff\xfe",
        b"--vault",
        bytes(seed.folder),
        b"--password-stdin",
        stdin=f"{PASSWORD}\n".encode(),
    )
    assert done.returncode == 1
    assert b"not valid UTF-8" in done.stderr and b"internal error" not in done.stderr


def test_a_password_line_that_is_not_utf8_is_bad_input(seed: Seed) -> None:
    done = _run(
        b"passwd",
        b"--vault",
        bytes(seed.folder),
        b"--password-stdin",
        stdin=PASSWORD.encode() + b"\n\xff\xfe\xfd long enough\n",
    )
    assert done.returncode == 1
    assert b"not valid UTF-8" in done.stderr, done.stderr


def test_a_nul_in_an_output_path_is_bad_input(cli: CliRunner, seed: Seed) -> None:
    err = assert_refused(
        cli("export", "redacted", "--client", seed.taro, "--out", "a\x00b", *at(seed.folder)),
        1,
        "NUL",
    )
    assert "internal error" not in err


def test_a_header_that_is_a_link_to_dev_zero_is_damage_at_once(cli: CliRunner, seed: Seed) -> None:
    header = seed.folder / "vault.header"
    header.unlink()
    header.symlink_to("/dev/zero")
    assert_refused(cli("unlock-check", *at(seed.folder)), 3, "not a regular file")


def test_a_huge_header_is_damage(cli: CliRunner, seed: Seed) -> None:
    (seed.folder / "vault.header").write_bytes(b" " * (2 << 20))
    assert_refused(cli("unlock-check", *at(seed.folder)), 3, "far larger than any header")


def test_a_database_that_is_a_folder_is_damage(cli: CliRunner, seed: Seed) -> None:
    (seed.folder / "vault.db").unlink()
    (seed.folder / "vault.db").mkdir()
    assert_refused(cli("unlock-check", *at(seed.folder)), 3, "not a file")


def test_a_300_character_file_name_names_that_file(
    cli: CliRunner, seed: Seed, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / ("a" * 300)
    err = assert_refused(
        cli("export", "redacted", "--client", seed.taro, "--out", str(out), *at(seed.folder)),
        1,
        "too long",
    )
    assert "vault folder" not in err and "internal error" not in err
    assert list((tmp_path / "out").iterdir()) == []  # nothing was written
