"""Long Japanese client names are readable: the list and search results give them the room."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.ui.vault_calls import call, unlock
from ui.app import App
from ui.models.clients import ClientListModel

LONG_NAME = "株式会社山本デザイン事務所"


def _cell_fits(view: QTableView, row: int, column: int) -> bool:
    text = view.model().index(row, column).data()
    needed = view.fontMetrics().horizontalAdvance(str(text))
    return view.horizontalHeader().sectionSize(column) >= needed + 8  # the cell's margins


def test_a_long_name_and_its_dates_show_whole_at_the_default_size(
    qtbot: QtBot, language: str, app: App
) -> None:
    unlock(qtbot, app)
    call(qtbot, app.session, lambda v: v.clients.add_client(LONG_NAME))
    app.window.reload_clients()
    qtbot.waitUntil(lambda: app.window.clients.rowCount() == 3)
    table = app.window.client_table
    row = next(r for r in range(3) if table.model().index(r, 0).data() == LONG_NAME)
    for column in ClientListModel.Column:
        assert _cell_fits(table, row, column), (language, column.name)
    # The name column gets the room, not the dates.
    header = table.horizontalHeader()
    name_width = header.sectionSize(ClientListModel.Column.NAME)
    assert name_width > header.sectionSize(ClientListModel.Column.UPDATED) * 2


def test_the_full_name_shows_on_hover_and_in_the_status_bar(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    call(qtbot, app.session, lambda v: v.clients.add_client(LONG_NAME))
    app.window.reload_clients()
    qtbot.waitUntil(lambda: app.window.clients.rowCount() == 3)
    table = app.window.client_table
    row = next(r for r in range(3) if table.model().index(r, 0).data() == LONG_NAME)
    index = table.model().index(row, 0)
    assert index.data(0x03) == LONG_NAME  # Qt.ToolTipRole
    table.selectRow(row)
    assert app.window.statusBar().currentMessage() == LONG_NAME
    other = table.model().index(1 - row if row < 2 else 0, ClientListModel.Column.UPDATED)
    table.entered.emit(other)  # the pointer rests on another client's date
    assert app.window.statusBar().currentMessage() == other.siblingAtColumn(0).data()
    app.lock.lock("user")
    qtbot.waitUntil(lambda: not app.session.is_unlocked)
    assert app.window.statusBar().currentMessage() == ""


def test_search_results_give_the_name_the_room(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    call(qtbot, app.session, lambda v: v.clients.add_client(LONG_NAME, phones=["06-5555-0000"]))
    app.window.reload_clients()
    qtbot.waitUntil(lambda: app.window.clients.rowCount() == 3)
    app.window.global_search.setText("06-5555")
    panel = app.window.search_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    tree = panel.tree
    title = tree.header().sectionSize(0)
    assert title >= tree.fontMetrics().horizontalAdvance(LONG_NAME) + 8
    assert tree.visualRect(panel.model.index(0, 0)).topLeft() != QPoint(-1, -1)
