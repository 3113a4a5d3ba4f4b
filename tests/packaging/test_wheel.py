"""The wheel a user installs carries everything: translations compiled at build time,
icons and desktop files; installed into a fresh venv outside the checkout, the app
starts in Japanese (Qt's own buttons too) and the CLI works end to end."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.packaging.smoke import (
    JAPANESE,
    cli_round_trip,
    create_vault,
    run,
    startup_report,
    user_env,
)
from vault.version import VERSION

ROOT = Path(__file__).resolve().parents[2]
# What a fresh clone has: no venv, no build output, no compiled translations.
NOT_IN_A_CLONE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "*.qm", "__pycache__", ".*_cache", "bench"
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a copy of the checkout without build isolation: the build needs
    setuptools and PySide6's lrelease, both already in this environment."""
    source = tmp_path_factory.mktemp("clone") / "clientvault"
    shutil.copytree(ROOT, source, ignore=NOT_IN_A_CLONE)
    out = tmp_path_factory.mktemp("wheelhouse")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("clientvault-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv holding only the wheel; its dependencies (PySide6 and the rest, large
    downloads) are reached through a .pth line to this environment's site-packages."""
    folder = tmp_path_factory.mktemp("user") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    dependencies = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "clientvault_dependencies.pth").write_text("\n".join(sorted(dependencies)))
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--disable-pip-version-check", "-q", str(wheel)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    return folder


def test_the_wheel_carries_compiled_translations_icons_and_desktop_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("ja", "en"):
        assert f"ui/resources/translations/clientvault_{language}.qm" in names
    assert "ui/resources/icons/clientvault.svg" in names
    assert "ui/resources/icons/clientvault-256.png" in names
    assert "ui/resources/desktop/io.github.clientvault.ClientVault.desktop" in names
    assert "vault/data/eff_large_wordlist.txt" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[console_scripts]\nclientvault = ui.launcher:main" in text
    assert "[gui_scripts]\nclientvault-app = ui.launcher:gui_main" in text


def test_installed_outside_the_checkout_it_runs_from_the_venv(venv: Path, tmp_path: Path) -> None:
    env = user_env(tmp_path / "home")
    version = run([str(venv / "bin" / "clientvault"), "--version"], env, tmp_path)
    assert (version.returncode, version.stdout.strip()) == (0, f"ClientVault {VERSION}")
    where = run(
        [str(venv / "bin" / "python"), "-c", "import ui; print(ui.__file__)"], env, tmp_path
    )
    assert Path(where.stdout.strip()).is_relative_to(venv), "imported from the checkout"


def test_the_installed_app_speaks_japanese_with_qt_s_own_buttons(
    venv: Path, tmp_path: Path
) -> None:
    env = user_env(tmp_path / "home", language="ja_JP.UTF-8")
    folder = tmp_path / "金庫 テスト"
    create_vault([str(venv / "bin" / "clientvault")], env, tmp_path, folder)
    shown = startup_report(
        [str(venv / "bin" / "clientvault"), "--vault", str(folder)],
        env,
        tmp_path,
        tmp_path / "report.json",
    )
    assert shown["page"] == "unlock"
    assert shown["vault_folder"] == str(folder)
    assert "金庫 テスト" in str(shown["title"])
    texts = shown["texts"]
    assert isinstance(texts, list) and any(JAPANESE.search(t) for t in texts), texts
    assert shown["qt_cancel_button"] == "キャンセル"
    assert shown["window_icon"] is True


def test_the_installed_cli_round_trip(venv: Path, tmp_path: Path) -> None:
    env = user_env(tmp_path / "home")
    cli_round_trip([str(venv / "bin" / "clientvault")], env, tmp_path, tmp_path / "vault")
