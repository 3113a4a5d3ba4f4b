"""What the app shows once started, written as JSON for the packaging smoke tests.

A wheel installed elsewhere or a PyInstaller build runs as a separate process
whose offscreen window no test can look at. With CLIENTVAULT_STARTUP_REPORT=FILE
set, the app writes the window's title, page and visible texts (and the text
Qt's own Cancel button gets, to show Qt's translations are loaded) to FILE once
its event loop runs, and quits. Only the lock screen is described: no vault is
open at that point, so no client data can be in it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel

from ui.app import App

REPORT_VARIABLE = "CLIENTVAULT_STARTUP_REPORT"


def report_path() -> Path | None:
    value = os.environ.get(REPORT_VARIABLE)
    return Path(value) if value else None


def describe(app: App) -> dict[str, object]:
    screen = app.lock_screen
    unlock = screen.stack.currentWidget() is screen.unlock
    shown = screen.unlock if unlock else screen.welcome
    texts = [w.text() for w in shown.findChildren(QLabel) if w.text()]
    texts += [w.text() for w in shown.findChildren(QAbstractButton) if w.text()]
    cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel_text = cancel.button(QDialogButtonBox.StandardButton.Cancel).text()
    cancel.deleteLater()
    return {
        "title": app.window.windowTitle(),
        "page": "unlock" if unlock else "welcome",
        "texts": texts,
        "qt_cancel_button": cancel_text,
        "window_icon": not app.window.windowIcon().isNull(),
        "vault_folder": str(app.session.folder),
    }


def report_and_quit(app: App, path: Path) -> None:
    """Once the event loop runs: write the description, then quit."""

    def write() -> None:
        path.write_text(json.dumps(describe(app), ensure_ascii=False), encoding="utf-8")
        QApplication.quit()

    QTimer.singleShot(0, write)
