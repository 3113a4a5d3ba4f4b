"""Running a GUI test in Japanese or English, as the launcher would set the app up."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

BIN = Path(sys.executable).parent
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"  # the .ts


def compile_japanese(folder: Path) -> Path:
    """The Japanese .ts compiled fresh (the .qm in the tree is a build product)."""
    compiled = folder / "clientvault_ja.qm"
    if not compiled.exists():
        source = TRANSLATIONS / "clientvault_ja.ts"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(source), "-qm", str(compiled)],
            check=True,
            capture_output=True,
        )
    return compiled


@contextmanager
def speaking(code: str, compiled_ja: Path) -> Iterator[None]:
    """The app's strings and the locale of `code` ("ja" or "en") while the block runs."""
    app = QCoreApplication.instance()
    assert app is not None
    before = QLocale()
    translator = QTranslator()
    if code == "ja":
        assert translator.load(str(compiled_ja))
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)
