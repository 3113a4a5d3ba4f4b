"""Take the docs' screenshots on a fresh demo vault, under Xvfb.

Run with `make screenshot`, which takes them in English and in Japanese: README's
main window (docs/screenshot.png, docs/screenshot-ja.png) and, in docs/screenshots/,
the client page, the create-vault dialog, the encrypted-sharing result and the
import wizard's column mapping (screenshot_scenes.py says how each is reached).
Everything lives in a temporary folder: no real vault or settings are touched, and
the demo data is made up.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication
from screenshot_scenes import ScriptPrompts, Wait, scenes

from ui.app import App
from ui.lock.os_events import SessionEvents
from ui.settings.settings import SettingsStore
from ui.translations import install_translators
from vault.keys import kdf

POLL_MS = 100
SETTLE_MS = 800  # once ready: let layouts and fonts settle before a grab
TIMEOUT_SECONDS = 90.0


class Director:
    """Resumes the scenes each time what they wait for holds; a timeout or failure ends it."""

    def __init__(self, app: QApplication, steps: Iterator[Wait], prompts: ScriptPrompts) -> None:
        self._app = app
        self._steps = steps
        self._prompts = prompts
        self._waiting: Wait | None = None
        self._since = time.monotonic()

    def start(self) -> None:
        self._advance()

    def _fail(self, why: str) -> None:
        print(f"screenshot: {why}", file=sys.stderr)
        self._app.exit(1)

    def _advance(self) -> None:
        if self._prompts.failures:
            self._fail(self._prompts.failures[0])
            return
        try:
            self._waiting = next(self._steps)
        except StopIteration:
            self._app.exit(0)
            return
        except Exception as error:  # a scene's own failure: reported, and the run fails
            self._fail(f"{type(error).__name__}: {error}")
            return
        self._since = time.monotonic()
        QTimer.singleShot(POLL_MS, self._poll)

    def _poll(self) -> None:
        waiting = self._waiting
        if waiting is None:
            return
        if self._prompts.failures:
            self._fail(self._prompts.failures[0])
        elif waiting.ready():
            QTimer.singleShot(SETTLE_MS, self._advance)
        elif time.monotonic() - self._since > TIMEOUT_SECONDS:
            self._fail(f"timed out after {TIMEOUT_SECONDS:.0f} s waiting for {waiting.what}")
        else:
            QTimer.singleShot(POLL_MS, self._poll)


def main(language: str) -> int:
    if language == "ja":
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app = QApplication(sys.argv[:1])
    install_translators(app, language)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "out").mkdir()
        prompts = ScriptPrompts(folder / "out")
        shot = App(
            folder / "demo",
            SettingsStore(folder / "settings.json"),
            prompts=prompts,
            os_events=SessionEvents(),
            kdf_params=kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST),
            demo=True,
        )
        shot.show()
        director = Director(app, scenes(shot, prompts, language, folder), prompts)
        director.start()
        code = app.exec()
        shot.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "en"))
