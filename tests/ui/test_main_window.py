"""The main window: shortcuts, accessible controls, errors that never leak, minimise-to-lock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts
from tests.ui.vault_calls import call, unlock
from ui.app import App
from ui.backups.backup_dialog import BackupDialog
from ui.clients.client_dialog import ClientDialog
from ui.importing.import_wizard import ImportWizard
from ui.retention.erase_dialog import EraseDialog
from ui.retention.sweep_dialog import SweepDialog
from vault.domain.model import RecordKind
from vault.errors import BadInput
from vault.storage.retention_store import DueItem


def test_the_standard_shortcuts_exist(app: App) -> None:
    window = app.window
    assert window.find_action.shortcut() == QKeySequence("Ctrl+F")
    assert window.new_client_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.settings_action.shortcut() == QKeySequence("Ctrl+,")


def test_ctrl_n_opens_the_new_client_dialog(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClientDialog)]
    assert dialogs
    assert dialogs[0].isVisible()
    dialogs[0].close_without_saving()


def test_every_control_has_an_accessible_name_or_a_label(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    unnamed: list[str] = []
    for widget in app.window.findChildren(QWidget):
        if not widget.isVisibleTo(app.window) or isinstance(widget, QHeaderView):
            continue  # a table's header is announced with its table
        if isinstance(widget, QAbstractButton):
            named = bool(widget.accessibleName() or widget.text().strip("&"))
        elif isinstance(widget, QLineEdit | QComboBox | QAbstractItemView):
            named = bool(widget.accessibleName())
        else:
            continue
        if not named:
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_locked_window_offers_no_workspace_actions(app: App) -> None:
    assert not app.window.find_action.isEnabled()
    assert not app.window.new_client_action.isEnabled()
    assert not app.window.due_action.isEnabled()


def test_an_unexpected_error_is_shown_without_its_text(app: App) -> None:
    prompts = app.prompts
    assert isinstance(prompts, ScriptedPrompts)
    app.window.show_error(RuntimeError("山田太郎 090-1234-5678"))
    shown = prompts.asked[-1][1]
    assert "山田" not in shown
    assert "RuntimeError" in shown
    app.window.show_error(BadInput("The e-mail address is not valid."))
    assert prompts.asked[-1][1] == "The e-mail address is not valid."


def test_minimising_locks_when_set(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    app.window.showMinimized()
    qtbot.wait(50)
    assert app.session.is_unlocked
    app.window.showNormal()
    app.lock.lock_on_minimise = True
    app.window.showMinimized()
    qtbot.waitUntil(lambda: not app.session.is_unlocked)
    assert app.window.pages.currentWidget() is app.lock_screen


def test_a_new_client_is_shown_and_highlighted_in_the_list(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    app.window.new_client()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ClientDialog))
    dialog.name_edit.setText("新規クライアント株式会社")
    dialog.save()
    qtbot.waitUntil(lambda: app.window.clients.rowCount() == 3)
    qtbot.waitUntil(lambda: bool(app.window.client_table.selectionModel().selectedRows()))
    selected = app.window.client_table.selectionModel().selectedRows()[0]
    assert selected.data() == "新規クライアント株式会社"
    assert app.window.client_page.name_label.text() == "新規クライアント株式会社"


def test_ctrl_l_locks_from_inside_an_open_dialog(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    app.window.new_client()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ClientDialog))
    dialog.activateWindow()
    dialog.name_edit.setFocus()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not app.session.is_unlocked)
    assert not dialog.isVisible()


def test_clicking_a_column_header_sorts_the_client_list(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    header = app.window.client_table.horizontalHeader()
    proxy = app.window.client_proxy

    def names() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert names() == sorted(names(), key=str.casefold)  # by name at first
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # as a second click on Name does
    assert names() == sorted(names(), key=str.casefold, reverse=True)
    assert app.window.clients.sort_order == Qt.SortOrder.DescendingOrder


def test_erasure_and_backups_are_workspace_actions(qtbot: QtBot, app: App) -> None:
    window = app.window
    assert not window.sweep_action.isEnabled()
    assert not window.backups_action.isEnabled()
    assert not window.import_action.isEnabled()
    assert not window.inventory_action.isEnabled()
    assert not window.incident_action.isEnabled()
    unlock(qtbot, app)
    sweep = window.open_sweep()
    assert isinstance(sweep, SweepDialog) and sweep.isVisible()
    backups = window.open_backups()
    assert isinstance(backups, BackupDialog) and backups.isVisible()
    wizard = window.open_import()
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    opened = [window.open_inventory(), window.open_incident(), window.open_incidents()]
    assert all(d.isVisible() for d in opened)
    app.lock.lock("user")  # lock always wins: all close
    qtbot.waitUntil(
        lambda: not any(d.isVisible() for d in (sweep, backups, wizard, *opened)),
        timeout=10_000,
    )


def test_due_items_of_two_clients_are_erased_one_client_at_a_time(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    first = call(qtbot, app.session, lambda v: v.clients.add_client("一社目"))
    second = call(qtbot, app.session, lambda v: v.clients.add_client("二社目"))
    note = call(
        qtbot, app.session, lambda v: v.clients.add_record(second.id, RecordKind.NOTE, "メモ")
    )
    items = [
        DueItem(first.id, None, "一社目", dt.date(2001, 1, 1), True, "client", False),
        DueItem(second.id, note.id, "メモ", dt.date(2001, 1, 1), True, "fixed", False),
    ]
    app.window.erase_due_items(items)

    def shown() -> list[str]:
        return [w.description_label.text() for w in app.window.findChildren(EraseDialog)]

    qtbot.waitUntil(lambda: len(shown()) == 1 and "一社目" in shown()[0], timeout=10_000)
    (opened,) = app.window.findChildren(EraseDialog)
    opened.reject()  # the next client's erasure follows
    qtbot.waitUntil(lambda: shown() == ["メモ"], timeout=10_000)
