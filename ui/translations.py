"""Which language the app speaks, and loading its compiled translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.settings.settings import Language

# Compiled .qm files ship inside the package: the wheel build (setup.py) and
# `make` compile them here from resources/translations/*.ts.
COMPILED = Path(__file__).resolve().parent / "resources" / "translations"


def language_code(language: Language, system_locale: QLocale) -> str:
    """Japanese when chosen or when the desktop speaks it; English otherwise."""
    if language is Language.SYSTEM:
        return "ja" if system_locale.language() == QLocale.Language.Japanese else "en"
    return language.value


def install_translators(app: QApplication, code: str) -> list[QTranslator]:
    """Our strings and Qt's own (standard buttons, the file dialog); owned by `app`."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"clientvault_{code}", str(COMPILED)), (f"qtbase_{code}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
