"""`clientvault` with arguments is the CLI, and loads no Qt; bare, it is the desktop app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale

from ui.settings.settings import Language
from ui.translations import language_code

ROOT = Path(__file__).resolve().parents[2]


def test_cli_commands_never_load_qt(tmp_path: Path) -> None:
    argv = ["unlock-check", "--vault", str(tmp_path / "none"), "--password-stdin"]
    probe = (
        "import sys\n"
        "from ui.launcher import main\n"
        f"code = main({argv!r})\n"
        "print(code, any(name.startswith('PySide6') for name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        input="whatever\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.stdout.split() == ["1", "False"]
    assert "There is no vault in" in result.stderr


def test_the_language_follows_the_system_unless_chosen() -> None:
    japan = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    usa = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert language_code(Language.SYSTEM, japan) == "ja"
    assert language_code(Language.SYSTEM, usa) == "en"
    assert language_code(Language.JAPANESE, usa) == "ja"
    assert language_code(Language.ENGLISH, japan) == "en"
