"""Take README's screenshot: the main window on a fresh demo vault, under Xvfb.

Run with `make screenshot`, which takes it in English (docs/screenshot.png, the
README's) and in Japanese (docs/screenshot-ja.png). Everything lives in a temporary
folder: no real vault or settings are touched, and the demo data is made up.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from ui.app import App
from ui.lock.os_events import SessionEvents
from ui.settings.settings import SettingsStore
from ui.translations import install_translators
from vault.keys import kdf

DOCS = Path(__file__).resolve().parent.parent / "docs"
OUTPUTS = {"en": DOCS / "screenshot.png", "ja": DOCS / "screenshot-ja.png"}
CLIENT_ROW = 3


def main(language: str) -> int:
    if language == "ja":
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app = QApplication(sys.argv[:1])
    install_translators(app, language)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        shot = App(
            folder / "demo",
            SettingsStore(folder / "settings.json"),
            os_events=SessionEvents(),
            kdf_params=kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST),
            demo=True,
        )
        shot.show()
        failures: list[Exception] = []
        shot.open_demo(failures.append)

        def wait_for_clients() -> None:
            if failures:
                app.exit(1)
            elif shot.window.clients.rowCount() > CLIENT_ROW:
                shot.window.client_table.selectRow(CLIENT_ROW)
                QTimer.singleShot(1500, take)
            else:
                QTimer.singleShot(200, wait_for_clients)

        def take() -> None:
            shot.window.grab().save(str(OUTPUTS[language]))
            app.exit(0)

        wait_for_clients()
        code = app.exec()
        shot.shutdown()
    if failures:
        print(f"screenshot: the demo vault failed: {type(failures[0]).__name__}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "en"))
