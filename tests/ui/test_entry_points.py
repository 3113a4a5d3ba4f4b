"""`clientvault --version`, and `clientvault --vault DIR` opening the app on that folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.packaging.smoke import create_vault, startup_report, user_env
from vault.version import VERSION

ROOT = Path(__file__).resolve().parents[2]


def test_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--version"],
        capture_output=True, text=True, cwd=ROOT, check=True, timeout=60,
    ).stdout  # fmt: skip
    assert out.strip() == f"ClientVault {VERSION}"


def test_vault_without_a_subcommand_opens_the_app_on_that_folder(tmp_path: Path) -> None:
    env = {**user_env(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    launcher = [sys.executable, "-m", "ui.launcher"]
    folder = tmp_path / "USB メモリ" / "顧客 金庫"
    fresh = startup_report([*launcher, f"--vault={folder}"], env, tmp_path, tmp_path / "1.json")
    assert (fresh["page"], fresh["vault_folder"]) == ("welcome", str(folder))
    assert fresh["title"] == "顧客 金庫 (no vault yet) — ClientVault"
    create_vault(launcher, env, tmp_path, folder)
    made = startup_report([*launcher, "--vault", str(folder)], env, tmp_path, tmp_path / "2.json")
    assert (made["page"], made["title"]) == ("unlock", "顧客 金庫 (locked) — ClientVault")
