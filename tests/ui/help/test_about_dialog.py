"""Help: About names the version, the vault format and the licences; the shortcuts list
reads the window's own actions (so it cannot drift from the menus)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from ui.app import App
from vault.keys.header import FORMAT
from vault.version import VERSION


def cells(table: QTableWidget, first: int, second: int) -> list[tuple[str, str]]:
    """Two columns of a table, row by row, as the user reads them."""
    rows = []
    for row in range(table.rowCount()):
        left, right = table.item(row, first), table.item(row, second)
        assert left is not None and right is not None
        rows.append((left.text(), right.text()))
    return rows


def test_about_names_the_version_format_and_licences(qtbot: QtBot, app: App) -> None:
    about = app.open_about()
    assert f"ClientVault {VERSION}" in about.summary.text()
    assert f"Vault format {FORMAT}" in about.summary.text()
    rows = dict(cells(about.components, 0, 2))
    assert rows["Qt 6 (via PySide6)"] == "LGPL-3.0-only"
    assert rows["SQLCipher Community Edition"] == "BSD-3-Clause"
    about.reject()


def test_keyboard_shortcuts_lists_the_menus_keys(qtbot: QtBot, app: App) -> None:
    shortcuts = app.open_shortcuts()
    listed = dict(cells(shortcuts.table, 0, 1))
    assert listed["Find in all clients"] == "Ctrl+F"
    assert listed["Open vault"] == "Ctrl+O"
    assert "Lock (from any window, dialogs included)" in listed
    app.menus.shortcuts_action.trigger()  # F1 opens it from the Help menu too
