"""The real entry points in a child process: true exit codes, no traceback on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSWORD
from tests.vault.cli.helpers import FAST_KDF, RECOVERY_KEY, WRONG_PASSWORD, Seed
from vault.session import Vault

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = Path(sys.executable).parent / "clientvault"


def _run(command: list[str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        check=False,
    )


MODULE = [sys.executable, "-m", "vault.cli.main"]


def _one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("clientvault: ")
    assert result.stderr.count("\n") == 1, result.stderr


def test_module_entry_point_exit_codes(tmp_path: Path) -> None:
    folder = str(tmp_path / "v")
    common = ("--vault", folder, "--password-stdin")

    created = _run(MODULE, "init", *common, *FAST_KDF, "--json", stdin=f"{PASSWORD}\n")
    assert created.returncode == 0, created.stderr
    assert created.stderr == ""
    assert RECOVERY_KEY.fullmatch(json.loads(created.stdout)["recovery_key"])

    added = _run(MODULE, "client", "add", "--name", "山田太郎", *common, stdin=f"{PASSWORD}\n")
    assert added.returncode == 0, added.stderr

    wrong = _run(MODULE, "unlock-check", *common, stdin=f"{WRONG_PASSWORD}\n")
    assert wrong.returncode == 2
    _one_line_error(wrong)
    assert "password is wrong" in wrong.stderr

    bad = _run(MODULE, "record", "add", "--client", "x", "--kind", "memo", "--title", "t", *common)
    assert bad.returncode == 1
    _one_line_error(bad)

    hits = _run(MODULE, "search", "太郎", *common, "--json", stdin=f"{PASSWORD}\n")
    assert hits.returncode == 0, hits.stderr
    assert [h["title"] for h in json.loads(hits.stdout)] == ["山田太郎"]


def test_installed_script_usage_error_is_1_not_argparse_2(tmp_path: Path) -> None:
    assert SCRIPT.exists(), "the project's `clientvault` script is not installed in this venv"
    unknown = _run([str(SCRIPT)], "frobnicate", "--vault", str(tmp_path))
    assert unknown.returncode == 1
    assert unknown.stdout == ""
    _one_line_error(unknown)

    missing = _run(
        [str(SCRIPT)], "unlock-check", "--vault", str(tmp_path / "none"), "--password-stdin"
    )
    assert missing.returncode == 1
    _one_line_error(missing)
    assert "There is no vault in" in missing.stderr


def test_installed_script_exits_4_while_another_process_has_the_vault(seed: Seed) -> None:
    with Vault(seed.folder) as holder:
        holder.unlock(PASSWORD)
        busy = _run(
            [str(SCRIPT)],
            "client",
            "list",
            "--vault",
            str(seed.folder),
            "--password-stdin",
            "--json",
            stdin=f"{PASSWORD}\n",
        )
    assert busy.returncode == 4
    _one_line_error(busy)
    assert json.loads(busy.stdout)["exit_code"] == 4
    listed = _run(
        [str(SCRIPT)],
        "client",
        "list",
        "--vault",
        str(seed.folder),
        "--password-stdin",
        "--json",
        stdin=f"{PASSWORD}\n",
    )
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 2


def test_installed_script_exits_3_on_a_damaged_header(seed: Seed) -> None:
    (seed.folder / "vault.header").write_text("{ not json")
    damaged = _run(
        [str(SCRIPT)],
        "unlock-check",
        "--vault",
        str(seed.folder),
        "--password-stdin",
        stdin=f"{PASSWORD}\n",
    )
    assert damaged.returncode == 3
    _one_line_error(damaged)
    assert "vault.header is damaged" in damaged.stderr
