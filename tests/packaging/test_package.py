"""Smoke test of the packaged app that `make package` built (PyInstaller, one folder).

Run by `make package-test` after `make package` (and by the package workflow on
Windows and macOS), which name the built program in CLIENTVAULT_PACKAGE; skipped
without it, so `make test` never runs a stale build.
It runs the *built* program from outside the checkout, with no Python path: the
GUI starts offscreen and shows the unlock screen in Japanese (Qt's own buttons
too), and the bundled CLI creates a vault, adds a client, exports a bundle that
`age` opens and writes a deletion certificate that `minisign` verifies.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import require_tool
from tests.packaging.smoke import (
    JAPANESE,
    cli_round_trip,
    create_vault,
    run,
    startup_report,
    user_env,
)
from ui.desktop import APP_ID
from vault.version import VERSION

BUILT = Path(os.environ.get("CLIENTVAULT_PACKAGE", "")).absolute()

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif("CLIENTVAULT_PACKAGE" not in os.environ, reason="run by make package-test"),
]


def test_the_built_app_reports_its_version(tmp_path: Path) -> None:
    assert BUILT.is_file(), f"no packaged app at {BUILT}"
    shown = run([str(BUILT), "--version"], user_env(tmp_path / "home"), tmp_path)
    assert (shown.returncode, shown.stdout.strip()) == (0, f"ClientVault {VERSION}")


def test_the_built_app_starts_at_the_unlock_screen_in_japanese(tmp_path: Path) -> None:
    env = user_env(tmp_path / "home", language="ja_JP.UTF-8")
    folder = tmp_path / "顧客 金庫"
    create_vault([str(BUILT)], env, tmp_path, folder)
    shown = startup_report([str(BUILT), "--vault", str(folder)], env, tmp_path, tmp_path / "r.json")
    assert shown["page"] == "unlock"
    assert shown["window_icon"] is True
    if sys.platform.startswith(
        "linux"
    ):  # Windows and macOS take the language from the OS, not LANG
        texts = shown["texts"]
        assert isinstance(texts, list) and any(JAPANESE.search(t) for t in texts), texts
        assert shown["qt_cancel_button"] == "キャンセル"


def test_the_bundled_cli_round_trip(tmp_path: Path) -> None:
    env = user_env(tmp_path / "home")
    cli_round_trip([str(BUILT)], env, tmp_path, tmp_path / "vault")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux tarball's script")
def test_the_desktop_entry_script_puts_the_built_app_in_the_menu(tmp_path: Path) -> None:
    env = {**user_env(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data")}
    added = run([str(BUILT.parent / "install-desktop-entry.sh")], env, tmp_path)
    assert added.returncode == 0, added.stderr
    entry = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    check = run([require_tool("desktop-file-validate"), str(entry)], env, tmp_path)
    assert (check.returncode, check.stdout) == (0, "")
    assert f'Exec="{BUILT}"' in entry.read_text(encoding="utf-8").splitlines()
    assert (
        tmp_path / "data" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    ).is_file()
    removed = run([str(BUILT.parent / "install-desktop-entry.sh"), "--remove"], env, tmp_path)
    assert removed.returncode == 0 and not entry.exists()
